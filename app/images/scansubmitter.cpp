#include "app/images/scansubmitter.h"

#include "app/actions/actionlog.h"
#include "app/api/apienums.h"
#include "app/base/logging.h"
#include "app/net/hssclient.h"

ScanSubmitter::ScanSubmitter(HssClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ScanSubmitter::setActionLog(ActionLog *log, const QString &profile)
{
    m_log = log;
    m_profile = profile;
}

QList<BatchScanSwrImageRequest> ScanSubmitter::parts(const BatchScanSwrImageRequest &scan)
{
    return scan.split(ApiEnums::MaxScanListItems);
}

FieldErrors ScanSubmitter::validate(const BatchScanSwrImageRequest &scan)
{
    // Each part is checked as it will be sent, so a problem is found before the first is.
    for (const BatchScanSwrImageRequest &part : parts(scan)) {
        if (FieldErrors errors = part.validate(); !errors.isEmpty())
            return errors;
    }
    return {};
}

bool ScanSubmitter::submit(const BatchScanSwrImageRequest &scan, const QString &scope)
{
    if (m_running)
        return false;
    m_parts = parts(scan);
    m_scope = scope;
    m_result = Result();
    m_result.partCount = static_cast<int>(m_parts.size());
    m_running = true;
    if (const FieldErrors errors = validate(scan); !errors.isEmpty()) {
        m_result.error = HssError::invalidInput(errors);
        finish();
        return true;
    }
    sendNext();
    return true;
}

void ScanSubmitter::sendNext()
{
    if (m_result.partsSent >= m_parts.size()) {
        finish();
        return;
    }
    HssReply *reply = m_client->send(m_parts.at(m_result.partsSent));
    ++m_result.partsSent;
    connect(reply, &HssReply::finished, this, [this, reply] { onPartFinished(reply); });
}

void ScanSubmitter::onPartFinished(HssReply *reply)
{
    reply->deleteLater();
    if (m_log)
        m_log->appendReply(m_profile, QStringLiteral("scan"), m_scope, *reply);
    const int index = m_result.partsSent - 1;
    const BatchScanSwrImageRequest &part = m_parts.at(index);
    if (reply->isOk()) {
        m_result.accepted.append(part.images);
        if (part.operateAll.value_or(false))
            m_result.allAccepted = true;
    } else {
        m_result.error = reply->error();
        qCWarning(lcScan) << "scan part" << index + 1 << "of" << m_parts.size() << "ended the scan:"
                            << m_result.error.toString();
    }
    emit partFinished(index, static_cast<int>(m_parts.size()), part, reply->requestId(), reply->error());
    if (m_result.error.isError())
        finish();
    else
        sendNext();
}

void ScanSubmitter::finish()
{
    m_running = false;
    m_parts.clear();
    emit finished(m_result);
}
