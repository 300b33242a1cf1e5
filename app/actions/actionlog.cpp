#include "app/actions/actionlog.h"

#include "app/base/logging.h"
#include "app/net/hssreply.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <limits>

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
    // The log only grows; reading it backwards in blocks costs what is asked for, not what
    // years of use have written.
    constexpr qint64 kBlockSize = 64 * 1024;
    QList<ActionLogEntry> result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const qint64 wanted = maxEntries < 0 ? std::numeric_limits<qint64>::max() : maxEntries;
    qint64 pos = file.size();
    QByteArray carry; // the start of the block read last, whose line begins further back
    while (pos > 0 && result.size() < wanted) {
        const qint64 start = qMax<qint64>(0, pos - kBlockSize);
        if (!file.seek(start))
            break;
        QByteArray block = file.read(pos - start);
        pos = start;
        block.append(carry);
        QList<QByteArray> lines = block.split('\n');
        carry = pos > 0 ? lines.takeFirst() : QByteArray();
        for (auto it = lines.crbegin(); it != lines.crend() && result.size() < wanted; ++it) {
            const QJsonDocument doc = QJsonDocument::fromJson(*it);
            if (doc.isObject())
                result.append(ActionLogEntry::fromJson(doc.object()));
        }
    }
    return result;
}
