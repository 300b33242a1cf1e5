#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One operation the app triggered against HSS (scan, export, download, sync), as the analyst
// will want to account for it later. Only what identifies the call: never a key or token.
struct ActionLogEntry
{
    QDateTime time;
    QString profile;
    QString operation; // "scan", "export", "download", "sync", …
    QString scope;     // which images, in words
    QString outcome;   // "accepted", "success", "failure: …"
    QString requestId;
    QString taskId;

    QJsonObject toJson() const;
    static ActionLogEntry fromJson(const QJsonObject &o);
};
