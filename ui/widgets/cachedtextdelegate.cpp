#include "ui/widgets/cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace {

// Enough for every visible cell of a large window several times over; beyond it the cache
// starts again rather than growing with every row scrolled past.
constexpr qsizetype kMaxLaidOut = 4096;

} // namespace

const QStaticText &CachedTextDelegate::laidOut(const QString &text, const QStyleOptionViewItem &option) const
{
    if (option.font != m_font) {
        m_laidOut.clear();
        m_font = option.font;
    }
    auto it = m_laidOut.find(text);
    if (it != m_laidOut.end())
        return *it;
    if (m_laidOut.size() >= kMaxLaidOut)
        m_laidOut.clear();
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), option.font);
    return *m_laidOut.insert(text, laid);
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool plainLine = !opt.text.isEmpty() && !opt.text.contains(QChar::LineFeed)
        && !opt.text.contains(QChar::LineSeparator) && !(opt.features & QStyleOptionViewItem::WrapText);
    if (!plainLine) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // The text's place in a cell does not depend on the text, so it is asked for without it:
    // the style would shape it just to measure it.
    const QString text = opt.text;
    opt.text.clear();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = textRect.adjusted(margin, 0, -margin, 0);
    const QStaticText &laid = laidOut(text, opt);
    const qreal textWidth = laid.size().width();
    if (area.width() <= 0 || textWidth > area.width()) {
        // Elided text is rare and the style's own eliding is what analysts know: left to it.
        opt.text = text;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // Where and in which colour the style would have put it (QCommonStyle's item view text).
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                               ? QPalette::Normal
                                                                           : QPalette::Inactive;
    const QPalette::ColorRole role =
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    qreal x = area.left();
    if (alignment & Qt::AlignRight)
        x = area.right() + 1 - textWidth;
    else if (alignment & Qt::AlignHCenter)
        x = area.left() + (area.width() - textWidth) / 2;
    const int lineHeight = opt.fontMetrics.height();
    qreal y = area.top() + (area.height() - lineHeight) / 2;
    if (alignment & Qt::AlignTop)
        y = area.top();
    else if (alignment & Qt::AlignBottom)
        y = area.bottom() + 1 - lineHeight;

    painter->save();
    painter->setClipRect(area, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
}
