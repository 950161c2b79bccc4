#include "stringtable.h"

StringTable::StringTable()
{
    m_strings.push_back(QString());
    m_utf8.emplace_back();
}

StringTable::StringTable(const StringTable &other)
    : m_strings(other.m_strings)
    , m_utf8(other.m_utf8)
{
    rebuildIndex();
}

StringTable &StringTable::operator=(const StringTable &other)
{
    if (this != &other) {
        m_strings = other.m_strings;
        m_utf8 = other.m_utf8;
        rebuildIndex();
    }
    return *this;
}

void StringTable::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_utf8.size());
    for (size_t id = 1; id < m_utf8.size(); ++id)
        m_index.emplace(std::string_view(m_utf8[id]), quint32(id));
}

quint32 StringTable::intern(std::string_view utf8)
{
    if (utf8.empty())
        return 0;
    auto it = m_index.find(utf8);
    if (it != m_index.end())
        return it->second;
    const quint32 id = quint32(m_strings.size());
    m_strings.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    m_utf8.emplace_back(utf8);
    m_index.emplace(std::string_view(m_utf8.back()), id);
    return id;
}

quint32 StringTable::find(std::string_view utf8) const
{
    auto it = m_index.find(utf8);
    return it == m_index.end() ? 0 : it->second;
}
