#include "sandbox/sandboxserver.h"

#include "app/api/apienums.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/batchexportbaselinetaskresponse.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/exporttaskinfo.h"
#include "app/api/listswrimagerepositoryresponse.h"
#include "app/api/showimagesecurityreportstatisticrequest.h"
#include "app/api/showimagesecurityreportstatisticresponse.h"
#include "app/net/requestsigner.h"
#include "sandbox/baselinearchive.h"
#include "sandbox/guardedtcpserver.h"
#include "sandbox/listpagewriter.h"
#include "sandbox/sandboxlogging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

namespace {

constexpr char kControlPrefix[] = "/sandbox/control/";

enum class JsonType { String, Bool, Integer, StringArray, ObjectArray };

struct FieldType
{
    const char *name;
    JsonType type;
};

const FieldType kFilterTypes[] = {
    {"image_type", JsonType::String},
    {"namespace", JsonType::String},
    {"image_name", JsonType::String},
    {"image_version", JsonType::String},
    {"scan_status", JsonType::String},
    {"instance_name", JsonType::String},
    {"instance_id", JsonType::String},
    {"latest_version", JsonType::Bool},
    {"operate_all", JsonType::Bool},
    {"has_malicious_file", JsonType::Bool},
    {"has_unsafe_setting", JsonType::Bool},
    {"has_vul", JsonType::Bool},
    {"image_size", JsonType::Integer},
    {"start_latest_update_time", JsonType::Integer},
    {"end_latest_update_time", JsonType::Integer},
    {"start_latest_scan_time", JsonType::Integer},
    {"end_latest_scan_time", JsonType::Integer},
    {"repo_type", JsonType::String},
    {"image_info_list", JsonType::ObjectArray},
    {"image_id_list", JsonType::StringArray},
    {"vul_type", JsonType::String},
    {"image_id", JsonType::String},
    {"severity_level", JsonType::String},
    {"cicd_name", JsonType::String},
    {"build_command_risk_level", JsonType::String},
    {"build_command_risk_name", JsonType::String},
    {"build_command_rule_id_list", JsonType::StringArray},
    {"vul_id_list", JsonType::StringArray},
    {"risky", JsonType::Bool},
    {"has_container", JsonType::Bool},
};

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

// The core's fromJson readers are lenient like the SDKs' decoders; the service is not, so a
// mistyped field must be refused here before it would silently read as "unset".
FieldErrors checkTypes(const QJsonObject &body)
{
    FieldErrors errors;
    for (const FieldType &f : kFilterTypes) {
        const QString name = QLatin1String(f.name);
        if (!body.contains(name))
            continue;
        const QJsonValue v = body.value(name);
        bool ok = true;
        QString expected;
        switch (f.type) {
        case JsonType::String:
            ok = v.isString();
            expected = QStringLiteral("must be a string");
            break;
        case JsonType::Bool:
            ok = v.isBool();
            expected = QStringLiteral("must be true or false");
            break;
        case JsonType::Integer:
            ok = isWholeNumber(v);
            expected = QStringLiteral("must be a whole number");
            break;
        case JsonType::StringArray:
        case JsonType::ObjectArray: {
            ok = v.isArray();
            const QJsonArray items = v.toArray();
            for (const QJsonValue &item : items)
                ok = ok && (f.type == JsonType::StringArray ? item.isString() : item.isObject());
            expected = f.type == JsonType::StringArray
                ? QStringLiteral("must be an array of strings")
                : QStringLiteral("must be an array of objects");
            break;
        }
        }
        if (!ok)
            errors.append({name, expected});
    }
    return errors;
}

bool parseBody(const QByteArray &body, QJsonObject *out, FieldErrors *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        errors->append({QStringLiteral("body"),
                        parseError.error != QJsonParseError::NoError
                            ? QStringLiteral("is not valid JSON (%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)
                            : QStringLiteral("must be a JSON object")});
        return false;
    }
    *out = doc.object();
    *errors += checkTypes(*out);
    return errors->isEmpty();
}

QString queryValue(const RequestSigner::QueryList &query, const QString &key, bool *present)
{
    QString value;
    *present = false;
    for (const auto &param : query) {
        if (param.first == key) {
            value = param.second;
            *present = true;
        }
    }
    return value;
}

QByteArray randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

QByteArray requestId()
{
    return QUuid::createUuid().toString(QUuid::Id128).toLatin1();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_authenticator(config)
    , m_limiter(config.gatewayLimits)
    , m_scanQueueMs(config.scanQueueMs)
    , m_scanRunMs(config.scanRunMs)
    , m_exportRunMs(config.exportRunMs)
    , m_faults(config.faults)
    , m_controlToken(config.controlToken.isEmpty() ? randomToken() : config.controlToken)
{
    buildRegistry();
    const int workers =
        config.listWorkers < 0 ? qMax(2, QThread::idealThreadCount()) : config.listWorkers;
    if (workers > 0) {
        m_listPool = std::make_unique<QThreadPool>();
        m_listPool->setMaxThreadCount(workers);
        m_listPool->setObjectName(QStringLiteral("hss-sandbox lists"));
    }
}

SandboxServer::~SandboxServer()
{
    // Workers use the registry and post their answers to this object.
    if (m_listPool)
        m_listPool->waitForDone();
}

void SandboxServer::buildRegistry()
{
    QElapsedTimer timer;
    timer.start();
    m_registry = std::make_unique<ImageRegistry>(
        m_config.imageCount, m_config.seed, m_config.dataEpochMs,
        ImageRegistry::Timing{m_scanQueueMs, m_scanRunMs, m_config.scanFailEvery});
    m_generationMs = timer.elapsed();
    qCDebug(lcSandbox) << "generated" << m_registry->size() << "images in" << m_generationMs
                       << "ms";
}

bool SandboxServer::listen(QString *errorMessage)
{
    if (m_config.tls && !generateCertificate(errorMessage))
        return false;
    // Our own listening server instead of QAbstractHttpServer::listen(), so every connection gets
    // its RequestSizeGuard before the HTTP server reads from it.
    QTcpServer *tcp = nullptr;
    if (m_config.tls) {
        auto *tls = new GuardedTcpServer<QSslServer>(this, m_config.maxBodyBytes);
        tls->setSslConfiguration(m_tls);
        tcp = tls;
    } else {
        tcp = new GuardedTcpServer<QTcpServer>(this, m_config.maxBodyBytes);
    }
    const quint16 port = tcp->listen(m_config.address, m_config.port) ? tcp->serverPort() : 0;
    if (port == 0) {
        delete tcp;
        if (errorMessage)
            *errorMessage =
                tr("cannot listen on %1:%2").arg(m_config.address.toString()).arg(m_config.port);
        return false;
    }
    bind(tcp);
    QUrl url;
    url.setScheme(m_config.tls ? QStringLiteral("https") : QStringLiteral("http"));
    const bool anyAddress = m_config.address == QHostAddress(QHostAddress::Any)
        || m_config.address == QHostAddress(QHostAddress::AnyIPv4);
    url.setHost(anyAddress ? QStringLiteral("127.0.0.1") : m_config.address.toString());
    url.setPort(port);
    QMutexLocker lock(&m_mutex);
    m_endpoint = url;
    return true;
}

bool SandboxServer::generateCertificate(QString *errorMessage)
{
    // A fresh key per run: nothing secret is ever stored, and the client must trust exactly
    // this certificate, which is what the HTTPS tests want to prove.
    m_tlsDir = std::make_unique<QTemporaryDir>();
    const QString cert = m_tlsDir->filePath(QStringLiteral("hss-sandbox-ca.pem"));
    const QString key = m_tlsDir->filePath(QStringLiteral("hss-sandbox-key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1/O=hss-sandbox"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        if (errorMessage)
            *errorMessage = tr("openssl failed to create the TLS certificate: %1")
                                .arg(QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("cannot read the generated TLS certificate");
        return false;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey privateKey(&keyFile, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || privateKey.isNull()) {
        if (errorMessage)
            *errorMessage = tr("the generated TLS certificate or key does not load");
        return false;
    }
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(privateKey);
    m_tls.setProtocol(QSsl::SecureProtocols);
    QMutexLocker lock(&m_mutex);
    m_caPath = cert;
    return true;
}

QUrl SandboxServer::endpoint() const
{
    QMutexLocker lock(&m_mutex);
    return m_endpoint;
}

QString SandboxServer::projectId() const
{
    return m_config.projectId;
}

QString SandboxServer::caCertificatePath() const
{
    QMutexLocker lock(&m_mutex);
    return m_caPath;
}

QByteArray SandboxServer::controlToken() const
{
    return m_controlToken;
}

SandboxConfig SandboxServer::config() const
{
    return m_config;
}

int SandboxServer::imageCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_registry->size();
}

qint64 SandboxServer::generationMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_generationMs;
}

SandboxFaults SandboxServer::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
}

void SandboxServer::mergeFaults(const QJsonObject &json)
{
    QMutexLocker lock(&m_mutex);
    m_faults.merge(json);
}

void SandboxServer::failNextExport()
{
    QMutexLocker lock(&m_mutex);
    m_faults.failNextExport = true;
}

void SandboxServer::setDurations(int scanQueueMs, int scanRunMs, int exportRunMs)
{
    QMutexLocker lock(&m_mutex);
    m_scanQueueMs = qMax(0, scanQueueMs);
    m_scanRunMs = qMax(0, scanRunMs);
    m_exportRunMs = qMax(0, exportRunMs);
    QWriteLocker registryLock(&m_registryLock);
    m_registry->setTiming({m_scanQueueMs, m_scanRunMs, m_config.scanFailEvery});
}

QJsonObject SandboxServer::durationsJson() const
{
    QMutexLocker lock(&m_mutex);
    return durationsJsonLocked();
}

QJsonObject SandboxServer::durationsJsonLocked() const
{
    return {{QStringLiteral("scan_queue_ms"), m_scanQueueMs},
            {QStringLiteral("scan_run_ms"), m_scanRunMs},
            {QStringLiteral("export_run_ms"), m_exportRunMs}};
}

QList<RecordedRequest> SandboxServer::recentRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void SandboxServer::clearRecentRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void SandboxServer::reset()
{
    QMutexLocker lock(&m_mutex);
    m_scanQueueMs = m_config.scanQueueMs;
    m_scanRunMs = m_config.scanRunMs;
    m_exportRunMs = m_config.exportRunMs;
    {
        QWriteLocker registryLock(&m_registryLock);
        buildRegistry();
    }
    m_faults = m_config.faults;
    m_requests.clear();
    m_recentArrivals.clear();
    m_limiter.clear();
    m_requestCount = 0;
    m_downloadCount = 0;
    m_tasks.clear();
    m_fileToTask.clear();
}

QJsonObject SandboxServer::stateJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray requests;
    for (const RecordedRequest &r : m_requests)
        requests.append(r.toJson());
    return {{QStringLiteral("project_id"), m_config.projectId},
            {QStringLiteral("endpoint"), m_endpoint.toString()},
            {QStringLiteral("image_count"), m_registry->size()},
            {QStringLiteral("seed"), qint64(m_config.seed)},
            {QStringLiteral("request_count"), m_requestCount},
            {QStringLiteral("export_tasks"), int(m_tasks.size())},
            {QStringLiteral("faults"), m_faults.toJson()},
            {QStringLiteral("durations"), durationsJsonLocked()},
            {QStringLiteral("requests"), requests}};
}

SandboxServer::Reply SandboxServer::json(int status, const QJsonObject &body)
{
    Reply r;
    r.status = status;
    r.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

SandboxServer::Reply SandboxServer::error(const SandboxError &e)
{
    return json(e.status,
                {{QStringLiteral("error_code"), e.code}, {QStringLiteral("error_msg"), e.message}});
}

SandboxServer::Reply SandboxServer::invalidParam(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts.append(e.field + QLatin1Char(' ') + e.message);
    return error({400, QStringLiteral("HSS.0001"),
                  QStringLiteral("invalid param: ") + parts.join(QStringLiteral("; "))});
}

qint64 SandboxServer::record(const QHttpServerRequest &request, const QByteArray &method,
                             const QString &path, const QByteArray &rawQuery)
{
    RecordedRequest r;
    r.sequence = ++m_recordSequence;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.method = method;
    r.path = path;
    r.rawQuery = rawQuery;
    r.query = RequestSigner::parseQuery(rawQuery);
    r.headers = RecordedRequest::redactedHeaders(request.headers());
    r.bodySize = request.body().size();
    r.body = request.body().left(qMax(0, m_config.recordedBodyLimit));
    m_requests.append(r);
    qint64 bytes = 0;
    for (const RecordedRequest &kept : std::as_const(m_requests))
        bytes += kept.body.size();
    while (m_requests.size() > qMax(1, m_config.recordedRequestLimit)
           || (m_requests.size() > 1 && bytes > m_config.recordedBytesLimit)) {
        bytes -= m_requests.first().body.size();
        m_requests.removeFirst();
    }
    return r.sequence;
}

void SandboxServer::recordStatus(qint64 sequence, const Reply &reply)
{
    // A list answer is built after later requests were recorded; the record may be gone by then.
    for (auto it = m_requests.rbegin(); it != m_requests.rend(); ++it) {
        if (it->sequence == sequence) {
            it->status = reply.kind == Reply::Kind::Reset ? 0 : reply.status;
            return;
        }
    }
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method =
        QByteArray(
            QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
            .toUpper();
    const QUrl url = request.url();
    const QString path = url.path(QUrl::FullyDecoded);
    const QByteArray rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    QHttpServerResponder responder = makeResponder(request, socket);

    // The guard refuses oversized bodies before they are read; this only backs it up.
    if (request.body().size() > m_config.maxBodyBytes) {
        deliver(responder,
                error({413, QStringLiteral("SANDBOX.413"),
                       QStringLiteral("Payload Too Large: the sandbox accepts request bodies of "
                                      "at most %1 bytes")
                           .arg(m_config.maxBodyBytes)}));
        return true;
    }

    if (path.startsWith(QLatin1String(kControlPrefix))) {
        const std::optional<Reply> refused = refuseControl(request);
        deliver(responder, refused ? *refused : control(method, path, request.body()));
        return true;
    }

    Call call;
    call.method = method;
    call.query = RequestSigner::parseQuery(rawQuery);
    call.body = request.body();
    call.nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("region", Qt::CaseInsensitive) == 0)
            call.region = QString::fromUtf8(value);
    }

    RequestAuthenticator::Incoming incoming;
    incoming.method = method;
    incoming.decodedPath = path;
    incoming.rawQuery = rawQuery;
    incoming.headers = request.headers();
    incoming.body = call.body;

    const QStringList segments = path.split(QLatin1Char('/'));
    if (segments.size() >= 3 && segments.at(0).isEmpty() && segments.at(1) == QLatin1String("v5")) {
        incoming.pathProjectId = segments.at(2);
        call.route = segments.mid(3);
    }

    Reply reply;
    int latencyMs = 0;
    qint64 sequence = 0;
    std::optional<qint64> listCount; // set when a worker builds the answer
    {
        QMutexLocker lock(&m_mutex);
        sequence = record(request, method, path, rawQuery);
        latencyMs = m_faults.latencyMs;
        if (m_listPool && api(call) == Api::ListImages) {
            qint64 count = 0;
            if (std::optional<Reply> refused = gate(incoming, call, &count)) {
                reply = *refused;
                recordStatus(sequence, reply);
            } else {
                listCount = count;
            }
        } else {
            reply = plan(incoming, call);
            recordStatus(sequence, reply);
        }
    }
    emit requestRecorded();

    if (!listCount && latencyMs <= 0) {
        qCDebug(lcSandbox) << method << path << "->" << reply.status;
        deliver(responder, reply);
        return true;
    }
    // The responder must outlive this call. The client may hang up before the answer is ready,
    // and the responder's socket pointer would then dangle: the guard is taken now, while the
    // socket still exists.
    const QPointer<QTcpSocket> guard = socket;
    auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
    if (!listCount) {
        qCDebug(lcSandbox) << method << path << "->" << reply.status;
        deliverLater(later, guard, reply, latencyMs);
        return true;
    }
    m_listPool->start([this, later, guard, call, count = *listCount, sequence, latencyMs] {
        const Reply built = answerList(call, count, sequence);
        // Answered from the server's thread, which owns the socket.
        QMetaObject::invokeMethod(
            this, [=] { deliverLater(later, guard, built, latencyMs); }, Qt::QueuedConnection);
    });
    return true;
}

void SandboxServer::deliverLater(const std::shared_ptr<QHttpServerResponder> &responder,
                                 const QPointer<QTcpSocket> &socket, const Reply &reply,
                                 int latencyMs)
{
    if (latencyMs <= 0) {
        if (socket)
            deliver(*responder, reply);
        return;
    }
    // A timer keeps the event loop free meanwhile.
    QTimer::singleShot(latencyMs, this, [this, responder, socket, reply] {
        if (socket)
            deliver(*responder, reply);
    });
}

SandboxServer::Reply SandboxServer::answerList(const Call &call, qint64 count, qint64 sequence)
{
    Reply reply;
    {
        QReadLocker registryLock(&m_registryLock);
        reply = listImages(call);
    }
    qCDebug(lcSandbox) << call.method << "list ->" << reply.status;
    QMutexLocker lock(&m_mutex);
    reply = spoil(Api::ListImages, count, reply);
    recordStatus(sequence, reply);
    return reply;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    deliver(responder, route(Api::None, {}));
}

SandboxServer::Reply SandboxServer::plan(const RequestAuthenticator::Incoming &incoming,
                                         const Call &call)
{
    qint64 count = 0;
    if (std::optional<Reply> refused = gate(incoming, call, &count))
        return *refused;
    const Api which = api(call);
    return spoil(which, count, route(which, call));
}

std::optional<SandboxServer::Reply> SandboxServer::gate(const RequestAuthenticator::Incoming &incoming,
                                                        const Call &call, qint64 *count)
{
    if (std::optional<Reply> early = admit(call, count))
        return early;
    // Like the gateway: an API that does not exist is reported before authentication, and the
    // limits count only calls that authenticated.
    const Api which = api(call);
    if (which == Api::None)
        return route(which, call);
    const SandboxError authError =
        m_authenticator.verify(incoming, QDateTime::fromMSecsSinceEpoch(call.nowMs, Qt::UTC));
    if (authError.isError())
        return error(authError);
    const GatewayLimiter::Verdict verdict =
        m_limiter.admit(GatewayLimiter::userOf(incoming.headers), QString::number(int(which)), call.nowMs);
    if (!verdict.admitted)
        return throttled(verdict.limit, m_limiter.periodText(), verdict.retryAfterSeconds);
    return std::nullopt;
}

std::optional<SandboxServer::Reply> SandboxServer::admit(const Call &call, qint64 *count)
{
    *count = ++m_requestCount;
    if (m_faults.reset.fires(*count)) {
        Reply r;
        r.kind = Reply::Kind::Reset;
        return r;
    }

    m_recentArrivals.append(call.nowMs);
    while (!m_recentArrivals.isEmpty() && m_recentArrivals.first() <= call.nowMs - 1000)
        m_recentArrivals.removeFirst();
    const bool overRate =
        m_faults.throttleRate > 0 && m_recentArrivals.size() > m_faults.throttleRate;
    if (overRate || m_faults.throttle.fires(*count)) {
        return throttled(m_faults.throttleRate > 0 ? m_faults.throttleRate : 1,
                         QStringLiteral("1 second"), m_faults.retryAfterSeconds);
    }
    if (m_faults.serverError.fires(*count))
        return error({500, QStringLiteral("HSS.0500"),
                      QStringLiteral("Internal server error (injected by hss-sandbox)")});
    return std::nullopt;
}

SandboxServer::Reply SandboxServer::spoil(Api which, qint64 count, Reply r)
{
    if (which == Api::Download && r.status == 200) {
        const qint64 downloads = ++m_downloadCount;
        if (m_faults.truncateDownload.fires(downloads))
            r.kind = Reply::Kind::Truncate;
        else if (m_faults.stallDownload.fires(downloads))
            r.kind = Reply::Kind::Stall;
    } else if (r.status == 200 && m_faults.malformedJson.fires(count)) {
        r.body = r.body.left(qMax<qsizetype>(1, r.body.size() / 2));
    }
    return r;
}

SandboxServer::Reply SandboxServer::throttled(int limit, const QString &period, int retryAfterSeconds)
{
    Reply r = error({429, QStringLiteral("APIG.0308"),
                     QStringLiteral("The throttling threshold has been reached: policy user over "
                                    "ratelimit,limit:%1,time:%2")
                         .arg(limit)
                         .arg(period)});
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return r;
}

SandboxServer::Api SandboxServer::api(const Call &call)
{
    const QStringList &route = call.route;
    const QString joined = route.join(QLatin1Char('/'));
    const bool get = call.method == "GET";
    const bool post = call.method == "POST";
    if (get && joined == QLatin1String("image/swr-repository"))
        return Api::ListImages;
    if (post && joined == QLatin1String("image/batch-scan"))
        return Api::BatchScan;
    if (post && joined == QLatin1String("image/baseline/export"))
        return Api::ExportBaseline;
    if (post && joined == QLatin1String("image/synchronize"))
        return Api::Synchronize;
    if (post && joined == QLatin1String("image/security-report/statistic"))
        return Api::ReportStatistic;
    if (get && route.size() == 2 && !route.at(1).isEmpty()) {
        if (route.at(0) == QLatin1String("export-task"))
            return Api::ExportTask;
        if (route.at(0) == QLatin1String("download"))
            return Api::Download;
    }
    return Api::None;
}

SandboxServer::Reply SandboxServer::route(Api which, const Call &call)
{
    switch (which) {
    case Api::ListImages:
        return listImages(call);
    case Api::BatchScan:
        return batchScan(call);
    case Api::ExportBaseline:
        return exportBaseline(call);
    case Api::Synchronize:
        return synchronize(call);
    case Api::ReportStatistic:
        return reportStatistic(call);
    case Api::ExportTask:
        return exportTask(call, call.route.at(1));
    case Api::Download:
        return download(call, call.route.at(1));
    case Api::None:
        break;
    }
    return error(
        {404, QStringLiteral("APIGW.0101"),
         QStringLiteral("The API does not exist or has not been published in the environment")});
}

SandboxServer::Reply SandboxServer::listImages(const Call &call)
{
    FieldErrors errors;
    const ImageFilter filter = ImageFilter::fromQuery(call.query, &errors);
    errors += filter.validate(ImageFilter::Use::List);

    const auto number = [&](const char *name, qint64 fallback, qint64 min, qint64 max) {
        bool present = false;
        const QString text = queryValue(call.query, QLatin1String(name), &present);
        if (!present)
            return fallback;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            errors.append({QLatin1String(name), QStringLiteral("must be a whole number")});
        else if (value < min || value > max)
            errors.append({QLatin1String(name),
                           QStringLiteral("must be between %1 and %2").arg(min).arg(max)});
        return ok ? value : fallback;
    };
    const qint64 offset = number("offset", 0, 0, ApiEnums::MaxOffset);
    const qint64 limit =
        number("limit", ApiEnums::MinLimit, ApiEnums::MinLimit, ApiEnums::MaxLimit);
    if (!errors.isEmpty())
        return invalidParam(errors);

    // Clients page through the same lists again and again (every refresh, every test), so a
    // page stays built while the registry shows the same.
    const bool settled = m_registry->isSettled(call.nowMs);
    const quint64 generation = m_registry->generation();
    const QByteArray key = RequestSigner::canonicalQuery(call.query);
    if (settled) {
        if (std::optional<QByteArray> body = cachedPage(generation, key)) {
            Reply r = json(200, {});
            r.body = *body;
            return r;
        }
    }
    const QList<int> matches = m_registry->match(filter, call.nowMs);
    const qint64 end = qMin<qint64>(matches.size(), offset + limit);
    Reply r = json(200, {});
    if (m_config.documentListPages) {
        ListSwrImageRepositoryResponse page;
        page.totalNum = matches.size();
        for (qint64 i = offset; i < end; ++i)
            page.images.append(m_registry->image(matches.at(i), call.nowMs));
        r = json(200, page.toJson());
    } else {
        ListPageWriter page(qMax<qint64>(end - offset, 0));
        for (qint64 i = offset; i < end; ++i)
            page.append(m_registry->image(matches.at(i), call.nowMs));
        r.body = page.finish(matches.size());
    }
    if (settled)
        keepPage(generation, key, r.body);
    return r;
}

std::optional<QByteArray> SandboxServer::cachedPage(quint64 generation, const QByteArray &key) const
{
    QMutexLocker lock(&m_pageMutex);
    if (generation != m_pageGeneration)
        return std::nullopt;
    const auto it = m_pages.constFind(key);
    if (it == m_pages.cend())
        return std::nullopt;
    return *it;
}

void SandboxServer::keepPage(quint64 generation, const QByteArray &key, const QByteArray &body)
{
    if (body.size() > m_config.pageCacheBytes)
        return;
    QMutexLocker lock(&m_pageMutex);
    if (generation != m_pageGeneration || m_pageBytes + body.size() > m_config.pageCacheBytes) {
        // Pages of an older registry state are useless, and at the budget all go: a client
        // pages through its list in order, so whatever it asks next is not among them anyway.
        m_pages.clear();
        m_pageBytes = 0;
        m_pageGeneration = generation;
    }
    if (!m_pages.contains(key)) {
        m_pages.insert(key, body);
        m_pageBytes += body.size();
    }
}

SandboxServer::Reply SandboxServer::batchScan(const Call &call)
{
    QJsonObject body;
    FieldErrors errors;
    if (!parseBody(call.body, &body, &errors))
        return invalidParam(errors);
    const BatchScanSwrImageRequest request = BatchScanSwrImageRequest::fromJson(body);
    errors = request.validate();
    if (!errors.isEmpty())
        return invalidParam(errors);

    // operate_all wins over a list sent alongside it (undocumented; the list is then ignored).
    if (request.operateAll.value_or(false)) {
        const QList<int> matches = m_registry->match(request.filter, call.nowMs);
        QWriteLocker registryLock(&m_registryLock);
        for (int index : matches)
            m_registry->requestScan(index, call.nowMs);
        qCDebug(lcSandbox) << "scan of all matching:" << matches.size() << "images";
    } else {
        for (const BatchScanSwrImageRequest::Target &t : request.images) {
            const int index = m_registry->find(request.filter.imageType, t.namespaceName,
                                               t.imageName, t.imageVersion, t.instanceId);
            if (index >= 0) {
                QWriteLocker registryLock(&m_registryLock);
                m_registry->requestScan(index, call.nowMs);
            }
        }
    }
    return json(200, {});
}

SandboxServer::Reply SandboxServer::exportBaseline(const Call &call)
{
    FieldErrors errors;
    bool present = false;
    const QString sizeText = queryValue(call.query, QStringLiteral("export_size"), &present);
    bool sizeOk = false;
    const qint64 exportSize = sizeText.toLongLong(&sizeOk);
    if (!present)
        errors.append({QStringLiteral("export_size"), QStringLiteral("is required")});
    else if (!sizeOk)
        errors.append({QStringLiteral("export_size"), QStringLiteral("must be a whole number")});
    QJsonObject body;
    if (!parseBody(call.body, &body, &errors) || !errors.isEmpty())
        return invalidParam(errors);

    BatchExportBaselineTaskRequest request = BatchExportBaselineTaskRequest::fromJson(body);
    request.exportSize = exportSize;
    errors = request.validate() + checkImageIdList(request);
    if (!errors.isEmpty())
        return invalidParam(errors);

    ExportTask task;
    task.id = newUuid();
    task.fileId = newUuid();
    task.createdMs = call.nowMs;
    task.fileName = !m_config.exportFileName.isEmpty()
        ? m_config.exportFileName
        : QStringLiteral("hss-image-baseline-%1.zip")
              .arg(QDateTime::fromMSecsSinceEpoch(call.nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMddHHmmss")));
    task.fails = m_faults.failAllExports || m_faults.failNextExport;
    m_faults.failNextExport = false;
    task.records = baselineSelection(request, exportSize, call.nowMs);
    qint64 total = 0;
    for (const auto &[index, count] : std::as_const(task.records))
        total += count;
    m_tasks.insert(task.id, task);
    m_fileToTask.insert(task.fileId, task.id);

    BatchExportBaselineTaskResponse result;
    result.recordTotalNum = total;
    result.taskId = task.id;
    return json(200, result.toJson());
}

FieldErrors SandboxServer::checkImageIdList(const BatchExportBaselineTaskRequest &request) const
{
    // Local images have no list id the service knows them by; their image_id names them.
    const bool local = request.filter.imageType == QLatin1String("local_image");
    for (const QString &id : request.imageIdList) {
        bool numeric = false;
        id.toLongLong(&numeric);
        if (!local && !numeric)
            return {{QStringLiteral("image_id_list"),
                     QStringLiteral("holds %1, which is not an image list id").arg(id)}};
        if (local && (numeric || id.size() > 128))
            return {{QStringLiteral("image_id_list"),
                     QStringLiteral("holds %1, which is not the image_id of a local image").arg(id)}};
    }
    return {};
}

QList<QPair<int, int>> SandboxServer::baselineSelection(const BatchExportBaselineTaskRequest &request,
                                                        qint64 cap, qint64 nowMs) const
{
    QList<int> images;
    if (request.operateAll.value_or(false)) {
        images = m_registry->match(request.filter, nowMs);
    } else if (request.filter.imageType == QLatin1String("local_image")) {
        for (const QString &id : request.imageIdList) {
            const int index = m_registry->indexOfImageId(id);
            if (index >= 0)
                images.append(index);
        }
    } else {
        for (const QString &id : request.imageIdList) {
            const int index = m_registry->indexOfId(id.toLongLong());
            if (index >= 0)
                images.append(index);
        }
    }

    cap = qMin<qint64>(cap, m_config.maxExportRecords);
    QList<QPair<int, int>> records;
    qint64 total = 0;
    for (int index : std::as_const(images)) {
        if (total >= cap)
            break;
        const ImageInfo info = m_registry->image(index, nowMs);
        if (!request.imageId.isEmpty() && info.imageId != request.imageId)
            continue;
        if (request.risky
            && *request.risky != (info.vulNum + info.unsafeSettingNum + info.maliciousFileNum > 0))
            continue;
        const int count = int(qMin<qint64>(m_registry->baselineRecordCount(index, nowMs), cap - total));
        if (count > 0) {
            records.append({index, count});
            total += count;
        }
    }
    return records;
}

SandboxServer::Reply SandboxServer::reportStatistic(const Call &call)
{
    FieldErrors errors;
    if (call.region.isEmpty())
        errors.append({QStringLiteral("region"), QStringLiteral("header is required")});
    QJsonObject body;
    if (!parseBody(call.body, &body, &errors) || !errors.isEmpty())
        return invalidParam(errors);
    const ShowImageSecurityReportStatisticRequest request =
        ShowImageSecurityReportStatisticRequest::fromQueryAndJson(call.query, body);
    errors = request.validate() + checkImageIdList(request.body);
    if (!errors.isEmpty())
        return invalidParam(errors);

    ShowImageSecurityReportStatisticResponse statistic;
    // Only baseline records exist here; every other report type counts nothing.
    if (request.securityReportType == QLatin1String(ShowImageSecurityReportStatisticRequest::RiskConfig)) {
        const QList<QPair<int, int>> records =
            baselineSelection(request.body, ApiEnums::MaxExportSize, call.nowMs);
        for (const auto &[index, count] : records)
            statistic.totalNum += count;
    }
    return json(200, statistic.toJson());
}

QString SandboxServer::taskStatus(const ExportTask &task, qint64 nowMs) const
{
    if (nowMs - task.createdMs < m_exportRunMs)
        return QStringLiteral("running");
    return task.fails ? QStringLiteral("failure") : QStringLiteral("success");
}

SandboxServer::Reply SandboxServer::exportTask(const Call &call, const QString &taskId)
{
    const auto it = m_tasks.constFind(taskId);
    if (it == m_tasks.cend())
        return error(
            {400, QStringLiteral("HSS.0011"),
             QStringLiteral("The requested resource does not exist: export task %1").arg(taskId)});
    ExportTaskInfo info;
    info.taskId = it->id;
    info.taskName = QStringLiteral("image_baseline_export_task");
    info.taskStatus = taskStatus(*it, call.nowMs);
    if (info.succeeded()) {
        info.fileId = it->fileId;
        info.fileName = it->fileName;
    }
    return json(200, info.toJson());
}

SandboxServer::Reply SandboxServer::download(const Call &call, const QString &fileId)
{
    const auto taskId = m_fileToTask.constFind(fileId);
    const auto task = taskId == m_fileToTask.cend() ? m_tasks.cend() : m_tasks.constFind(*taskId);
    if (task == m_tasks.cend() || taskStatus(*task, call.nowMs) != QLatin1String("success"))
        return error(
            {400, QStringLiteral("HSS.0011"),
             QStringLiteral("The requested resource does not exist: file %1").arg(fileId)});

    QList<BaselineRecord> rows;
    for (const auto &[index, count] : task->records)
        rows += m_registry->baselineRecords(index, count);
    Reply r;
    r.body = task->paddedArchive.isEmpty()
        ? BaselineArchive::zip(rows, task->fileName,
                               QDateTime::fromMSecsSinceEpoch(task->createdMs, Qt::UTC),
                               m_config.exportPaddingBytes)
        : task->paddedArchive;
    if (m_config.exportPaddingBytes > 0)
        m_tasks[task->id].paddedArchive = r.body;
    r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/zip")},
                 {QByteArrayLiteral("Content-Disposition"),
                  "attachment; filename=\"" + task->fileName.toUtf8() + '"'}};
    return r;
}

SandboxServer::Reply SandboxServer::synchronize(const Call &call)
{
    QJsonObject body;
    FieldErrors errors;
    if (!parseBody(call.body, &body, &errors))
        return invalidParam(errors);
    const QString type = body.value(QStringLiteral("image_type")).toString();
    if (type.isEmpty())
        errors.append({QStringLiteral("image_type"), QStringLiteral("is required")});
    else if (!ApiEnums::syncImageTypes().contains(type))
        errors.append({QStringLiteral("image_type"),
                       QStringLiteral("must be one of %1")
                           .arg(ApiEnums::syncImageTypes().join(QStringLiteral(", ")))});
    if (!errors.isEmpty())
        return invalidParam(errors);
    QWriteLocker registryLock(&m_registryLock);
    const int changed = m_registry->synchronize(type, call.nowMs);
    qCDebug(lcSandbox) << "synchronize" << type << "changed" << changed << "images";
    // Built by hand: the core's writer omits the empty description, the service sends it.
    return json(
        200, {{QStringLiteral("error_code"), 0}, {QStringLiteral("error_description"), QString()}});
}

std::optional<SandboxServer::Reply>
SandboxServer::refuseControl(const QHttpServerRequest &request) const
{
    const QByteArray wanted = QByteArray(ControlTokenHeader).toLower();
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.toLower() != wanted)
            continue;
        if (RequestAuthenticator::constantTimeEquals(h.second.trimmed(), m_controlToken))
            return std::nullopt;
        qCWarning(lcSandbox) << "refused a control request with a wrong token";
        return error({403, QStringLiteral("SANDBOX.0403"),
                      QStringLiteral("Wrong sandbox control token")});
    }
    return error({401, QStringLiteral("SANDBOX.0401"),
                  QStringLiteral("Sandbox control needs the %1 header with the token hss-sandbox "
                                 "printed at start")
                      .arg(QLatin1String(ControlTokenHeader))});
}

SandboxServer::Reply SandboxServer::control(const QByteArray &method, const QString &path,
                                            const QByteArray &body)
{
    const QString action = path.mid(int(qstrlen(kControlPrefix)));
    if (method == "GET" && action == QLatin1String("state"))
        return json(200, stateJson());
    if (method == "GET" && action == QLatin1String("requests")) {
        const QJsonObject state = stateJson();
        return json(200, {{QStringLiteral("requests"), state.value(QStringLiteral("requests"))}});
    }
    if (method == "DELETE" && action == QLatin1String("requests")) {
        clearRecentRequests();
        return json(200, {});
    }
    if (method == "GET" && action == QLatin1String("faults"))
        return json(200, faults().toJson());
    if (method == "POST" && action == QLatin1String("faults")) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return invalidParam(
                {{QStringLiteral("body"), QStringLiteral("must be a JSON object")}});
        mergeFaults(doc.object());
        return json(200, faults().toJson());
    }
    if (method == "GET" && action == QLatin1String("durations"))
        return json(200, durationsJson());
    if (method == "POST" && action == QLatin1String("durations")) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return invalidParam(
                {{QStringLiteral("body"), QStringLiteral("must be a JSON object")}});
        const QJsonObject current = durationsJson();
        const auto value = [&](const char *key) {
            const QString name = QLatin1String(key);
            return doc.object().value(name).toInt(current.value(name).toInt());
        };
        setDurations(value("scan_queue_ms"), value("scan_run_ms"), value("export_run_ms"));
        return json(200, durationsJson());
    }
    if (method == "POST" && action == QLatin1String("fail-next-export")) {
        failNextExport();
        return json(200, {});
    }
    if (method == "POST" && action == QLatin1String("reset")) {
        reset();
        return json(200, stateJson());
    }
    return error({404, QStringLiteral("APIGW.0101"),
                  QStringLiteral("Unknown sandbox control endpoint %1 %2")
                      .arg(QString::fromLatin1(method), path)});
}

void SandboxServer::deliver(QHttpServerResponder &responder, const Reply &reply)
{
    const QPointer<QTcpSocket> socket = responder.socket();
    if (!socket || !socket->isOpen())
        return;
    if (reply.kind == Reply::Kind::Reset) {
        // Queued, so the server's own read handling of this socket has finished first.
        QMetaObject::invokeMethod(
            socket, [socket] { socket->abort(); }, Qt::QueuedConnection);
        return;
    }
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId());
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    switch (reply.kind) {
    case Reply::Kind::Normal:
    case Reply::Kind::Reset:
        responder.writeBody(reply.body);
        break;
    case Reply::Kind::Truncate:
        responder.writeBody(reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        break;
    case Reply::Kind::Stall:
        // Headers and a first chunk, then silence with the connection held open.
        responder.writeBody(reply.body.left(qMin<qsizetype>(reply.body.size() / 2, 1024)));
        break;
    }
}
