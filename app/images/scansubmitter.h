#pragma once

#include "app/api/batchscanswrimagerequest.h"
#include "app/net/hsserror.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ActionLog;
class HssClient;
class HssReply;

// Sends one scan as the service takes it: a selection longer than one call may carry becomes
// several calls, sent one after the other. Scans are billed and never resent, so the first
// part that fails (or whose outcome is unknown) ends the scan and the rest is not sent. The
// window and the CLI compose their own confirmations and messages around it; they hand the
// accepted images to a ScanStatusPoller when they follow them.
class ScanSubmitter : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<BatchScanSwrImageRequest::Target> accepted; // listed images the service took
        bool allAccepted = false; // an operate_all scan was taken
        int partsSent = 0;        // calls that reached the service or may have (the failing one too)
        int partCount = 0;
        HssError error;           // the part that ended the scan; None when every part was taken
    };

    explicit ScanSubmitter(HssClient *client, QObject *parent = nullptr);

    // Each call is logged as "scan" under `profile`; without a log nothing is written.
    void setActionLog(ActionLog *log, const QString &profile);

    // The calls `scan` becomes, and the problems of the first one that cannot be sent.
    static QList<BatchScanSwrImageRequest> parts(const BatchScanSwrImageRequest &scan);
    static FieldErrors validate(const BatchScanSwrImageRequest &scan);

    // Starts sending; false (and nothing sent) while a scan is under way. `scope` is what the
    // action log says was scanned. An invalid scan finishes with InvalidInput before sending.
    bool submit(const BatchScanSwrImageRequest &scan, const QString &scope);
    bool isRunning() const { return m_running; }

signals:
    // After each call; `error` is None when the service took the part.
    void partFinished(int index, int count, const BatchScanSwrImageRequest &part,
                      const QString &requestId, const HssError &error);
    void finished(const ScanSubmitter::Result &result);

private:
    void sendNext();
    void onPartFinished(HssReply *reply);
    void finish();

    HssClient *m_client;
    QPointer<ActionLog> m_log;
    QString m_profile;
    QString m_scope;
    QList<BatchScanSwrImageRequest> m_parts;
    Result m_result;
    bool m_running = false;
};

Q_DECLARE_METATYPE(ScanSubmitter::Result)
