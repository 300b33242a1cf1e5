#include "tests/support/mainwindowfixture.h"

#include "app/actions/actionlog.h"
#include "app/api/apienums.h"
#include "app/exports/exporttaskmanager.h"
#include "app/exports/exporttaskrecord.h"
#include "app/images/imagelistloader.h"
#include "app/images/scanstatuspoller.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "ui/embeddedsandbox.h"
#include "ui/images/imagefilterform.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"
#include "ui/images/scancontroller.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>

#include <functional>

namespace {

using Query = RequestSigner::QueryList;

Query sorted(Query query)
{
    std::sort(query.begin(), query.end());
    return query;
}

QString text(const Query &query)
{
    QStringList parts;
    for (const auto &[key, value] : query)
        parts.append(key + QLatin1Char('=') + value);
    return parts.join(QLatin1Char('&'));
}

} // namespace

// The main window against the sandbox over real sockets: the exact queries and bodies it
// sends, scan follow-up, errors, cancel, and the built-in default.
class TestMainWindowSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eachFilterFieldProducesExactlyTheExpectedQuery();
    void scanningThreeRowsSendsExactlyTheExpectedBody();
    void scanAllSendsOperateAllWithTheFilters();
    void injectedErrorShowsCodeMessageAndRequestIdAndKeepsSelection();
    void refreshKeepsSelectionById();
    void cancelStopsLoading();
    void syncFromSwrThenRefreshes();
    void largeSelectionsAreSplitIntoRequestsOfAtMost10241();
    void formStateIsKeptPerProfile();
    void sandboxDefaultOpensWithNoProfile();
    void exportTasksAreFollowedUnderTheirProfileOnceConnected();

private:
    ClientConfig config() const { return m_fixture.sandboxClientConfig(); }
    void connectWindow();
    void waitForLoad();
    QList<RecordedRequest> requests(const QString &pathSuffix) const;
    QSet<qint64> selectedIds() const;
    template<typename T>
    T *child(const char *name) const
    {
        return m_fixture.child<T>(name);
    }
    void select(const char *combo, const QString &data)
    {
        auto *box = child<QComboBox>(combo);
        box->setCurrentIndex(box->findData(data));
    }
    void apply() { QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton); }

    MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

void TestMainWindowSandbox::initTestCase()
{
    QVERIFY(m_fixture.setUp(QStringLiteral("tst_mainwindowsandbox")));

    SandboxConfig sandbox;
    sandbox.imageCount = 600;
    sandbox.scanQueueMs = 30;
    sandbox.scanRunMs = 60;
    QVERIFY(m_fixture.startSandbox(sandbox));
}

void TestMainWindowSandbox::init()
{
    m_fixture.sandbox()->reset();
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    m_window->scans()->poller()->setInitialDelayMs(10);
    m_window->scans()->poller()->setMaxDelayMs(100);
}

void TestMainWindowSandbox::cleanup()
{
    m_fixture.tearDown();
    m_fixture.sandbox()->setFaults({});
}

void TestMainWindowSandbox::connectWindow()
{
    m_window->profiles()->setConnection(config(), QStringLiteral("test"), QStringLiteral("Test"), false);
    waitForLoad();
}

void TestMainWindowSandbox::waitForLoad()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->browser()->loader()->isRunning(), 30000);
}

QList<RecordedRequest> TestMainWindowSandbox::requests(const QString &pathSuffix) const
{
    QList<RecordedRequest> result;
    const auto all = m_fixture.sandbox()->recentRequests();
    for (const RecordedRequest &r : all) {
        if (r.path.endsWith(pathSuffix))
            result.append(r);
    }
    return result;
}

QSet<qint64> TestMainWindowSandbox::selectedIds() const
{
    QSet<qint64> ids;
    const QList<int> rows = m_window->browser()->view()->selectedSourceRows();
    for (int row : rows)
        ids.insert(m_window->browser()->model()->idAt(row));
    return ids;
}

void TestMainWindowSandbox::eachFilterFieldProducesExactlyTheExpectedQuery()
{
    connectWindow();
    const qint64 t1 = 1767000000000;
    const qint64 t2 = 1767225600000;
    struct Case
    {
        const char *name;
        std::function<void()> set;
        Query expected; // besides offset and limit
    };
    const auto p = [](const char *key, const QString &value) {
        return qMakePair(QString::fromLatin1(key), value);
    };
    const auto s = [](const char *v) { return QString::fromLatin1(v); };
    const auto setTimes = [this](const char *from, const char *to, qint64 a, qint64 b) {
        child<QCheckBox>((QByteArray(from) + "CheckBox").constData())->setChecked(true);
        child<QCheckBox>((QByteArray(to) + "CheckBox").constData())->setChecked(true);
        child<QDateTimeEdit>((QByteArray(from) + "Edit").constData())->setDateTime(QDateTime::fromMSecsSinceEpoch(a));
        child<QDateTimeEdit>((QByteArray(to) + "Edit").constData())->setDateTime(QDateTime::fromMSecsSinceEpoch(b));
    };
    const QList<Case> cases = {
        {"defaults", [] {}, {p("image_type", s("private_image"))}},
        {"image type", [&] { select("imageTypeComboBox", s("shared_image")); },
         {p("image_type", s("shared_image"))}},
        {"namespace", [&] { child<QLineEdit>("namespaceLineEdit")->setText(s("team-a")); },
         {p("image_type", s("private_image")), p("namespace", s("team-a"))}},
        {"image name", [&] { child<QLineEdit>("imageNameLineEdit")->setText(s("nginx")); },
         {p("image_type", s("private_image")), p("image_name", s("nginx"))}},
        {"tag", [&] { child<QLineEdit>("imageVersionLineEdit")->setText(s("1.25")); },
         {p("image_type", s("private_image")), p("image_version", s("1.25"))}},
        {"scan status", [&] { select("scanStatusComboBox", s("failed")); },
         {p("image_type", s("private_image")), p("scan_status", s("failed"))}},
        {"latest version", [&] { child<QCheckBox>("latestVersionCheckBox")->setChecked(true); },
         {p("image_type", s("private_image")), p("latest_version", s("true"))}},
        {"enterprise instance",
         [&] {
             select("imageTypeComboBox", s("instance_image"));
             child<QLineEdit>("instanceNameLineEdit")->setText(s("ee-prod"));
             child<QLineEdit>("instanceIdLineEdit")->setText(s("inst-1"));
         },
         {p("image_type", s("instance_image")), p("instance_name", s("ee-prod")),
          p("instance_id", s("inst-1"))}},
        {"image size",
         [&] {
             child<QLineEdit>("imageSizeLineEdit")->setText(s("2"));
             child<QComboBox>("imageSizeUnitComboBox")->setCurrentIndex(ImageFilterForm::MegaBytes);
         },
         {p("image_type", s("private_image")), p("image_size", s("2097152"))}},
        {"update time", [&] { setTimes("updateFrom", "updateTo", t1, t2); },
         {p("image_type", s("private_image")), p("start_latest_update_time", QString::number(t1)),
          p("end_latest_update_time", QString::number(t2))}},
        {"scan time", [&] { setTimes("scanFrom", "scanTo", t1, t2); },
         {p("image_type", s("private_image")), p("start_latest_scan_time", QString::number(t1)),
          p("end_latest_scan_time", QString::number(t2))}},
        {"has vulnerabilities", [&] { select("hasVulComboBox", s("true")); },
         {p("image_type", s("private_image")), p("has_vul", s("true"))}},
        {"has malicious files", [&] { select("hasMaliciousFileComboBox", s("false")); },
         {p("image_type", s("private_image")), p("has_malicious_file", s("false"))}},
        {"has unsafe settings", [&] { select("hasUnsafeSettingComboBox", s("true")); },
         {p("image_type", s("private_image")), p("has_unsafe_setting", s("true"))}},
    };

    for (const Case &c : cases) {
        m_window->browser()->form()->reset();
        c.set();
        m_fixture.sandbox()->clearRecentRequests();
        apply();
        waitForLoad();
        const QList<RecordedRequest> sent = requests(QStringLiteral("/image/swr-repository"));
        QVERIFY2(!sent.isEmpty(), c.name);
        Query expected = c.expected;
        expected.append(p("offset", s("0")));
        expected.append(p("limit", s("200")));
        const Query actual = sorted(sent.first().query);
        QVERIFY2(actual == sorted(expected),
                 qPrintable(QStringLiteral("%1: sent %2, expected %3")
                                .arg(QLatin1String(c.name), text(actual), text(sorted(expected)))));
    }
}

void TestMainWindowSandbox::scanningThreeRowsSendsExactlyTheExpectedBody()
{
    connectWindow();
    select("scanStatusComboBox", QStringLiteral("unscan"));
    apply();
    waitForLoad();
    QVERIFY(m_window->browser()->model()->rowCount() >= 3);

    m_window->browser()->view()->selectSourceRows({0, 1, 2});
    QCOMPARE(child<QLabel>("selectionLabel")->text(), QStringLiteral("3 selected"));
    QJsonArray expectedList;
    QSet<qint64> ids;
    for (int row = 0; row < 3; ++row) {
        const ImageInfo image = m_window->browser()->model()->imageAt(row);
        ids.insert(image.id);
        expectedList.append(QJsonObject{{QStringLiteral("namespace"), image.namespaceName},
                                        {QStringLiteral("image_name"), image.imageName},
                                        {QStringLiteral("image_version"), image.imageVersion}});
    }
    m_fixture.sandbox()->clearRecentRequests();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>("scanSelectedAction")->trigger();
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Scan 3 selected image")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("bills")));

    QTRY_COMPARE_WITH_TIMEOUT(requests(QStringLiteral("/image/batch-scan")).size(), 1, 10000);
    const RecordedRequest scan = requests(QStringLiteral("/image/batch-scan")).first();
    QCOMPARE(scan.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(scan.body).object();
    const QJsonObject expected{{QStringLiteral("image_type"), QStringLiteral("private_image")},
                               {QStringLiteral("image_info_list"), expectedList}};
    QCOMPARE(body, expected);
    QTRY_VERIFY(!m_window->actionLog()->entries(1).isEmpty()
                && m_window->actionLog()->entries(1).first().operation == QLatin1String("scan"));
    const ActionLogEntry logged = m_window->actionLog()->entries(1).first();
    QCOMPARE(logged.outcome, QStringLiteral("success"));
    QVERIFY(logged.scope.contains(QStringLiteral("3 selected")));
    QCOMPARE(logged.profile, QStringLiteral("Test"));

    // The scanned rows are followed until each reaches a final state, in place.
    const auto allFinal = [&] {
        for (qint64 id : std::as_const(ids)) {
            const QString status = m_window->browser()->model()->scanStatusAt(m_window->browser()->model()->rowOfId(id));
            if (!ApiEnums::finalScanStatuses().contains(status) || status == QLatin1String("unscan"))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allFinal(), 30000);
    QTRY_VERIFY(!m_window->scans()->poller()->isRunning());
    for (qint64 id : std::as_const(ids)) {
        const int row = m_window->browser()->model()->rowOfId(id);
        if (m_window->browser()->model()->scanStatusAt(row) == QLatin1String("failed")) {
            const QString reason =
                m_window->browser()->model()->index(row, ImageTableModel::ScanFailedColumn).data().toString();
            QVERIFY(!reason.isEmpty());
            QVERIFY2(!reason.contains(u'_'), qPrintable(reason));
        }
    }
    QCOMPARE(selectedIds(), ids);
}

void TestMainWindowSandbox::scanAllSendsOperateAllWithTheFilters()
{
    connectWindow();
    const QString ns = m_window->browser()->model()->imageAt(0).namespaceName;
    child<QLineEdit>("namespaceLineEdit")->setText(ns);
    select("scanStatusComboBox", QStringLiteral("unscan"));
    apply();
    waitForLoad();
    const qint64 matching = m_window->browser()->matchingCount();
    QVERIFY(matching > 0);

    m_fixture.sandbox()->clearRecentRequests();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>("scanAllAction")->trigger();
    QVERIFY(MessageBox::lastQuestion().contains(QString::number(matching)));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("cannot be stopped")));
    QTRY_COMPARE_WITH_TIMEOUT(requests(QStringLiteral("/image/batch-scan")).size(), 1, 10000);
    const QJsonObject body =
        QJsonDocument::fromJson(requests(QStringLiteral("/image/batch-scan")).first().body).object();
    const QJsonObject expected{{QStringLiteral("image_type"), QStringLiteral("private_image")},
                               {QStringLiteral("namespace"), ns},
                               {QStringLiteral("scan_status"), QStringLiteral("unscan")},
                               {QStringLiteral("operate_all"), true}};
    QCOMPARE(body, expected);
}

void TestMainWindowSandbox::injectedErrorShowsCodeMessageAndRequestIdAndKeepsSelection()
{
    connectWindow();
    m_window->browser()->view()->selectSourceRows({1, 3});
    const QSet<qint64> before = selectedIds();
    QCOMPARE(before.size(), 2);
    child<QLineEdit>("namespaceLineEdit")->setText(QStringLiteral("typed, not applied"));

    SandboxFaults faults;
    faults.serverError.next = 1;
    m_fixture.sandbox()->setFaults(faults);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>("scanSelectedAction")->trigger();

    MessageBar *bar = m_window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->type() == MessageBar::Type::Error, 10000);
    QVERIFY2(bar->text().contains(QStringLiteral("HSS.0500")), qPrintable(bar->text()));
    const QString details = bar->details();
    QVERIFY(details.contains(QStringLiteral("error_code: HSS.0500")));
    QVERIFY(details.contains(QStringLiteral("error_msg: ")));
    const qsizetype at = details.indexOf(QStringLiteral("request id: "));
    QVERIFY(at >= 0);
    QVERIFY(details.mid(at + 12).trimmed().size() > 0);
    child<QToolButton>("copyDetailsButton")->click();
    QCOMPARE(QApplication::clipboard()->text(), details);

    QCOMPARE(selectedIds(), before);
    QCOMPARE(child<QLineEdit>("namespaceLineEdit")->text(), QStringLiteral("typed, not applied"));
}

void TestMainWindowSandbox::refreshKeepsSelectionById()
{
    connectWindow();
    m_window->browser()->view()->selectSourceRows({0, 5, 250});
    const QSet<qint64> before = selectedIds();
    QCOMPARE(before.size(), 3);
    m_window->browser()->view()->setFocus();
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(m_window->browser()->loader()->isRunning());
    waitForLoad();
    QCOMPARE(selectedIds(), before);
}

void TestMainWindowSandbox::cancelStopsLoading()
{
    auto *cancel = child<QPushButton>("cancelLoadingButton");
    bool wasVisible = false;
    // Pressing Cancel as the first page arrives, while the loader has more pages to ask for.
    connect(m_window->browser()->loader(), &ImageListLoader::pageLoaded, cancel, [&] {
        if (m_window->browser()->loader()->isRunning()) {
            wasVisible = cancel->isVisible();
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    m_window->profiles()->setConnection(config(), QStringLiteral("test"), QStringLiteral("Test"), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->browser()->model()->rowCount() > 0, 10000);
    QVERIFY(wasVisible);
    QVERIFY(!m_window->browser()->loader()->isRunning());
    QVERIFY(!cancel->isVisible());
    QVERIFY(m_window->browser()->model()->rowCount() < m_window->browser()->matchingCount());
    QVERIFY(!m_window->messageBar()->isVisible());
    QCOMPARE(requests(QStringLiteral("/image/swr-repository")).size(), 1);
}

void TestMainWindowSandbox::syncFromSwrThenRefreshes()
{
    connectWindow();
    m_fixture.sandbox()->clearRecentRequests();
    child<QAction>("syncAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(requests(QStringLiteral("/image/synchronize")).size(), 1, 10000);
    QCOMPARE(QJsonDocument::fromJson(requests(QStringLiteral("/image/synchronize")).first().body).object(),
             (QJsonObject{{QStringLiteral("image_type"), QStringLiteral("private_image")}}));
    QTRY_VERIFY_WITH_TIMEOUT(!requests(QStringLiteral("/image/swr-repository")).isEmpty(), 10000);
    waitForLoad();
    QVERIFY(m_window->browser()->model()->rowCount() > 0);
    QCOMPARE(m_window->actionLog()->entries(1).first().operation, QStringLiteral("sync"));

    select("imageTypeComboBox", QStringLiteral("local_image"));
    apply();
    waitForLoad();
    QVERIFY(!child<QAction>("syncAction")->isEnabled());
    QVERIFY(!child<QAction>("scanAllAction")->isEnabled());
}

void TestMainWindowSandbox::largeSelectionsAreSplitIntoRequestsOfAtMost10241()
{
    connectWindow();
    // More rows than the sandbox holds: the split is about the request, not the data.
    m_window->browser()->model()->clear();
    QList<ImageInfo> rows;
    for (int i = 0; i < ApiEnums::MaxScanListItems + 1; ++i) {
        ImageInfo image;
        image.id = 1000000 + i;
        image.namespaceName = QStringLiteral("bulk");
        image.imageName = QStringLiteral("image-%1").arg(i);
        image.imageVersion = QStringLiteral("1.0");
        image.imageType = QStringLiteral("private_image");
        rows.append(image);
    }
    m_window->browser()->model()->addPage(0, rows);
    m_window->browser()->view()->setFocus();
    child<QAction>("selectAllAction")->trigger();
    m_fixture.sandbox()->clearRecentRequests();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>("scanSelectedAction")->trigger();
    QVERIFY(MessageBox::lastQuestion().contains(QString::number(ApiEnums::MaxScanListItems + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(requests(QStringLiteral("/image/batch-scan")).size(), 2, 20000);
    QList<qsizetype> sizes;
    for (const RecordedRequest &r : requests(QStringLiteral("/image/batch-scan")))
        sizes.append(QJsonDocument::fromJson(r.body)
                         .object()
                         .value(QStringLiteral("image_info_list"))
                         .toArray()
                         .size());
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (QList<qsizetype>{1, ApiEnums::MaxScanListItems}));
}

void TestMainWindowSandbox::formStateIsKeptPerProfile()
{
    m_window->profiles()->setConnection(config(), QStringLiteral("alpha"), QStringLiteral("Alpha"), false);
    waitForLoad();
    child<QLineEdit>("namespaceLineEdit")->setText(QStringLiteral("team-a"));
    apply();
    waitForLoad();
    m_window->profiles()->setConnection(config(), QStringLiteral("beta"), QStringLiteral("Beta"), false);
    waitForLoad();
    QVERIFY(child<QLineEdit>("namespaceLineEdit")->text().isEmpty());
    child<QLineEdit>("imageNameLineEdit")->setText(QStringLiteral("typed only"));
    m_window->close();

    // A restart: a new window reads what each profile had.
    m_window = m_fixture.createWindow(false);
    m_window->profiles()->setConnection(config(), QStringLiteral("alpha"), QStringLiteral("Alpha"), false);
    QCOMPARE(child<QLineEdit>("namespaceLineEdit")->text(), QStringLiteral("team-a"));
    QCOMPARE(m_window->browser()->filter().namespaceName, QStringLiteral("team-a"));
    waitForLoad();
    m_window->profiles()->setConnection(config(), QStringLiteral("beta"), QStringLiteral("Beta"), false);
    QCOMPARE(child<QLineEdit>("imageNameLineEdit")->text(), QStringLiteral("typed only"));
    QVERIFY(child<QLineEdit>("namespaceLineEdit")->text().isEmpty());
    waitForLoad();
}

void TestMainWindowSandbox::sandboxDefaultOpensWithNoProfile()
{
    SandboxConfig small;
    small.imageCount = 50;
    QVERIFY(m_window->profiles()->openSandbox(small));
    QVERIFY(m_window->profiles()->isSandbox());
    QCOMPARE(m_window->profiles()->formKey(), QStringLiteral("sandbox"));
    auto *banner = child<QLabel>("sandboxBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("not your cloud")));
    QVERIFY(m_window->profiles()->sandbox()->clientConfig().endpoint.host() == QLatin1String("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->browser()->model()->rowCount() > 0, 10000);
    waitForLoad();
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestMainWindowSandbox::exportTasksAreFollowedUnderTheirProfileOnceConnected()
{
    m_window->profiles()->setConnection(config(), QStringLiteral("alpha"), QStringLiteral("Alpha"), false);
    waitForLoad();
    auto *exports = m_window->findChild<ExportTaskManager *>();
    QVERIFY(exports);
    const QString taskId = MainWindowFixture::submitExportOfAll(exports).taskId;
    QVERIFY(!taskId.isEmpty());
    QVERIFY(exports->isFollowing(taskId));

    // Another profile's credentials never poll it.
    m_window->profiles()->setConnection(config(), QStringLiteral("beta"), QStringLiteral("Beta"), false);
    QVERIFY(!exports->isFollowing(taskId));
    waitForLoad();

    // After a restart nothing is polled before there is a connection, and the task is
    // followed again once its profile is.
    m_window = m_fixture.createWindow(false);
    exports = m_window->findChild<ExportTaskManager *>();
    QVERIFY(!exports->isFollowing(taskId));
    m_window->profiles()->setConnection(config(), QStringLiteral("alpha"), QStringLiteral("Alpha"), false);
    QVERIFY(exports->isFollowing(taskId));
    waitForLoad();
}

QTEST_MAIN(TestMainWindowSandbox)
#include "tst_mainwindowsandbox.moc"
