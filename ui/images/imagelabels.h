#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

// The words and colours analysts see for the API's enum values. Unknown values (ones the
// service adds later) are shown as they came, never hidden.
class ImageLabels
{
    Q_DECLARE_TR_FUNCTIONS(ImageLabels)

public:
    static QString imageType(const QString &type);
    static QString scanStatus(const QString &status);
    static QString scanFailure(const QString &reason);
    static QString sharedStatus(const QString &status);
    static QString exportTaskStatus(const QString &status);
    static QString severityLevel(const QString &level);
    static QString buildCommandRiskLevel(const QString &level);
    // An API field as the forms call it: "export_size" → "Export size".
    static QString fieldName(const QString &field);
    // One filter of an export scope, "Image type: Private images (SWR)"; the value goes through
    // the field's display name function.
    static QString filter(const QString &field, const QString &value);
    static QColor scanStatusColor(const QString &status);
    static QColor findingsColor(qint64 count);
};
