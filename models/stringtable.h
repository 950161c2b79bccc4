#pragma once

#include <QString>
#include <QVector>

#include <string>
#include <string_view>
#include <unordered_map>

// Interns the few distinct agent, type, level and status names of a log so
// that each event stores a 4-byte id instead of a string. Id 0 is "absent".
class StringTable
{
public:
    StringTable();

    quint32 intern(std::string_view utf8);
    quint32 find(std::string_view utf8) const; // 0 when unknown
    const QString &at(quint32 id) const { return m_strings.at(int(id)); }
    const std::string &utf8At(quint32 id) const { return m_utf8[id]; }
    quint32 size() const { return quint32(m_strings.size()); }

private:
    QVector<QString> m_strings;
    std::vector<std::string> m_utf8;
    std::unordered_map<std::string, quint32> m_index;
};
