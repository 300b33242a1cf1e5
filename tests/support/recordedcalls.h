#pragma once

#include "sandbox/recordedrequest.h"

#include <QList>

// Picks calls of one operation out of what a sandbox recorded, oldest first.
namespace RecordedCalls {

// ListSwrImageRepository.
inline QList<RecordedRequest> lists(const QList<RecordedRequest> &recorded)
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &r : recorded) {
        if (r.path.endsWith(QLatin1String("/image/swr-repository")))
            result.append(r);
    }
    return result;
}

} // namespace RecordedCalls
