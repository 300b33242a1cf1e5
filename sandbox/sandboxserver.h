#pragma once

#include "app/api/batchexportbaselinetaskrequest.h"
#include "sandbox/imageregistry.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/requestauthenticator.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxerror.h"
#include "sandbox/sandboxfaults.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QReadWriteLock>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

class QTcpSocket;
class QThreadPool;

// The local HSS v5 emulator. A QAbstractHttpServer rather than QHttpServer's router because
// faults need the raw socket: a reset aborts it, a truncated or stalled download writes the
// headers and only part of the body.
//
// listen() must run in the thread the server lives in; every other public method is
// thread-safe, so a GUI or test thread can steer a server running in a SandboxHost.
//
// Connections are read and answered in the server's thread, which also decides every request's
// faults and bookkeeping in arrival order. Image lists, the call clients make most, are then
// authenticated and built by a pool of workers (SandboxConfig::listWorkers) reading the registry
// in parallel, and their pages kept for the next client asking the same while nothing changes.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxConfig &config = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(QString *errorMessage = nullptr);

    QUrl endpoint() const; // e.g. http://127.0.0.1:PORT, empty before listen()
    QString projectId() const;
    QString caCertificatePath() const; // PEM of the self-signed certificate when TLS is on
    // What a client sends in ControlTokenHeader to use /sandbox/control/: the configured token or
    // one drawn at random for this run. Anyone who can reach the port is not trusted with faults
    // or a reset; only whoever started the sandbox (its banner, its owner process) knows it.
    QByteArray controlToken() const;
    static constexpr char ControlTokenHeader[] = "X-Sandbox-Control-Token";
    SandboxConfig config() const;
    int imageCount() const;
    qint64 generationMs() const; // how long building the registry took

    SandboxFaults faults() const;
    void setFaults(const SandboxFaults &faults);
    void mergeFaults(const QJsonObject &json);
    void failNextExport();
    // Changes how long scans queue and run and export tasks stay running. Lazy evaluation means
    // scans and tasks already under way are judged by the new durations from now on.
    void setDurations(int scanQueueMs, int scanRunMs, int exportRunMs);
    QJsonObject durationsJson() const;

    // The last config.recordedRequestLimit /v5 requests, oldest first, secrets redacted.
    QList<RecordedRequest> recentRequests() const;
    void clearRecentRequests();
    // Fresh registry, no tasks, no recorded requests, the faults it was started with.
    void reset();
    QJsonObject stateJson() const;

signals:
    void requestRecorded();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        enum class Kind { Normal, Reset, Truncate, Stall };
        Kind kind = Kind::Normal;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    struct ExportTask
    {
        QString id;
        QString fileId;
        QString fileName;
        qint64 createdMs = 0;
        bool fails = false;
        QList<QPair<int, int>> records; // image index, record count
    };

    struct Call
    {
        QByteArray method;
        QStringList route; // path segments after /v5/{project_id}
        RequestSigner::QueryList query;
        QByteArray body;
        QString region; // the `region` header, empty when not sent
        qint64 nowMs = 0;
    };

    enum class Api {
        None,
        ListImages,
        BatchScan,
        ExportBaseline,
        ExportTask,
        Download,
        Synchronize,
        ReportStatistic
    };

    static Api api(const Call &call);
    static Reply json(int status, const QJsonObject &body);
    static Reply error(const SandboxError &e);
    static Reply invalidParam(const FieldErrors &errors);

    Reply plan(const RequestAuthenticator::Incoming &incoming, const Call &call);
    // The faults decided before a request is authenticated: a reply when one of them answers it.
    std::optional<Reply> admit(const Call &call, qint64 *count);
    // The faults applied to an answer once it is built.
    Reply spoil(Api which, qint64 count, Reply reply);
    // The rest of plan() for an image list, in a worker: authentication and the page.
    Reply answerList(const RequestAuthenticator::Incoming &incoming, const Call &call, qint64 count);
    void deliverLater(const std::shared_ptr<QHttpServerResponder> &responder,
                      const QPointer<QTcpSocket> &socket, const Reply &reply, int latencyMs);
    std::optional<QByteArray> cachedPage(quint64 generation, const QByteArray &key) const;
    void keepPage(quint64 generation, const QByteArray &key, const QByteArray &body);
    Reply route(Api which, const Call &call);
    Reply control(const QByteArray &method, const QString &path, const QByteArray &body);
    // The refusal of a control request without the right token, nothing when it may go on.
    std::optional<Reply> refuseControl(const QHttpServerRequest &request) const;
    Reply listImages(const Call &call);
    Reply batchScan(const Call &call);
    Reply exportBaseline(const Call &call);
    Reply reportStatistic(const Call &call);
    // The (image index, record count) pairs an export of this body writes, at most `cap`
    // records; BatchExportBaselineTask and ShowImageSecurityReportStatistic share it, so the
    // count the statistic announces is what the export then holds.
    QList<QPair<int, int>> baselineSelection(const BatchExportBaselineTaskRequest &request, qint64 cap,
                                             qint64 nowMs) const;
    // image_id_list of a baseline body: list ids for registry images, image_id values for
    // local images (BatchExportSwrBaselineInfoRequestInfo).
    FieldErrors checkImageIdList(const BatchExportBaselineTaskRequest &request) const;
    Reply exportTask(const Call &call, const QString &taskId);
    Reply download(const Call &call, const QString &fileId);
    Reply synchronize(const Call &call);
    QString taskStatus(const ExportTask &task, qint64 nowMs) const;
    void deliver(QHttpServerResponder &responder, const Reply &reply);
    void record(const QHttpServerRequest &request, const QByteArray &method, const QString &path,
                const QByteArray &rawQuery);
    bool generateCertificate(QString *errorMessage);
    void buildRegistry();
    QJsonObject durationsJsonLocked() const;

    mutable QMutex m_mutex;
    SandboxConfig m_config;
    RequestAuthenticator m_authenticator;
    // Changing the registry takes m_mutex, then this for writing; list workers read it under
    // this alone, everything else under m_mutex.
    mutable QReadWriteLock m_registryLock;
    std::unique_ptr<ImageRegistry> m_registry;
    std::unique_ptr<QThreadPool> m_listPool; // null: lists are built in the server's thread
    mutable QMutex m_pageMutex;
    quint64 m_pageGeneration = 0;
    qint64 m_pageBytes = 0;
    QHash<QByteArray, QByteArray> m_pages; // canonical list query -> response body
    qint64 m_generationMs = 0;
    int m_scanQueueMs = 0;
    int m_scanRunMs = 0;
    int m_exportRunMs = 0;
    SandboxFaults m_faults;
    QList<RecordedRequest> m_requests;
    QList<qint64> m_recentArrivals; // for the requests-per-second throttle
    qint64 m_requestCount = 0;
    qint64 m_downloadCount = 0;
    QHash<QString, ExportTask> m_tasks;
    QHash<QString, QString> m_fileToTask;
    QUrl m_endpoint;
    std::unique_ptr<QTemporaryDir> m_tlsDir;
    QString m_caPath;
    QSslConfiguration m_tls;
    QByteArray m_controlToken;
};
