#pragma once

#include <QDialog>

#include <memory>

class ActionLog;
class ActionLogModel;

namespace Ui {
class ActionLogDialog;
}

// Shows what the app asked HSS to do, newest first, from the action log file.
class ActionLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActionLogDialog(ActionLog *log, QWidget *parent = nullptr);
    ~ActionLogDialog() override;

    ActionLogModel *model() const { return m_model; }

private:
    std::unique_ptr<Ui::ActionLogDialog> m_ui;
    ActionLogModel *m_model;
};
