#pragma once

#include "tests/support/sandboxfixture.h"
#include "tests/support/uitestenv.h"
#include "ui/images/imagebrowser.h"

#include <QWidget>

#include <memory>

class ActionLog;
class QLabel;

// An ImageBrowser on real widgets (the filter form, the table, the status labels, a message
// bar and a status bar in one shown top-level widget) over a SandboxFixture's client, for the
// controller tests. The controllers under test take host() as their parent and go with it.
class BrowserFixture : public UiTestEnv
{
public:
    BrowserFixture();
    ~BrowserFixture();

    // Starts the sandbox with `config` in this thread and builds the widgets, an action log
    // and the browser anew.
    bool start(const SandboxConfig &config);
    // Destroys the widgets, then the sandbox, and forgets the settings.
    void stop();
    // Opens `formKey`'s form state, which applies it, and waits until the list has loaded.
    bool openAndLoad(const QString &formKey = QStringLiteral("test"), int timeoutMs = 30000);
    bool waitForList(int timeoutMs = 30000) const;

    SandboxFixture &sandbox() { return m_sandbox; }
    QWidget *host() const { return m_host.get(); }
    ImageBrowser *browser() const { return m_browser; }
    const ImageBrowser::Widgets &widgets() const { return m_widgets; }
    ActionLog *actionLog() const { return m_log; }
    // A status-bar label for the scan progress.
    QLabel *scanLabel() const { return m_scanLabel; }
    // Requests the sandbox recorded whose path ends with `pathSuffix`.
    int requestCount(const QString &pathSuffix) const;

    template<typename T>
    T *child(const char *name) const
    {
        return requiredChild<T>(m_host.get(), name);
    }

private:
    SandboxFixture m_sandbox; // outlives the widgets, whose loaders use its client
    std::unique_ptr<QWidget> m_host;
    ImageBrowser::Widgets m_widgets;
    ImageBrowser *m_browser = nullptr;
    ActionLog *m_log = nullptr;
    QLabel *m_scanLabel = nullptr;
};
