#pragma once

#include <QMessageBox>

// Confirmation questions with a test hook, as in KeePassXC: a test sets the next answer and
// the question returns it at once (remembering its text), so no modal dialog ever blocks.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastQuestion();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastQuestion;
};
