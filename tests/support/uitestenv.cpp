#include "tests/support/uitestenv.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

bool UiTestEnv::setUp(const QString &testName)
{
    if (!m_dir.isValid())
        return false;
    QCoreApplication::setOrganizationName(QStringLiteral("HSS Image Desk Tests"));
    QCoreApplication::setApplicationName(testName);
    // The action log and export task store go to the test's own data folder.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, filePath(QStringLiteral("settings")));
    return true;
}

QString UiTestEnv::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

void UiTestEnv::clearSettings()
{
    QSettings().clear();
}
