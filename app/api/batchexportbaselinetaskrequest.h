#pragma once

#include "app/api/apirequest.h"
#include "app/api/batchexportbaselinetaskresponse.h"
#include "app/api/imagefilter.h"

#include <QStringList>

// BatchExportBaselineTask: export_size goes in the query, everything else in the body.
struct BatchExportBaselineTaskRequest
{
    Q_DECLARE_TR_FUNCTIONS(BatchExportBaselineTaskRequest)

public:
    using Response = BatchExportBaselineTaskResponse;

    qint64 exportSize = 0;
    ImageFilter filter;
    QStringList imageIdList; // list items' numeric id, as strings
    std::optional<bool> operateAll;
    QString vulType;
    QString imageId;
    QString severityLevel;
    QString cicdName;
    QString buildCommandRiskLevel;
    QString buildCommandRiskName;
    QStringList buildCommandRuleIdList;
    QStringList vulIdList;
    std::optional<bool> risky;
    std::optional<bool> hasContainer;

    QueryList toQuery() const;
    QJsonObject toJson() const;
    static BatchExportBaselineTaskRequest fromJson(const QJsonObject &o);
    FieldErrors validate() const;
    ApiRequest toApiRequest() const; // billed: never resent
};
