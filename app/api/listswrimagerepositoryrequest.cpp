#include "app/api/listswrimagerepositoryrequest.h"

#include "app/api/apienums.h"

QueryList ListSwrImageRepositoryRequest::toQuery() const
{
    QueryList query;
    filter.appendQuery(query);
    query.append({QStringLiteral("offset"), QString::number(offset)});
    query.append({QStringLiteral("limit"), QString::number(limit)});
    return query;
}

FieldErrors ListSwrImageRepositoryRequest::validate() const
{
    FieldErrors errors = filter.validate(ImageFilter::Use::List);
    if (offset < 0 || offset > ApiEnums::MaxOffset)
        errors.append({QStringLiteral("offset"),
                       ImageFilter::tr("must be between 0 and %1").arg(ApiEnums::MaxOffset)});
    if (limit < ApiEnums::MinLimit || limit > ApiEnums::MaxLimit)
        errors.append({QStringLiteral("limit"), ImageFilter::tr("must be between %1 and %2")
                                                    .arg(ApiEnums::MinLimit)
                                                    .arg(ApiEnums::MaxLimit)});
    return errors;
}

ApiRequest ListSwrImageRepositoryRequest::toApiRequest() const
{
    ApiRequest r;
    r.operation = Operation;
    r.path = QStringLiteral("/image/swr-repository");
    r.query = toQuery();
    return r;
}
