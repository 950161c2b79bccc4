#include "stringtable.h"

StringTable::StringTable()
{
    m_strings.push_back(QString());
    m_utf8.emplace_back();
}

quint32 StringTable::intern(std::string_view utf8)
{
    if (utf8.empty())
        return 0;
    auto it = m_index.find(std::string(utf8));
    if (it != m_index.end())
        return it->second;
    const quint32 id = quint32(m_strings.size());
    m_strings.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    m_utf8.emplace_back(utf8);
    m_index.emplace(std::string(utf8), id);
    return id;
}

quint32 StringTable::find(std::string_view utf8) const
{
    auto it = m_index.find(std::string(utf8));
    return it == m_index.end() ? 0 : it->second;
}
