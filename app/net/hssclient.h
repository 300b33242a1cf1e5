#pragma once

#include "app/api/apirequest.h"
#include "app/api/baselineexportrequest.h"
#include "app/api/batchscanrequest.h"
#include "app/api/imagelistquery.h"
#include "app/api/imagesynctaskrequest.h"
#include "app/api/securityreportstatisticrequest.h"
#include "app/net/clientconfig.h"
#include "app/net/hssreply.h"

#include <QObject>

class QNetworkAccessManager;

// The one way the app, the CLI and the tests talk to HSS: every request is built, validated,
// signed and sent here, on a single QNetworkAccessManager, asynchronously.
class HssClient : public QObject
{
    Q_OBJECT

public:
    explicit HssClient(QObject *parent = nullptr);

    void setConfig(const ClientConfig &config);
    const ClientConfig &config() const { return m_config; }
    void setClock(HssReply::Clock clock);
    void setRandom(HssReply::Random random);

    HssReply *listImages(const ImageListQuery &query);
    HssReply *batchScan(const BatchScanRequest &request);
    HssReply *exportBaseline(const BaselineExportRequest &request);
    HssReply *queryExportTask(const QString &taskId);
    // Never writes through a symbolic link; replaces an existing file only with overwrite.
    HssReply *downloadExportedFile(const QString &fileId, const QString &targetPath,
                                   bool overwrite = false);
    HssReply *synchronizeImages(const QString &imageType);
    // The successor of RunImageSynchronize (deprecated upstream), ready for when it is retired.
    HssReply *createImageSynchronizeTask(const ImageSyncTaskRequest &request);
    // ShowImageSecurityReportStatistic; the service requires the region header, so a
    // configuration without a region is refused before sending.
    HssReply *securityReportStatistic(const SecurityReportStatisticRequest &request);
    HssReply *send(const ApiRequest &request);

    // The exact request a call would send (for --dry-run and for the reply itself).
    static RequestSigner::Signed prepare(const ApiRequest &request, const ClientConfig &config,
                                         const QDateTime &nowUtc);
    RequestSigner::Signed prepare(const ApiRequest &request) const;

    static ApiRequest listImagesRequest(const ImageListQuery &query);
    static ApiRequest batchScanRequest(const BatchScanRequest &request);
    static ApiRequest exportBaselineRequest(const BaselineExportRequest &request);
    static ApiRequest queryExportTaskRequest(const QString &taskId);
    static ApiRequest downloadRequest(const QString &fileId, const QString &targetPath,
                                      bool overwrite = false);
    static ApiRequest synchronizeRequest(const QString &imageType);
    static ApiRequest synchronizeTaskRequest(const ImageSyncTaskRequest &request);
    static ApiRequest securityReportStatisticRequest(const SecurityReportStatisticRequest &request);

    FieldErrors validateConfig() const;
    // A task or file id the service handed out, checked before it becomes part of a path.
    static bool isSafeId(const QString &id);
    // A hand-made request (the CLI's rest): the method must be a token of capital letters and
    // headers carry no control characters, so nothing can add a header or a second request.
    static FieldErrors validateRawRequest(const ApiRequest &request);

private:
    HssReply *submit(HssReply::Operation operation, const ApiRequest &request,
                     const FieldErrors &inputErrors);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    HssReply::Clock m_clock;
    HssReply::Random m_random;
};
