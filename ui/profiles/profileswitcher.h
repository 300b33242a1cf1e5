#pragma once

#include <QComboBox>

class ProfileStore;

// The toolbar's choice of where the window talks to: the built-in sandbox (without limits or
// within the documented call limits) or a saved profile, plus an entry to manage profiles. It only reports the choice; loading the
// profile's secrets and connecting is the window's job.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    void setProfileStore(ProfileStore *store);
    // Shows `profile` as chosen without reporting it (empty: the sandbox shown last).
    void showCurrent(const QString &profile);
    void showSandbox(bool withLimits);
    QString currentProfile() const;

signals:
    void sandboxChosen();
    void limitedSandboxChosen();
    void profileChosen(const QString &name);
    void manageRequested();

private:
    void rebuild();
    void onActivated(int index);

    ProfileStore *m_store = nullptr;
    QString m_shown;
    bool m_shownLimited = false;
};
