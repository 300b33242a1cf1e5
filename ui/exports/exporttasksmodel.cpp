#include "ui/exports/exporttasksmodel.h"

#include "app/api/exporttaskstatus.h"
#include "app/exports/exporttaskmanager.h"
#include "ui/images/imagelabels.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

ExportTasksModel::ExportTasksModel(ExportTaskManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    m_started.start();
    connect(manager, &ExportTaskManager::taskAdded, this, &ExportTasksModel::onTaskAdded);
    connect(manager, &ExportTaskManager::taskChanged, this, &ExportTasksModel::onTaskChanged);
    connect(manager, &ExportTaskManager::downloadProgress, this, &ExportTasksModel::onProgress);
    connect(manager, &ExportTaskManager::downloadFinished, this, [this](const QString &taskId) {
        m_progress.remove(taskId);
        onTaskChanged(taskId);
    });
    reload();
}

void ExportTasksModel::reload()
{
    beginResetModel();
    m_records = m_manager ? m_manager->tasks() : QList<ExportTaskRecord>();
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const ExportTaskRecord &a, const ExportTaskRecord &b) { return a.createdAt > b.createdAt; });
    endResetModel();
}

void ExportTasksModel::onTaskAdded(const QString &taskId)
{
    if (rowOf(taskId) >= 0 || !m_manager)
        return;
    // A new task is the newest: inserting keeps the analyst's selection, a reset would not.
    beginInsertRows(QModelIndex(), 0, 0);
    m_records.prepend(m_manager->task(taskId));
    endInsertRows();
}

void ExportTasksModel::onTaskChanged(const QString &taskId)
{
    const int row = rowOf(taskId);
    if (row < 0 || !m_manager) {
        reload();
        return;
    }
    m_records[row] = m_manager->task(taskId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ExportTasksModel::onProgress(const QString &taskId, qint64 received, qint64 total)
{
    Download &download = m_progress[taskId];
    download.percent = total > 0 ? int(received * 100 / total) : 0;
    download.rate.add(m_clock(), received);
    const int row = rowOf(taskId);
    if (row >= 0)
        emit dataChanged(index(row, State), index(row, State));
}

void ExportTasksModel::refreshElapsed()
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (!m_records.at(row).isFinal())
            emit dataChanged(index(row, Elapsed), index(row, Elapsed));
    }
}

int ExportTasksModel::rowOf(const QString &taskId) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).taskId == taskId)
            return i;
    }
    return -1;
}

ExportTaskRecord ExportTasksModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row) : ExportTaskRecord();
}

int ExportTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ExportTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportTasksModel::stateText(const ExportTaskRecord &r) const
{
    if (const auto download = m_progress.constFind(r.taskId); download != m_progress.cend()) {
        const double rate = download->rate.bytesPerSecond();
        if (rate <= 0)
            return tr("downloading %1%").arg(download->percent);
        return tr("downloading %1%, %2/s")
            .arg(download->percent)
            .arg(QLocale().formattedDataSize(qint64(rate)));
    }
    if (r.state() == ExportTaskStatus::Success && !r.savedPath.isEmpty())
        return tr("Succeeded, downloaded");
    return ImageLabels::exportTaskStatus(r.status);
}

QVariant ExportTasksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ExportTaskRecord &r = m_records.at(index.row());
    if (role == TaskIdRole)
        return r.taskId;
    const qint64 elapsed = r.elapsedMs(QDateTime::currentDateTimeUtc());
    if (role == SortRole) {
        switch (index.column()) {
        case Created: return r.createdAt;
        case Records: return r.recordTotalNum;
        case Elapsed: return elapsed;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == State && !r.failureReason.isEmpty())
            return r.failureReason;
        if (index.column() == Scope)
            return r.scope;
        if (index.column() == SavedTo)
            return QDir::toNativeSeparators(r.savedPath);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created: return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Profile: return r.profile;
    case Scope: return r.scope;
    case TaskId: return r.taskId;
    case Records: return r.recordTotalNum;
    case State: return stateText(r);
    case Elapsed: {
        const qint64 s = elapsed / 1000;
        return s < 3600 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                        : QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                              .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    case FileName: return r.fileName;
    case SavedTo: return QDir::toNativeSeparators(r.savedPath);
    default: return {};
    }
}

QVariant ExportTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created: return tr("Created");
    case Profile: return tr("Profile");
    case Scope: return tr("Scope");
    case TaskId: return tr("Task ID");
    case Records: return tr("Records");
    case State: return tr("State");
    case Elapsed: return tr("Elapsed");
    case FileName: return tr("File");
    case SavedTo: return tr("Saved to");
    default: return {};
    }
}
