#include "credentialstore.h"
#include "fakehssserver.h"
#include "keychaintestenv.h"
#include "profiledialog.h"
#include "profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The profile dialog driven like a user would: inline validation, masking, accessibility and
// tab order, saving through the real keychain, and "Test connection" against a closed port and
// a local HTTPS endpoint. The sandbox (SandboxServer) was not on main yet when this was
// written; FakeHssServer stands in for it.
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
    static void fillCustomProfile(QDialog &dialog, const QString &name, const QString &endpoint)
    {
        child<QComboBox>(dialog, "regionCombo")->setCurrentIndex(0);
        type(dialog, "nameEdit", name);
        type(dialog, "endpointEdit", endpoint);
        type(dialog, "projectIdEdit", QStringLiteral("demo-project"));
        type(dialog, "accessKeyEdit", QStringLiteral("AKDIALOG"));
        type(dialog, "secretKeyEdit", QStringLiteral("sk-typed"));
    }

    ProfileSecrets stored(const QString &profile)
    {
        std::unique_ptr<CredentialJob> job(m_credentials->readSecrets(profile));
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
        // Switching to a region disables the endpoint field and validates the region's rules.
        child<QComboBox>(dialog, "regionCombo")->setCurrentIndex(1);
        QVERIFY(!child<QLineEdit>(dialog, "endpointEdit")->isEnabled());
        QVERIFY(invalid(child<QLineEdit>(dialog, "projectIdEdit")));
    }

    void secretsAreMasked()
    {
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        for (const char *name : {"secretKeyEdit", "securityTokenEdit", "authTokenEdit", "proxyPasswordEdit"})
            QCOMPARE(child<QLineEdit>(dialog, name)->echoMode(), QLineEdit::Password);
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

    void testConnectionUntrustedCertificate()
    {
        FakeHssServer server(200, "{\"total_num\":3,\"data_list\":[]}", "req-ok");
        QVERIFY(server.start());
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"), server.endpoint());
        bool ok = true;
        const QString message = runTest(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("not trusted")), qPrintable(message));
        QCOMPARE(server.requestCount(), 0);
    }

    void testConnectionTrustsTheProfilesCaFile()
    {
        FakeHssServer server(200, "{\"total_num\":3,\"data_list\":[]}", "req-ok");
        QVERIFY(server.start());
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"), server.endpoint());
        type(dialog, "caFileEdit", FakeHssServer::certificatePath());
        bool ok = false;
        const QString message = runTest(dialog, &ok);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(message, QStringLiteral("Connected: 3 image(s)"));
        QVERIFY2(server.lastRequestLine().contains("/v5/demo-project/"), server.lastRequestLine().constData());
        QVERIFY(server.lastRequestLine().contains("image_type=private_image"));
        QVERIFY(server.lastRequestLine().contains("limit=10"));
    }

    void testConnectionShowsTheApiError()
    {
        FakeHssServer server(401, "{\"error_code\":\"HSS.1001\",\"error_msg\":\"The AK is invalid\"}",
                             "req-4f2a");
        QVERIFY(server.start());
        ProfileDialog dialog(m_profiles.get(), m_credentials.get());
        fillCustomProfile(dialog, QStringLiteral("lab"), server.endpoint());
        type(dialog, "caFileEdit", FakeHssServer::certificatePath());
        bool ok = true;
        const QString message = runTest(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("HSS.1001")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The AK is invalid")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("req-4f2a")), qPrintable(message));
    }

    void createEditDuplicateDelete()
    {
        const QString reason = KeychainTestEnv::skipReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        FakeHssServer server(200, "{\"total_num\":1,\"data_list\":[]}", "req-ok");
        QVERIFY(server.start());

        {
            ProfileDialog dialog(m_profiles.get(), m_credentials.get());
            fillCustomProfile(dialog, QStringLiteral("dlg"), server.endpoint());
            type(dialog, "caFileEdit", FakeHssServer::certificatePath());
            QVERIFY(okButton(dialog)->isEnabled());
            QSignalSpy saved(&dialog, &ProfileDialog::saveFinished);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QVERIFY(saved.wait(30000));
            QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(m_profiles->contains(QStringLiteral("dlg")));
        QCOMPARE(stored(QStringLiteral("dlg")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("sk-typed"));

        {
            // Editing: the secret is never shown; leaving it empty keeps it, and the stored
            // secret is what "Test connection" uses.
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
        QCOMPARE(stored(QStringLiteral("dlg")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("sk-typed"));

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
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
