#include "ui/profiles/profiledialog.h"
#include "ui_profiledialog.h"

#include "app/api/listswrimagerepositoryrequest.h"
#include "app/base/logging.h"
#include "app/net/hssclient.h"
#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "app/profiles/regioncatalog.h"
#include "ui/profiles/regionlabels.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace {

// The property the style sheet keys on; tests look at it too.
const char InvalidProperty[] = "hssInvalid";

QString secretFieldName(ProfileSecrets::Kind kind)
{
    return ProfileSecrets::keyName(kind);
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfileDialog)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_client(new HssClient(this))
{
    m_ui->setupUi(this);
    setStyleSheet(QStringLiteral("*[hssInvalid=\"true\"] { border: 2px solid #c62828; }"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save profile"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    populateCombos();

    m_fields = {
        {QStringLiteral("name"), m_ui->nameEdit, m_ui->nameLabel},
        {QStringLiteral("region"), m_ui->regionCombo, m_ui->regionLabel},
        {QStringLiteral("endpoint"), m_ui->endpointEdit, m_ui->endpointLabel},
        {QStringLiteral("project_id"), m_ui->projectIdEdit, m_ui->projectIdLabel},
        {QStringLiteral("enterprise_project_id"), m_ui->enterpriseIdEdit, m_ui->enterpriseLabel},
        {QStringLiteral("access_key"), m_ui->accessKeyEdit, m_ui->accessKeyLabel},
        {secretFieldName(ProfileSecrets::Kind::SecretKey), m_ui->secretKeyEdit, m_ui->secretKeyLabel},
        {secretFieldName(ProfileSecrets::Kind::SecurityToken), m_ui->securityTokenEdit,
         m_ui->securityTokenLabel},
        {secretFieldName(ProfileSecrets::Kind::AuthToken), m_ui->authTokenEdit, m_ui->authTokenLabel},
        {QStringLiteral("proxy_host"), m_ui->proxyHostEdit, m_ui->proxyLabel},
        {QStringLiteral("proxy_port"), m_ui->proxyPortSpin, m_ui->proxyLabel},
        {QStringLiteral("proxy_user"), m_ui->proxyUserEdit, m_ui->proxyUserLabel},
        {secretFieldName(ProfileSecrets::Kind::ProxyPassword), m_ui->proxyPasswordEdit,
         m_ui->proxyPasswordLabel},
        {QStringLiteral("ca_certificate_file"), m_ui->caFileEdit, m_ui->caFileLabel},
        {QStringLiteral("request_timeout"), m_ui->timeoutSpin, m_ui->timeoutLabel},
        {QStringLiteral("call_rate"), m_ui->callRateSpin, m_ui->callRateLabel},
    };

    const auto edited = [this](QWidget *widget) {
        return [this, widget] { markTouched(widget); };
    };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, edited(edit));
    for (QComboBox *combo : {m_ui->regionCombo, m_ui->enterpriseScopeCombo, m_ui->authModeCombo,
                             m_ui->proxyModeCombo, m_ui->callRateCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, edited(combo));
    for (QSpinBox *spin : {m_ui->proxyPortSpin, m_ui->timeoutSpin, m_ui->callRateSpin})
        connect(spin, &QSpinBox::valueChanged, this, edited(spin));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ProfileDialog::chooseCaFile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileDialog::confirmDelete);

    start(Mode::Create);
}

ProfileDialog::~ProfileDialog()
{
    delete m_ui;
}

void ProfileDialog::populateCombos()
{
    m_ui->regionCombo->addItem(tr("Custom endpoint"), QString());
    const QList<QPair<QString, QString>> regions = RegionLabels::sortedLabels();
    for (const auto &[label, id] : regions)
        m_ui->regionCombo->addItem(label, id);

    m_ui->enterpriseScopeCombo->addItem(tr("Default project"), int(Profile::EnterpriseScope::Default));
    m_ui->enterpriseScopeCombo->addItem(tr("One enterprise project"), int(Profile::EnterpriseScope::Specific));
    m_ui->enterpriseScopeCombo->addItem(tr("All granted enterprise projects"),
                                        int(Profile::EnterpriseScope::All));

    m_ui->authModeCombo->addItem(tr("AK/SK"), int(Credentials::Mode::AkSk));
    m_ui->authModeCombo->addItem(tr("Temporary AK/SK with security token"),
                                 int(Credentials::Mode::TemporaryAkSk));
    m_ui->authModeCombo->addItem(tr("IAM token"), int(Credentials::Mode::IamToken));

    m_ui->proxyModeCombo->addItem(tr("System proxy"), int(Profile::ProxyMode::System));
    m_ui->proxyModeCombo->addItem(tr("No proxy"), int(Profile::ProxyMode::None));
    m_ui->proxyModeCombo->addItem(tr("Manual proxy"), int(Profile::ProxyMode::Manual));

    m_ui->callRateCombo->addItem(CallRate::documented().displayText(), int(CallRate::Kind::Documented));
    m_ui->callRateCombo->addItem(tr("Custom rate"), int(CallRate::Kind::Custom));
    m_ui->callRateCombo->addItem(tr("Unlimited (a local sandbox, or an account without limits)"),
                                 int(CallRate::Kind::Unlimited));
}

void ProfileDialog::start(Mode mode, const QString &name)
{
    m_original = Profile();
    const std::optional<Profile> stored = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (mode != Mode::Create && stored)
        m_original = *stored;
    // Editing or copying a profile that is gone (removed by the CLI meanwhile) starts afresh.
    m_mode = mode != Mode::Create && !stored ? Mode::Create : mode;
    mode = m_mode;
    Profile shown = m_original;
    if (mode == Mode::Create) {
        shown.regionId = RegionCatalog::regionIds().value(0);
    } else if (mode == Mode::Duplicate) {
        shown.name = tr("%1 copy").arg(m_original.name);
        for (int n = 2; m_profiles && m_profiles->contains(shown.name); ++n)
            shown.name = tr("%1 copy %2").arg(m_original.name).arg(n);
    }

    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New Profile"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Profile \"%1\"").arg(m_original.name));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Profile \"%1\"").arg(m_original.name));
        break;
    }
    // Renaming moves keychain entries; ProfileStore::rename does that, not this form.
    m_ui->nameEdit->setReadOnly(mode == Mode::Edit);
    m_ui->nameEdit->setToolTip(mode == Mode::Edit ? tr("A profile is renamed from the profile list.")
                                                  : QString());
    m_ui->deleteButton->setVisible(mode == Mode::Edit);
    m_ui->testResultLabel->clear();
    m_touched.clear();
    // A stored profile's values are real: its problems show at once. A new form starts quiet.
    m_showAllErrors = mode != Mode::Create;
    loadProfile(shown);
}

void ProfileDialog::loadProfile(const Profile &p)
{
    m_loading = true;
    m_ui->nameEdit->setText(p.name);
    m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(p.regionId)));
    m_ui->endpointEdit->setText(p.usesCustomEndpoint() ? p.customEndpoint.toString() : QString());
    m_ui->projectIdEdit->setText(p.projectId);
    m_ui->enterpriseScopeCombo->setCurrentIndex(m_ui->enterpriseScopeCombo->findData(int(p.enterpriseScope)));
    m_ui->enterpriseIdEdit->setText(p.enterpriseProjectId);
    m_ui->authModeCombo->setCurrentIndex(m_ui->authModeCombo->findData(int(p.authMode)));
    m_ui->accessKeyEdit->setText(p.accessKeyId);
    for (QLineEdit *secret : {m_ui->secretKeyEdit, m_ui->securityTokenEdit, m_ui->authTokenEdit,
                              m_ui->proxyPasswordEdit})
        secret->clear();
    m_ui->proxyModeCombo->setCurrentIndex(m_ui->proxyModeCombo->findData(int(p.proxyMode)));
    m_ui->proxyHostEdit->setText(p.proxyHost);
    m_ui->proxyPortSpin->setValue(p.proxyPort);
    m_ui->proxyUserEdit->setText(p.proxyUser);
    m_ui->caFileEdit->setText(p.caCertificateFile);
    m_ui->timeoutSpin->setValue(p.requestTimeoutSeconds);
    m_ui->callRateCombo->setCurrentIndex(m_ui->callRateCombo->findData(int(p.callRate.kind())));
    if (p.callRate.kind() == CallRate::Kind::Custom)
        m_ui->callRateSpin->setValue(int(std::min<qint64>(qint64(p.callRate.calls()) * 60000 / p.callRate.periodMs(),
                                                          m_ui->callRateSpin->maximum())));
    else
        m_ui->callRateSpin->setValue(CallRate::DocumentedCallsPerMinute);
    m_loading = false;
    updateEnabledFields();
    revalidate();
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.regionId = m_ui->regionCombo->currentData().toString();
    if (p.usesCustomEndpoint())
        p.customEndpoint = QUrl(m_ui->endpointEdit->text().trimmed(), QUrl::StrictMode);
    p.projectId = m_ui->projectIdEdit->text().trimmed();
    p.enterpriseScope = Profile::EnterpriseScope(m_ui->enterpriseScopeCombo->currentData().toInt());
    if (p.enterpriseScope == Profile::EnterpriseScope::Specific)
        p.enterpriseProjectId = m_ui->enterpriseIdEdit->text().trimmed();
    p.authMode = Credentials::Mode(m_ui->authModeCombo->currentData().toInt());
    if (p.authMode != Credentials::Mode::IamToken)
        p.accessKeyId = m_ui->accessKeyEdit->text().trimmed();
    p.proxyMode = Profile::ProxyMode(m_ui->proxyModeCombo->currentData().toInt());
    if (p.proxyMode == Profile::ProxyMode::Manual) {
        p.proxyHost = m_ui->proxyHostEdit->text().trimmed();
        p.proxyPort = m_ui->proxyPortSpin->value();
        p.proxyUser = m_ui->proxyUserEdit->text().trimmed();
    }
    p.caCertificateFile = m_ui->caFileEdit->text().trimmed();
    p.requestTimeoutSeconds = m_ui->timeoutSpin->value();
    switch (CallRate::Kind(m_ui->callRateCombo->currentData().toInt())) {
    case CallRate::Kind::Documented:
        p.callRate = CallRate::documented();
        break;
    case CallRate::Kind::Custom:
        p.callRate = CallRate::custom(m_ui->callRateSpin->value(), 60000).value_or(CallRate::documented());
        break;
    case CallRate::Kind::Unlimited:
        p.callRate = CallRate::unlimited();
        break;
    }
    return p;
}

ProfileSecrets ProfileDialog::enteredSecrets() const
{
    ProfileSecrets secrets;
    const QList<QPair<ProfileSecrets::Kind, QLineEdit *>> fields = {
        {ProfileSecrets::Kind::SecretKey, m_ui->secretKeyEdit},
        {ProfileSecrets::Kind::SecurityToken, m_ui->securityTokenEdit},
        {ProfileSecrets::Kind::AuthToken, m_ui->authTokenEdit},
        {ProfileSecrets::Kind::ProxyPassword, m_ui->proxyPasswordEdit},
    };
    for (const auto &field : fields) {
        if (field.second->isEnabled() && !field.second->text().isEmpty())
            secrets.set(field.first, field.second->text());
    }
    return secrets;
}

bool ProfileDialog::secretMustBeTyped(ProfileSecrets::Kind kind) const
{
    // A secret is stored when the profile (or the duplicated one) already needed it.
    return m_mode == Mode::Create || !m_original.requiredSecrets().contains(kind);
}

QString ProfileDialog::secretSource() const
{
    return m_mode == Mode::Create ? QString() : m_original.name;
}

FieldErrors ProfileDialog::errors() const
{
    const Profile p = profile();
    FieldErrors errors = p.validate();
    if (m_mode == Mode::Edit)
        errors.erase(std::remove_if(errors.begin(), errors.end(),
                                    [](const FieldError &e) { return e.field == QLatin1String("name"); }),
                     errors.end());
    else if (m_profiles && m_profiles->contains(p.name))
        errors.append({QStringLiteral("name"), tr("is already used by another profile")});
    const ProfileSecrets entered = enteredSecrets();
    for (ProfileSecrets::Kind kind : p.requiredSecrets()) {
        if (!entered.contains(kind) && secretMustBeTyped(kind))
            errors.append({secretFieldName(kind), tr("is required")});
    }
    return errors;
}

void ProfileDialog::markTouched(QWidget *widget)
{
    if (m_loading)
        return;
    m_touched.insert(widget);
    updateEnabledFields();
    revalidate();
}

void ProfileDialog::updateEnabledFields()
{
    const Profile p = profile();
    const bool signs = p.authMode != Credentials::Mode::IamToken;
    const bool manualProxy = p.proxyMode == Profile::ProxyMode::Manual;
    m_ui->endpointEdit->setEnabled(p.usesCustomEndpoint());
    // With a region chosen, the disabled field still tells where requests will go.
    m_ui->endpointEdit->setPlaceholderText(p.usesCustomEndpoint() ? QStringLiteral("https://hss.example.com")
                                                                  : p.endpoint().toString());
    m_ui->enterpriseIdEdit->setEnabled(p.enterpriseScope == Profile::EnterpriseScope::Specific);
    m_ui->accessKeyEdit->setEnabled(signs);
    m_ui->secretKeyEdit->setEnabled(signs);
    m_ui->securityTokenEdit->setEnabled(p.authMode == Credentials::Mode::TemporaryAkSk);
    m_ui->authTokenEdit->setEnabled(p.authMode == Credentials::Mode::IamToken);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->proxyHostEdit), static_cast<QWidget *>(m_ui->proxyPortSpin),
                       static_cast<QWidget *>(m_ui->proxyUserEdit),
                       static_cast<QWidget *>(m_ui->proxyPasswordEdit)})
        w->setEnabled(manualProxy);
    m_ui->callRateSpin->setEnabled(p.callRate.kind() == CallRate::Kind::Custom);

    const QList<QPair<ProfileSecrets::Kind, QLineEdit *>> secrets = {
        {ProfileSecrets::Kind::SecretKey, m_ui->secretKeyEdit},
        {ProfileSecrets::Kind::SecurityToken, m_ui->securityTokenEdit},
        {ProfileSecrets::Kind::AuthToken, m_ui->authTokenEdit},
        {ProfileSecrets::Kind::ProxyPassword, m_ui->proxyPasswordEdit},
    };
    for (const auto &secret : secrets) {
        QString placeholder;
        if (!secretMustBeTyped(secret.first))
            placeholder = tr("stored in keychain — leave empty to keep");
        else if (p.requiredSecrets().contains(secret.first))
            placeholder = tr("required");
        secret.second->setPlaceholderText(placeholder);
    }
}

void ProfileDialog::revalidate()
{
    const FieldErrors current = errors();
    QStringList shown;
    for (const Field &field : std::as_const(m_fields)) {
        QStringList messages;
        for (const FieldError &e : current) {
            if (e.field == field.name)
                messages.append(e.message);
        }
        const bool visible = !messages.isEmpty() && (m_showAllErrors || m_touched.contains(field.widget));
        const QString text = visible ? messages.join(QStringLiteral("; ")) : QString();
        if (field.widget->property(InvalidProperty).toBool() != visible) {
            field.widget->setProperty(InvalidProperty, visible);
            field.widget->style()->unpolish(field.widget);
            field.widget->style()->polish(field.widget);
        }
        field.widget->setToolTip(text);
        field.widget->setAccessibleDescription(text);
        if (visible) {
            QString label = field.label->text().remove(QLatin1Char('&'));
            if (label.endsWith(QLatin1Char(':')))
                label.chop(1);
            shown.append(tr("%1: %2").arg(label, text));
        }
    }
    shown.removeDuplicates();
    m_ui->errorLabel->setText(shown.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!shown.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(current.isEmpty() && !m_busy);
}

void ProfileDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->deleteButton->setEnabled(!busy);
    m_ui->testButton->setEnabled(!busy && !m_testing);
    updateCancelButton();
    revalidate();
}

void ProfileDialog::setTesting(bool testing)
{
    m_testing = testing;
    m_ui->testButton->setEnabled(!testing && !m_busy);
    updateCancelButton();
}

void ProfileDialog::updateCancelButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy && !m_testing);
}

void ProfileDialog::reject()
{
    // Closing between the keychain write and the settings would leave secrets without their
    // profile, so Esc and the window's close button wait like Cancel does; a running test is
    // waited for too, so nothing is left answering a dialog that is gone.
    if (m_busy || m_testing) {
        m_ui->errorLabel->setText(m_busy ? tr("Saving… the dialog closes when the profile is saved.")
                                         : tr("Testing the connection… wait for the result."));
        m_ui->errorLabel->setVisible(true);
        return;
    }
    QDialog::reject();
}

void ProfileDialog::accept()
{
    if (m_busy)
        return;
    // Enter or a test may call this with OK disabled: refuse, and show every problem.
    m_showAllErrors = true;
    revalidate();
    if (!errors().isEmpty() || !m_profiles || !m_credentials)
        return;
    setBusy(true);
    if (m_mode != Mode::Duplicate) {
        writeSecretsThenSettings();
        return;
    }
    CredentialJob *copy = m_credentials->copySecrets(m_original.name, profile().name);
    connect(copy, &CredentialJob::finished, this, [this, copy] {
        if (!copy->isOk())
            failSave(copy->errorString());
        else
            writeSecretsThenSettings();
    });
}

void ProfileDialog::writeSecretsThenSettings()
{
    const Profile p = profile();
    ProfileSecrets secrets = enteredSecrets();
    // Secrets the profile no longer needs (another auth mode, no proxy user) are deleted.
    for (ProfileSecrets::Kind kind : ProfileSecrets::allKinds()) {
        if (!p.requiredSecrets().contains(kind))
            secrets.set(kind, QString());
    }
    CredentialJob *write = m_credentials->writeSecrets(p.name, secrets);
    connect(write, &CredentialJob::finished, this, [this, write] {
        if (!write->isOk())
            failSave(write->errorString());
        else
            saveSettings();
    });
}

void ProfileDialog::saveSettings()
{
    const Profile p = profile();
    QString error;
    const bool ok = m_mode == Mode::Edit ? m_profiles->update(p, &error) : m_profiles->add(p, &error);
    if (!ok) {
        failSave(error);
        return;
    }
    qCInfo(lcProfiles).noquote() << "profile" << p.name << "saved from the dialog";
    m_busy = false;
    updateCancelButton();
    emit saveFinished(true, QString());
    QDialog::accept();
}

void ProfileDialog::failSave(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
    m_busy = false;
    m_ui->deleteButton->setEnabled(true);
    m_ui->testButton->setEnabled(!m_testing);
    updateCancelButton();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(errors().isEmpty());
    emit saveFinished(false, message);
}

void ProfileDialog::testConnection()
{
    if (m_testing || !m_credentials)
        return;
    m_showAllErrors = true;
    revalidate();
    const FieldErrors problems = errors();
    const bool onlyName = std::all_of(problems.cbegin(), problems.cend(), [](const FieldError &e) {
        return e.field == QLatin1String("name");
    });
    if (!onlyName) {
        const QString message = tr("Fix the marked fields first.");
        m_ui->testResultLabel->setText(message);
        emit connectionTested(false, message);
        return;
    }
    setTesting(true);
    m_ui->testResultLabel->setText(tr("Connecting…"));
    const QString source = secretSource();
    if (source.isEmpty()) {
        runTestWith({});
        return;
    }
    CredentialJob *read = m_credentials->readSecrets(source);
    connect(read, &CredentialJob::finished, this, [this, read] {
        if (!read->isOk()) {
            setTesting(false);
            m_ui->testResultLabel->setText(read->errorString());
            emit connectionTested(false, read->errorString());
            return;
        }
        runTestWith(read->secrets());
    });
}

void ProfileDialog::runTestWith(const ProfileSecrets &stored)
{
    Profile p = profile();
    // The test does not need a name, but toClientConfig validates the whole profile.
    if (!Profile::isValidName(p.name))
        p.name = QStringLiteral("test");
    ClientConfig config;
    QString error;
    if (!p.toClientConfig(enteredSecrets().mergedOver(stored), &config, &error)) {
        setTesting(false);
        m_ui->testResultLabel->setText(error);
        emit connectionTested(false, error);
        return;
    }
    m_client->setConfig(config);
    ListSwrImageRepositoryRequest query;
    query.limit = 10;
    query.filter.imageType = QStringLiteral("private_image");
    auto *reply = m_client->send(query);
    connect(reply, &HssReply::finished, this, [this, reply] { onTestFinished(reply); });
}

void ProfileDialog::onTestFinished(ApiReply<ListSwrImageRepositoryResponse> *reply)
{
    reply->deleteLater();
    setTesting(false);
    const bool ok = reply->isOk();
    const QString message = ok
        ? tr("Connected: %n image(s)", nullptr, int(reply->response().totalNum))
        : reply->error().toString();
    m_ui->testResultLabel->setText(message);
    emit connectionTested(ok, message);
}

void ProfileDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("CA Certificate"), m_ui->caFileEdit->text(),
        tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        m_ui->caFileEdit->setText(path);
}

void ProfileDialog::confirmDelete()
{
    const auto answer = QMessageBox::question(
        this, tr("Delete Profile"),
        tr("Delete the profile \"%1\" and its secrets in the keychain?").arg(m_original.name));
    if (answer == QMessageBox::Yes)
        deleteProfile();
}

void ProfileDialog::deleteProfile()
{
    if (m_mode != Mode::Edit || !m_profiles)
        return;
    QString error;
    if (!m_profiles->remove(m_original.name, &error)) {
        failSave(error);
        return;
    }
    // A store without a keychain attached leaves the secrets to whoever deletes the profile.
    if (!m_profiles->credentialStore() && m_credentials)
        m_credentials->removeSecrets(m_original.name);
    done(Deleted);
}
