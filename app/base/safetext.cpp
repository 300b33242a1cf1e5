#include "app/base/safetext.h"

#include <QList>

#include <algorithm>

namespace SafeText {

namespace {

bool needsEscape(char32_t c, LineBreaks lineBreaks)
{
    return c <= 0xffff && escapesForTerminal(char16_t(c), lineBreaks);
}

} // namespace

QString forTerminal(const QString &text, LineBreaks lineBreaks)
{
    const bool clean = std::none_of(text.cbegin(), text.cend(),
                                    [&](QChar c) { return escapesForTerminal(c.unicode(), lineBreaks); });
    if (clean)
        return text;
    const QList<uint> codePoints = text.toUcs4();
    QString result;
    result.reserve(text.size() + 16);
    for (const uint codePoint : codePoints) {
        const char32_t c = codePoint;
        if (!needsEscape(c, lineBreaks))
            result.append(QString::fromUcs4(&c, 1));
        else if (c <= 0xFF)
            result.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
        else
            result.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    return result;
}

QByteArray forTerminal(const QByteArray &utf8, LineBreaks lineBreaks)
{
    return forTerminal(QString::fromUtf8(utf8), lineBreaks).toUtf8();
}

QString forSpreadsheetCell(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    if (startsFormula(cell.front().unicode()))
        return QLatin1Char('\'') + cell;
    return cell;
}

} // namespace SafeText
