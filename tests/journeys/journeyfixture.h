#pragma once

#include "sandbox/sandboxconfig.h"
#include "tests/support/uitestenv.h"
#include "ui/mainwindow.h"

#include <QLatin1String>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

class QAbstractItemView;
class QAction;
class QLineEdit;
class QWidget;
class SandboxServer;

// The app as an analyst meets it: the real MainWindow on its embedded sandbox, with settings,
// app data and downloads in a throw-away folder that survives a restart of the window. Every
// helper acts through input events on real widgets (mouse clicks on rows, buttons, menus;
// key presses); nothing calls a slot.
class JourneyFixture : public QObject
{
    Q_OBJECT

public:
    JourneyFixture();
    ~JourneyFixture() override;

    // Call once from initTestCase(), before any QSettings or QStandardPaths use.
    bool setUp(const QString &testName);

    // Creates and shows the window on the embedded sandbox started with `config`, and waits
    // until the first image list has loaded. The same data folder and settings each time.
    bool openWindow(const SandboxConfig &config);
    // Quits like the analyst (File → Quit) and destroys the window; its sandbox goes with it.
    void quitWindow();
    // Destroys the window without going through its menus (between journeys that do not
    // look at what quitting does).
    void closeWindow();
    MainWindow *window() const { return m_window.get(); }
    // The window's widget with object name `name`; a journey cannot go on without it.
    template<typename T>
    T *widget(const char *name) const
    {
        return requiredChild<T>(m_window.get(), name);
    }
    SandboxServer *sandbox() const;
    QString downloadFolder() const;
    // Fast sandbox durations, so tasks finish within a test.
    static SandboxConfig quickSandbox();
    // A registry of `images` images whose scans take long enough to be watched.
    static SandboxConfig watchableScanSandbox(int images = 400);

    // Waits until the window has finished loading (its progress bar is gone again).
    bool waitForList(int timeoutMs = 30000);
    // Rows of the image table, in view order, showing `text` in `column` and fully visible.
    QList<int> visibleRowsShowing(int column, const QString &text) const;
    void click(QWidget *widget, Qt::KeyboardModifiers modifiers = {});
    // Scrolls the row into view (as the analyst would) and clicks it.
    void clickRow(QAbstractItemView *view, int row, Qt::KeyboardModifiers modifiers = {});
    void doubleClickRow(QAbstractItemView *view, int row);
    // Opens the menu bar's menu titled `menuTitle` (without "&") with the mouse, then clicks
    // the item whose action has `actionName` as object name.
    void clickMenuItem(const QString &menuTitle, const QString &actionName);
    // Picks the item with `data` in a combo box by clicking it open and clicking the item.
    void chooseInCombo(QWidget *combo, const QVariant &data);
    // Clicks into the field, selects what it holds and types `text` over it.
    void typeInto(QLineEdit *edit, const QString &text);
    // Sends a key to whatever has the keyboard focus, as a keyboard would.
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = {});

    // Runs `drive` on the next modal dialog, from inside that dialog's own event loop. Call it
    // right before the input that opens the dialog. When `drive` returns after a failure and
    // the dialog is still open, Escape closes it so the test reports instead of hanging.
    void onNextModal(std::function<void(QWidget *modal)> drive);
    bool modalDriven() const { return m_modalDriven; }
    // While set, every "File exists" question that opens is answered "No" (keep both) with a
    // mouse click, and counted.
    void keepBothOnFileExists(bool enabled);
    int fileExistsQuestions() const { return m_fileExistsQuestions; }

private:
    void activateWindowIfNoneIs();

    QTemporaryDir m_root;
    std::unique_ptr<MainWindow> m_window;
    bool m_modalDriven = false;
    QTimer m_questionWatch;
    int m_fileExistsQuestions = 0;
};
