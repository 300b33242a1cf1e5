#include "browsejourneyfixture.h"

#include "app/images/scanstatuspoller.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

void BrowseJourneyFixture::isolate(const QString &applicationName, const QString &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("HSS Image Desk Tests"));
    QCoreApplication::setApplicationName(applicationName);
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

SandboxConfig BrowseJourneyFixture::sandboxConfig(int images)
{
    SandboxConfig config;
    config.port = 0;
    config.imageCount = images;
    // Long enough for "n of m final" to be on screen for a while, short enough for a test.
    config.scanQueueMs = 400;
    config.scanRunMs = 800;
    return config;
}

std::unique_ptr<MainWindow> BrowseJourneyFixture::openWindow(const SandboxConfig &config)
{
    auto window = std::make_unique<MainWindow>();
    // The poller's production backoff starts at 2 s; the journey follows the same code faster.
    window->poller()->setInitialDelayMs(50);
    window->poller()->setMaxDelayMs(200);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openSandbox(config)
        || !waitForList(window.get()))
        return nullptr;
    QApplication::setActiveWindow(window.get());
    return window;
}

bool BrowseJourneyFixture::waitForList(MainWindow *window, int timeoutMs)
{
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("loadProgressBar"));
    return progress && QTest::qWaitFor([progress] { return !progress->isVisible(); }, timeoutMs);
}

void BrowseJourneyFixture::click(QWidget *widget, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(widget, Qt::LeftButton, modifiers);
}

void BrowseJourneyFixture::clickRow(QAbstractItemView *view, int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

void BrowseJourneyFixture::typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void BrowseJourneyFixture::onNextModal(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, [answer = std::move(answer)] {
        QWidget *dialog = nullptr;
        if (QTest::qWaitFor([&dialog] { return (dialog = QApplication::activeModalWidget()) != nullptr; }, 10000))
            answer(dialog);
    });
}
