#pragma once

#include "app/exports/exporttaskrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

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

private:
    void reload();
    void onTaskAdded(const QString &taskId);
    void onTaskChanged(const QString &taskId);
    void onProgress(const QString &taskId, qint64 received, qint64 total);
    QString stateText(const ExportTaskRecord &record) const;

    QPointer<ExportTaskManager> m_manager;
    QList<ExportTaskRecord> m_records; // newest first
    QHash<QString, int> m_progress;    // task id → percent while downloading
};
