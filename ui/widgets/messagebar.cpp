#include "ui/widgets/messagebar.h"

#include "app/net/hsserror.h"
#include "ui/images/imagelabels.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("messageLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setTextFormat(Qt::PlainText);
    m_copyButton->setObjectName(QStringLiteral("copyDetailsButton"));
    m_copyButton->setText(tr("Copy details"));
    m_copyButton->setAccessibleName(tr("Copy error details"));
    m_closeButton->setObjectName(QStringLiteral("closeMessageButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close message"));
    m_closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copyButton);
    layout->addWidget(m_closeButton);

    connect(m_copyButton, &QToolButton::clicked, this, &MessageBar::copyDetails);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::showMessage(const QString &text, Type type, const QString &details)
{
    m_type = type;
    m_details = details.isEmpty() ? text : details;
    m_label->setText(text);
    const char *colours = type == Type::Error ? "background: #fdecea; border: 1px solid #c62828; color: #7f1d1d;"
        : type == Type::Warning               ? "background: #fff4e5; border: 1px solid #ef6c00; color: #663c00;"
                                              : "background: #e8f1fb; border: 1px solid #1565c0; color: #0d3c61;";
    setStyleSheet(QStringLiteral("QFrame#messageBar { %1 }").arg(QLatin1String(colours)));
    setAccessibleDescription(text);
    show();
}

void MessageBar::showError(const QString &context, const HssError &error)
{
    QStringList details;
    details.append(context);
    if (!error.code.isEmpty())
        details.append(tr("error_code: %1").arg(error.code));
    if (!error.message.isEmpty())
        details.append(tr("error_msg: %1").arg(error.message));
    if (error.httpStatus)
        details.append(tr("HTTP status: %1").arg(error.httpStatus));
    if (!error.requestId.isEmpty())
        details.append(tr("request id: %1").arg(error.requestId));
    if (!error.detail.isEmpty())
        details.append(tr("detail: %1").arg(error.detail));
    for (const FieldError &e : error.fieldErrors)
        details.append(tr("%1: %2").arg(ImageLabels::fieldName(e.field), e.message));
    showMessage(tr("%1: %2").arg(context, error.toString()), Type::Error,
                details.join(QLatin1Char('\n')));
}

void MessageBar::copyDetails()
{
    QApplication::clipboard()->setText(m_details);
}

void MessageBar::dismiss()
{
    hide();
    m_label->clear();
    m_details.clear();
}
