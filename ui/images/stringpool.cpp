#include "ui/images/stringpool.h"

StringPool::StringPool()
{
    clear();
}

quint32 StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd())
        return *it;
    const auto index = static_cast<quint32>(m_strings.size());
    m_strings.append(text);
    m_index.insert(text, index);
    return index;
}

void StringPool::clear()
{
    m_strings = {QString()};
    m_index.clear();
}
