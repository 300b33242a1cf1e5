#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a cell as QStyledItemDelegate does, but lays out each single-line text once and keeps
// it: shaping the text of every visible cell again on each repaint was most of what a repaint
// of the image table cost, and a table that fills while a list loads repaints often.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The text laid out in the option's font, kept for the next repaint.
    const QStaticText &laidOut(const QString &text, const QStyleOptionViewItem &option) const;

    mutable QHash<QString, QStaticText> m_laidOut;
    mutable QFont m_font;
};
