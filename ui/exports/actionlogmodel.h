#pragma once

#include "app/actions/actionlogentry.h"

#include <QAbstractTableModel>
#include <QPointer>

class ActionLog;

// The newest part of the action log as a table, newest first; new entries appear at the top as they are written.
class ActionLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Profile, Operation, Scope, Outcome, RequestId, TaskId, ColumnCount };
    // The newest entries shown; the file itself keeps everything. Bounds the time reload()
    // spends on the UI thread however long the log has grown.
    static constexpr int MaxEntries = 5000;

    explicit ActionLogModel(ActionLog *log, QObject *parent = nullptr);

    void reload();
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString operationText(const QString &operation);

private:
    void prepend(const ActionLogEntry &entry);

    QPointer<ActionLog> m_log;
    QList<ActionLogEntry> m_entries;
};
