#include "sandbox/sandboxhost.h"

#include "sandbox/sandboxserver.h"

#include <QThread>

SandboxHost::SandboxHost(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{ }

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(QString *errorMessage)
{
    if (m_thread)
        return m_server != nullptr;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("hss-sandbox"));
    // Something living in the worker thread to queue the construction on.
    auto *context = new QObject;
    context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, context, &QObject::deleteLater);
    m_thread->start();

    // Created inside the worker thread, so its listening sockets and timers belong there.
    bool ok = false;
    QString error;
    SandboxServer *server = nullptr;
    QMetaObject::invokeMethod(
        context,
        [&] {
            server = new SandboxServer(m_config);
            ok = server->listen(&error);
            if (!ok) {
                delete server;
                server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    m_server = server;
    if (!ok) {
        if (errorMessage)
            *errorMessage = error;
        stop();
    }
    return ok;
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool SandboxHost::isRunning() const
{
    return m_server != nullptr;
}

QUrl SandboxHost::endpoint() const
{
    return m_server ? m_server->endpoint() : QUrl();
}

SandboxServer *SandboxHost::server() const
{
    return m_server;
}
