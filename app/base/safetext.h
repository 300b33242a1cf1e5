#pragma once

#include <QString>

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

// A cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP's advice
// for CSV injection): one starting with '=', '+', '-', '@', a tab or a carriage return.
QString forSpreadsheetCell(const QString &cell);

} // namespace SafeText
