#pragma once

#include <QDialog>
#include <QSet>

class CredentialStore;
class ProfileStore;
class QListWidget;
class QPushButton;

// "Manage profiles…": the saved profiles as a list, each to edit, duplicate or remove, plus a
// new one. The forms themselves are ProfileDialog; this is where an analyst finds them.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // What happened while the dialog was open, so the window can reconnect or fall back.
    QSet<QString> savedProfiles() const { return m_saved; }
    QSet<QString> removedProfiles() const { return m_removed; }

private:
    void rebuild();
    QString selectedName() const;
    void updateButtons();
    void openForm(int mode);
    void removeSelected();
    void select(const QString &name);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_removeButton;
    QSet<QString> m_saved;
    QSet<QString> m_removed;
};
