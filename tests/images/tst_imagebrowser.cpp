#include "tests/support/browserfixture.h"

#include "app/images/imagelistloader.h"
#include "sandbox/sandboxserver.h"
#include "ui/images/imagebrowser.h"
#include "ui/images/imagefilterform.h"
#include "ui/images/imageproxymodel.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"
#include "ui/widgets/messagebar.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

// ImageBrowser on real widgets against the in-process sandbox: the form state per profile,
// counts and empty texts, the selection across a reload, cancel and a failed load.
class TestImageBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fx.setUp(QStringLiteral("tst_imagebrowser"))); }
    void init()
    {
        SandboxConfig config;
        config.imageCount = 450;
        QVERIFY(m_fx.start(config));
    }
    void cleanup() { m_fx.stop(); }

    void formStateIsKeptPerProfileKey();
    void countsAndEmptyTexts();
    void reloadKeepsTheSelectionById();
    void cancelStopsLoadingAndSaysSo();
    void failedLoadGoesToTheMessageBar();

private:
    QSet<qint64> selectedIds() const;
    ImageBrowser *browser() const { return m_fx.browser(); }
    QLineEdit *namespaceEdit() const { return m_fx.child<QLineEdit>("namespaceLineEdit"); }

    BrowserFixture m_fx;
};

QSet<qint64> TestImageBrowser::selectedIds() const
{
    QSet<qint64> ids;
    const QList<ImageInfo> images = browser()->selectedImages();
    for (const ImageInfo &image : images)
        ids.insert(image.id);
    return ids;
}

void TestImageBrowser::formStateIsKeptPerProfileKey()
{
    QVERIFY(m_fx.openAndLoad(QStringLiteral("alpha")));
    QVERIFY(browser()->isFilterApplied());
    const QString ns = browser()->model()->imageAt(0).namespaceName;
    namespaceEdit()->setText(ns);
    m_fx.widgets().form->apply();
    QVERIFY(m_fx.waitForList());
    QCOMPARE(browser()->filter().namespaceName, ns);
    // Applying saved the form under the profile's group, with the key strings files hold.
    QCOMPARE(QSettings().value(QStringLiteral("filterForm/alpha/namespaceLineEdit")).toString(), ns);

    namespaceEdit()->setText(QStringLiteral("typed, not applied"));
    QVERIFY(m_fx.openAndLoad(QStringLiteral("beta")));
    QVERIFY(namespaceEdit()->text().isEmpty());
    QVERIFY(browser()->filter().namespaceName.isEmpty());

    // Leaving a profile saves what was typed, applied or not.
    QVERIFY(m_fx.openAndLoad(QStringLiteral("alpha")));
    QCOMPARE(namespaceEdit()->text(), QStringLiteral("typed, not applied"));
    QCOMPARE(browser()->filter().namespaceName, QStringLiteral("typed, not applied"));
}

void TestImageBrowser::countsAndEmptyTexts()
{
    QVERIFY(m_fx.openAndLoad());
    const qint64 matching = browser()->matchingCount();
    QVERIFY(matching > 200); // more than one page
    QCOMPARE(browser()->model()->rowCount(), matching);
    QCOMPARE(m_fx.widgets().countLabel->text(), QStringLiteral("%1 of %1 image(s) shown").arg(matching));
    QCOMPARE(m_fx.widgets().selectionLabel->text(), QStringLiteral("0 selected"));
    QVERIFY(m_fx.widgets().view->emptyText().isEmpty());

    QTest::keyClicks(m_fx.widgets().quickFilter, QStringLiteral("no such row anywhere"));
    QTRY_COMPARE(browser()->proxyModel()->rowCount(), 0);
    QCOMPARE(m_fx.widgets().view->emptyText(),
             QStringLiteral("No images match the quick filter \"no such row anywhere\""));
    QCOMPARE(m_fx.widgets().countLabel->text(), QStringLiteral("0 of %1 image(s) shown").arg(matching));
    m_fx.widgets().quickFilter->clear();
    QTRY_COMPARE(browser()->proxyModel()->rowCount(), matching);

    namespaceEdit()->setText(QStringLiteral("no-such-namespace"));
    m_fx.widgets().form->apply();
    QVERIFY(m_fx.waitForList());
    QCOMPARE(browser()->matchingCount(), 0);
    QCOMPARE(m_fx.widgets().view->emptyText(), QStringLiteral("No images match these filters"));
}

void TestImageBrowser::reloadKeepsTheSelectionById()
{
    QVERIFY(m_fx.openAndLoad());
    // The last row comes with the last page.
    m_fx.widgets().view->selectSourceRows({0, 7, browser()->model()->rowCount() - 1});
    const QSet<qint64> before = selectedIds();
    QCOMPARE(before.size(), 3);
    QCOMPARE(m_fx.widgets().selectionLabel->text(), QStringLiteral("3 selected"));
    QSignalSpy started(browser()->loader(), &ImageListLoader::progress);
    browser()->refresh();
    QVERIFY(browser()->isLoading());
    QVERIFY(m_fx.widgets().progress->isVisible());
    QVERIFY(m_fx.waitForList());
    QVERIFY(!started.isEmpty());
    QCOMPARE(selectedIds(), before);
    QVERIFY(!m_fx.widgets().progress->isVisible());
}

void TestImageBrowser::cancelStopsLoadingAndSaysSo()
{
    QPushButton *cancel = m_fx.widgets().cancelButton;
    bool wasVisible = false;
    // Cancel is clicked as the first page arrives, while more pages are still to be asked for.
    connect(browser()->loader(), &ImageListLoader::pageLoaded, cancel, [&] {
        if (browser()->isLoading()) {
            wasVisible = cancel->isVisible();
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    browser()->openProfile(QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(browser()->model()->rowCount() > 0 && !browser()->isLoading(), 10000);
    QVERIFY(wasVisible);
    QVERIFY(!cancel->isVisible());
    QVERIFY(browser()->model()->rowCount() < browser()->matchingCount());
    QCOMPARE(m_fx.widgets().statusBar->currentMessage(), QStringLiteral("Loading canceled"));
    QVERIFY(!m_fx.widgets().messageBar->isVisible());
}

void TestImageBrowser::failedLoadGoesToTheMessageBar()
{
    SandboxFaults faults;
    faults.serverError.every = 1;
    m_fx.sandbox().server()->setFaults(faults);
    browser()->openProfile(QStringLiteral("test"));
    MessageBar *bar = m_fx.widgets().messageBar;
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->type() == MessageBar::Type::Error, 15000);
    QVERIFY2(bar->text().contains(QStringLiteral("The image list could not be loaded")), qPrintable(bar->text()));
    QVERIFY(!browser()->isLoading());
    QVERIFY(!m_fx.widgets().progress->isVisible());
    m_fx.sandbox().server()->setFaults({});
}

QTEST_MAIN(TestImageBrowser)
#include "tst_imagebrowser.moc"
