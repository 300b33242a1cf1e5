#include "tests/support/mainwindowfixture.h"

#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/exports/exporttaskmanager.h"
#include "app/exports/exporttaskrecord.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

MainWindowFixture::MainWindowFixture() = default;

MainWindowFixture::~MainWindowFixture()
{
    // The window's connections go before the server they talk to.
    m_window.reset();
}

bool MainWindowFixture::startSandbox(const SandboxConfig &config)
{
    m_host = std::make_unique<SandboxHost>(config);
    QString error;
    if (!m_host->start(&error)) {
        qWarning("the sandbox did not start: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool MainWindowFixture::setUpWithSandbox(const QString &testName, int images)
{
    SandboxConfig config;
    config.imageCount = images;
    return setUp(testName) && startSandbox(config);
}

SandboxServer *MainWindowFixture::sandbox() const
{
    return m_host->server();
}

QUrl MainWindowFixture::sandboxEndpoint() const
{
    return m_host->endpoint();
}

ClientConfig MainWindowFixture::sandboxClientConfig() const
{
    ClientConfig c;
    c.endpoint = m_host->endpoint();
    c.projectId = m_host->server()->projectId();
    c.credentials.accessKey = QLatin1String(SandboxCredentials::AccessKey);
    c.credentials.secretKey = QLatin1String(SandboxCredentials::SecretKey);
    c.retry.baseDelayMs = 10;
    return c;
}

ExportTaskRecord MainWindowFixture::submitExportOfAll(ExportTaskManager *manager)
{
    QSignalSpy submitted(manager, &ExportTaskManager::submitted);
    BatchExportBaselineTaskRequest request;
    request.operateAll = true;
    request.filter.imageType = QStringLiteral("private_image");
    request.exportSize = 5;
    manager->submit(request);
    if (!submitted.wait(10000))
        return {};
    return submitted.first().first().value<ExportTaskRecord>();
}

MainWindow *MainWindowFixture::createWindow(bool show)
{
    m_window = std::make_unique<MainWindow>();
    if (show) {
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
    }
    return m_window.get();
}

void MainWindowFixture::tearDown()
{
    m_window.reset();
    clearSettings();
    forgetStoredLists();
}
