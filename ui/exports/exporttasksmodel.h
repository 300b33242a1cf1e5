#pragma once

#include "app/exports/exporttaskrecord.h"
#include "app/net/transferrate.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <functional>

class ExportTaskManager;

// The export tasks as a table, newest first, kept current from the manager's signals.
class ExportTasksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Created,
        Profile,
        Scope,
        TaskId,
        Records,
        State,
        Elapsed,
        FileName,
        SavedTo,
        ColumnCount
    };
    enum Role { TaskIdRole = Qt::UserRole + 1, SortRole };

    explicit ExportTasksModel(ExportTaskManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ExportTaskRecord record(int row) const;
    int rowOf(const QString &taskId) const;
    // Running rows show their elapsed time growing; the panel calls this every second.
    void refreshElapsed();
    // Milliseconds of a steady clock, for the download speed; tests set their own.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    void reload();
    void onTaskAdded(const QString &taskId);
    void onTaskChanged(const QString &taskId);
    void onProgress(const QString &taskId, qint64 received, qint64 total);
    QString stateText(const ExportTaskRecord &record) const;

    QPointer<ExportTaskManager> m_manager;
    QList<ExportTaskRecord> m_records; // newest first
    struct Download
    {
        int percent = 0;
        TransferRate rate;
    };
    QHash<QString, Download> m_progress; // by task id, while downloading
    QElapsedTimer m_started;
    std::function<qint64()> m_clock = [this] { return m_started.elapsed(); };
};
