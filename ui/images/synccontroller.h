#pragma once

#include <QObject>

class ActionLog;
class HssClient;
class ImageBrowser;
class MessageBar;
class QStatusBar;

// "Sync from SWR": asks the service to synchronise the applied filter's image type from SWR
// (RunImageSynchronize), once and never resent, logs the call, and reloads the list when the
// service took it.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(HssClient *client, ImageBrowser *browser, ActionLog *log, MessageBar *messageBar,
                   QStatusBar *statusBar, QObject *parent = nullptr);

    // The syncs are logged under this profile name.
    void setProfileName(const QString &name) { m_profileName = name; }
    bool canSync() const;

public slots:
    void synchronizeFromSwr();

signals:
    // Whether a sync can be started changed.
    void stateChanged();

private:
    HssClient *m_client;
    ImageBrowser *m_browser;
    ActionLog *m_log;
    MessageBar *m_messageBar;
    QStatusBar *m_statusBar;
    QString m_profileName;
    bool m_inFlight = false;
};
