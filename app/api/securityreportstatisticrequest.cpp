#include "app/api/securityreportstatisticrequest.h"

QStringList SecurityReportStatisticRequest::reportTypes()
{
    return {QStringLiteral("vulnerability"), QLatin1String(RiskConfig), QStringLiteral("malwares"),
            QStringLiteral("apps"),          QStringLiteral("files"),   QStringLiteral("sensitive-info"),
            QStringLiteral("non-compliant-app"), QStringLiteral("build-command-risks")};
}

RequestSigner::QueryList SecurityReportStatisticRequest::toQuery() const
{
    return {{QStringLiteral("security_report_type"), securityReportType}};
}

SecurityReportStatisticRequest
SecurityReportStatisticRequest::fromQueryAndJson(const RequestSigner::QueryList &query, const QJsonObject &body)
{
    SecurityReportStatisticRequest r;
    r.securityReportType.clear();
    for (const auto &[key, value] : query) {
        if (key == QLatin1String("security_report_type"))
            r.securityReportType = value;
    }
    r.body = BaselineExportRequest::fromJson(body);
    return r;
}

FieldErrors SecurityReportStatisticRequest::validate() const
{
    FieldErrors errors;
    if (securityReportType.isEmpty())
        errors.append({QStringLiteral("security_report_type"), tr("is required")});
    else if (!reportTypes().contains(securityReportType))
        errors.append({QStringLiteral("security_report_type"),
                       tr("must be one of %1").arg(reportTypes().join(QStringLiteral(", ")))});
    // The body is the export's; its export_size lives outside it and is not checked here.
    for (const FieldError &e : body.validate()) {
        if (e.field != QLatin1String("export_size"))
            errors.append(e);
    }
    return errors;
}
