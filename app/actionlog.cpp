#include "actionlog.h"

#include "hssreply.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

ActionLog::ActionLog(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath.isEmpty() ? defaultPath() : filePath)
{
}

QString ActionLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("actions.jsonl"));
}

bool ActionLog::append(const ActionLogEntry &entry)
{
    ActionLogEntry e = entry;
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("Cannot write the action log %1: %2").arg(m_path, file.errorString());
        qCWarning(lcTasks).noquote() << m_error;
        return false;
    }
    // One write per line, so concurrent appends from two windows cannot interleave mid-line.
    const QByteArray line = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size()) {
        m_error = tr("Cannot write the action log %1: %2").arg(m_path, file.errorString());
        qCWarning(lcTasks).noquote() << m_error;
        return false;
    }
    file.close();
    emit appended(e);
    return true;
}

bool ActionLog::appendReply(const QString &profile, const QString &operation, const QString &scope,
                            const HssReply &reply, const QString &taskId)
{
    ActionLogEntry e;
    e.profile = profile;
    e.operation = operation;
    e.scope = scope;
    e.outcome = reply.isOk() ? tr("success") : tr("failed: %1").arg(reply.error().toString());
    e.requestId = reply.requestId();
    e.taskId = taskId;
    return append(e);
}

QList<ActionLogEntry> ActionLog::entries(int maxEntries) const
{
    QList<ActionLogEntry> result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (maxEntries >= 0 && result.size() >= maxEntries)
            break;
        const QJsonDocument doc = QJsonDocument::fromJson(*it);
        if (doc.isObject())
            result.append(ActionLogEntry::fromJson(doc.object()));
    }
    return result;
}
