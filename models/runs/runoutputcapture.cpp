#include "runoutputcapture.h"

#include <nlohmann/json.hpp>

namespace {
constexpr qsizetype kMaxBlock = 16 * 1024 * 1024; // a runaway block is not worth more memory
}

void RunOutputCapture::feed(const QByteArray &line)
{
    if (m_done && !line.contains(marker()))
        return;
    if (!m_capturing) {
        const qsizetype at = line.indexOf(marker());
        if (at < 0)
            return;
        // A later block replaces an earlier one: the last word counts.
        *this = RunOutputCapture();
        m_capturing = true;
        scan(line.mid(at + qsizetype(qstrlen(marker()))));
        return;
    }
    scan(line + '\n');
}

void RunOutputCapture::scan(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (!m_started) {
            if (c == '{') {
                m_started = true;
                m_depth = 1;
                m_buffer = "{";
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                m_capturing = false; // not followed by an object: not a block
                return;
            }
            continue;
        }
        m_buffer += c;
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
        } else if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth == 0) {
                m_done = true;
                m_capturing = false;
                return;
            }
        }
        if (m_buffer.size() > kMaxBlock) {
            m_capturing = false;
            m_buffer.clear();
            return;
        }
    }
}

QString RunOutputCapture::pretty() const
{
    if (!m_done)
        return {};
    bool tooDeep = false;
    auto cb = [&](int depth, nlohmann::json::parse_event_t, nlohmann::json &) {
        if (depth > 256)
            tooDeep = true; // dump() of a very deep tree would overflow the stack
        return !tooDeep;
    };
    try {
        const auto j = nlohmann::json::parse(m_buffer.constData(), m_buffer.constData() + m_buffer.size(), cb);
        if (tooDeep)
            return QString::fromUtf8(m_buffer);
        return QString::fromStdString(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    } catch (const nlohmann::json::exception &) {
        return QString::fromUtf8(m_buffer);
    }
}
