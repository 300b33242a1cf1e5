#pragma once

#include "app/net/clientconfig.h"
#include "sandbox/sandboxconfig.h"
#include "tests/support/uitestenv.h"
#include "ui/mainwindow.h"

#include <memory>

class ExportTaskManager;
class SandboxHost;
class SandboxServer;
struct ExportTaskRecord;

// The main window for the tests of tests/ui/: one window at a time, its settings and app data
// in the throw-away folder of UiTestEnv, and a sandbox of its own to connect it to.
class MainWindowFixture : public UiTestEnv
{
public:
    MainWindowFixture();
    ~MainWindowFixture();

    // A sandbox in a thread of its own for the windows to connect to (besides the built-in
    // one), started once from initTestCase().
    bool startSandbox(const SandboxConfig &config);
    // setUp() and a sandbox of `images` images with the default durations, for tests that
    // browse and never wait for a scan or an export.
    bool setUpWithSandbox(const QString &testName, int images);
    SandboxServer *sandbox() const;
    QUrl sandboxEndpoint() const;
    // Demo credentials for that sandbox, with short retry delays.
    ClientConfig sandboxClientConfig() const;

    // A new window in place of the current one (destroyed without closing), shown and exposed
    // when `show`; null when it never got exposed.
    MainWindow *createWindow(bool show = true);
    // Destroys the window and forgets every setting and stored image list it or the test wrote.
    void tearDown();
    MainWindow *window() const { return m_window.get(); }

    // The window's object named `name`; a test cannot go on without it.
    template<typename T>
    T *child(const char *name) const
    {
        return requiredChild<T>(m_window.get(), name);
    }

    // Submits an export of every private image matching (five records) and waits until the
    // task exists; an empty record when it was not created.
    static ExportTaskRecord submitExportOfAll(ExportTaskManager *manager);

private:
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<MainWindow> m_window;
};
