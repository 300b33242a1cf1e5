#pragma once

#include <QFrame>

struct HssError;
class QLabel;
class QToolButton;

// A non-modal bar at the top of the window, like KDE's KMessageWidget: errors never block the
// analyst and never take away what they typed or selected. The details (code, message,
// request id) can be copied for a support ticket.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type, const QString &details = {});
    void showError(const QString &context, const HssError &error);

    Type type() const { return m_type; }
    QString text() const;
    QString details() const { return m_details; }

public slots:
    void copyDetails();
    void dismiss();

private:
    QLabel *m_label;
    QToolButton *m_copyButton;
    QToolButton *m_closeButton;
    QString m_details;
    Type m_type = Type::Information;
};
