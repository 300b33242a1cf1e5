#pragma once

#include <QString>
#include <QStringView>

// Text from outside (the service, a file) on its way to a terminal or a spreadsheet. A
// terminal obeys escape sequences (a title change, a cleared screen, a forged prompt) and
// bidirectional overrides reorder what is shown; a spreadsheet runs a cell starting with "="
// as a formula. Whatever prints or copies such text goes through here.
namespace SafeText {

enum class LineBreaks { Escape, Keep };

// C0 and C1 control characters, DEL and bidirectional controls become visible escapes
// (\x1b, \u202e). With LineBreaks::Keep, '\n' and '\t' pass (multi-line bodies).
QString forTerminal(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);
QByteArray forTerminal(const QByteArray &utf8, LineBreaks lineBreaks = LineBreaks::Escape);

// Whether forTerminal() rewrites this UTF-16 unit. Every character it escapes lies in the BMP,
// so a scan of the units tells whether a text passes unchanged (the CLI asks for every cell).
inline bool escapesForTerminal(char16_t c, LineBreaks lineBreaks = LineBreaks::Escape)
{
    if (c >= 0x20 && c < 0x7f)
        return false;
    if (c == u'\n' || c == u'\t')
        return lineBreaks == LineBreaks::Escape;
    // C0 and C1 controls, DEL, then the bidirectional marks, embeddings, overrides and isolates.
    return c <= 0x9f || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

// A cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP's advice
// for CSV injection): one starting with '=', '+', '-', '@', a tab or a carriage return.
QString forSpreadsheetCell(const QString &cell);

// Whether forSpreadsheetCell() defuses a cell that starts with this unit.
inline bool startsFormula(char16_t first)
{
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

} // namespace SafeText
