#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/keychaintestenv.h"
#include "ui/profiles/profiledialog.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The profile dialog driven like a user would: inline validation, masking, accessibility and
// tab order, saving through the real keychain, and "Test connection" against a closed port and
// the in-process sandbox, which checks signatures like the gateway (plain and with TLS).
class TestProfileDialog : public QObject
{
    Q_OBJECT

private:
    const QString m_service = QStringLiteral("hss-image-desk-tst-profiledialog");
    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;

    template<typename T>
    static T *child(QDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    static bool invalid(QWidget *widget)
    {
        return widget->property("hssInvalid").toBool();
    }

    static QPushButton *okButton(QDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    static void type(QDialog &dialog, const char *name, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // A valid AK/SK profile on a custom endpoint, typed into a fresh Create form.
    static void fillCustomProfile(QDialog &dialog, const QString &name, const QString &endpoint,
                                  const QString &secretKey = QStringLiteral("sk-typed"))
    {
        child<QComboBox>(dialog, "regionCombo")->setCurrentIndex(0);
        type(dialog, "nameEdit", name);
        type(dialog, "endpointEdit", endpoint);
        type(dialog, "projectIdEdit", QLatin1String(SandboxCredentials::ProjectId));
        type(dialog, "accessKeyEdit", QLatin1String(SandboxCredentials::AccessKey));
        type(dialog, "secretKeyEdit", secretKey);
    }

    static std::unique_ptr<SandboxServer> startSandbox(bool tls)
    {
        SandboxConfig config;
        config.tls = tls;
        config.imageCount = 40;
        auto server = std::make_unique<SandboxServer>(config);
        QString error;
        if (!server->listen(&error))
            qFatal("sandbox did not start: %s", qPrintable(error));
        return server;
    }

    static QString demoSecret()
    {
        return QLatin1String(SandboxCredentials::SecretKey);
    }

    ProfileSecrets stored(const QString &profile)
    {
        QPointer<CredentialJob> job(m_credentials->readSecrets(profile));
        QSignalSpy finished(job.get(), &CredentialJob::finished);
        if (!finished.wait(30000) || !job->isOk())
            qWarning("read failed: %s", qPrintable(job->errorString()));
        return job->secrets();
    }

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    static QString runTest(ProfileDialog &dialog, bool *ok)
    {
        QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        if (!tested.wait(60000))
            return QStringLiteral("no result");
        *ok = tested.first().at(0).toBool();
        return tested.first().at(1).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_credentials = std::make_unique<CredentialStore>(m_service);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_profiles->setCredentialStore(m_credentials.get());
    }

    void validationMarksTheFieldAndRefusesOk()
    {
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A fresh form is quiet, but cannot be saved.
        QVERIFY(!invalid(child<QLineEdit>(dialog, "nameEdit")));
        QVERIFY(!okButton(dialog)->isEnabled());

        type(dialog, "projectIdEdit", QStringLiteral("ABC"));
        QLineEdit *projectId = child<QLineEdit>(dialog, "projectIdEdit");
        QVERIFY(invalid(projectId));
        QVERIFY(projectId->toolTip().contains(QStringLiteral("32 lowercase hexadecimal")));
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("Project ID")));
        QVERIFY(!okButton(dialog)->isEnabled());

        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        // Refusing shows every problem, the untouched required name included.
        QVERIFY(invalid(child<QLineEdit>(dialog, "nameEdit")));

        type(dialog, "projectIdEdit", QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(!invalid(projectId));
    }

    void endpointMustBeAUrl()
    {
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"), QStringLiteral("not a url"));
        QVERIFY(invalid(child<QLineEdit>(dialog, "endpointEdit")));
        QVERIFY(!okButton(dialog)->isEnabled());
        type(dialog, "endpointEdit", QStringLiteral("https://hss.example.test"));
        QVERIFY(!invalid(child<QLineEdit>(dialog, "endpointEdit")));
        QVERIFY(okButton(dialog)->isEnabled());
        // A custom endpoint accepts free-form project ids; a region wants HSS's 32 hex digits.
        type(dialog, "projectIdEdit", QStringLiteral("demo-project"));
        QVERIFY(!invalid(child<QLineEdit>(dialog, "projectIdEdit")));
        // Switching to a region disables the endpoint field and validates the region's rules.
        child<QComboBox>(dialog, "regionCombo")->setCurrentIndex(1);
        QVERIFY(!child<QLineEdit>(dialog, "endpointEdit")->isEnabled());
        QVERIFY(invalid(child<QLineEdit>(dialog, "projectIdEdit")));
    }

    void regionsAreShownByNameAndCodeSorted()
    {
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        auto *region = child<QComboBox>(dialog, "regionCombo");
        QCOMPARE(region->itemText(0), QStringLiteral("Custom endpoint"));
        QStringList shown;
        for (int i = 1; i < region->count(); ++i)
            shown.append(region->itemText(i));
        QCOMPARE(shown.size(), 32);
        const int singapore = region->findData(QStringLiteral("ap-southeast-3"));
        QCOMPARE(region->itemText(singapore), QStringLiteral("AP-Singapore \u2014 ap-southeast-3"));
        QCOMPARE(region->itemText(region->findData(QStringLiteral("cn-north-4"))),
                 QStringLiteral("CN North-Beijing4 \u2014 cn-north-4"));
        // In the order of what is shown, so a typed "AP" or "CN" finds its group.
        QStringList sorted = shown;
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(sorted.begin(), sorted.end(),
                  [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        QCOMPARE(shown, sorted);
        QVERIFY(shown.indexOf(QStringLiteral("AP-Bangkok \u2014 ap-southeast-2"))
                < shown.indexOf(QStringLiteral("AP-Singapore \u2014 ap-southeast-3")));
    }

    void secretsAreMasked()
    {
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        for (const char *name : {"secretKeyEdit", "securityTokenEdit", "authTokenEdit", "proxyPasswordEdit"})
            QCOMPARE(child<QLineEdit>(dialog, name)->echoMode(), QLineEdit::Password);
    }

    void editingAMissingProfileStartsAfresh()
    {
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        dialog.start(ProfileDialog::Mode::Edit, QStringLiteral("gone"));
        QCOMPARE(dialog.mode(), ProfileDialog::Mode::Create);
        QVERIFY(child<QPushButton>(dialog, "deleteButton")->isHidden());
        QVERIFY(!child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    }

    void accessibleNamesAndTabOrder()
    {
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        const QStringList order = {
            QStringLiteral("nameEdit"), QStringLiteral("regionCombo"), QStringLiteral("endpointEdit"),
            QStringLiteral("projectIdEdit"), QStringLiteral("enterpriseScopeCombo"),
            QStringLiteral("enterpriseIdEdit"), QStringLiteral("authModeCombo"),
            QStringLiteral("accessKeyEdit"), QStringLiteral("secretKeyEdit"),
            QStringLiteral("securityTokenEdit"), QStringLiteral("authTokenEdit"),
            QStringLiteral("proxyModeCombo"), QStringLiteral("proxyHostEdit"),
            QStringLiteral("proxyPortSpin"), QStringLiteral("proxyUserEdit"),
            QStringLiteral("proxyPasswordEdit"), QStringLiteral("caFileEdit"),
            QStringLiteral("caBrowseButton"), QStringLiteral("timeoutSpin"),
            QStringLiteral("testButton"), QStringLiteral("deleteButton"), QStringLiteral("buttonBox"),
        };
        for (const QString &name : order) {
            QWidget *w = dialog.findChild<QWidget *>(name);
            QVERIFY2(w, qPrintable(name));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
        }
        QStringList chain;
        QWidget *w = child<QWidget>(dialog, "nameEdit");
        do {
            if (order.contains(w->objectName()) && !chain.contains(w->objectName()))
                chain.append(w->objectName());
            w = w->nextInFocusChain();
        } while (w && w != child<QWidget>(dialog, "nameEdit"));
        QCOMPARE(chain, order);
    }

    void testConnectionRefused()
    {
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"),
                          QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        bool ok = true;
        const QString message = runTest(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("refused the connection")), qPrintable(message));
        QCOMPARE(child<QLabel>(dialog, "testResultLabel")->text(), message);
    }

    void testConnectionToTheSandbox()
    {
        const auto sandbox = startSandbox(false);
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"), sandbox->endpoint().toString(), demoSecret());
        bool ok = false;
        const QString message = runTest(dialog, &ok);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(QRegularExpression(QStringLiteral("^Connected: [1-9][0-9]* image\\(s\\)$")).match(message).hasMatch(),
                 qPrintable(message));
        const QList<RecordedRequest> requests = sandbox->recentRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().queryValue(QStringLiteral("limit")), QStringLiteral("10"));
        QCOMPARE(requests.first().queryValue(QStringLiteral("image_type")), QStringLiteral("private_image"));
    }

    void testConnectionShowsTheApiError()
    {
        const auto sandbox = startSandbox(false);
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"), sandbox->endpoint().toString(),
                          QStringLiteral("not-the-secret"));
        bool ok = true;
        const QString message = runTest(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("APIGW.0301 (HTTP 401)")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("[request id ")), qPrintable(message));
    }

    void testConnectionUntrustedCertificate()
    {
        const auto sandbox = startSandbox(true);
        QCOMPARE(sandbox->endpoint().scheme(), QStringLiteral("https"));
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"), sandbox->endpoint().toString(), demoSecret());
        bool ok = true;
        const QString message = runTest(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("not trusted")), qPrintable(message));
        QVERIFY(sandbox->recentRequests().isEmpty());
    }

    void testConnectionTrustsTheProfilesCaFile()
    {
        const auto sandbox = startSandbox(true);
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"), sandbox->endpoint().toString(), demoSecret());
        type(dialog, "caFileEdit", sandbox->caCertificatePath());
        bool ok = false;
        const QString message = runTest(dialog, &ok);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(sandbox->recentRequests().size(), 1);
    }

    void createEditDuplicateDelete()
    {
        HSS_REQUIRE_KEYCHAIN();
        const auto sandbox = startSandbox(false);

        {
            ProfileDialog dialog(m_profiles.get(), m_credentials.get());
            fillCustomProfile(dialog, QStringLiteral("dlg"), sandbox->endpoint().toString(), demoSecret());
            QVERIFY(okButton(dialog)->isEnabled());
            QSignalSpy saved(&dialog, &ProfileDialog::saveFinished);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QVERIFY(saved.wait(30000));
            QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(m_profiles->contains(QStringLiteral("dlg")));
        QCOMPARE(stored(QStringLiteral("dlg")).value(ProfileSecrets::Kind::SecretKey), demoSecret());

        {
            // Editing: the secret is never shown; leaving it empty keeps it, and the stored
            // secret is what "Test connection" signs with (the sandbox checks the signature).
            ProfileDialog dialog(m_profiles.get(), m_credentials.get());
            dialog.start(ProfileDialog::Mode::Edit, QStringLiteral("dlg"));
            QLineEdit *secret = child<QLineEdit>(dialog, "secretKeyEdit");
            QVERIFY(secret->text().isEmpty());
            QVERIFY(secret->placeholderText().contains(QStringLiteral("keychain")));
            QVERIFY(okButton(dialog)->isEnabled());
            bool ok = false;
            const QString message = runTest(dialog, &ok);
            QVERIFY2(ok, qPrintable(message));

            child<QSpinBox>(dialog, "timeoutSpin")->setValue(7);
            QSignalSpy saved(&dialog, &ProfileDialog::saveFinished);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QVERIFY(saved.wait(30000));
            QVERIFY(saved.first().at(0).toBool());
        }
        QCOMPARE(m_profiles->profile(QStringLiteral("dlg"))->requestTimeoutSeconds, 7);
        QCOMPARE(stored(QStringLiteral("dlg")).value(ProfileSecrets::Kind::SecretKey), demoSecret());

        {
            ProfileDialog dialog(m_profiles.get(), m_credentials.get());
            dialog.start(ProfileDialog::Mode::Edit, QStringLiteral("dlg"));
            type(dialog, "secretKeyEdit", QStringLiteral("sk-changed"));
            QSignalSpy saved(&dialog, &ProfileDialog::saveFinished);
            dialog.accept();
            QVERIFY(saved.wait(30000));
        }
        QCOMPARE(stored(QStringLiteral("dlg")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("sk-changed"));

        {
            ProfileDialog dialog(m_profiles.get(), m_credentials.get());
            dialog.start(ProfileDialog::Mode::Duplicate, QStringLiteral("dlg"));
            QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("dlg copy"));
            QSignalSpy saved(&dialog, &ProfileDialog::saveFinished);
            dialog.accept();
            QVERIFY(saved.wait(30000));
            QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        }
        QCOMPARE(m_profiles->profile(QStringLiteral("dlg copy"))->requestTimeoutSeconds, 7);
        QCOMPARE(stored(QStringLiteral("dlg copy")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("sk-changed"));

        {
            ProfileDialog dialog(m_profiles.get(), m_credentials.get());
            dialog.start(ProfileDialog::Mode::Edit, QStringLiteral("dlg copy"));
            QVERIFY(!child<QPushButton>(dialog, "deleteButton")->isHidden());
            QSignalSpy synced(m_profiles.get(), &ProfileStore::secretsSynced);
            dialog.deleteProfile();
            QCOMPARE(dialog.result(), ProfileDialog::Deleted);
            QVERIFY(synced.wait(30000));
        }
        QVERIFY(!m_profiles->contains(QStringLiteral("dlg copy")));
        QVERIFY(stored(QStringLiteral("dlg copy")).isEmpty());

        QSignalSpy synced(m_profiles.get(), &ProfileStore::secretsSynced);
        QVERIFY(m_profiles->remove(QStringLiteral("dlg")));
        QVERIFY(synced.wait(30000));
    }

    void closingWhileSavingIsRefusedAndTheJobDoesNotOutliveIt()
    {
        HSS_REQUIRE_KEYCHAIN();
        // Jobs of the earlier tests that still wait for their deferred delete are not this one's.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        auto *dialog = new ProfileDialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(*dialog, QStringLiteral("busy"), QStringLiteral("https://hss.example.com"));
        dialog->show();
        dialog->accept();
        // The keychain write starts on the next event-loop turn, so it is still under way here.
        const QList<CredentialJob *> jobs = m_credentials->findChildren<CredentialJob *>();
        QCOMPARE(jobs.size(), 1);
        QSignalSpy destroyed(jobs.first(), &QObject::destroyed);

        dialog->reject();
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->isEnabled());
        QVERIFY(child<QLabel>(*dialog, "errorLabel")->text().contains(QStringLiteral("Saving")));

        // Whoever owns the dialog may still delete it; the job then cleans up after itself.
        delete dialog;
        QVERIFY(destroyed.wait(30000));
        QVERIFY(m_credentials->findChildren<CredentialJob *>().isEmpty());
        QVERIFY(!m_profiles->contains(QStringLiteral("busy")));

        QPointer<CredentialJob> remove(m_credentials->removeSecrets(QStringLiteral("busy")));
        QSignalSpy removed(remove.get(), &CredentialJob::finished);
        QVERIFY(removed.wait(30000));
        QVERIFY(remove->isOk());
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
