#include "ui/embeddedsandbox.h"

#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"
#include "ui/uilogging.h"

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{
}

EmbeddedSandbox::~EmbeddedSandbox() = default;

bool EmbeddedSandbox::start(const SandboxConfig &config, QString *errorMessage)
{
    if (isRunning())
        return true;
    delete m_host;
    m_config = config;
    // Loopback only: the demo credentials are public, so the sandbox must not be reachable.
    m_config.address = QHostAddress(QHostAddress::LocalHost);
    m_host = new SandboxHost(m_config, this);
    if (!m_host->start(errorMessage)) {
        qCWarning(lcUi) << "the built-in sandbox did not start:"
                        << (errorMessage ? *errorMessage : QString());
        return false;
    }
    qCInfo(lcUi).noquote() << "built-in sandbox listening on" << m_host->endpoint().toString()
                           << "with" << m_host->server()->imageCount() << "images generated in"
                           << m_host->server()->generationMs() << "ms";
    return true;
}

bool EmbeddedSandbox::isRunning() const
{
    return m_host && m_host->isRunning();
}

ClientConfig EmbeddedSandbox::clientConfig() const
{
    ClientConfig config;
    if (!isRunning())
        return config;
    config.endpoint = m_host->endpoint();
    config.projectId = m_host->server()->projectId();
    config.regionId = QLatin1String(SandboxCredentials::RegionId);
    config.credentials.mode = Credentials::Mode::AkSk;
    config.credentials.accessKey = m_config.accessKey;
    config.credentials.secretKey = m_config.secretKey;
    return config;
}
