#pragma once

#include "app/api/apirequest.h"
#include "app/net/clientconfig.h"
#include "app/net/requestsigner.h"

// Turns an ApiRequest into the exact signed request that goes on the wire: the project's
// path prefix, enterprise project, the SDKs' headers, then the signature. The client uses it
// for dry runs, each reply for every attempt (a retry is signed anew).
namespace WireRequest {
RequestSigner::Signed sign(const ApiRequest &request, const ClientConfig &config,
                           const QDateTime &nowUtc);
}
