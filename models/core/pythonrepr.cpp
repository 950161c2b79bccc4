#include "pythonrepr.h"

#include <cctype>

namespace {

using J = nlohmann::ordered_json;

class Reader
{
public:
    explicit Reader(std::string_view s)
        : m_s(s)
    {
    }

    bool truncated = false;

    std::optional<J> value(int depth)
    {
        // Bounded: a repr is at most 500 characters, but guard anyway.
        if (depth > 200)
            return std::nullopt;
        skip();
        if (atEnd()) {
            truncated = true;
            return std::nullopt;
        }
        const char c = m_s[m_pos];
        if (c == '{')
            return dict(depth);
        if (c == '[' || c == '(')
            return list(depth, c == '[' ? ']' : ')');
        if (c == '\'' || c == '"')
            return string();
        return atom();
    }

    bool atEnd() const { return m_pos >= m_s.size(); }
    void skip()
    {
        while (m_pos < m_s.size() && std::isspace(static_cast<unsigned char>(m_s[m_pos])))
            ++m_pos;
    }

private:
    std::optional<J> dict(int depth)
    {
        ++m_pos;
        J obj = J::object();
        J set = J::array();
        bool isSet = false;
        while (true) {
            skip();
            if (atEnd()) {
                truncated = true;
                return isSet ? set : obj;
            }
            if (m_s[m_pos] == '}') {
                ++m_pos;
                return isSet ? set : obj;
            }
            auto key = value(depth + 1);
            if (!key)
                return truncated ? std::optional<J>(isSet ? set : obj) : std::nullopt;
            skip();
            if (atEnd()) {
                truncated = true;
                if (isSet) {
                    set.push_back(*key);  // "{'a', 'b" is a cut set: keep both
                    return set;
                }
                return obj;
            }
            if (m_s[m_pos] != ':') {
                // {'a', 'b'}: a set.
                isSet = true;
                set.push_back(*key);
            } else {
                ++m_pos;
                auto v = value(depth + 1);
                // A tuple key may hold bytes that are not UTF-8: dump() would throw.
                const std::string k = key->is_string() ? key->get<std::string>()
                                                       : key->dump(-1, ' ', false, J::error_handler_t::replace);
                if (!v) {
                    if (!truncated)
                        return std::nullopt;
                    obj[k] = nullptr;
                    return obj;
                }
                obj[k] = *v;
            }
            skip();
            if (atEnd()) {
                truncated = true;
                return isSet ? set : obj;
            }
            if (m_s[m_pos] == ',')
                ++m_pos;
            else if (m_s[m_pos] != '}')
                return std::nullopt;
        }
    }

    std::optional<J> list(int depth, char close)
    {
        ++m_pos;
        J arr = J::array();
        while (true) {
            skip();
            if (atEnd()) {
                truncated = true;
                return arr;
            }
            if (m_s[m_pos] == close) {
                ++m_pos;
                return arr;
            }
            auto v = value(depth + 1);
            if (!v)
                return truncated ? std::optional<J>(arr) : std::nullopt;
            arr.push_back(*v);
            skip();
            if (atEnd()) {
                truncated = true;
                return arr;
            }
            if (m_s[m_pos] == ',')
                ++m_pos;
            else if (m_s[m_pos] != close)
                return std::nullopt;
        }
    }

    std::optional<J> string()
    {
        const char quote = m_s[m_pos++];
        std::string out;
        while (m_pos < m_s.size()) {
            const char c = m_s[m_pos++];
            if (c == quote)
                return J(out);
            if (c == '\\' && m_pos < m_s.size()) {
                const char e = m_s[m_pos++];
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case '\\': out += '\\'; break;
                case '\'': out += '\''; break;
                case '"': out += '"'; break;
                default: out += '\\'; out += e; break;
                }
            } else {
                out += c;
            }
        }
        truncated = true;
        return J(out);
    }

    std::optional<J> atom()
    {
        const size_t start = m_pos;
        while (m_pos < m_s.size() && (std::isalnum(static_cast<unsigned char>(m_s[m_pos])) || m_s[m_pos] == '.' || m_s[m_pos] == '-' || m_s[m_pos] == '+' || m_s[m_pos] == '_'))
            ++m_pos;
        const std::string_view word = m_s.substr(start, m_pos - start);
        if (word.empty())
            return std::nullopt;
        if (word == "True")
            return J(true);
        if (word == "False")
            return J(false);
        if (word == "None")
            return J(nullptr);
        const J number = J::parse(word.begin(), word.end(), nullptr, false);
        if (!number.is_discarded() && number.is_number())
            return number;
        if (m_pos >= m_s.size()) {
            // Cut mid-word ("Tr", "12.") by the 500-character limit.
            truncated = true;
            return J(std::string(word));
        }
        return std::nullopt;
    }

    std::string_view m_s;
    size_t m_pos = 0;
};

}

namespace PythonRepr {

bool looksLikeRepr(std::string_view text)
{
    size_t i = 0;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
        ++i;
    if (i >= text.size() || (text[i] != '{' && text[i] != '['))
        return false;
    // A repr quotes with ' (JSON would not); "{}" / "[]" are fine either way.
    return text.find('\'') != std::string_view::npos || text.find("True") != std::string_view::npos
        || text.find("None") != std::string_view::npos || text.find("False") != std::string_view::npos
        || text.size() - i <= 2;
}

std::optional<nlohmann::ordered_json> parse(std::string_view text, bool *truncated)
{
    Reader r(text);
    auto v = r.value(0);
    if (!v)
        return std::nullopt;
    r.skip();
    if (!r.atEnd())
        return std::nullopt;
    if (truncated)
        *truncated = r.truncated;
    return v;
}

}
