#pragma once

#include <QString>
#include <QStringList>

// The severity words of the API (`Critical`, `High`, `Medium`, `Low`, `Security`) and the ones
// the console writes into localised exports, as a rank, so a result table sorts "High" above
// "Low" instead of alphabetically.
namespace Severity {

// Critical 5, High 4, Medium 3, Low 2, Security 1; 0 for anything else (empty or unknown).
int rank(const QString &value);

// The columns whose header names a severity or whose every non-empty cell is a severity word.
QList<int> columns(const QStringList &header, const QList<QStringList> &rows);

} // namespace Severity
