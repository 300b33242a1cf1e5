#include "tests/support/browserfixture.h"

#include "app/actions/actionlog.h"
#include "app/images/imagelistloader.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "ui/images/imagefilterform.h"
#include "ui/images/imagetableview.h"
#include "ui/widgets/messagebar.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QVBoxLayout>

BrowserFixture::BrowserFixture() = default;

BrowserFixture::~BrowserFixture()
{
    m_host.reset();
}

bool BrowserFixture::start(const SandboxConfig &config)
{
    m_host.reset();
    if (!m_sandbox.start(config))
        return false;
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_widgets.messageBar = new MessageBar(m_host.get());
    m_widgets.form = new ImageFilterForm(m_host.get());
    m_widgets.quickFilter = new QLineEdit(m_host.get());
    m_widgets.quickFilter->setObjectName(QStringLiteral("quickFilterLineEdit"));
    m_widgets.view = new ImageTableView(m_host.get());
    m_widgets.statusBar = new QStatusBar(m_host.get());
    m_widgets.countLabel = new QLabel(m_widgets.statusBar);
    m_widgets.selectionLabel = new QLabel(m_widgets.statusBar);
    m_widgets.progress = new QProgressBar(m_widgets.statusBar);
    m_widgets.cancelButton = new QPushButton(QStringLiteral("Cancel"), m_widgets.statusBar);
    m_scanLabel = new QLabel(m_widgets.statusBar);
    // Hidden until there is something to show, as in the window.
    for (QWidget *widget : QList<QWidget *>{m_scanLabel, m_widgets.progress, m_widgets.cancelButton})
        widget->hide();
    for (QWidget *widget : QList<QWidget *>{m_widgets.messageBar, m_widgets.form, m_widgets.quickFilter,
                                            m_widgets.view, m_widgets.statusBar})
        layout->addWidget(widget);
    for (QWidget *widget : QList<QWidget *>{m_scanLabel, m_widgets.countLabel, m_widgets.selectionLabel,
                                            m_widgets.progress, m_widgets.cancelButton})
        m_widgets.statusBar->addPermanentWidget(widget);
    m_log = new ActionLog(filePath(QStringLiteral("actions.jsonl")), m_host.get());
    m_browser = new ImageBrowser(m_sandbox.client(), m_widgets, m_host.get());
    m_host->resize(1000, 700);
    m_host->show();
    return QTest::qWaitForWindowExposed(m_host.get());
}

void BrowserFixture::stop()
{
    m_host.reset();
    m_browser = nullptr;
    m_log = nullptr;
    m_sandbox.stop();
    clearSettings();
}

bool BrowserFixture::openAndLoad(const QString &formKey, int timeoutMs)
{
    m_browser->openProfile(formKey);
    return waitForList(timeoutMs);
}

bool BrowserFixture::waitForList(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return !m_browser->isLoading() && m_browser->matchingCount() >= 0; },
                           timeoutMs);
}

int BrowserFixture::requestCount(const QString &pathSuffix) const
{
    int count = 0;
    const auto requests = m_sandbox.server()->recentRequests();
    for (const RecordedRequest &r : requests)
        count += r.path.endsWith(pathSuffix) ? 1 : 0;
    return count;
}
