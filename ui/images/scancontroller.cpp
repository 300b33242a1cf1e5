#include "ui/images/scancontroller.h"

#include "app/api/apienums.h"
#include "app/images/scanstatuspoller.h"
#include "app/images/scansubmitter.h"
#include "ui/images/imagebrowser.h"
#include "ui/images/imagelabels.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"

#include <QLabel>
#include <QMap>

#include <algorithm>
#include <climits>

namespace {

// Polling a scan narrows to one listing per image name; past this many names one listing of
// the whole filter is cheaper.
constexpr int kMaxPollFilters = 20;

} // namespace

ScanController::ScanController(HssClient *client, ImageBrowser *browser, ActionLog *log,
                               MessageBar *messageBar, QLabel *progressLabel, QWidget *parent)
    : QObject(parent)
    , m_dialogParent(parent)
    , m_browser(browser)
    , m_log(log)
    , m_messageBar(messageBar)
    , m_progressLabel(progressLabel)
    , m_submitter(new ScanSubmitter(client, this))
    , m_poller(new ScanStatusPoller(client, this))
{
    connect(m_poller, &ScanStatusPoller::imagesUpdated, this, [this](const QList<ImageInfo> &images) {
        m_browser->model()->updateImages(images);
        updateScanProgress();
    });
    connect(m_poller, &ScanStatusPoller::finished, this, &ScanController::showScanSummary);
    connect(m_poller, &ScanStatusPoller::gaveUp, this, [this](const QSet<qint64> &pending) {
        m_progressLabel->hide();
        m_watched.clear();
        m_messageBar->showMessage(
            tr("%n image(s) are still being scanned; press F5 later to see their result.", nullptr,
               static_cast<int>(pending.size())),
            MessageBar::Type::Information);
    });
    connect(m_poller, &ScanStatusPoller::failed, this, [this](const HssError &error) {
        m_messageBar->showError(tr("The scan status could not be refreshed"), error);
    });
}

bool ScanController::isScannable() const
{
    return ApiEnums::scanImageTypes().contains(m_browser->filter().imageType);
}

bool ScanController::canScanSelected() const
{
    return isScannable() && m_browser->hasSelection() && !m_submitter->isRunning();
}

bool ScanController::canScanAll() const
{
    return isScannable() && m_browser->matchingCount() > 0 && !m_submitter->isRunning();
}

QString ScanController::notScannableReason() const
{
    if (isScannable())
        return {};
    return tr("%1 cannot be scanned from here").arg(ImageLabels::imageType(m_browser->filter().imageType));
}

void ScanController::stop()
{
    m_poller->stop();
    m_watched.clear();
    m_progressLabel->hide();
}

void ScanController::scanSelected()
{
    const QList<int> rows = m_browser->view()->selectedSourceRows();
    const ImageFilter &filter = m_browser->filter();
    if (rows.isEmpty() || !isScannable())
        return;
    const bool enterprise = filter.imageType == QLatin1String("instance_image");
    BatchScanSwrImageRequest request;
    request.filter.imageType = filter.imageType;
    for (int row : rows)
        request.images.append(m_browser->model()->scanTargetAt(row, enterprise));
    const QList<ImageInfo> affected = m_browser->selectedImages();
    // The service takes at most 10,241 images per call, so each part is checked on its own.
    if (const FieldErrors errors = ScanSubmitter::validate(request); !errors.isEmpty()) {
        m_messageBar->showError(tr("The selected images cannot be scanned"),
                                HssError::invalidInput(errors));
        return;
    }
    const int count = static_cast<int>(rows.size());
    const QString question =
        tr("Scan %n selected image(s)?\n\nHSS bills image scans per image scanned.", nullptr, count);
    if (MessageBox::question(m_dialogParent, tr("Scan images"), question,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    sendScan(request, affected, ScanStatusPoller::narrowFilters(filter, affected, kMaxPollFilters),
             tr("%n selected image(s)", nullptr, count));
}

void ScanController::scanAllMatching()
{
    const ImageFilter &filter = m_browser->filter();
    const qint64 matching = m_browser->matchingCount();
    if (matching <= 0 || !isScannable())
        return;
    BatchScanSwrImageRequest request;
    request.filter = filter;
    request.operateAll = true;
    const FieldErrors errors = ScanSubmitter::validate(request);
    if (!errors.isEmpty()) {
        m_messageBar->showError(tr("The matching images cannot be scanned"),
                                HssError::invalidInput(errors));
        return;
    }
    QString question = tr("Scan all %n image(s) matching the current filters?\n\n"
                          "HSS bills image scans per image scanned, and a full scan cannot be "
                          "stopped once it has started.",
                          nullptr, static_cast<int>(std::min<qint64>(matching, INT_MAX)));
    // The scan call knows fewer filters than the list: say so rather than scan more than shown.
    QStringList ignored;
    if (filter.hasVul)
        ignored.append(tr("has vulnerabilities"));
    if (filter.hasMaliciousFile)
        ignored.append(tr("has malicious files"));
    if (filter.hasUnsafeSetting)
        ignored.append(tr("has unsafe settings"));
    if (!filter.instanceName.isEmpty())
        ignored.append(tr("instance name"));
    if (!filter.instanceId.isEmpty())
        ignored.append(tr("instance ID"));
    if (!ignored.isEmpty())
        question += QStringLiteral("\n\n")
            + tr("The scan call does not support these filters, so more images than listed may "
                 "be scanned: %1.")
                  .arg(ignored.join(QStringLiteral(", ")));
    if (MessageBox::question(m_dialogParent, tr("Scan all matching images"), question,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const ImageTableModel *model = m_browser->model();
    QList<ImageInfo> affected;
    affected.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        affected.append(model->imageAt(row));
    sendScan(request, affected, {ScanStatusPoller::stableFilter(filter)},
             tr("all images matching: %1").arg(filterInWords()));
}

void ScanController::sendScan(const BatchScanSwrImageRequest &scan, const QList<ImageInfo> &affected,
                              const QList<ImageFilter> &pollFilters, const QString &scope)
{
    if (m_submitter->isRunning())
        return;
    QSet<qint64> ids;
    for (const ImageInfo &image : affected)
        ids.insert(image.id);
    m_submitter->setActionLog(m_log, m_profileName);
    connect(
        m_submitter, &ScanSubmitter::finished, this,
        [this, ids, pollFilters](const ScanSubmitter::Result &result) {
            emit stateChanged();
            if (result.error.isError()) {
                m_messageBar->showError(result.error.kind == HssError::Kind::OutcomeUnknown
                                            ? tr("The scan may have been started")
                                            : tr("The scan could not be started"),
                                        result.error);
                return;
            }
            m_messageBar->showMessage(
                tr("Scan requested for %n image(s); their status is refreshed until it is final.",
                   nullptr, static_cast<int>(ids.size())),
                MessageBar::Type::Information);
            watchScan(pollFilters, ids);
        },
        Qt::SingleShotConnection);
    m_submitter->submit(scan, scope);
    emit stateChanged();
}

void ScanController::watchScan(const QList<ImageFilter> &filters, const QSet<qint64> &ids)
{
    QSet<qint64> watched = ids;
    if (m_poller->isRunning())
        watched.unite(m_poller->pending());
    else
        m_watched.clear();
    m_watched.unite(watched);
    m_poller->start(filters, watched);
    updateScanProgress();
}

void ScanController::updateScanProgress()
{
    if (m_watched.isEmpty()) {
        m_progressLabel->hide();
        return;
    }
    const QSet<qint64> pending = m_poller->pending();
    qsizetype done = 0;
    for (qint64 id : std::as_const(m_watched))
        done += pending.contains(id) ? 0 : 1;
    m_progressLabel->setText(tr("Scan: %L1 of %Ln image(s) final", nullptr,
                                static_cast<int>(m_watched.size()))
                                 .arg(done));
    m_progressLabel->show();
}

void ScanController::showScanSummary()
{
    m_progressLabel->hide();
    // Counted from the rows as they now read, so the summary says what the table shows.
    const ImageTableModel *model = m_browser->model();
    QMap<QString, int> byStatus;
    int notListed = 0;
    for (qint64 id : std::as_const(m_watched)) {
        const int row = model->rowOfId(id);
        if (row < 0)
            ++notListed;
        else
            ++byStatus[model->scanStatusAt(row)];
    }
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        parts.append(tr("%1: %L2").arg(ImageLabels::scanStatus(it.key())).arg(it.value()));
    if (notListed > 0)
        parts.append(tr("no longer listed: %L1").arg(notListed));
    const auto total = static_cast<int>(m_watched.size());
    m_watched.clear();
    const bool anyFailed = std::any_of(byStatus.keyBegin(), byStatus.keyEnd(), [](const QString &s) {
        return s != QLatin1String("success");
    });
    m_messageBar->showMessage(tr("Scan finished for %Ln image(s) — %1", nullptr, total)
                                  .arg(parts.join(QStringLiteral(", "))),
                              anyFailed ? MessageBar::Type::Warning : MessageBar::Type::Information);
}

QString ScanController::filterInWords() const
{
    QueryList query;
    m_browser->filter().appendQuery(query);
    QStringList parts;
    for (const auto &[key, value] : std::as_const(query))
        parts.append(QStringLiteral("%1=%2").arg(key, value));
    return parts.join(QStringLiteral(", "));
}
