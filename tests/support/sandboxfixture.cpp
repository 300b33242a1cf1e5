#include "tests/support/sandboxfixture.h"

#include "app/net/hssclient.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"

#include <algorithm>

SandboxFixture::SandboxFixture() = default;

SandboxFixture::~SandboxFixture()
{
    stop();
}

bool SandboxFixture::start(const SandboxConfig &config, QString *errorMessage)
{
    stop();
    m_server = std::make_unique<SandboxServer>(config);
    QString error;
    const bool started = m_server->listen(&error);
    return startClient(started, error, errorMessage);
}

bool SandboxFixture::startInThread(const SandboxConfig &config, QString *errorMessage)
{
    stop();
    m_host = std::make_unique<SandboxHost>(config);
    QString error;
    const bool started = m_host->start(&error);
    return startClient(started, error, errorMessage);
}

bool SandboxFixture::startClient(bool started, const QString &error, QString *errorMessage)
{
    if (errorMessage)
        *errorMessage = error;
    if (!started) {
        if (!errorMessage)
            qWarning("the sandbox did not start: %s", qPrintable(error));
        stop();
        return false;
    }
    resetClient();
    return true;
}

void SandboxFixture::stop()
{
    m_client.reset();
    m_server.reset();
    m_host.reset();
}

void SandboxFixture::resetClient()
{
    m_client = std::make_unique<HssClient>();
    m_client->setConfig(clientConfig());
}

void SandboxFixture::setMaxAttempts(int attempts)
{
    ClientConfig config = m_client->config();
    config.retry.maxAttempts = attempts;
    m_client->setConfig(config);
}

SandboxServer *SandboxFixture::server() const
{
    return m_host ? m_host->server() : m_server.get();
}

QUrl SandboxFixture::endpoint() const
{
    return m_host ? m_host->endpoint() : m_server ? m_server->endpoint() : QUrl();
}

ClientConfig SandboxFixture::clientConfig() const
{
    ClientConfig config;
    config.endpoint = endpoint();
    config.regionId = QLatin1String(SandboxCredentials::RegionId);
    config.projectId = server() ? server()->projectId() : QString();
    config.credentials.accessKey = QLatin1String(SandboxCredentials::AccessKey);
    config.credentials.secretKey = QLatin1String(SandboxCredentials::SecretKey);
    config.retry.baseDelayMs = 20;
    config.retry.maxDelayMs = 50;
    config.transferTimeoutMs = 10000;
    return config;
}

int SandboxFixture::mostRequestsWithin(const QList<RecordedRequest> &requests, const QString &pathSuffix,
                                       qint64 windowMs)
{
    QList<qint64> times;
    for (const RecordedRequest &r : requests) {
        if (r.path.endsWith(pathSuffix))
            times.append(r.receivedAt.toMSecsSinceEpoch());
    }
    std::sort(times.begin(), times.end());
    int most = 0;
    for (qsizetype last = 0, first = 0; last < times.size(); ++last) {
        while (times.at(first) <= times.at(last) - windowMs)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}
