#pragma once

#include <QString>
#include <QVector>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

// Interns the few distinct agent, type, level and status names of a log so
// that each event stores a 4-byte id instead of a string. Id 0 is "absent".
class StringTable
{
public:
    StringTable();
    // The index holds views into m_utf8: copies rebuild it for their own strings.
    StringTable(const StringTable &other);
    StringTable &operator=(const StringTable &other);
    StringTable(StringTable &&other) noexcept = default; // deque moves keep element addresses
    StringTable &operator=(StringTable &&other) noexcept = default;

    quint32 intern(std::string_view utf8);
    quint32 find(std::string_view utf8) const; // 0 when unknown
    const QString &at(quint32 id) const { return m_strings.at(int(id)); }
    const std::string &utf8At(quint32 id) const { return m_utf8[id]; }
    quint32 size() const { return quint32(m_strings.size()); }

private:
    void rebuildIndex();
    QVector<QString> m_strings;
    // A deque keeps each string where it is, so the index can key on views
    // into it and a lookup (once per field per line) allocates nothing.
    std::deque<std::string> m_utf8;
    std::unordered_map<std::string_view, quint32> m_index;
};
