#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/showimagesecurityreportstatisticrequest.h"

QStringList ShowImageSecurityReportStatisticRequest::reportTypes()
{
    return {QStringLiteral("vulnerability"), QLatin1String(RiskConfig), QStringLiteral("malwares"),
            QStringLiteral("apps"),          QStringLiteral("files"),   QStringLiteral("sensitive-info"),
            QStringLiteral("non-compliant-app"), QStringLiteral("build-command-risks")};
}

QueryList ShowImageSecurityReportStatisticRequest::toQuery() const
{
    return {{QStringLiteral("security_report_type"), securityReportType}};
}

ShowImageSecurityReportStatisticRequest
ShowImageSecurityReportStatisticRequest::fromQueryAndJson(const QueryList &query, const QJsonObject &body)
{
    ShowImageSecurityReportStatisticRequest r;
    r.securityReportType.clear();
    for (const auto &[key, value] : query) {
        if (key == QLatin1String("security_report_type"))
            r.securityReportType = value;
    }
    r.body = BatchExportBaselineTaskRequest::fromJson(body);
    return r;
}

FieldErrors ShowImageSecurityReportStatisticRequest::validate() const
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

ApiRequest ShowImageSecurityReportStatisticRequest::toApiRequest() const
{
    ApiRequest r;
    r.operation = "ShowImageSecurityReportStatistic";
    r.method = "POST";
    r.path = QStringLiteral("/image/security-report/statistic");
    r.query = toQuery();
    r.body = ApiRequest::compactJson(toJson());
    r.requiresRegion = true;
    // A count changes nothing on the server, so it may be asked again after a failure.
    return r;
}
