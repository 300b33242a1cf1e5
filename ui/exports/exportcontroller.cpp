#include "ui/exports/exportcontroller.h"

#include "app/exports/exporttaskmanager.h"
#include "app/exports/exporttaskstore.h"
#include "ui/exports/exportdialog.h"
#include "ui/images/imagebrowser.h"
#include "ui/images/imagelabels.h"
#include "ui/widgets/messagebar.h"

ExportController::ExportController(HssClient *client, ActionLog *log, ImageBrowser *browser,
                                   MessageBar *messageBar, QWidget *parent)
    : QObject(parent)
    , m_dialogParent(parent)
    , m_client(client)
    , m_browser(browser)
    , m_store(std::make_unique<ExportTaskStore>())
    , m_manager(new ExportTaskManager(client, m_store.get(), log, this))
{
    m_manager->setScopeLabeller(&ImageLabels::filter);
    // Nothing is resumed here: until follow() the client has no endpoint to poll.
    if (!m_store->load())
        messageBar->showMessage(tr("Earlier export tasks could not be read: %1").arg(m_store->errorString()),
                                MessageBar::Type::Warning);
}

ExportController::~ExportController()
{
    // The manager keeps a pointer to the task store, which goes with the members, before
    // QObject deletes the children.
    delete m_manager;
}

void ExportController::stopFollowing()
{
    m_manager->stopAll();
}

void ExportController::follow(const QString &profileName)
{
    m_manager->setProfileName(profileName);
    m_manager->resume();
}

void ExportController::exportBaseline()
{
    // The matching count is -1 until a load said how many match; the dialog then asks for the size.
    ExportDialog dialog(m_browser->selectedImages(), m_browser->filter(), m_browser->matchingCount(),
                        m_dialogParent);
    dialog.setRecordCounter(m_client);
    dialog.setManager(m_manager);
    if (dialog.exec() == QDialog::Accepted)
        emit exportStarted();
}
