#include "ui/exports/exportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
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

} // namespace

void TestExportDialog::selectedSendsTheListIds()
{
    ExportDialog dialog(images({17, 4, 230}), privateWithVulns(), 500);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Selected);
    const BaselineExportRequest r = dialog.request();
    QCOMPARE(r.imageIdList, (QStringList{QStringLiteral("17"), QStringLiteral("4"), QStringLiteral("230")}));
    QCOMPARE(r.operateAll, std::optional<bool>(false));
    QCOMPARE(r.exportSize, 3);
    QCOMPARE(r.filter.imageType, QStringLiteral("private_image"));
    QVERIFY(r.filter.namespaceName.isEmpty()); // list filters do not narrow a selection
    QVERIFY(dialog.summary().contains(QLatin1String("3 selected")));
    QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QLatin1String("Export size: 3")));

    QSignalSpy spy(&dialog, &ExportDialog::exportRequested);
    dialog.accept();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(spy.first().first().value<BaselineExportRequest>().imageIdList.size(), 3);
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

    const BaselineExportRequest r = dialog.request();
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
        dialog.accept();
        QCOMPARE(spy.count(), 0);
        QVERIFY(dialog.isFieldMarked(QStringLiteral("export_size")));
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isHidden());
        QVERIFY(!size->accessibleDescription().isEmpty());
    }
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    size->setText(QStringLiteral("2147483647"));
    QVERIFY(!dialog.isFieldMarked(QStringLiteral("export_size"))); // cleared as soon as it is fixed
    dialog.accept();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<BaselineExportRequest>().exportSize, 2147483647LL);
}

void TestExportDialog::noSelectionMeansAll()
{
    ExportDialog dialog({}, privateWithVulns(), 42);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::AllMatching);
    QVERIFY(!child<QRadioButton>(&dialog, "selectedRadioButton")->isEnabled());
    QCOMPARE(dialog.request().exportSize, 42);
}

void TestExportDialog::unknownMatchingCountAsksForTheSize()
{
    ExportDialog dialog({}, privateWithVulns(), -1);
    auto *size = child<QLineEdit>(&dialog, "exportSizeLineEdit");
    QVERIFY(size->text().isEmpty());
    QSignalSpy spy(&dialog, &ExportDialog::exportRequested);
    dialog.accept();
    QCOMPARE(spy.count(), 0);
    QVERIFY(dialog.isFieldMarked(QStringLiteral("export_size")));
    size->setText(QStringLiteral("100"));
    dialog.accept();
    QCOMPARE(spy.count(), 1);
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

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
