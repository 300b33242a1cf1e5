#include "app/actions/actionlog.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/exports/exporttaskmanager.h"
#include "app/exports/exporttaskstore.h"
#include "app/net/hssclient.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "ui/exports/exportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void selectedSendsTheListIds();
    void selectionKeepsItsOwnImageType();
    void allSendsFiltersAndExportOnlyFilters();
    void invalidSizeIsMarkedAndNothingSent();
    void noSelectionMeansAll();
    void unknownMatchingCountAsksForTheSize();
    void everyWidgetHasAnAccessibleName();
    void enterInAFieldPressesExport();
    void localImagesAreSentByImageId();
    void defaultSizeIsTheServiceRecordCount();
    void recordCountFollowsTheChoice();
    void withoutARegionTheSizeIsAskedFor();
    void serverRefusalShowsInTheDialogAndKeepsTheChoice();
    void imageTypesShowTheirNames();
};

namespace {

QList<ImageInfo> images(std::initializer_list<qint64> ids)
{
    QList<ImageInfo> result;
    for (qint64 id : ids) {
        ImageInfo i;
        i.id = id;
        i.imageName = QStringLiteral("img%1").arg(id);
        result.append(i);
    }
    return result;
}

ImageFilter privateWithVulns()
{
    ImageFilter f;
    f.imageType = QStringLiteral("private_image");
    f.namespaceName = QStringLiteral("team-a");
    f.hasVul = true;
    return f;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QPushButton *exportButton(ExportDialog &dialog)
{
    return child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

// What the analyst does: a mouse click on the dialog's Export button.
void pressExport(ExportDialog &dialog)
{
    if (!dialog.isVisible()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }
    QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
}

struct Sandbox
{
    Sandbox()
    {
        SandboxConfig config;
        config.imageCount = 200;
        server = std::make_unique<SandboxServer>(config);
        QString error;
        if (!server->listen(&error))
            qFatal("sandbox: %s", qPrintable(error));
        ClientConfig c;
        c.endpoint = server->endpoint();
        c.projectId = server->projectId();
        c.regionId = QLatin1String(SandboxCredentials::RegionId);
        c.credentials.accessKey = QLatin1String(SandboxCredentials::AccessKey);
        c.credentials.secretKey = QLatin1String(SandboxCredentials::SecretKey);
        client.setConfig(c);
    }
    QList<ImageInfo> list(const QString &type, const QString &scanStatus)
    {
        ListSwrImageRepositoryRequest query;
        query.filter.imageType = type;
        query.filter.scanStatus = scanStatus;
        query.limit = 200;
        auto *reply = client.send(query);
        QSignalSpy done(reply, &HssReply::finished);
        if (!done.wait(10000) || !reply->isOk())
            qFatal("list failed");
        reply->deleteLater();
        return reply->response().images;
    }
    std::unique_ptr<SandboxServer> server;
    HssClient client;
};

} // namespace

void TestExportDialog::selectedSendsTheListIds()
{
    ExportDialog dialog(images({17, 4, 230}), privateWithVulns(), 500);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Selected);
    const BatchExportBaselineTaskRequest r = dialog.request();
    QCOMPARE(r.imageIdList, (QStringList{QStringLiteral("17"), QStringLiteral("4"), QStringLiteral("230")}));
    QCOMPARE(r.operateAll, std::optional<bool>(false));
    QCOMPARE(r.filter.imageType, QStringLiteral("private_image"));
    QVERIFY(r.filter.namespaceName.isEmpty()); // list filters do not narrow a selection
    QVERIFY(dialog.summary().contains(QLatin1String("3 selected")));
    // Three images are not three records: with nothing to count them, the size is asked for.
    auto *size = child<QLineEdit>(&dialog, "exportSizeLineEdit");
    QVERIFY(size->text().isEmpty());
    size->setText(QStringLiteral("40"));
    QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QLatin1String("Export size: 40")));

    QSignalSpy spy(&dialog, &ExportDialog::exportRequested);
    pressExport(dialog);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(spy.first().first().value<BatchExportBaselineTaskRequest>().imageIdList.size(), 3);
}

void TestExportDialog::selectionKeepsItsOwnImageType()
{
    QList<ImageInfo> shared = images({5, 6});
    for (ImageInfo &i : shared)
        i.imageType = QStringLiteral("shared_image");
    ExportDialog dialog(shared, privateWithVulns(), 500);
    auto *types = child<QComboBox>(&dialog, "imageTypeComboBox");
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Selected);
    QVERIFY(!types->isEnabled());
    QCOMPARE(types->currentData().toString(), QStringLiteral("shared_image"));
    QCOMPARE(dialog.request().filter.imageType, QStringLiteral("shared_image"));

    // "All matching" offers every type again, starting from the list's.
    dialog.setScope(ExportDialog::Scope::AllMatching);
    QVERIFY(types->isEnabled());
    QCOMPARE(dialog.request().filter.imageType, QStringLiteral("private_image"));
    types->setCurrentIndex(types->findData(QStringLiteral("cicd")));
    QCOMPARE(dialog.request().filter.imageType, QStringLiteral("cicd"));

    // Back to the selection, whatever was chosen for "all" does not leak into it, and returns.
    dialog.setScope(ExportDialog::Scope::Selected);
    QCOMPARE(dialog.request().filter.imageType, QStringLiteral("shared_image"));
    dialog.setScope(ExportDialog::Scope::AllMatching);
    QCOMPARE(dialog.request().filter.imageType, QStringLiteral("cicd"));
}

void TestExportDialog::allSendsFiltersAndExportOnlyFilters()
{
    ExportDialog dialog(images({1}), privateWithVulns(), 500);
    dialog.setScope(ExportDialog::Scope::AllMatching);
    child<QComboBox>(&dialog, "riskyComboBox")->setCurrentIndex(1);        // Yes
    child<QComboBox>(&dialog, "hasContainerComboBox")->setCurrentIndex(2); // No
    auto *severity = child<QComboBox>(&dialog, "severityComboBox");
    severity->setCurrentIndex(severity->findData(QStringLiteral("High")));
    auto *riskLevel = child<QComboBox>(&dialog, "riskLevelComboBox");
    riskLevel->setCurrentIndex(riskLevel->findData(QStringLiteral("critical")));
    child<QLineEdit>(&dialog, "cicdNameLineEdit")->setText(QStringLiteral("pipeline-1"));
    child<QLineEdit>(&dialog, "riskNameLineEdit")->setText(QStringLiteral("curl | sh"));
    child<QLineEdit>(&dialog, "ruleIdsLineEdit")->setText(QStringLiteral("r1, r2,,"));

    child<QLineEdit>(&dialog, "exportSizeLineEdit")->setText(QStringLiteral("500"));
    const BatchExportBaselineTaskRequest r = dialog.request();
    QCOMPARE(r.operateAll, std::optional<bool>(true));
    QVERIFY(r.imageIdList.isEmpty());
    QCOMPARE(r.exportSize, 500);
    QCOMPARE(r.filter.namespaceName, QStringLiteral("team-a"));
    QCOMPARE(r.filter.hasVul, std::optional<bool>(true));
    QCOMPARE(r.risky, std::optional<bool>(true));
    QCOMPARE(r.hasContainer, std::optional<bool>(false));
    QCOMPARE(r.severityLevel, QStringLiteral("High"));
    QCOMPARE(r.buildCommandRiskLevel, QStringLiteral("critical"));
    QCOMPARE(r.cicdName, QStringLiteral("pipeline-1"));
    QCOMPARE(r.buildCommandRiskName, QStringLiteral("curl | sh"));
    QCOMPARE(r.buildCommandRuleIdList, (QStringList{QStringLiteral("r1"), QStringLiteral("r2")}));
    const QString summary = dialog.summary();
    QVERIFY2(summary.contains(QLatin1String("all images matching")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Namespace: team-a")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Export size: 500")), qPrintable(summary));
    // Display names, not the API's field names and values.
    QVERIFY2(summary.contains(QLatin1String("Severity: High")), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1Char('_')), qPrintable(summary));

    // The image types this call accepts, and only those.
    auto *types = child<QComboBox>(&dialog, "imageTypeComboBox");
    QCOMPARE(types->count(), 7);
    types->setCurrentIndex(types->findData(QStringLiteral("cicd")));
    QCOMPARE(dialog.request().filter.imageType, QStringLiteral("cicd"));
}

void TestExportDialog::invalidSizeIsMarkedAndNothingSent()
{
    ExportDialog dialog(images({1, 2}), privateWithVulns(), 10);
    auto *size = child<QLineEdit>(&dialog, "exportSizeLineEdit");
    QSignalSpy spy(&dialog, &ExportDialog::exportRequested);
    for (const char *bad : {"2147483648", "-1", "lots"}) {
        size->setText(QString::fromLatin1(bad));
        pressExport(dialog);
        QCOMPARE(spy.count(), 0);
        QVERIFY(dialog.isFieldMarked(QStringLiteral("export_size")));
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isHidden());
        QVERIFY(!size->accessibleDescription().isEmpty());
    }
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    size->setText(QStringLiteral("2147483647"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("export_size"))); // cleared as soon as it is fixed
    pressExport(dialog);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<BatchExportBaselineTaskRequest>().exportSize, 2147483647LL);
}

void TestExportDialog::noSelectionMeansAll()
{
    ExportDialog dialog({}, privateWithVulns(), 42);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::AllMatching);
    QVERIFY(!child<QRadioButton>(&dialog, "selectedRadioButton")->isEnabled());
    QVERIFY(child<QRadioButton>(&dialog, "allRadioButton")->text().contains(QLatin1String("42")));
}

void TestExportDialog::unknownMatchingCountAsksForTheSize()
{
    ExportDialog dialog({}, privateWithVulns(), -1);
    auto *size = child<QLineEdit>(&dialog, "exportSizeLineEdit");
    QVERIFY(size->text().isEmpty());
    QSignalSpy spy(&dialog, &ExportDialog::exportRequested);
    pressExport(dialog);
    QCOMPARE(spy.count(), 0);
    QVERIFY(dialog.isFieldMarked(QStringLiteral("export_size")));
    QVERIFY(dialog.isVisible());
    size->setText(QStringLiteral("100"));
    pressExport(dialog);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestExportDialog::everyWidgetHasAnAccessibleName()
{
    ExportDialog dialog(images({1}), privateWithVulns(), 1);
    const QList<QWidget *> inputs = dialog.findChildren<QWidget *>();
    for (QWidget *w : inputs) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QRadioButton *>(w)) {
            if (w->parent() && qobject_cast<QComboBox *>(w->parent()))
                continue; // a combo box's internal line edit
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

void TestExportDialog::enterInAFieldPressesExport()
{
    ExportDialog dialog(images({1, 2}), privateWithVulns(), 10);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *size = child<QLineEdit>(&dialog, "exportSizeLineEdit");
    QSignalSpy spy(&dialog, &ExportDialog::exportRequested);
    QTest::keyClicks(size, QStringLiteral("12"));
    QTest::keyClick(size, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<BatchExportBaselineTaskRequest>().exportSize, 12);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestExportDialog::localImagesAreSentByImageId()
{
    QList<ImageInfo> local = images({7, 8});
    for (ImageInfo &i : local) {
        i.imageType = QStringLiteral("local_image");
        i.imageId = QStringLiteral("sha-of-%1").arg(i.id);
    }
    ExportDialog dialog(local, privateWithVulns(), 10);
    QCOMPARE(dialog.request().imageIdList, (QStringList{QStringLiteral("sha-of-7"), QStringLiteral("sha-of-8")}));
    QCOMPARE(dialog.request().filter.imageType, QStringLiteral("local_image"));

    local[1].imageId.clear();
    ExportDialog missing(local, privateWithVulns(), 10);
    child<QLineEdit>(&missing, "exportSizeLineEdit")->setText(QStringLiteral("5"));
    QSignalSpy spy(&missing, &ExportDialog::exportRequested);
    pressExport(missing);
    QCOMPARE(spy.count(), 0);
    QVERIFY(child<QLabel>(&missing, "errorLabel")->text().contains(QLatin1String("image_id")));
}

void TestExportDialog::defaultSizeIsTheServiceRecordCount()
{
    Sandbox sandbox;
    // Scanned images carry baseline records, usually several per image.
    const QList<ImageInfo> scanned = sandbox.list(QStringLiteral("private_image"), QStringLiteral("success")).mid(0, 5);
    QCOMPARE(scanned.size(), 5);
    ExportDialog dialog(scanned, privateWithVulns(), 500);
    QSignalSpy counted(&dialog, &ExportDialog::recordCountChanged);
    dialog.setRecordCounter(&sandbox.client);
    QVERIFY(counted.wait(10000));
    const qint64 records = dialog.recordCount();
    QVERIFY2(records > 5, qPrintable(QString::number(records))); // more records than images
    QCOMPARE(child<QLineEdit>(&dialog, "exportSizeLineEdit")->text(), QString::number(records));
    QVERIFY(child<QLabel>(&dialog, "recordCountLabel")->text().startsWith(QStringLiteral("%1 record").arg(records)));

    // The count was asked with the export's own body, the region header and risk-config.
    const QList<RecordedRequest> sent = sandbox.server->recentRequests();
    const RecordedRequest &statistic = sent.last();
    QVERIFY(statistic.path.endsWith(QLatin1String("/image/security-report/statistic")));
    QCOMPARE(statistic.method, QByteArray("POST"));
    QCOMPARE(statistic.queryValue(QStringLiteral("security_report_type")), QStringLiteral("risk-config"));
    QCOMPARE(statistic.header("region"), QByteArray(SandboxCredentials::RegionId));
    QCOMPARE(QJsonDocument::fromJson(statistic.body).object().value(QStringLiteral("image_id_list")).toArray().size(), 5);

    // What it said is what the export writes.
    QTemporaryDir dir;
    ExportTaskStore store(dir.filePath(QStringLiteral("tasks.json")));
    ExportTaskManager manager(&sandbox.client, &store, nullptr);
    dialog.setManager(&manager);
    QSignalSpy submitted(&manager, &ExportTaskManager::submitted);
    pressExport(dialog);
    QVERIFY(submitted.wait(10000));
    QCOMPARE(submitted.first().first().value<ExportTaskRecord>().recordTotalNum, records);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestExportDialog::recordCountFollowsTheChoice()
{
    Sandbox sandbox;
    const QList<ImageInfo> scanned = sandbox.list(QStringLiteral("private_image"), QStringLiteral("success")).mid(0, 2);
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    ExportDialog dialog(scanned, filter, 100);
    QSignalSpy counted(&dialog, &ExportDialog::recordCountChanged);
    dialog.setRecordCounter(&sandbox.client);
    QVERIFY(counted.wait(10000));
    const qint64 selection = dialog.recordCount();

    dialog.setScope(ExportDialog::Scope::AllMatching);
    QCOMPARE(dialog.recordCount(), -1); // the old count is not left standing
    QVERIFY(child<QLineEdit>(&dialog, "exportSizeLineEdit")->text().isEmpty());
    QVERIFY(counted.wait(10000));
    const qint64 all = dialog.recordCount();
    QVERIFY2(all > selection, qPrintable(QStringLiteral("%1 vs %2").arg(all).arg(selection)));
    QCOMPARE(child<QLineEdit>(&dialog, "exportSizeLineEdit")->text(), QString::number(all));

    // A size the analyst typed stays; the count still shows.
    auto *size = child<QLineEdit>(&dialog, "exportSizeLineEdit");
    size->clear();
    QTest::keyClicks(size, QStringLiteral("7"));
    child<QComboBox>(&dialog, "riskyComboBox")->setCurrentIndex(1);
    QVERIFY(counted.wait(10000));
    QCOMPARE(size->text(), QStringLiteral("7"));
    QVERIFY(dialog.recordCount() <= all);
}

void TestExportDialog::withoutARegionTheSizeIsAskedFor()
{
    Sandbox sandbox;
    ClientConfig config = sandbox.client.config();
    config.regionId.clear();
    sandbox.client.setConfig(config);
    ExportDialog dialog(images({10001}), privateWithVulns(), 10);
    dialog.setRecordCounter(&sandbox.client);
    auto *label = child<QLabel>(&dialog, "recordCountLabel");
    QTRY_VERIFY(label->text().contains(QLatin1String("region")));
    QVERIFY(child<QLineEdit>(&dialog, "exportSizeLineEdit")->text().isEmpty());
}

void TestExportDialog::serverRefusalShowsInTheDialogAndKeepsTheChoice()
{
    Sandbox sandbox;
    QTemporaryDir dir;
    ExportTaskStore store(dir.filePath(QStringLiteral("tasks.json")));
    ExportTaskManager manager(&sandbox.client, &store, nullptr);
    ExportDialog dialog({}, privateWithVulns(), 10);
    dialog.setManager(&manager);
    auto *size = child<QLineEdit>(&dialog, "exportSizeLineEdit");
    size->setText(QStringLiteral("33"));
    child<QComboBox>(&dialog, "riskyComboBox")->setCurrentIndex(1);
    SandboxFaults faults;
    faults.serverError.next = 1;
    sandbox.server->setFaults(faults);

    pressExport(dialog);
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QTRY_VERIFY(error->text().contains(QLatin1String("HSS.0500")));
    QVERIFY(dialog.isVisible());
    QVERIFY(exportButton(dialog)->isEnabled());
    QCOMPARE(size->text(), QStringLiteral("33"));
    QCOMPARE(child<QComboBox>(&dialog, "riskyComboBox")->currentIndex(), 1);
    QVERIFY(store.records().isEmpty());

    // Pressed again once the service is back, it goes through.
    pressExport(dialog);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(store.records().size(), 1);
}

void TestExportDialog::imageTypesShowTheirNames()
{
    ExportDialog dialog(images({17}), privateWithVulns(), 500);
    auto *types = child<QComboBox>(&dialog, "imageTypeComboBox");
    QCOMPARE(types->currentText(), QStringLiteral("Private images (SWR)"));
    QCOMPARE(types->currentData().toString(), QStringLiteral("private_image"));
    for (int i = 0; i < types->count(); ++i)
        QVERIFY2(types->itemText(i) != types->itemData(i).toString(), qPrintable(types->itemText(i)));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
