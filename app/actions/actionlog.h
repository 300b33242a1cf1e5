#pragma once

#include "app/actions/actionlogentry.h"

#include <QList>
#include <QObject>

// The audit trail of what the app asked HSS to do: one JSON object per line in the app data
// folder, appended and never rewritten, so it survives crashes and reads with any tool.
class HssReply;

class ActionLog : public QObject
{
    Q_OBJECT

public:
    // filePath empty: defaultPath().
    explicit ActionLog(const QString &filePath = QString(), QObject *parent = nullptr);

    static QString defaultPath();
    QString filePath() const { return m_path; }
    QString errorString() const { return m_error; }

    // Fills in the time when the entry has none. Returns false when the line could not be
    // written; the operation itself is never blocked by that.
    bool append(const ActionLogEntry &entry);
    // For a finished call (scan, sync, …): outcome "success" or "failed: <code, message,
    // request id>", and the reply's request id.
    bool appendReply(const QString &profile, const QString &operation, const QString &scope,
                     const HssReply &reply, const QString &taskId = QString());
    // Newest first; maxEntries < 0 reads them all. Reads from the end of the file, so a limit
    // bounds the work however long the log is. Lines that do not parse are skipped.
    QList<ActionLogEntry> entries(int maxEntries = -1) const;

signals:
    void appended(const ActionLogEntry &entry);

private:
    QString m_path;
    QString m_error;
};
