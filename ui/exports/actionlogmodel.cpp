#include "ui/exports/actionlogmodel.h"

#include "app/actions/actionlog.h"

#include <QLocale>

ActionLogModel::ActionLogModel(ActionLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(log, &ActionLog::appended, this, &ActionLogModel::prepend);
    reload();
}

void ActionLogModel::reload()
{
    beginResetModel();
    m_entries = m_log ? m_log->entries(MaxEntries) : QList<ActionLogEntry>();
    endResetModel();
}

void ActionLogModel::prepend(const ActionLogEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > MaxEntries) {
        beginRemoveRows(QModelIndex(), MaxEntries, int(m_entries.size()) - 1);
        m_entries.resize(MaxEntries);
        endRemoveRows();
    }
}

QString ActionLogModel::operationText(const QString &operation)
{
    // Stored as identifiers so the file reads the same whatever language wrote it.
    if (operation == QLatin1String("scan"))
        return tr("scan");
    if (operation == QLatin1String("sync"))
        return tr("sync");
    if (operation == QLatin1String("export"))
        return tr("export");
    if (operation == QLatin1String("export task"))
        return tr("export task");
    if (operation == QLatin1String("download"))
        return tr("download");
    return operation;
}

int ActionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ActionLogEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case Time: return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Profile: return e.profile;
    case Operation: return operationText(e.operation);
    case Scope: return e.scope;
    case Outcome: return e.outcome;
    case RequestId: return e.requestId;
    case TaskId: return e.taskId;
    default: return {};
    }
}

QVariant ActionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Profile: return tr("Profile");
    case Operation: return tr("Operation");
    case Scope: return tr("Scope");
    case Outcome: return tr("Outcome");
    case RequestId: return tr("Request ID");
    case TaskId: return tr("Task ID");
    default: return {};
    }
}
