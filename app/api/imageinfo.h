#pragma once

#include "app/api/fielderror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class JsonStreamWriter;

// One item of ListSwrImageRepository (PrivateImageRepositoryInfo). Fields the service does
// not send stay empty/zero; fields it adds later are ignored.
struct ImageInfo
{
    struct Association // AssociateImages: a sibling of a multi-arch image
    {
        QString imageName;
        QString imageVersion;
        QString imageType;
        QString namespaceName;
        QString imageDigest;
        QString scanStatus;

        // errors set: the answer is also checked against the schema (prefix names the item).
        static Association fromJson(const QJsonObject &o, FieldErrors *errors = nullptr,
                                    const QString &prefix = {});
        QJsonObject toJson() const;
        // toJson() as toJson(Indented) would write it, straight into a stream.
        void writeJson(JsonStreamWriter &writer) const;
        bool operator==(const Association &other) const;
    };

    qint64 id = 0;
    QString namespaceName;
    QString imageName;
    QString imageId;
    QString imageDigest;
    QString imageVersion;
    QString imageType;
    bool latestVersion = false;
    QString scanStatus;
    QString scanFailedDesc;
    qint64 imageSize = 0;
    qint64 latestUpdateTime = 0;
    qint64 latestScanTime = 0;
    qint64 vulNum = 0;
    qint64 unsafeSettingNum = 0;
    qint64 maliciousFileNum = 0;
    QString domainName;
    QString sharedStatus;
    bool scannable = false;
    QString instanceName;
    QString instanceId;
    QString instanceUrl;
    QList<Association> associationImages;

    // errors set: the answer is also checked against the schema (prefix names the item).
    static ImageInfo fromJson(const QJsonObject &o, FieldErrors *errors = nullptr, const QString &prefix = {});
    QJsonObject toJson() const;
    // toJson() as toJson(Indented) would write it, straight into a stream: no QJsonObject per row.
    void writeJson(JsonStreamWriter &writer) const;
    // namespace/name:tag, the way analysts and the CLI name an image.
    QString reference() const;
    bool operator==(const ImageInfo &other) const;
};
