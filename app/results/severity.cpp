#include "app/results/severity.h"

#include <QHash>

namespace Severity {

int rank(const QString &value)
{
    static const QHash<QString, int> ranks = {
        {QStringLiteral("critical"), 5}, {QStringLiteral("high"), 4},     {QStringLiteral("medium"), 3},
        {QStringLiteral("low"), 2},      {QStringLiteral("security"), 1},
        // As the Chinese console labels them in exported reports.
        {QStringLiteral("严重"), 5},     {QStringLiteral("致命"), 5},     {QStringLiteral("高危"), 4},
        {QStringLiteral("高"), 4},       {QStringLiteral("中危"), 3},     {QStringLiteral("中"), 3},
        {QStringLiteral("低危"), 2},     {QStringLiteral("低"), 2},       {QStringLiteral("安全"), 1},
        {QStringLiteral("提示"), 1},
    };
    return ranks.value(value.trimmed().toLower(), 0);
}

QList<int> columns(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> result;
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column).toLower();
        bool named = name.contains(QLatin1String("severity")) || name.contains(QLatin1String("risk level"))
                     || name.contains(QLatin1String("risk_level")) || name.contains(QStringLiteral("风险等级"))
                     || name.contains(QStringLiteral("危险等级")) || name.contains(QStringLiteral("威胁等级"));
        if (!named) {
            bool any = false;
            named = true;
            for (const QStringList &row : rows) {
                const QString cell = row.value(column);
                if (cell.isEmpty())
                    continue;
                if (rank(cell) == 0) {
                    named = false;
                    break;
                }
                any = true;
            }
            named = named && any;
        }
        if (named)
            result.append(column);
    }
    return result;
}

} // namespace Severity
