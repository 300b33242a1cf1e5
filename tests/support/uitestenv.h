#pragma once

#include <QLatin1String>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

// The object named `name` below `root`; a test cannot go on without it.
template<typename T>
T *requiredChild(const QObject *root, const char *name)
{
    T *object = root->findChild<T *>(QLatin1String(name));
    if (!object)
        qFatal("no object %s", name);
    return object;
}

// Settings and app data (action log, export tasks) of a widget test in a throw-away folder:
// QSettings as INI files there, QStandardPaths in test mode.
class UiTestEnv
{
public:
    // Call once from initTestCase(), before any QSettings or QStandardPaths use.
    bool setUp(const QString &testName);
    // A path in the throw-away folder, e.g. for a profiles.ini.
    QString filePath(const QString &name) const;
    // Forgets every setting the test or the code under test wrote.
    static void clearSettings();

private:
    QTemporaryDir m_dir;
};
