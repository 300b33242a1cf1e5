#include "ui/profiles/profileswitcher.h"

#include "app/profiles/profilestore.h"

#include <QSignalBlocker>

namespace {

enum class Entry { Sandbox, LimitedSandbox, Profile, Manage };

} // namespace

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setAccessibleName(tr("Profile"));
    setToolTip(tr("Where the images come from: a saved profile or the built-in sandbox"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    rebuild();
}

void ProfileSwitcher::setProfileStore(ProfileStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store)
        connect(m_store, &ProfileStore::profilesChanged, this, &ProfileSwitcher::rebuild);
    rebuild();
}

void ProfileSwitcher::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("Sandbox (demo data)"), QVariant::fromValue(int(Entry::Sandbox)));
    addItem(tr("Sandbox (realistic limits)"), QVariant::fromValue(int(Entry::LimitedSandbox)));
    setItemData(count() - 1, tr("Demo data served within the documented limit of 5 calls a minute per operation"),
                Qt::ToolTipRole);
    const QStringList names = m_store ? m_store->profileNames() : QStringList();
    for (const QString &name : names) {
        addItem(name, QVariant::fromValue(int(Entry::Profile)));
        setItemData(count() - 1, name, Qt::ToolTipRole);
    }
    insertSeparator(count());
    addItem(tr("Manage profiles…"), QVariant::fromValue(int(Entry::Manage)));
    showCurrent(m_shown);
}

void ProfileSwitcher::showCurrent(const QString &profile)
{
    if (profile.isEmpty()) {
        showSandbox(m_shownLimited);
        return;
    }
    m_shown = profile;
    m_shownLimited = false;
    const QSignalBlocker blocker(this);
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toInt() == int(Entry::Profile) && itemText(i) == profile) {
            setCurrentIndex(i);
            return;
        }
    }
    setCurrentIndex(0);
}

void ProfileSwitcher::showSandbox(bool withLimits)
{
    m_shown.clear();
    m_shownLimited = withLimits;
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(int(withLimits ? Entry::LimitedSandbox : Entry::Sandbox)));
}

QString ProfileSwitcher::currentProfile() const
{
    return m_shown;
}

void ProfileSwitcher::onActivated(int index)
{
    switch (static_cast<Entry>(itemData(index).toInt())) {
    case Entry::Sandbox:
        emit sandboxChosen();
        break;
    case Entry::LimitedSandbox:
        emit limitedSandboxChosen();
        break;
    case Entry::Profile:
        emit profileChosen(itemText(index));
        break;
    case Entry::Manage:
        // Managing is not a place to be: keep showing where the window is connected.
        showCurrent(m_shown);
        emit manageRequested();
        break;
    }
}
