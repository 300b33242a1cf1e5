#pragma once

#include "app/api/httpfields.h"

#include <QJsonObject>

// One HTTP call before signing. Typed calls and the CLI's `rest` both end up as this.
struct ApiRequest
{
    QByteArray operation = "Raw"; // the official SDKs' name, e.g. ListSwrImageRepository
    QByteArray method = "GET";
    QString path;               // decoded; below /v5/{project_id} when projectScoped
    bool projectScoped = true;
    QueryList query;
    HeaderList extraHeaders;
    QByteArray body;
    bool idempotent = true;     // may be sent again after a failure that might have arrived
    QString downloadPath;       // set: a 2xx body is streamed into this file, never into memory
    bool overwriteDownload = false; // an existing file at downloadPath may be replaced
    bool requiresRegion = false; // the service refuses the call without the region header

    static QByteArray compactJson(const QJsonObject &object);
};
