#pragma once

#include "app/api/apirequest.h"
#include "app/api/imagefilter.h"
#include "app/api/listswrimagerepositoryresponse.h"

// One page request of ListSwrImageRepository.
struct ListSwrImageRepositoryRequest
{
    using Response = ListSwrImageRepositoryResponse;
    // The name the SDKs and the call budget know it by.
    static constexpr char Operation[] = "ListSwrImageRepository";

    ImageFilter filter;
    qint64 offset = 0;
    int limit = 200;

    QueryList toQuery() const;
    FieldErrors validate() const;
    ApiRequest toApiRequest() const;
};
