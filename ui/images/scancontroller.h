#pragma once

#include "app/api/batchscanswrimagerequest.h"
#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"

#include <QObject>
#include <QSet>

class ActionLog;
class HssClient;
class ImageBrowser;
class MessageBar;
class QLabel;
class QWidget;
class ScanStatusPoller;
class ScanSubmitter;

// "Scan selected" and "Scan all matching": asks before a billed scan (saying which filters the
// scan call cannot apply), sends it through a ScanSubmitter, follows the scanned images with a
// ScanStatusPoller into the browser's table, shows "n of m final" on a status-bar label and a
// summary by status at the end.
class ScanController : public QObject
{
    Q_OBJECT

public:
    // `parent` is also the parent of the confirmation questions.
    ScanController(HssClient *client, ImageBrowser *browser, ActionLog *log, MessageBar *messageBar,
                   QLabel *progressLabel, QWidget *parent);

    ScanStatusPoller *poller() const { return m_poller; }
    // The scans are logged under this profile name.
    void setProfileName(const QString &name) { m_profileName = name; }
    bool canScanSelected() const;
    bool canScanAll() const;
    // Why the applied filter's images cannot be scanned; empty when they can.
    QString notScannableReason() const;
    // Stops following the scans (before the connection changes).
    void stop();

public slots:
    void scanSelected();
    void scanAllMatching();

signals:
    // Whether a scan can be started changed.
    void stateChanged();

private:
    bool isScannable() const;
    void sendScan(const BatchScanSwrImageRequest &scan, const QList<ImageInfo> &affected,
                  const QList<ImageFilter> &pollFilters, const QString &scope);
    void watchScan(const QList<ImageFilter> &filters, const QSet<qint64> &ids);
    void updateScanProgress();
    void showScanSummary();
    QString filterInWords() const;

    QWidget *m_dialogParent;
    ImageBrowser *m_browser;
    ActionLog *m_log;
    MessageBar *m_messageBar;
    QLabel *m_progressLabel;
    ScanSubmitter *m_submitter;
    ScanStatusPoller *m_poller;
    QString m_profileName;
    QSet<qint64> m_watched; // every image of the scans followed since the poller started
};
