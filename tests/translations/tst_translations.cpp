#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/exportscope.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Plurals go through Qt's %n forms, and English needs its own (plurals-only) catalogue for
// them: without it "%n image(s)" reads "1 image(s)".
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void englishHasPluralForms();
    void languagesWithoutCatalogueFallBackToEnglishPlurals();
    void ownLanguageWinsOverEnglish();
};

namespace {

QString selected(int n)
{
    BatchExportBaselineTaskRequest request;
    for (int i = 0; i < n; ++i)
        request.imageIdList.append(QString::number(i + 1));
    return ExportScope::describe(request);
}

} // namespace

void TestTranslations::cleanup()
{
    // A translator removes itself from the application when it is deleted.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

void TestTranslations::englishHasPluralForms()
{
    QVERIFY(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(selected(1), QStringLiteral("1 selected image"));
    QCOMPARE(selected(2), QStringLiteral("2 selected images"));
    QCOMPARE(QCoreApplication::translate("ResultViewer", "%Ln row(s)", nullptr, 1), QStringLiteral("1 row"));
    QCOMPARE(QCoreApplication::translate("ResultViewer", "%Ln row(s)", nullptr, 1000), QStringLiteral("1,000 rows"));
    QCOMPARE(QCoreApplication::translate("MainWindow",
                                         "%n image(s) are still being scanned; press F5 later to see their result.",
                                         nullptr, 1),
             QStringLiteral("1 image is still being scanned; press F5 later to see its result."));
}

void TestTranslations::languagesWithoutCatalogueFallBackToEnglishPlurals()
{
    QVERIFY(!Translations::install(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(selected(1), QStringLiteral("1 selected image"));
    QCOMPARE(selected(3), QStringLiteral("3 selected images"));
}

void TestTranslations::ownLanguageWinsOverEnglish()
{
    QVERIFY(Translations::install(QLocale(QLocale::Spanish, QLocale::Spain)));
    QVERIFY2(!selected(2).contains(QLatin1String("selected")), qPrintable(selected(2)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
