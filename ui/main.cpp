#include "app/base/processhardening.h"
#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "translations/translations.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>
#include <QTimer>

int main(int argc, char *argv[])
{
    ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    // Requests without a profile proxy follow the system's proxy settings, as browsers do.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QApplication::setOrganizationName(QStringLiteral("HSS Image Desk"));
    QApplication::setApplicationName(QStringLiteral("hss-image-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("HSS Image Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    Translations::install();
    QGuiApplication::setDesktopFileName(QStringLiteral("hss-image-desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse, filter and scan Huawei Cloud HSS container images."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Open the built-in sandbox with demo data."));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after <ms> milliseconds (for screenshot runs)."),
        QStringLiteral("ms"));
    parser.addOption(sandboxOption);
    parser.addOption(quitAfterOption);
    parser.process(app);

    CredentialStore credentials;
    ProfileStore profiles;
    profiles.setCredentialStore(&credentials);
    MainWindow window;
    window.profiles()->setProfileStore(&profiles, &credentials);
    window.show();
    window.profiles()->openStartupConnection(parser.isSet(sandboxOption));

    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        const int ms = parser.value(quitAfterOption).toInt(&ok);
        if (!ok || ms < 0)
            parser.showHelp(1);
        QTimer::singleShot(ms, &window, &QWidget::close);
    }
    return QApplication::exec();
}
