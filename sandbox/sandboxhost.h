#pragma once

#include "sandbox/sandboxconfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QThread;
class SandboxServer;

// Runs a SandboxServer in its own thread, so the GUI can embed the sandbox without its UI
// thread ever serving a request, and tests can block on a client call without deadlocking.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(const SandboxConfig &config = {}, QObject *parent = nullptr);
    ~SandboxHost() override;

    // Blocks until the server listens (or failed to). Safe to call once.
    bool start(QString *errorMessage = nullptr);
    void stop();

    bool isRunning() const;
    QUrl endpoint() const;
    // Lives in the worker thread: call only its thread-safe methods (see SandboxServer).
    SandboxServer *server() const;

private:
    SandboxConfig m_config;
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr;
};
