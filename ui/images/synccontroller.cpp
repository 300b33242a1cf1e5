#include "ui/images/synccontroller.h"

#include "app/actions/actionlog.h"
#include "app/api/apienums.h"
#include "app/api/runimagesynchronizerequest.h"
#include "app/net/hssclient.h"
#include "app/net/hssreply.h"
#include "ui/images/imagebrowser.h"
#include "ui/images/imagelabels.h"
#include "ui/widgets/messagebar.h"

#include <QStatusBar>

SyncController::SyncController(HssClient *client, ImageBrowser *browser, ActionLog *log,
                               MessageBar *messageBar, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_browser(browser)
    , m_log(log)
    , m_messageBar(messageBar)
    , m_statusBar(statusBar)
{
}

bool SyncController::canSync() const
{
    return m_browser->isFilterApplied() && !m_inFlight
        && ApiEnums::syncImageTypes().contains(m_browser->filter().imageType);
}

void SyncController::synchronizeFromSwr()
{
    const QString imageType = m_browser->filter().imageType;
    if (!ApiEnums::syncImageTypes().contains(imageType) || m_inFlight)
        return;
    m_inFlight = true;
    emit stateChanged();
    m_statusBar->showMessage(tr("Synchronising the image list from SWR…"));
    auto *reply = m_client->send(RunImageSynchronizeRequest{imageType});
    // The log names what was sent; the filter or profile may change before the answer comes.
    const QString scope = ImageLabels::imageType(imageType);
    const QString profile = m_profileName;
    connect(reply, &HssReply::finished, this, [this, reply, scope, profile] {
        reply->deleteLater();
        m_log->appendReply(profile, QStringLiteral("sync"), scope, *reply);
        m_inFlight = false;
        m_statusBar->clearMessage();
        emit stateChanged();
        // HssReply already turns an answer with a non-zero error_code into an Api error.
        if (!reply->isOk()) {
            m_messageBar->showError(reply->error().kind == HssError::Kind::OutcomeUnknown
                                        ? tr("Synchronising from SWR may have been started")
                                        : tr("Synchronising from SWR failed"),
                                    reply->error());
            return;
        }
        m_messageBar->showMessage(tr("The image list was synchronised from SWR."),
                                  MessageBar::Type::Information);
        m_browser->refresh();
    });
}
