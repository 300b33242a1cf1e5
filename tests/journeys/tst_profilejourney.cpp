#include "tests/support/keychaintestenv.h"
#include "tests/journeys/journeyfixture.h"

#include "app/profiles/credentialjob.h"
#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/profiles/profileswitcher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// An analyst managing profiles: "Manage profiles…" from the toolbar's switcher and from the
// File menu lists the saved profiles (not a new-profile form); from there one is edited,
// duplicated or removed. Regions are offered by name and id, sorted by name.
class TestProfileJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switcherListsProfilesAndEditsOne();
    void fileMenuDuplicatesAndRemoves();

private:
    void saveProfile(const QString &name, const QString &region);
    static QListWidget *listOf(QWidget *dialog) { return dialog->findChild<QListWidget *>(QStringLiteral("profileList")); }
    static void clickItem(QListWidget *list, const QString &name);
    static QPushButton *button(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    JourneyFixture m_app;
};

void TestProfileJourney::initTestCase()
{
    const QString skip = KeychainTestEnv::skipReason();
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_app.setUp(QStringLiteral("tst_profilejourney")));
}

void TestProfileJourney::init()
{
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("hss-image-desk-journey-tests"));
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_profiles->setCredentialStore(m_credentials.get());
    saveProfile(QStringLiteral("beta"), QStringLiteral("cn-north-4"));
    saveProfile(QStringLiteral("alpha"), QStringLiteral("ap-southeast-3"));
    QVERIFY(m_app.openWindow(JourneyFixture::watchableScanSandbox(60)));
    m_app.window()->profiles()->setProfileStore(m_profiles.get(), m_credentials.get());
}

void TestProfileJourney::cleanup()
{
    m_app.closeWindow();
    if (m_profiles) {
        for (const QString &name : m_profiles->profileNames())
            m_profiles->remove(name);
    }
    m_profiles.reset();
    m_credentials.reset();
    QSettings().clear();
}

void TestProfileJourney::saveProfile(const QString &name, const QString &region)
{
    Profile profile;
    profile.name = name;
    profile.regionId = region;
    profile.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    profile.accessKeyId = QStringLiteral("JOURNEYAK0000001");
    QString error;
    QVERIFY2(m_profiles->add(profile, &error), qPrintable(error));
    ProfileSecrets secrets;
    secrets.set(ProfileSecrets::Kind::SecretKey, QStringLiteral("journey-secret"));
    CredentialJob *job = m_credentials->writeSecrets(name, secrets);
    QSignalSpy done(job, &CredentialJob::finished);
    QVERIFY(done.wait(15000));
    QVERIFY2(job->error() == CredentialJob::Error::None, qPrintable(job->errorString()));
}

void TestProfileJourney::clickItem(QListWidget *list, const QString &name)
{
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    QVERIFY(items.size() == 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
}

void TestProfileJourney::switcherListsProfilesAndEditsOne()
{
    QStringList listed;
    QString formTitle;
    QStringList regions;
    QString shownRegion;
    m_app.onNextModal([&](QWidget *dialog) {
        QListWidget *list = listOf(dialog);
        if (!list) {
            QTest::keyClick(dialog, Qt::Key_Escape);
            return;
        }
        for (int row = 0; row < list->count(); ++row)
            listed.append(list->item(row)->text());
        clickItem(list, QStringLiteral("alpha"));
        m_app.onNextModal([&](QWidget *form) {
            formTitle = form->windowTitle();
            auto *region = form->findChild<QComboBox *>(QStringLiteral("regionCombo"));
            for (int i = 0; region && i < region->count(); ++i)
                regions.append(region->itemText(i));
            shownRegion = region ? region->currentText() : QString();
            QTest::keyClick(form, Qt::Key_Escape);
        });
        m_app.click(button(dialog, "editProfileButton"));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    // Ctrl+Shift+P opens the switcher; its last entry is "Manage profiles…".
    QTest::keyClick(m_app.window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto *switcher = m_app.window()->findChild<ProfileSwitcher *>();
    QTRY_VERIFY(switcher->view()->isVisible());
    QTest::keyClick(switcher->view(), Qt::Key_End);
    QCOMPARE(switcher->view()->currentIndex().data().toString(), QStringLiteral("Manage profiles…"));
    QTest::keyClick(switcher->view(), Qt::Key_Return);

    QCOMPARE(listed, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(formTitle, QStringLiteral("Edit Profile \"alpha\""));
    QCOMPARE(shownRegion, QStringLiteral("AP-Singapore \u2014 ap-southeast-3"));
    QVERIFY(regions.contains(QStringLiteral("CN North-Beijing4 \u2014 cn-north-4")));
    // Sorted by what is shown (custom endpoint first, then the regions by name).
    QStringList named = regions.mid(1);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList sorted = named;
    std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(named, sorted);
    QVERIFY(m_app.window()->profiles()->isSandbox());
}

void TestProfileJourney::fileMenuDuplicatesAndRemoves()
{
    QString duplicateTitle;
    QStringList afterRemove;
    QString question;
    m_app.onNextModal([&](QWidget *dialog) {
        QListWidget *list = listOf(dialog);
        if (!list) {
            QTest::keyClick(dialog, Qt::Key_Escape);
            return;
        }
        clickItem(list, QStringLiteral("beta"));
        m_app.onNextModal([&](QWidget *form) {
            duplicateTitle = form->windowTitle();
            QTest::keyClick(form, Qt::Key_Escape);
        });
        m_app.click(button(dialog, "duplicateProfileButton"));

        clickItem(list, QStringLiteral("alpha"));
        m_app.onNextModal([&](QWidget *box) {
            if (auto *messageBox = qobject_cast<QMessageBox *>(box))
                question = messageBox->text();
            QTest::keyClick(box, Qt::Key_Y);
        });
        m_app.click(button(dialog, "removeProfileButton"));
        for (int row = 0; row < list->count(); ++row)
            afterRemove.append(list->item(row)->text());
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(m_app.window(), Qt::Key_F, Qt::AltModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_M);

    QCOMPARE(duplicateTitle, QStringLiteral("Duplicate Profile \"beta\""));
    QVERIFY2(question.contains(QLatin1String("\"alpha\"")), qPrintable(question));
    QCOMPARE(afterRemove, QStringList{QStringLiteral("beta")});
    QCOMPARE(m_profiles->profileNames(), QStringList{QStringLiteral("beta")});
}

QTEST_MAIN(TestProfileJourney)
#include "tst_profilejourney.moc"
