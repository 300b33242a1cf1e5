#pragma once

#include "app/api/apirequest.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/showimagesecurityreportstatisticresponse.h"

// ShowImageSecurityReportStatistic: how many records an export with the same body would
// write. security_report_type goes in the query; the body is BatchExportBaselineTask's, whose
// export_size (a query parameter there) is not part of it.
struct ShowImageSecurityReportStatisticRequest
{
    Q_DECLARE_TR_FUNCTIONS(ShowImageSecurityReportStatisticRequest)

public:
    using Response = ShowImageSecurityReportStatisticResponse;

    // Baseline (configuration) checks, the records BatchExportBaselineTask exports.
    static constexpr const char *RiskConfig = "risk-config";

    QString securityReportType = QLatin1String(RiskConfig);
    BatchExportBaselineTaskRequest body;

    static QStringList reportTypes();
    QueryList toQuery() const;
    QJsonObject toJson() const { return body.toJson(); }
    static ShowImageSecurityReportStatisticRequest fromQueryAndJson(const QueryList &query,
                                                           const QJsonObject &body);
    FieldErrors validate() const;
    ApiRequest toApiRequest() const;
};
