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
    if (m_valueOffsets.empty())
        return positionOfOffset(0);
    // Walks down token by token; the first token that is not there leaves
    // the nearest existing ancestor.
    int node = 0;
    if (!pointer.empty() && pointer[0] == '/') {
        size_t start = 1;
        for (;;) {
            const size_t slash = pointer.find('/', start);
            const size_t end = slash == std::string::npos ? pointer.size() : slash;
            auto it = m_children.find(Child{node, pointer.substr(start, end - start)});
            if (it == m_children.end())
                break;
            node = it->second;
            if (slash == std::string::npos)
                break;
            start = slash + 1;
        }
    }
    return positionOfOffset(m_valueOffsets[size_t(node)]);
}

int JsonLocator::childOf(int parent, std::string token, qint64 offset) const
{
    // A duplicate key (or a second top-level value in broken text) keeps the
    // first value's position and shares its children.
    auto [it, inserted] = m_children.emplace(Child{parent, std::move(token)}, int(m_valueOffsets.size()));
    if (inserted)
        m_valueOffsets.push_back(offset);
    return it->second;
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
    return t.size();  // a backslash as the last byte would step past the end
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
    int node = 0;
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
    auto valueAt = [this, &stack](qint64 offset) -> int {
        if (stack.empty()) {
            if (m_valueOffsets.empty())
                m_valueOffsets.push_back(offset);
            return 0;
        }
        const Frame &f = stack.back();
        return childOf(f.node, f.isArray ? std::to_string(f.index) : escapeToken(f.key), offset);
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
        const int node = valueAt(i);
        if (c == '{' || c == '[') {
            Frame f;
            f.isArray = c == '[';
            f.node = node;
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
