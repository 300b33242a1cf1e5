#pragma once

#include "app/api/fielderror.h"
#include "app/api/listswrimagerepositoryresponse.h"
#include "app/net/apireply.h"
#include "app/profiles/profile.h"
#include "app/profiles/profilesecrets.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class CredentialStore;
class HssClient;
class ProfileStore;
class QLabel;

namespace Ui {
class ProfileDialog;
}

// Creates, edits, duplicates and deletes one profile. Problems are shown next to the field as
// they are typed and OK stays disabled until there are none. Secrets are masked and never
// read back into the form: an empty secret field keeps what the keychain holds. Saving writes
// the keychain first and the settings second, and the dialog only closes when both worked.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Create,
        Edit,
        Duplicate,
    };
    Q_ENUM(Mode)

    // The dialog's result after deleteProfile(), next to Accepted and Rejected.
    static constexpr int Deleted = 2;

    ProfileDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Create: an empty form. Edit: the stored profile `name`. Duplicate: a copy of `name`,
    // secrets included, under a free name.
    void start(Mode mode, const QString &name = {});
    Mode mode() const { return m_mode; }

    // What the form currently says.
    Profile profile() const;
    // Only the secrets typed in; an empty field is not included (it keeps the stored one).
    ProfileSecrets enteredSecrets() const;
    // The profile's own problems plus secrets that must be typed because none is stored.
    FieldErrors errors() const;

public slots:
    void accept() override;
    // Refused, with a word why, while a save or a connection test is under way.
    void reject() override;
    // One cheap call (the first 10 private images) with the form's settings and secrets.
    void testConnection();
    // Deletes the edited profile and its secrets without asking; the Delete button asks first.
    void deleteProfile();

signals:
    void connectionTested(bool ok, const QString &message);
    // Emitted when a save attempt ends; on success the dialog closes right after.
    void saveFinished(bool ok, const QString &message);

private:
    struct Field {
        QString name;
        QWidget *widget;
        QLabel *label;
    };

    void populateCombos();
    void loadProfile(const Profile &profile);
    void updateEnabledFields();
    void revalidate();
    void markTouched(QWidget *widget);
    bool secretMustBeTyped(ProfileSecrets::Kind kind) const;
    QString secretSource() const;
    void setBusy(bool busy);
    void setTesting(bool testing);
    void updateCancelButton();
    void writeSecretsThenSettings();
    void saveSettings();
    void failSave(const QString &message);
    void runTestWith(const ProfileSecrets &stored);
    void onTestFinished(ApiReply<ListSwrImageRepositoryResponse> *reply);
    void chooseCaFile();
    void confirmDelete();

    Ui::ProfileDialog *m_ui;
    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialStore> m_credentials;
    HssClient *m_client;
    Mode m_mode = Mode::Create;
    Profile m_original; // as loaded: which secrets are already stored, the source of a duplicate
    QList<Field> m_fields;
    QSet<QWidget *> m_touched;
    bool m_showAllErrors = false;
    bool m_loading = false;
    bool m_busy = false;
    bool m_testing = false;
};
