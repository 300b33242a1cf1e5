#include "app/exports/exporttaskstore.h"

#include "app/base/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

ExportTaskStore::ExportTaskStore(const QString &filePath)
    : m_path(filePath.isEmpty() ? defaultPath() : filePath)
{
}

QString ExportTaskStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("export-tasks.json"));
}

bool ExportTaskStore::load()
{
    m_records.clear();
    m_saveRefused = false;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        file.close();
        // The next save would replace the file with the (empty) list in memory; keep the
        // damaged one beside it so its tasks can still be recovered by hand.
        const QString aside = m_path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (QFile::rename(m_path, aside)) {
            m_error = tr("%1 is not a task list (%2); it was kept as %3")
                          .arg(m_path, parseError.errorString(), aside);
        } else {
            m_saveRefused = true;
            m_error = tr("%1 is not a task list (%2) and could not be moved aside; "
                         "new tasks will not be remembered")
                          .arg(m_path, parseError.errorString());
        }
        qCWarning(lcTasks).noquote() << m_error;
        return false;
    }
    const QJsonArray tasks = doc.object().value(QStringLiteral("tasks")).toArray();
    for (const QJsonValue &v : tasks) {
        const ExportTaskRecord r = ExportTaskRecord::fromJson(v.toObject());
        if (!r.taskId.isEmpty())
            m_records.append(r);
    }
    return true;
}

bool ExportTaskStore::save()
{
    if (m_saveRefused)
        return false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray tasks;
    for (const ExportTaskRecord &r : std::as_const(m_records))
        tasks.append(r.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("tasks"), tasks}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        qCWarning(lcTasks).noquote() << m_error;
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        qCWarning(lcTasks).noquote() << m_error;
        return false;
    }
    return true;
}

int ExportTaskStore::indexOf(const QString &taskId) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).taskId == taskId)
            return i;
    }
    return -1;
}

ExportTaskRecord ExportTaskStore::record(const QString &taskId) const
{
    const int i = indexOf(taskId);
    return i < 0 ? ExportTaskRecord() : m_records.at(i);
}

int ExportTaskStore::upsert(const ExportTaskRecord &record)
{
    int i = indexOf(record.taskId);
    if (i < 0) {
        m_records.append(record);
        i = int(m_records.size()) - 1;
    } else {
        m_records[i] = record;
    }
    save();
    return i;
}

bool ExportTaskStore::remove(const QString &taskId)
{
    const int i = indexOf(taskId);
    if (i < 0)
        return false;
    m_records.removeAt(i);
    return save();
}
