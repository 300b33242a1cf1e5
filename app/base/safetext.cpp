#include "app/base/safetext.h"

#include <QList>

#include <algorithm>

namespace SafeText {

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char32_t c, LineBreaks lineBreaks)
{
    if (lineBreaks == LineBreaks::Keep && (c == U'\n' || c == U'\t'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

} // namespace

QString forTerminal(const QString &text, LineBreaks lineBreaks)
{
    // Every character to escape lies in the BMP, so the UTF-16 units tell whether one is
    // there without decoding (the CLI runs this on every cell of long lists).
    const bool clean = std::none_of(text.cbegin(), text.cend(),
                                    [&](QChar c) { return needsEscape(c.unicode(), lineBreaks); });
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
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

} // namespace SafeText
