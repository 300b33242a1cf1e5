#include "tests/journeys/journeyfixture.h"
#include "tests/support/recordedcalls.h"

#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"
#include "ui/embeddedsandbox.h"
#include "ui/images/imagetablemodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

// An analyst browsing the registry: filters typed into the form and applied with Enter, the
// quick filter, Reset, an empty result, the size and time filters, the keyboard (menu
// mnemonics, Tab through the window, the tasks panel and the action log), and a restart on
// the stored list. Only keys and
// clicks drive the window; the asserts read what is on screen and what reached the sandbox.
class TestBrowseJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filterFormThenQuickFilterThenReset();
    void emptyResultSaysSo();
    void sizeInGigabytes();
    void typedTimesGoOutInWholeSeconds();
    void unscannedImagesShowADashNotAGreenZero();
    void menuMnemonicsOpenMenus();
    void tabLeavesTheTableAndKeepsTheSelection();
    void tasksPanelAndActionLogByKeyboard();
    void restartOpensOnTheStoredList();

private:
    QAbstractItemView *table() const { return m_app.widget<QAbstractItemView>("imageTableView"); }
    QString countText() const { return m_app.widget<QLabel>("countLabel")->text(); }
    QString column(int row, int column) const { return table()->model()->index(row, column).data().toString(); }
    QList<RecordedRequest> listRequests() const;
    void pressEnterIn(QWidget *widget) { QTest::keyClick(widget, Qt::Key_Return); }

    JourneyFixture m_app;
};

void TestBrowseJourney::initTestCase()
{
    QVERIFY(m_app.setUp(QStringLiteral("tst_browsejourney")));
}

void TestBrowseJourney::init()
{
    QVERIFY(m_app.openWindow(JourneyFixture::watchableScanSandbox()));
}

void TestBrowseJourney::cleanup()
{
    m_app.closeWindow();
    QSettings().clear();
}

QList<RecordedRequest> TestBrowseJourney::listRequests() const
{
    return RecordedCalls::lists(m_app.sandbox()->recentRequests());
}

void TestBrowseJourney::filterFormThenQuickFilterThenReset()
{
    const int everything = table()->model()->rowCount();
    QVERIFY(everything > 20);
    QVERIFY2(countText().startsWith(QLocale().toString(everything) + QLatin1String(" of ")), qPrintable(countText()));

    // Scan status by its mnemonic, an item chosen by typing, Enter applies the form.
    QTest::keyClick(m_app.window(), Qt::Key_U, Qt::AltModifier);
    auto *status = m_app.widget<QComboBox>("scanStatusComboBox");
    QVERIFY(status->hasFocus());
    QTest::keyClicks(status, QStringLiteral("Not"));
    QCOMPARE(status->currentText(), QStringLiteral("Not scanned"));
    pressEnterIn(status);
    QVERIFY(m_app.waitForList());
    const int unscanned = table()->model()->rowCount();
    QVERIFY(unscanned > 0 && unscanned < everything);
    for (int row = 0; row < unscanned; ++row)
        QCOMPARE(column(row, ImageTableModel::ScanStatusColumn), QStringLiteral("Not scanned"));
    QCOMPARE(countText(), QStringLiteral("%1 of %2 image(s) shown")
                              .arg(QLocale().toString(unscanned), QLocale().toString(unscanned)));

    // The quick filter narrows the rows shown, and the status bar count follows it.
    const QString name = column(0, ImageTableModel::ImageNameColumn);
    m_app.typeInto(m_app.widget<QLineEdit>("quickFilterLineEdit"), name);
    QTRY_VERIFY(table()->model()->rowCount() < unscanned);
    const int quick = table()->model()->rowCount();
    QVERIFY(quick > 0);
    QTRY_COMPARE(countText(), QStringLiteral("%1 of %2 image(s) shown")
                                  .arg(QLocale().toString(quick), QLocale().toString(unscanned)));
    m_app.typeInto(m_app.widget<QLineEdit>("quickFilterLineEdit"), QString());
    QTRY_COMPARE(table()->model()->rowCount(), unscanned);

    // Reset puts the form back and shows everything again, not a form that is not applied.
    m_app.click(m_app.widget<QPushButton>("resetButton"));
    QCOMPARE(status->currentText(), QStringLiteral("Any"));
    QVERIFY(m_app.waitForList());
    QTRY_COMPARE(table()->model()->rowCount(), everything);
    QVERIFY(!listRequests().isEmpty());
    QVERIFY(listRequests().constLast().queryValue(QStringLiteral("scan_status")).isEmpty());
}

void TestBrowseJourney::emptyResultSaysSo()
{
    auto *name = m_app.widget<QLineEdit>("imageNameLineEdit");
    m_app.typeInto(name, QStringLiteral("no-such-image-anywhere"));
    pressEnterIn(name);
    QVERIFY(m_app.waitForList());
    QCOMPARE(table()->model()->rowCount(), 0);
    auto *empty = table()->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY2(empty, "the empty table says nothing");
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No images match these filters"));
    QCOMPARE(countText(), QStringLiteral("0 of 0 image(s) shown"));

    // With rows again the notice goes.
    m_app.click(m_app.widget<QPushButton>("resetButton"));
    QVERIFY(m_app.waitForList());
    QTRY_VERIFY(table()->model()->rowCount() > 0);
    QVERIFY(!empty->isVisible());
}

void TestBrowseJourney::sizeInGigabytes()
{
    auto *size = m_app.widget<QLineEdit>("imageSizeLineEdit");
    auto *unit = m_app.widget<QComboBox>("imageSizeUnitComboBox");
    m_app.typeInto(size, QStringLiteral("2"));
    QTest::keyClick(size, Qt::Key_Tab);
    QVERIFY(unit->hasFocus());
    QTest::keyClicks(unit, QStringLiteral("G"));
    QCOMPARE(unit->currentText(), QStringLiteral("GB"));
    m_app.sandbox()->clearRecentRequests();
    pressEnterIn(unit);

    // 2 GB is more than the API's 2,147,483,547 bytes: said in GB, and nothing is sent.
    auto *errors = m_app.widget<QLabel>("errorLabel");
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(QLatin1String("GB")), qPrintable(errors->text()));
    QVERIFY2(!errors->text().contains(QLatin1String("bytes")), qPrintable(errors->text()));
    QVERIFY2(errors->text().contains(QLocale().toString(1.99, 'f', 2)), qPrintable(errors->text()));
    QVERIFY(listRequests().isEmpty());
    QCOMPARE(size->text(), QStringLiteral("2"));

    // 1.5 GB is what the API accepts.
    m_app.typeInto(size, QLocale().toString(1.5));
    pressEnterIn(size);
    QVERIFY(!errors->isVisible());
    QVERIFY(m_app.waitForList());
    QVERIFY(!listRequests().isEmpty());
    QCOMPARE(listRequests().constFirst().queryValue(QStringLiteral("image_size")), QStringLiteral("1610612736"));
}

void TestBrowseJourney::typedTimesGoOutInWholeSeconds()
{
    auto *errors = m_app.widget<QLabel>("errorLabel");
    m_app.sandbox()->clearRecentRequests();
    m_app.click(m_app.widget<QCheckBox>("updateFromCheckBox"));
    m_app.click(m_app.widget<QCheckBox>("updateToCheckBox"));
    auto *from = m_app.widget<QDateTimeEdit>("updateFromEdit");
    QVERIFY(from->isEnabled());
    m_app.click(from);
    QTest::keyClick(from, Qt::Key_Home);
    QTest::keyClicks(from, QStringLiteral("2025-11-05 07:08:09"));
    QCOMPARE(from->text(), QStringLiteral("2025-11-05 07:08:09"));
    pressEnterIn(from);
    QVERIFY(!errors->isVisible());
    QVERIFY(m_app.waitForList());

    const QList<RecordedRequest> sent = listRequests();
    QVERIFY(!sent.isEmpty());
    const RecordedRequest &first = sent.constFirst();
    const qint64 typed = QDateTime(QDate(2025, 11, 5), QTime(7, 8, 9)).toMSecsSinceEpoch();
    QCOMPARE(first.queryValue(QStringLiteral("start_latest_update_time")), QString::number(typed));
    // The untouched "until" editor starts at now, shown in seconds: sent in seconds too.
    const qint64 until = first.queryValue(QStringLiteral("end_latest_update_time")).toLongLong();
    QVERIFY(until > typed);
    QCOMPARE(until % 1000, 0);
}

void TestBrowseJourney::unscannedImagesShowADashNotAGreenZero()
{
    const QAbstractItemModel *model = table()->model();
    int unscanned = -1;
    int failed = -1;
    for (int row = 0; row < model->rowCount() && (unscanned < 0 || failed < 0); ++row) {
        const QString status = column(row, ImageTableModel::ScanStatusColumn);
        if (status == QLatin1String("Not scanned") && unscanned < 0)
            unscanned = row;
        if (status == QLatin1String("Scan failed") && failed < 0)
            failed = row;
    }
    QVERIFY(unscanned >= 0 && failed >= 0);
    for (int row : {unscanned, failed}) {
        for (int c : {ImageTableModel::VulNumColumn, ImageTableModel::UnsafeSettingColumn,
                      ImageTableModel::MaliciousFileColumn}) {
            const QModelIndex index = model->index(row, c);
            QCOMPARE(index.data().toString(), QStringLiteral("\u2014"));
            QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), QColor(0x75, 0x75, 0x75));
            QVERIFY(index.data(Qt::DecorationRole).isNull()); // no green dot
        }
    }
}

void TestBrowseJourney::menuMnemonicsOpenMenus()
{
    m_app.click(m_app.widget<QLineEdit>("namespaceLineEdit"));
    const QList<QPair<Qt::Key, QString>> menus = {
        {Qt::Key_V, QStringLiteral("&View")},
        {Qt::Key_T, QStringLiteral("&Tools")},
        {Qt::Key_F, QStringLiteral("&File")},
        {Qt::Key_I, QStringLiteral("&Images")},
    };
    for (const auto &[key, title] : menus) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(m_app.window(), key, Qt::AltModifier);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY2(menu, qPrintable(QStringLiteral("Alt+%1 opened no menu; focus went to %2")
                                      .arg(QKeySequence(key).toString(),
                                           QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                                       : QString())));
        QCOMPARE(menu->title(), title);
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        // The first Esc leaves the menu bar highlighted, the second hands the keyboard back.
        if (qobject_cast<QMenuBar *>(QApplication::focusWidget()))
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), before);
    }
}

void TestBrowseJourney::tabLeavesTheTableAndKeepsTheSelection()
{
    QAbstractItemView *view = table();
    m_app.clickRow(view, 2);
    m_app.clickRow(view, 4, Qt::ShiftModifier);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 3);
    QVERIFY(view->hasFocus());

    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY2(!view->hasFocus(), "Tab stayed in the table");
    QCOMPARE(view->selectionModel()->selectedRows(), selected);

    // Back into the table from the quick filter: still the same rows.
    m_app.click(m_app.widget<QLineEdit>("quickFilterLineEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(view->hasFocus());
    QCOMPARE(view->selectionModel()->selectedRows(), selected);
    QTest::keyClick(view, Qt::Key_Backtab);
    QVERIFY(!view->hasFocus());
    QCOMPARE(view->selectionModel()->selectedRows(), selected);
}

void TestBrowseJourney::tasksPanelAndActionLogByKeyboard()
{
    m_app.clickRow(table(), 0);
    auto *dock = m_app.widget<QDockWidget>("exportTasksDock");
    QVERIFY(!dock->isVisible());
    QTest::keyClick(m_app.window(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dock->isVisible());
    QVERIFY2(dock->isAncestorOf(QApplication::focusWidget()), "the tasks panel opened without the keyboard in it");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!dock->isVisible());
    QVERIFY(table()->hasFocus());

    bool logShown = false;
    m_app.onNextModal([&logShown](QWidget *dialog) {
        logShown = dialog->objectName() == QLatin1String("ActionLogDialog");
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(m_app.window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(logShown);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestBrowseJourney::restartOpensOnTheStoredList()
{
    const QString countBefore = countText();
    const int rows = table()->model()->rowCount();
    QVERIFY(m_app.widget<QLabel>("listSourceLabel")->text().startsWith(QStringLiteral("Up to date: refreshed at")));

    m_app.quitWindow();
    QVERIFY(m_app.openWindow(JourneyFixture::watchableScanSandbox()));
    QCOMPARE(table()->model()->rowCount(), rows);
    QCOMPARE(countText(), countBefore);
    QVERIFY(m_app.widget<QLabel>("listSourceLabel")->text().startsWith(QStringLiteral("Up to date: refreshed at")));
    // The fresh sandbox was only asked what changed: the rows came from the store.
    const QList<RecordedRequest> list = listRequests();
    QVERIFY(!list.isEmpty());
    QVERIFY(!list.first().queryValue(QStringLiteral("start_latest_update_time")).isEmpty());
    for (const RecordedRequest &r : list) {
        QVERIFY2(!r.queryValue(QStringLiteral("start_latest_update_time")).isEmpty()
                     || !r.queryValue(QStringLiteral("start_latest_scan_time")).isEmpty(),
                 r.rawQuery.constData());
    }
}

QTEST_MAIN(TestBrowseJourney)
#include "tst_browsejourney.moc"
