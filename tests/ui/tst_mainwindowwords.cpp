#include "tests/support/mainwindowfixture.h"

#include "app/api/apienums.h"
#include "app/exports/exporttaskrecord.h"
#include "app/exports/exporttaskmanager.h"
#include "app/images/imagelistloader.h"
#include "sandbox/sandboxserver.h"
#include "ui/exports/exporttaskspanel.h"
#include "ui/exports/resultviewer.h"
#include "ui/images/imagetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilecontroller.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

// What an analyst reads in the main window uses display names: no API enum value
// ("private_image", "unscan", "export_size") in a label, button, header, cell or task scope.
class TestMainWindowWords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noRawEnumValueIsShown();

private:
    MainWindowFixture m_fixture;
};

namespace {

QStringList rawValues()
{
    QStringList values = ApiEnums::listImageTypes() + ApiEnums::scanImageTypes() + ApiEnums::exportImageTypes()
                         + ApiEnums::syncImageTypes() + ApiEnums::itemScanStatuses()
                         + ApiEnums::filterScanStatuses() + ApiEnums::scanFailedReasons()
                         + ApiEnums::sharedStatuses() + ApiEnums::exportTaskStatuses();
    values += {QStringLiteral("export_size"), QStringLiteral("image_type"), QStringLiteral("scan_status"),
               QStringLiteral("operate_all"), QStringLiteral("image_id_list"), QStringLiteral("severity_level"),
               QStringLiteral("SwrPrivate"), QStringLiteral("SwrShared"), QStringLiteral("SwrEnterprise")};
    values.removeDuplicates();
    return values;
}

// An enum value with an underscore is never an English word, so it may not appear anywhere in
// a text; one without ("unscan", "success", "expired") may not be the whole text.
QString rawValueIn(const QString &text, const QStringList &values)
{
    for (const QString &value : values) {
        if (text == value)
            return value;
        if (value.contains(QLatin1Char('_'))
            && text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(value)))))
            return value;
    }
    return {};
}

QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        texts << w->toolTip() << w->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        else if (auto *dock = qobject_cast<QDockWidget *>(w))
            texts << dock->windowTitle();
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(model->rowCount(), 200); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    texts << model->index(r, c).data().toString() << model->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
    }
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *a : actions)
        texts << a->text() << a->toolTip();
    return texts;
}

} // namespace

void TestMainWindowWords::initTestCase()
{
    QVERIFY(m_fixture.setUp(QStringLiteral("tst_mainwindowwords")));
}

void TestMainWindowWords::noRawEnumValueIsShown()
{
    MainWindow *created = m_fixture.createWindow();
    QVERIFY(created);
    MainWindow &window = *created;
    SandboxConfig sandbox;
    sandbox.imageCount = 120;
    QVERIFY(window.profiles()->openSandbox(sandbox));
    QTRY_VERIFY_WITH_TIMEOUT(window.browser()->model()->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.browser()->loader()->isRunning(), 30000);

    // An export of everything matching a filter, so the tasks panel shows its scope.
    auto *exports = window.findChild<ExportTaskManager *>();
    QVERIFY(exports);
    QVERIFY(!MainWindowFixture::submitExportOfAll(exports).taskId.isEmpty());
    window.exportsPanel()->show();
    QTRY_VERIFY(window.exportsPanel()->view()->model()->rowCount() > 0);

    const QStringList values = rawValues();
    const QStringList texts = visibleTexts(&window);
    for (const QString &text : texts) {
        const QString raw = rawValueIn(text, values);
        QVERIFY2(raw.isEmpty(), qPrintable(QStringLiteral("\"%1\" shows the API value %2").arg(text, raw)));
    }
}

QTEST_MAIN(TestMainWindowWords)
#include "tst_mainwindowwords.moc"
