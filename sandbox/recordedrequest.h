#pragma once

#include "app/net/requestsigner.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// What arrived at the sandbox, kept so tests can assert the exact query or body a client sent.
// Secrets are redacted when recording, never later.
struct RecordedRequest
{
    QDateTime receivedAt;
    QByteArray method;
    QString path;                   // decoded
    QByteArray rawQuery;            // as on the wire
    RequestSigner::QueryList query; // decoded, in wire order
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;       // at most SandboxConfig::recordedBodyLimit bytes
    qint64 bodySize = 0;   // as received, before cutting
    int status = 0;        // of the answer; 0 for a reset connection
    qint64 sequence = 0;   // arrival number, so an answer built later finds its record

    QString queryValue(const QString &key) const;
    QByteArray header(const QByteArray &name) const;
    QJsonObject toJson() const;

    static QList<QPair<QByteArray, QByteArray>>
    redactedHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
};
