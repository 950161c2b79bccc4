#include "jsonlocator.h"
#include "jsonutil.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

JsonLocator::JsonLocator(const QByteArray &text)
    : m_text(text)
{
    m_lineStarts.push_back(0);
    for (qint64 i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

JsonLocator::Position JsonLocator::positionOfOffset(qint64 offset) const
{
    offset = std::clamp<qint64>(offset, 0, m_text.size());
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const qint64 lineIndex = qint64(it - m_lineStarts.begin()) - 1;
    return {int(lineIndex + 1), int(offset - m_lineStarts[size_t(lineIndex)] + 1)};
}

JsonLocator::Position JsonLocator::positionOfPointer(const std::string &pointer) const
{
    if (!m_indexed)
        buildIndex();
    std::string p = pointer;
    for (;;) {
        auto it = m_valueOffsets.find(p);
        if (it != m_valueOffsets.end())
            return positionOfOffset(it->second);
        if (p.empty())
            return positionOfOffset(0);
        const size_t slash = p.rfind('/');
        if (slash == std::string::npos)
            p.clear();
        else
            p.erase(slash);
    }
}

std::string JsonLocator::escapeToken(const std::string &token)
{
    return JsonUtil::escapePointerToken(token);
}

namespace {

// Skips a string literal starting at the quote at `i`; returns the index
// after the closing quote.
qint64 skipString(const QByteArray &t, qint64 i)
{
    ++i;
    while (i < t.size()) {
        const char c = t.at(i);
        if (c == '\\')
            i += 2;
        else if (c == '"')
            return i + 1;
        else
            ++i;
    }
    return i;
}

std::string decodeKey(const QByteArray &t, qint64 begin, qint64 end)
{
    const std::string raw(t.constData() + begin, size_t(end - begin));
    if (raw.find('\\') == std::string::npos)
        return raw.substr(1, raw.size() >= 2 ? raw.size() - 2 : 0);
    try {
        return nlohmann::json::parse(raw).get<std::string>();
    } catch (const std::exception &) {
        return raw;
    }
}

struct Frame {
    bool isArray = false;
    int index = 0;
    std::string prefix;
    std::string key;
};

}

void JsonLocator::buildIndex() const
{
    // A tolerant one-pass scanner: the text was already parsed successfully
    // (or we are pointing at a parse error), so it only needs to track where
    // each value starts, never to judge validity. Iterative: no recursion
    // depth to worry about on hostile nesting.
    m_indexed = true;
    std::vector<Frame> stack;
    auto currentPointer = [&stack]() -> std::string {
        if (stack.empty())
            return std::string();
        const Frame &f = stack.back();
        return f.prefix + '/' + (f.isArray ? std::to_string(f.index) : escapeToken(f.key));
    };
    bool expectKey = false;
    qint64 i = 0;
    const qint64 n = m_text.size();
    while (i < n) {
        const char c = m_text.at(i);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':') {
            ++i;
            continue;
        }
        if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().isArray)
                    ++stack.back().index;
                else
                    expectKey = true;
            }
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            ++i;
            continue;
        }
        if (expectKey) {
            if (c == '"') {
                const qint64 end = skipString(m_text, i);
                stack.back().key = decodeKey(m_text, i, end);
                i = end;
            } else {
                ++i;
            }
            expectKey = false;
            continue;
        }
        // A value starts here.
        const std::string ptr = currentPointer();
        m_valueOffsets.emplace(ptr, i);
        if (c == '{' || c == '[') {
            Frame f;
            f.isArray = c == '[';
            f.prefix = ptr;
            stack.push_back(std::move(f));
            expectKey = c == '{';
            ++i;
        } else if (c == '"') {
            i = skipString(m_text, i);
        } else {
            ++i; // always advance, even on a NUL byte (strchr would match it)
            while (i < n && m_text.at(i) != 0 && !std::strchr(",]} \t\r\n", m_text.at(i)))
                ++i;
        }
    }
}
