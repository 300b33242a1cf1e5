#pragma once

#include "app/api/imagefilter.h"

// One page request of ListSwrImageRepository.
struct ImageListQuery
{
    ImageFilter filter;
    qint64 offset = 0;
    int limit = 200;

    RequestSigner::QueryList toQuery() const;
    FieldErrors validate() const;
};
