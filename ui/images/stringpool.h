#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Namespaces, types, statuses and even image names repeat across thousands of rows; the
// table stores a small index instead of one string per row. Index 0 is always the empty string.
class StringPool
{
public:
    StringPool();

    quint32 intern(const QString &text);
    const QString &at(quint32 index) const { return m_strings.at(index); }
    qsizetype size() const { return m_strings.size(); }
    void clear();

private:
    QList<QString> m_strings;
    QHash<QString, quint32> m_index;
};
