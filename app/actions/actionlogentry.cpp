#include "app/actions/actionlogentry.h"

#include "app/api/jsonvalue.h"

using namespace JsonValue;

QJsonObject ActionLogEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    put(o, QStringLiteral("profile"), profile);
    put(o, QStringLiteral("operation"), operation);
    put(o, QStringLiteral("scope"), scope);
    put(o, QStringLiteral("outcome"), outcome);
    put(o, QStringLiteral("request_id"), requestId);
    put(o, QStringLiteral("task_id"), taskId);
    return o;
}

ActionLogEntry ActionLogEntry::fromJson(const QJsonObject &o)
{
    ActionLogEntry e;
    e.time = QDateTime::fromString(string(o, QStringLiteral("time")), Qt::ISODateWithMs);
    e.profile = string(o, QStringLiteral("profile"));
    e.operation = string(o, QStringLiteral("operation"));
    e.scope = string(o, QStringLiteral("scope"));
    e.outcome = string(o, QStringLiteral("outcome"));
    e.requestId = string(o, QStringLiteral("request_id"));
    e.taskId = string(o, QStringLiteral("task_id"));
    return e;
}
