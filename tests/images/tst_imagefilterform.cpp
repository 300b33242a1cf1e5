#include "ui/images/imagefilterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestImageFilterForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mapsEveryField();
    void convertsSizeUnitsToBytes_data();
    void convertsSizeUnitsToBytes();
    void sendsTimesAsEpochMilliseconds();
    void instanceFieldsOnlyForInstanceImages();
    void invalidValuesAreMarkedAndNothingIsApplied_data();
    void invalidValuesAreMarkedAndNothingIsApplied();
    void sizeErrorSpeaksTheUnitTyped_data();
    void sizeErrorSpeaksTheUnitTyped();
    void enterApplies();
    void resetClearsEverything();
    void setFilterRoundTrips();
    void keepsStateAcrossRestarts();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_form->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void select(const char *combo, const QString &data)
    {
        auto *box = child<QComboBox>(combo);
        box->setCurrentIndex(box->findData(data));
    }

    std::unique_ptr<ImageFilterForm> m_form;
};

void TestImageFilterForm::init()
{
    m_form = std::make_unique<ImageFilterForm>();
    m_form->show();
}

void TestImageFilterForm::cleanup()
{
    m_form.reset();
}

void TestImageFilterForm::mapsEveryField()
{
    select("imageTypeComboBox", QStringLiteral("shared_image"));
    QTest::keyClicks(child<QLineEdit>("namespaceLineEdit"), QStringLiteral(" team-a "));
    QTest::keyClicks(child<QLineEdit>("imageNameLineEdit"), QStringLiteral("nginx"));
    QTest::keyClicks(child<QLineEdit>("imageVersionLineEdit"), QStringLiteral("1.25"));
    select("scanStatusComboBox", QStringLiteral("waiting_for_scan"));
    child<QCheckBox>("latestVersionCheckBox")->setChecked(true);
    select("hasVulComboBox", QStringLiteral("true"));
    select("hasMaliciousFileComboBox", QStringLiteral("false"));
    select("hasUnsafeSettingComboBox", QStringLiteral("true"));

    const ImageFilter f = m_form->filter();
    QCOMPARE(f.imageType, QStringLiteral("shared_image"));
    QCOMPARE(f.namespaceName, QStringLiteral("team-a"));
    QCOMPARE(f.imageName, QStringLiteral("nginx"));
    QCOMPARE(f.imageVersion, QStringLiteral("1.25"));
    QCOMPARE(f.scanStatus, QStringLiteral("waiting_for_scan"));
    QCOMPARE(f.latestVersion, std::optional<bool>(true));
    QCOMPARE(f.hasVul, std::optional<bool>(true));
    QCOMPARE(f.hasMaliciousFile, std::optional<bool>(false));
    QCOMPARE(f.hasUnsafeSetting, std::optional<bool>(true));
    QVERIFY(!f.imageSize);
    QVERIFY(!f.startLatestUpdateTime && !f.endLatestUpdateTime);
    QVERIFY(!f.startLatestScanTime && !f.endLatestScanTime);

    select("hasVulComboBox", QString());
    child<QCheckBox>("latestVersionCheckBox")->setChecked(false);
    QVERIFY(!m_form->filter().hasVul);
    QVERIFY(!m_form->filter().latestVersion); // unchecked means "all versions", not false
}

void TestImageFilterForm::convertsSizeUnitsToBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("bytes") << QStringLiteral("512") << int(ImageFilterForm::Bytes) << qint64(512);
    QTest::newRow("KB") << QStringLiteral("2") << int(ImageFilterForm::KiloBytes) << qint64(2048);
    QTest::newRow("MB fraction") << QStringLiteral("1.5") << int(ImageFilterForm::MegaBytes)
                                 << qint64(1572864);
    QTest::newRow("GB") << QStringLiteral("1") << int(ImageFilterForm::GigaBytes)
                        << qint64(1073741824);
    QTest::newRow("zero") << QStringLiteral("0") << int(ImageFilterForm::MegaBytes) << qint64(0);
}

void TestImageFilterForm::convertsSizeUnitsToBytes()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(qint64, bytes);
    child<QLineEdit>("imageSizeLineEdit")->setText(text);
    child<QComboBox>("imageSizeUnitComboBox")->setCurrentIndex(unit);
    QCOMPARE(m_form->filter().imageSize, std::optional<qint64>(bytes));
    QVERIFY(m_form->validate().isEmpty());
}

void TestImageFilterForm::sendsTimesAsEpochMilliseconds()
{
    const qint64 updateFrom = 1735600000000;
    const qint64 updateTo = 1735686400000;
    const qint64 scanFrom = 1700000000000;
    const qint64 scanTo = 1700003600000;
    const struct {
        const char *check;
        const char *edit;
        qint64 ms;
    } times[] = {{"updateFromCheckBox", "updateFromEdit", updateFrom},
                 {"updateToCheckBox", "updateToEdit", updateTo},
                 {"scanFromCheckBox", "scanFromEdit", scanFrom},
                 {"scanToCheckBox", "scanToEdit", scanTo}};
    for (const auto &t : times) {
        QVERIFY(!child<QDateTimeEdit>(t.edit)->isEnabled());
        QTest::keyClick(child<QCheckBox>(t.check), Qt::Key_Space);
        QVERIFY(child<QDateTimeEdit>(t.edit)->isEnabled());
        child<QDateTimeEdit>(t.edit)->setDateTime(QDateTime::fromMSecsSinceEpoch(t.ms));
    }
    const ImageFilter f = m_form->filter();
    QCOMPARE(f.startLatestUpdateTime, std::optional<qint64>(updateFrom));
    QCOMPARE(f.endLatestUpdateTime, std::optional<qint64>(updateTo));
    QCOMPARE(f.startLatestScanTime, std::optional<qint64>(scanFrom));
    QCOMPARE(f.endLatestScanTime, std::optional<qint64>(scanTo));

    child<QCheckBox>("scanToCheckBox")->setChecked(false);
    QVERIFY(!m_form->filter().endLatestScanTime);
}

void TestImageFilterForm::instanceFieldsOnlyForInstanceImages()
{
    auto *name = child<QLineEdit>("instanceNameLineEdit");
    auto *id = child<QLineEdit>("instanceIdLineEdit");
    QVERIFY(!name->isEnabled());
    QVERIFY(!id->isEnabled());
    select("imageTypeComboBox", QStringLiteral("instance_image"));
    QVERIFY(name->isEnabled());
    QVERIFY(id->isEnabled());
    QTest::keyClicks(name, QStringLiteral("ee-prod"));
    QTest::keyClicks(id, QStringLiteral("inst-1"));
    QCOMPARE(m_form->filter().instanceName, QStringLiteral("ee-prod"));
    QCOMPARE(m_form->filter().instanceId, QStringLiteral("inst-1"));

    select("imageTypeComboBox", QStringLiteral("private_image"));
    QVERIFY(!name->isEnabled());
    QVERIFY(m_form->filter().instanceName.isEmpty());
    QVERIFY(m_form->filter().instanceId.isEmpty());
}

void TestImageFilterForm::invalidValuesAreMarkedAndNothingIsApplied_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("widget");
    QTest::newRow("size not a number") << QStringLiteral("image_size") << QStringLiteral("imageSizeLineEdit");
    QTest::newRow("size too large") << QStringLiteral("image_size") << QStringLiteral("imageSizeLineEdit");
    QTest::newRow("update range reversed") << QStringLiteral("end_latest_update_time")
                                           << QStringLiteral("updateToEdit");
    QTest::newRow("scan range reversed") << QStringLiteral("end_latest_scan_time")
                                         << QStringLiteral("scanToEdit");
    QTest::newRow("namespace too long") << QStringLiteral("namespace") << QStringLiteral("namespaceLineEdit");
}

void TestImageFilterForm::invalidValuesAreMarkedAndNothingIsApplied()
{
    QFETCH(QString, field);
    QFETCH(QString, widget);
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == QLatin1String("size not a number")) {
        child<QLineEdit>("imageSizeLineEdit")->setText(QStringLiteral("big"));
    } else if (row == QLatin1String("size too large")) {
        child<QLineEdit>("imageSizeLineEdit")->setText(QStringLiteral("3"));
        child<QComboBox>("imageSizeUnitComboBox")->setCurrentIndex(ImageFilterForm::GigaBytes);
    } else if (row == QLatin1String("namespace too long")) {
        child<QLineEdit>("namespaceLineEdit")->setText(QString(300, u'n'));
    } else {
        const QByteArray prefix = row.startsWith(QLatin1String("update")) ? "update" : "scan";
        child<QCheckBox>(prefix + "FromCheckBox")->setChecked(true);
        child<QCheckBox>(prefix + "ToCheckBox")->setChecked(true);
        child<QDateTimeEdit>(prefix + "FromEdit")->setDateTime(QDateTime::fromMSecsSinceEpoch(1735686400000));
        child<QDateTimeEdit>(prefix + "ToEdit")->setDateTime(QDateTime::fromMSecsSinceEpoch(1735600000000));
    }

    QSignalSpy applied(m_form.get(), &ImageFilterForm::applied);
    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    QCOMPARE(applied.count(), 0);

    const FieldErrors errors = m_form->validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QWidget *marked = m_form->findChild<QWidget *>(widget);
    QVERIFY(marked->property("hssInvalid").toBool());
    QCOMPARE(marked->toolTip(), errors.first().message);
    QCOMPARE(m_form->widgetForField(field), marked);
    auto *errorLabel = child<QLabel>("errorLabel");
    QVERIFY(errorLabel->isVisible());
    QVERIFY(errorLabel->text().contains(errors.first().message));

    m_form->reset();
    QVERIFY(!marked->property("hssInvalid").toBool());
    QVERIFY(!errorLabel->isVisible());
    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
}

void TestImageFilterForm::enterApplies()
{
    QSignalSpy applied(m_form.get(), &ImageFilterForm::applied);
    auto *name = child<QLineEdit>("imageNameLineEdit");
    QTest::keyClicks(name, QStringLiteral("redis"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().value<ImageFilter>().imageName, QStringLiteral("redis"));
    QTest::keyClick(child<QComboBox>("scanStatusComboBox"), Qt::Key_Enter);
    QCOMPARE(applied.count(), 2);
}

void TestImageFilterForm::resetClearsEverything()
{
    ImageFilter f;
    f.imageType = QStringLiteral("local_image");
    f.namespaceName = QStringLiteral("ns");
    f.hasVul = false;
    f.imageSize = 1024;
    f.startLatestScanTime = 1;
    m_form->setFilter(f);
    QTest::mouseClick(child<QPushButton>("resetButton"), Qt::LeftButton);
    ImageFilter defaults;
    defaults.imageType = QStringLiteral("private_image");
    QCOMPARE(m_form->filter(), defaults);
}

void TestImageFilterForm::setFilterRoundTrips()
{
    ImageFilter f;
    f.imageType = QStringLiteral("instance_image");
    f.namespaceName = QStringLiteral("ns");
    f.imageName = QStringLiteral("name");
    f.imageVersion = QStringLiteral("v1");
    f.scanStatus = QStringLiteral("failed");
    f.latestVersion = true;
    f.instanceName = QStringLiteral("ee");
    f.instanceId = QStringLiteral("id-1");
    f.imageSize = 3 * 1024 * 1024;
    f.startLatestUpdateTime = 1735600000000;
    f.endLatestUpdateTime = 1735686400000;
    f.startLatestScanTime = 1700000000000;
    f.endLatestScanTime = 1700003600000;
    f.hasMaliciousFile = true;
    f.hasUnsafeSetting = false;
    f.hasVul = true;
    m_form->setFilter(f);
    QCOMPARE(child<QLineEdit>("imageSizeLineEdit")->text(), QStringLiteral("3"));
    QCOMPARE(child<QComboBox>("imageSizeUnitComboBox")->currentIndex(), int(ImageFilterForm::MegaBytes));
    QCOMPARE(m_form->filter(), f);
}

void TestImageFilterForm::keepsStateAcrossRestarts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.ini"));
    ImageFilter f;
    f.imageType = QStringLiteral("shared_image");
    f.imageName = QStringLiteral("postgres");
    f.imageSize = 2048;
    f.endLatestScanTime = 1700003600000;
    f.hasVul = false;
    m_form->setFilter(f);
    child<QLineEdit>("namespaceLineEdit")->setText(QStringLiteral("typed, not applied"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("filterForm/profile-a"));
        m_form->saveState(settings);
    }
    ImageFilterForm restored;
    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("filterForm/profile-a"));
    restored.restoreState(settings);
    f.namespaceName = QStringLiteral("typed, not applied");
    QCOMPARE(restored.filter(), f);
}

void TestImageFilterForm::sizeErrorSpeaksTheUnitTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::addColumn<qint64>("bytes");
    const QLocale l;
    QTest::newRow("2 GB") << QStringLiteral("2") << int(ImageFilterForm::GigaBytes)
                          << QStringLiteral("must be between 0 and %1 GB").arg(l.toString(1.99, 'f', 2)) << qint64(0);
    QTest::newRow("1.99 GB") << l.toString(1.99) << int(ImageFilterForm::GigaBytes) << QString()
                             << qint64(2136746230);
    QTest::newRow("3000 MB") << QStringLiteral("3000") << int(ImageFilterForm::MegaBytes)
                             << QStringLiteral("must be between 0 and %1 MB").arg(l.toString(2047.99, 'f', 2))
                             << qint64(0);
    QTest::newRow("negative KB") << QStringLiteral("-1") << int(ImageFilterForm::KiloBytes)
                                 << QStringLiteral("must be between 0 and %1 KB").arg(l.toString(2097151.90, 'f', 2))
                                 << qint64(0);
    QTest::newRow("API maximum in bytes") << QStringLiteral("2147483547") << int(ImageFilterForm::Bytes)
                                          << QString() << qint64(2147483547);
}

void TestImageFilterForm::sizeErrorSpeaksTheUnitTyped()
{
    QFETCH(QString, typed);
    QFETCH(int, unit);
    QFETCH(QString, error);
    QFETCH(qint64, bytes);
    child<QLineEdit>("imageSizeLineEdit")->setText(typed);
    child<QComboBox>("imageSizeUnitComboBox")->setCurrentIndex(unit);
    const FieldErrors errors = m_form->validate();
    if (error.isEmpty()) {
        QVERIFY(errors.isEmpty());
        QCOMPARE(m_form->filter().imageSize.value_or(-1), bytes);
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("image_size"));
    QCOMPARE(errors.first().message, error);
}

QTEST_MAIN(TestImageFilterForm)
#include "tst_imagefilterform.moc"
