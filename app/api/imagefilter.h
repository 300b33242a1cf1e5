#pragma once

#include "app/api/fielderror.h"
#include "app/api/httpfields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// The filters ListSwrImageRepository, BatchScanSwrImage (operate_all) and
// BatchExportBaselineTask (operate_all) share. One value, so "scan/export everything matching"
// sends exactly what the list showed.
struct ImageFilter
{
    Q_DECLARE_TR_FUNCTIONS(ImageFilter)

public:
    enum class Use {
        List,   // ListSwrImageRepository query
        Scan,   // BatchScanSwrImage body
        Export, // BatchExportBaselineTask body
    };

    QString imageType;
    QString namespaceName;
    QString imageName;
    QString imageVersion;
    QString scanStatus;
    QString instanceName;
    QString instanceId;
    std::optional<bool> latestVersion;
    std::optional<qint64> imageSize;
    std::optional<qint64> startLatestUpdateTime;
    std::optional<qint64> endLatestUpdateTime;
    std::optional<qint64> startLatestScanTime;
    std::optional<qint64> endLatestScanTime;
    std::optional<bool> hasMaliciousFile;
    std::optional<bool> hasUnsafeSetting;
    std::optional<bool> hasVul;

    void appendQuery(QueryList &query) const;
    // BatchScanSwrImage's body knows fewer filters than the list and the export.
    void writeJson(QJsonObject &body, Use use) const;
    FieldErrors validate(Use use) const;
    // The values validate() accepts, so help texts and forms offer exactly these.
    static QStringList imageTypes(Use use);
    static QStringList scanStatuses(Use use);
    // The spec's length bound of a text filter ("namespace", "image_name", ...) for a use.
    static int maxLength(const char *field, Use use);

    // Reading back what arrived (the sandbox, and round-trip tests). A value that does not
    // parse is reported, not silently dropped.
    static ImageFilter fromQuery(const QueryList &query, FieldErrors *errors);
    static ImageFilter fromJson(const QJsonObject &body);

    bool operator==(const ImageFilter &other) const;
    bool operator!=(const ImageFilter &other) const { return !(*this == other); }
};
