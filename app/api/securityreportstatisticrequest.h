#pragma once

#include "app/api/baselineexportrequest.h"

// ShowImageSecurityReportStatistic: how many records an export with the same body would
// write. security_report_type goes in the query; the body is BatchExportBaselineTask's, whose
// export_size (a query parameter there) is not part of it.
struct SecurityReportStatisticRequest
{
    Q_DECLARE_TR_FUNCTIONS(SecurityReportStatisticRequest)

public:
    // Baseline (configuration) checks, the records BatchExportBaselineTask exports.
    static constexpr const char *RiskConfig = "risk-config";

    QString securityReportType = QLatin1String(RiskConfig);
    BaselineExportRequest body;

    static QStringList reportTypes();
    RequestSigner::QueryList toQuery() const;
    QJsonObject toJson() const { return body.toJson(); }
    static SecurityReportStatisticRequest fromQueryAndJson(const RequestSigner::QueryList &query,
                                                           const QJsonObject &body);
    FieldErrors validate() const;
};
