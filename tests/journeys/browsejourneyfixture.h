#pragma once

#include "sandbox/sandboxconfig.h"

#include <QString>

#include <functional>
#include <memory>

class MainWindow;
class QAbstractItemView;
class QLineEdit;
class QWidget;

// What the browse, scan and profile journeys share: an isolated settings and data folder, the
// real MainWindow opened on its embedded sandbox, and the few input gestures the journeys are
// made of (mouse clicks on rows and widgets, typing, answering the next modal dialog). Nothing
// here calls a slot of the window; the journeys only press keys and click.
class BrowseJourneyFixture
{
public:
    // QSettings, QStandardPaths and the application name of one test executable, under `dir`.
    static void isolate(const QString &applicationName, const QString &dir);
    // A registry of `images` images whose scans take long enough to be watched.
    static SandboxConfig sandboxConfig(int images = 400);
    // The window as the app shows it on start without a profile, with its first list loaded.
    static std::unique_ptr<MainWindow> openWindow(const SandboxConfig &config);

    // Waits until the window has finished loading (its progress bar is gone again).
    static bool waitForList(MainWindow *window, int timeoutMs = 30000);
    static void click(QWidget *widget, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void clickRow(QAbstractItemView *view, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Clicks into the field, selects what it holds and types `text` over it.
    static void typeInto(QLineEdit *edit, const QString &text);
    // Runs `answer` on the next modal dialog once it is shown (the click that opens it blocks).
    static void onNextModal(std::function<void(QWidget *)> answer);
};
