#include "ui/exports/actionlogdialog.h"
#include "ui_actionlogdialog.h"

#include "app/actions/actionlog.h"
#include "ui/exports/actionlogmodel.h"

#include <QDir>
#include <QHeaderView>

ActionLogDialog::ActionLogDialog(ActionLog *log, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActionLogDialog>())
    , m_model(new ActionLogModel(log, this))
{
    m_ui->setupUi(this);
    m_ui->pathLabel->setText(tr("Kept in %1").arg(QDir::toNativeSeparators(log->filePath())));
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->resizeColumnsToContents();
}

ActionLogDialog::~ActionLogDialog() = default;
