#pragma once

#include "app/api/apirequest.h"
#include "app/api/imagefilter.h"
#include "app/api/listswrimagerepositoryresponse.h"

// One page request of ListSwrImageRepository.
struct ListSwrImageRepositoryRequest
{
    using Response = ListSwrImageRepositoryResponse;

    ImageFilter filter;
    qint64 offset = 0;
    int limit = 200;

    QueryList toQuery() const;
    FieldErrors validate() const;
    ApiRequest toApiRequest() const;
};
