#include "app/net/hssreply.h"

#include "app/base/logging.h"
#include "app/net/oneshotbody.h"
#include "app/net/redaction.h"
#include "app/net/wirerequest.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSslConfiguration>

#include <algorithm>
#include <climits>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

HssReply::HssReply(const ApiRequest &request, const ClientConfig &config,
                   QNetworkAccessManager *nam, Clock clock, Random random,
                   std::shared_ptr<CallBudget> budget, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_config(config)
    , m_nam(nam)
    , m_clock(std::move(clock))
    , m_random(std::move(random))
    , m_budget(budget ? std::move(budget) : std::make_shared<CallBudget>())
{
    m_transferTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_budgetTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_transferTimer, &QTimer::timeout, this, &HssReply::onTransferTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { waitThenAttempt(bookSlot()); });
    connect(&m_budgetTimer, &QTimer::timeout, this, &HssReply::onBudgetSlot);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &HssReply::onDeadline);
}

HssReply::~HssReply()
{
    releaseSlot();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HssReply::savedFilePath() const
{
    return isOk() ? m_request.downloadPath : QString();
}

int HssReply::deadlineMs() const
{
    return !m_request.downloadPath.isEmpty() ? m_config.downloadDeadlineMs : m_config.requestDeadlineMs;
}

QString HssReply::targetProblem(const QString &path, bool overwrite)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return tr("%1 is a symbolic link; downloads are never written through one").arg(path);
    if (info.exists() && (!overwrite || !info.isFile()))
        return overwrite ? tr("%1 exists and is not a regular file").arg(path)
                         : tr("%1 already exists; it is only replaced when asked to").arg(path);
    return {};
}

void HssReply::start()
{
    m_elapsed.start();
    m_deadlineTimer.start(deadlineMs());
    // Booked now, not on the next turn, so a caller starting several calls sees each one's
    // share of the budget already taken.
    const qint64 wait = bookSlot();
    QTimer::singleShot(0, this, [this, wait] {
        if (!m_finished)
            waitThenAttempt(wait);
    });
}

qint64 HssReply::bookSlot()
{
    releaseSlot();
    m_slot = m_budget->reserve(m_request.operation);
    m_slotBooked = true;
    return m_slot.waitMs;
}

void HssReply::releaseSlot()
{
    if (m_slotBooked)
        m_budget->release(m_request.operation, m_slot);
    m_slotBooked = false;
}

void HssReply::waitThenAttempt(qint64 waitMs)
{
    if (waitMs <= 0) {
        startAttempt();
        return;
    }
    // Waiting for the budget is not the service being slow: the deadline stands still.
    m_deadlineLeftMs = std::max(0, int(m_deadlineTimer.remainingTime()));
    m_deadlineTimer.stop();
    const int delay = int(std::min<qint64>(waitMs, INT_MAX));
    qCInfo(lcNet).noquote() << m_request.operation << "waits" << delay << "ms for the call budget";
    m_budgetTimer.start(delay);
    emit waitingForBudget(delay);
}

void HssReply::onBudgetSlot()
{
    if (m_finished)
        return;
    m_deadlineTimer.start(m_deadlineLeftMs);
    startAttempt();
}

void HssReply::failBeforeSending(const HssError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void HssReply::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    if (m_reply) {
        m_reply->abort(); // onFinished reports the cancel
        return;
    }
    m_retryTimer.stop();
    m_budgetTimer.stop();
    finish(HssError::canceled());
}

void HssReply::startAttempt()
{
    if (!m_nam) {
        finish(HssError::canceled());
        return;
    }
    // The slot is used now; only a call that never went out gives its slot back.
    m_slotBooked = false;
    ++m_attempts;
    m_timedOut = false;
    m_bodyTooLarge = false;
    m_sslErrors.clear();
    m_body.clear();
    m_fileError.clear();
    m_httpStatus = 0;
    m_requestId.clear();

    const RequestSigner::Signed prepared = WireRequest::sign(m_request, m_config, m_clock());
    QNetworkRequest request(prepared.wireUrl);
    for (const auto &header : prepared.headers) {
        // Qt writes Host itself, from the same URL the signature was computed over.
        if (header.first.toLower() != "host")
            request.setRawHeader(header.first, header.second);
    }
    // A redirect would carry the signature somewhere it was not made for.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (prepared.wireUrl.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(m_config.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    logRequest(prepared.wireUrl, prepared.headers);

    if (m_request.method == "GET") {
        m_reply = m_nam->get(request);
    } else if (!m_request.idempotent) {
        // Qt resends a buffered body by itself when the connection dies before the answer; a
        // body it cannot rewind makes it report the failure instead (see OneShotBody). HTTP/2
        // is left out: this was verified for HTTP/1.1 only.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        auto *body = new OneShotBody(m_request.body);
        m_reply = m_nam->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    } else if (m_request.method == "POST") {
        m_reply = m_nam->post(request, m_request.body);
    } else {
        m_reply = m_nam->sendCustomRequest(request, m_request.method, m_request.body);
    }
    // How far Qt may read ahead of us; without a limit it buffers whatever the server sends,
    // a whole download included, while the file is written.
    m_reply->setReadBufferSize(ReadAheadBytes);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HssReply::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HssReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HssReply::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_transferTimer.start(m_config.transferTimeoutMs);
        if (!m_request.downloadPath.isEmpty())
            emit downloadProgress(received, total);
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this] { m_transferTimer.start(m_config.transferTimeoutMs); });
    m_transferTimer.start(m_config.transferTimeoutMs);
}

void HssReply::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    if (m_httpStatus == 0)
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool toFile = !m_request.downloadPath.isEmpty() && m_httpStatus >= 200 && m_httpStatus < 300;
    if (!toFile) {
        if (m_bodyTooLarge)
            return;
        // Checked before reading, so the body never grows past the cap.
        if (m_body.size() + m_reply->bytesAvailable() > m_config.maxResponseBytes) {
            m_bodyTooLarge = true;
            m_body.clear();
            m_reply->abort();
            return;
        }
        // Read in place, into room for the whole announced answer: a page of the list is read in
        // many chunks, and growing and copying it chunk by chunk showed in a long listing.
        if (m_body.isEmpty()) {
            const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > 0 && announced <= m_config.maxResponseBytes)
                m_body.reserve(qsizetype(announced));
        }
        const qsizetype had = m_body.size();
        m_body.resize(had + qsizetype(m_reply->bytesAvailable()));
        const qint64 read = m_reply->read(m_body.data() + had, m_body.size() - had);
        m_body.resize(had + qsizetype(std::max<qint64>(read, 0)));
        return;
    }
    if (!m_fileError.isEmpty()) {
        m_reply->readAll();
        return;
    }
    if (!m_file) {
        // Checked again here: the file or a link may have appeared since the request was made.
        m_fileError = targetProblem(m_request.downloadPath, m_request.overwriteDownload);
        if (m_fileError.isEmpty()) {
            m_file = std::make_unique<QSaveFile>(m_request.downloadPath);
            m_writeBackFrom = 0;
            // Unbuffered: every chunk is already one large write, a copy in between is waste.
            // Exports describe weaknesses of the images: readable by their owner only.
            if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)
                || !m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                m_fileError = m_file->errorString();
        }
        if (!m_fileError.isEmpty()) {
            m_reply->abort();
            return;
        }
        // One buffer for the whole download: readAll() would allocate one per chunk.
        m_chunk.resize(ReadAheadBytes);
    }
    m_peakUnwritten = std::max(m_peakUnwritten, m_reply->bytesAvailable());
    while (m_reply->bytesAvailable() > 0) {
        const qint64 read = m_reply->read(m_chunk.data(), m_chunk.size());
        if (read <= 0)
            break;
        if (m_file->write(m_chunk.constData(), read) != read) {
            m_fileError = m_file->errorString();
            m_reply->abort();
            return;
        }
    }
    startWriteBack();
}

void HssReply::startWriteBack()
{
#ifdef Q_OS_LINUX
    // The commit syncs the file to disk before it renames it; left to the end, that sync
    // writes the whole download while the caller waits (about half a second a gigabyte).
    // Asking for the write-out of what is written as it goes overlaps it with the transfer,
    // so the final sync finds little left. Only a hint: the commit still syncs everything.
    const qint64 written = m_file->pos();
    if (written - m_writeBackFrom < WriteBackBytes)
        return;
    ::sync_file_range(m_file->handle(), m_writeBackFrom, written - m_writeBackFrom,
                      SYNC_FILE_RANGE_WRITE);
    m_writeBackFrom = written;
#endif
}

void HssReply::onMetaDataChanged()
{
    if (!m_reply || !m_request.downloadPath.isEmpty())
        return;
    // A body announced larger than we would keep is refused before a byte of it is read.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_config.maxResponseBytes && !m_bodyTooLarge) {
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_bodyTooLarge = true;
        m_reply->abort();
    }
}

void HssReply::onDeadline()
{
    if (m_finished)
        return;
    m_deadlineExceeded = true;
    if (m_reply) {
        m_reply->abort(); // onFinished reports it
        return;
    }
    m_retryTimer.stop();
    finish(classify(nullptr));
}

void HssReply::onTransferTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

HssError HssReply::classify(QNetworkReply *reply)
{
    if (m_canceled)
        return HssError::canceled();
    if (!m_fileError.isEmpty()) {
        HssError e;
        e.kind = HssError::Kind::LocalFile;
        e.message = tr("The download could not be written to %1: %2")
                        .arg(m_request.downloadPath, m_fileError);
        return e;
    }
    if (m_bodyTooLarge) {
        HssError e;
        e.kind = HssError::Kind::InvalidResponse;
        e.httpStatus = m_httpStatus;
        e.requestId = m_requestId;
        e.message = tr("The answer is larger than %1 and was not read to the end")
                        .arg(QLocale().formattedDataSize(m_config.maxResponseBytes));
        return e;
    }
    if (m_deadlineExceeded) {
        HssError e;
        e.kind = HssError::Kind::Timeout;
        e.networkError = QNetworkReply::TimeoutError;
        e.message = tr("The request did not complete within %n second(s) and was given up", nullptr,
                       deadlineMs() / 1000);
        e.requestId = m_requestId;
        return e;
    }
    if (m_timedOut) {
        HssError e;
        e.kind = HssError::Kind::Timeout;
        e.networkError = QNetworkReply::TimeoutError;
        e.message = tr("No data arrived for %n second(s); the request was given up", nullptr,
                       m_config.transferTimeoutMs / 1000);
        e.requestId = m_requestId;
        return e;
    }
    if (m_httpStatus >= 400)
        return HssError::fromHttp(m_httpStatus, m_body, m_requestId);
    if (reply->error() != QNetworkReply::NoError) {
        HssError e = HssError::fromNetwork(reply->error(), reply->errorString());
        if (!m_sslErrors.isEmpty()) {
            e.kind = HssError::Kind::Tls;
            QStringList reasons;
            for (const QSslError &sslError : std::as_const(m_sslErrors))
                reasons.append(sslError.errorString());
            e.detail = reasons.join(QStringLiteral("; "));
        }
        if (m_httpStatus >= 200 && m_httpStatus < 300) {
            e.kind = HssError::Kind::Network;
            e.message = tr("The answer was cut off before it was complete");
        }
        e.httpStatus = m_httpStatus;
        e.requestId = m_requestId;
        return e;
    }
    if (m_httpStatus >= 300 || m_httpStatus < 200) {
        HssError e;
        e.kind = HssError::Kind::InvalidResponse;
        e.httpStatus = m_httpStatus;
        e.requestId = m_requestId;
        e.message = tr("Unexpected HTTP status %1 (redirects are not followed)").arg(m_httpStatus);
        return e;
    }
    if (!m_request.downloadPath.isEmpty()) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const qint64 written = m_file ? m_file->size() : 0;
        if (length.isValid() && length.toLongLong() != written) {
            HssError e;
            e.kind = HssError::Kind::Network;
            e.httpStatus = m_httpStatus;
            e.requestId = m_requestId;
            e.message = tr("The download was cut off after %1 of %2")
                            .arg(QLocale().formattedDataSize(written), QLocale().formattedDataSize(length.toLongLong()));
            return e;
        }
        return {};
    }
    const QByteArray trimmed = m_body.trimmed();
    if (m_request.operation == "Raw" || (trimmed.isEmpty() && !promisesFields()))
        return {};
    if (std::optional<HssError> read = trimmed.isEmpty() ? std::nullopt : interpretBytes(trimmed)) {
        read->httpStatus = m_httpStatus;
        read->requestId = m_requestId;
        return *read;
    }
    QJsonParseError parseError;
    // An empty answer where fields are promised is checked as {}, so the error names a field.
    const QJsonDocument doc = trimmed.isEmpty() ? QJsonDocument(QJsonObject())
                                                : QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        HssError e;
        e.kind = HssError::Kind::InvalidResponse;
        e.httpStatus = m_httpStatus;
        e.requestId = m_requestId;
        e.message = tr("The service's answer is not the JSON object the API promises");
        e.detail = parseError.errorString();
        return e;
    }
    m_json = doc.object();
    HssError e = interpret(m_json);
    if (e.isError()) {
        e.httpStatus = m_httpStatus;
        e.requestId = m_requestId;
    }
    return e;
}

HssError HssReply::interpret(const QJsonObject &)
{
    return {};
}

HssError HssReply::badResponse(const FieldErrors &errors)
{
    if (errors.isEmpty())
        return {};
    HssError e;
    e.kind = HssError::Kind::InvalidResponse;
    e.fieldErrors = errors;
    const FieldError &first = errors.constFirst();
    e.message = tr("Bad response: %1 %2").arg(first.field, first.message);
    if (errors.size() > 1)
        e.message += QLatin1Char(' ') + tr("(and %n more problem(s))", nullptr, int(errors.size() - 1));
    return e;
}

void HssReply::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_transferTimer.stop();
    if (m_httpStatus == 0)
        m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    onReadyRead();
    HssError error = classify(reply);
    // A billed call that may have arrived is never resent, and never reported as plainly
    // failed either: the analyst has to look before trying again.
    if (!m_request.idempotent && !m_canceled
        && ((error.kind == HssError::Kind::Network && !RetryPolicy::neverReachedServer(error))
            || error.kind == HssError::Kind::Timeout))
        error = HssError::outcomeUnknown(error);
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    qCDebug(lcNet).noquote() << "<-" << m_httpStatus << "request id" << m_requestId << "after"
                             << m_elapsed.elapsed() << "ms" << (error.isError() ? error.toString() : QString());

    if (error.kind == HssError::Kind::Api && error.isThrottling() && !m_canceled && !m_deadlineExceeded) {
        onThrottled(error, retryAfter);
        return;
    }
    if (error.isError() && !m_canceled && !m_deadlineExceeded
        && m_config.retry.shouldRetry(error, m_request.idempotent, m_attempts)) {
        discardDownload();
        const int delay = m_config.retry.delayMs(m_attempts, retryAfter, m_clock(), m_random());
        qCInfo(lcNet).noquote() << "retrying" << m_request.method << m_request.path << "in" << delay
                                << "ms after:" << error.toString();
        emit retrying(m_attempts + 1, delay, error.toString());
        m_retryTimer.start(delay);
        return;
    }
    finish(error);
}

void HssReply::onThrottled(const HssError &error, const QByteArray &retryAfter)
{
    discardDownload();
    const int wait = m_config.retry.throttledWaitMs(retryAfter, m_clock());
    m_budget->throttled(m_request.operation, wait);
    // A billed call is never sent twice; the gateway did not pass it on, so it is safe to say
    // so and when to try again.
    if (!m_request.idempotent) {
        finish(HssError::throttled(error, wait));
        return;
    }
    // A read is tried again for as long as the caller waits for it, at the slowed-down pace,
    // and never before the service said it may.
    const qint64 slotWait = std::max<qint64>(bookSlot(), wait);
    qCInfo(lcNet).noquote() << "throttled:" << m_request.method << m_request.path << "again in"
                            << slotWait << "ms";
    emit retrying(m_attempts + 1, int(std::min<qint64>(slotWait, INT_MAX)), error.toString());
    waitThenAttempt(slotWait);
}

void HssReply::discardDownload()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_chunk = QByteArray();
}

void HssReply::finish(const HssError &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (m_file) {
        // The rename replaces whatever is at the path, a link included, without following it;
        // what appeared there meanwhile is still not replaced unasked.
        const QString problem = m_error.isError()
            ? QString()
            : targetProblem(m_request.downloadPath, m_request.overwriteDownload);
        if (!m_error.isError() && problem.isEmpty() && m_file->commit()) {
            m_file.reset();
            m_chunk = QByteArray();
        } else {
            if (!m_error.isError()) {
                m_error.kind = HssError::Kind::LocalFile;
                m_error.message = tr("The download could not be saved to %1: %2")
                                      .arg(m_request.downloadPath,
                                           problem.isEmpty() ? m_file->errorString() : problem);
            }
            discardDownload();
        }
    }
    m_finished = true;
    releaseSlot();
    m_budgetTimer.stop();
    m_deadlineTimer.stop();
    m_transferTimer.stop();
    if (m_error.isError())
        qCDebug(lcNet).noquote() << m_request.method << m_request.path << "failed:" << m_error.toString();
    emit finished();
}

void HssReply::logRequest(const QUrl &url, const RequestSigner::HeaderList &headers) const
{
    if (!lcNet().isDebugEnabled())
        return;
    qCDebug(lcNet).noquote() << "->" << m_request.method << url.toString(QUrl::FullyEncoded)
                             << "attempt" << m_attempts;
    for (const auto &header : headers)
        qCDebug(lcNet).noquote() << "   " << QString::fromLatin1(header.first) + QLatin1Char(':')
                                 << QString::fromUtf8(Redaction::headerValue(header.first, header.second));
}
