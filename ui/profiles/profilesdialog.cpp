#include "ui/profiles/profilesdialog.h"

#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/regionlabels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(tr("&New…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_duplicateButton(new QPushButton(tr("&Duplicate…"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Profiles"));
    auto *label = new QLabel(tr("&Saved profiles:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_newButton->setObjectName(QStringLiteral("newProfileButton"));
    m_editButton->setObjectName(QStringLiteral("editProfileButton"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProfileButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    // Enter opens the selected profile rather than closing the list.
    for (QPushButton *button : {m_newButton, m_editButton, m_duplicateButton, m_removeButton})
        button->setAutoDefault(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newButton, &QPushButton::clicked, this, [this] { openForm(int(ProfileDialog::Mode::Create)); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openForm(int(ProfileDialog::Mode::Edit)); });
    connect(m_duplicateButton, &QPushButton::clicked, this,
            [this] { openForm(int(ProfileDialog::Mode::Duplicate)); });
    connect(m_removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openForm(int(ProfileDialog::Mode::Edit)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    if (m_profiles)
        connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfilesDialog::rebuild);
    rebuild();
    m_list->setFocus();
}

void ProfilesDialog::rebuild()
{
    const QString keep = selectedName();
    m_list->clear();
    const QList<Profile> profiles = m_profiles ? m_profiles->profiles() : QList<Profile>();
    for (const Profile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setToolTip(profile.usesCustomEndpoint() ? profile.customEndpoint.toString()
                                                      : RegionLabels::label(profile.regionId));
    }
    select(keep);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfilesDialog::select(const QString &name)
{
    const QList<QListWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly);
    if (!name.isEmpty() && !found.isEmpty())
        m_list->setCurrentItem(found.first());
}

QString ProfilesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void ProfilesDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_editButton->setEnabled(selected);
    m_duplicateButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void ProfilesDialog::openForm(int mode)
{
    const auto formMode = ProfileDialog::Mode(mode);
    const QString name = selectedName();
    if (formMode != ProfileDialog::Mode::Create && name.isEmpty())
        return;
    ProfileDialog form(m_profiles, m_credentials, this);
    form.start(formMode, name);
    const int result = form.exec();
    if (result == QDialog::Accepted) {
        m_saved.insert(form.profile().name);
        select(form.profile().name);
    } else if (result == ProfileDialog::Deleted) {
        m_removed.insert(name);
        m_saved.remove(name);
    }
    m_list->setFocus();
}

void ProfilesDialog::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !m_profiles)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Profile"),
        tr("Remove the profile \"%1\" and its secrets in the keychain?").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_profiles->remove(name, &error)) {
        QMessageBox::warning(this, tr("Remove Profile"), error);
        return;
    }
    // A store without a keychain attached leaves the secrets to whoever removes the profile.
    if (!m_profiles->credentialStore() && m_credentials)
        m_credentials->removeSecrets(name);
    m_removed.insert(name);
    m_saved.remove(name);
    m_list->setFocus();
}
