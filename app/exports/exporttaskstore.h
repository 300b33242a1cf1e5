#pragma once

#include "app/exports/exporttaskrecord.h"

#include <QCoreApplication>
#include <QList>

// The export tasks the app started, kept as one JSON file in the app data folder so a task
// still running when the app quits is followed again on the next start. Every change is
// written at once, atomically, so a crash never leaves half a file.
class ExportTaskStore
{
    Q_DECLARE_TR_FUNCTIONS(ExportTaskStore)

public:
    // filePath empty: defaultPath().
    explicit ExportTaskStore(const QString &filePath = QString());

    static QString defaultPath();
    QString filePath() const { return m_path; }

    // A missing file is an empty store, not an error. A file that is not a task list is
    // renamed to <file>.damaged-<yyyyMMdd-HHmmss> so saving cannot destroy it; errorString()
    // says where it went.
    bool load();
    bool save();
    QString errorString() const { return m_error; }

    QList<ExportTaskRecord> records() const { return m_records; }
    int indexOf(const QString &taskId) const;
    ExportTaskRecord record(const QString &taskId) const;
    // Inserts or replaces by task id, then saves. Returns the row.
    int upsert(const ExportTaskRecord &record);
    bool remove(const QString &taskId);

private:
    QString m_path;
    QList<ExportTaskRecord> m_records;
    QString m_error;
    // Set when a damaged file could not be moved aside: saving would overwrite it.
    bool m_saveRefused = false;
};
