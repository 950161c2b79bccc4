#include "eventstore.h"

#include "safefile.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// A read-only descriptor kept open so that details can be read on demand with
// pread(): unlike a long-lived mapping, a file truncated by another program
// then only yields a short read, never SIGBUS.
struct EventStore::ReadHandle {
    int fd = -1;
    ~ReadHandle()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

EventStore::EventStore(LogKind kind)
    : m_kind(kind)
{
}

void EventStore::setFilePath(const QString &path)
{
    m_path = path;
    auto handle = std::make_shared<ReadHandle>();
    // Regular files only, opened without blocking (a FIFO here hung the load).
    handle->fd = SafeFile::openRegular(path, nullptr, nullptr);
    m_file = handle;
}

QByteArray EventStore::readRange(quint64 offset, quint32 length) const
{
    if (!m_file || m_file->fd < 0)
        return {};
    QByteArray buf(qsizetype(length), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < buf.size()) {
        const ssize_t n = ::pread(m_file->fd, buf.data() + got, size_t(buf.size() - got), off_t(offset) + got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    buf.truncate(got);
    return buf;
}

QByteArray EventStore::rawLine(int i) const
{
    return readRange(lineOffset(i), lineLength(i));
}

int EventStore::append(LogChunk &&chunk)
{
    const int first = size();
    // Remap the chunk's local string ids into this store's table.
    std::vector<quint32> remap(chunk.strings.size());
    for (quint32 id = 1; id < chunk.strings.size(); ++id)
        remap[id] = m_strings.intern(chunk.strings.utf8At(id));
    auto mapped = [&](std::vector<quint32> &col, std::vector<quint32> &dst) {
        dst.reserve(dst.size() + col.size());
        for (quint32 v : col)
            dst.push_back(remap[v]);
    };
    mapped(chunk.agent, m_agent);
    mapped(chunk.kind, m_kindCol);
    mapped(chunk.status, m_status);
    mapped(chunk.action, m_action);
    m_offset.insert(m_offset.end(), chunk.offset.begin(), chunk.offset.end());
    m_length.insert(m_length.end(), chunk.length.begin(), chunk.length.end());
    m_line.insert(m_line.end(), chunk.line.begin(), chunk.line.end());
    m_flags.insert(m_flags.end(), chunk.flags.begin(), chunk.flags.end());

    m_time.reserve(m_time.size() + chunk.time.size());
    for (size_t k = 0; k < chunk.time.size(); ++k) {
        qint64 t = chunk.time[k];
        const size_t idx = m_time.size();
        if (t == std::numeric_limits<qint64>::min()) {
            // Unreadable time: placed by file order, at its predecessor's time.
            m_flags[idx] |= EntryFlag::TimeEstimated;
            if (!m_haveGoodTime)
                ++m_pendingLeading;
            t = m_lastGoodTime;
        } else {
            if (!m_haveGoodTime) {
                // Entries before the first readable time take that time.
                for (size_t j = idx - m_pendingLeading; j < idx; ++j)
                    m_time[j] = t;
                m_pendingLeading = 0;
                m_minTime = m_maxTime = t;
                m_haveGoodTime = true;
            }
            m_lastGoodTime = t;
            m_minTime = std::min(m_minTime, t);
            m_maxTime = std::max(m_maxTime, t);
        }
        m_time.push_back(t);
    }

    for (size_t k = size_t(first); k < m_agent.size(); ++k) {
        const quint32 a = m_agent[k];
        if (a >= m_agentSeen.size())
            m_agentSeen.resize(a + 1, false);
        if (!m_agentSeen[a]) {
            m_agentSeen[a] = true;
            m_agentOrder.push_back(a);
        }
    }
    m_bad.insert(m_bad.end(), std::make_move_iterator(chunk.bad.begin()), std::make_move_iterator(chunk.bad.end()));
    m_linesConsumed += chunk.linesConsumed;
    m_bytesConsumed += chunk.bytesConsumed;
    if (chunk.unterminatedLine)
        m_unterminatedLine = chunk.unterminatedLine;
    return first;
}

void EventStore::reserve(size_t n)
{
    m_time.reserve(n);
    m_agent.reserve(n);
    m_kindCol.reserve(n);
    m_status.reserve(n);
    m_action.reserve(n);
    m_length.reserve(n);
    m_line.reserve(n);
    m_offset.reserve(n);
    m_flags.reserve(n);
}

void EventStore::clear()
{
    const QString path = m_path;
    *this = EventStore(m_kind);
    m_path = path;
}

size_t EventStore::memoryBytes() const
{
    size_t bytes = m_time.capacity() * sizeof(qint64) + m_offset.capacity() * sizeof(quint64)
        + (m_agent.capacity() + m_kindCol.capacity() + m_status.capacity() + m_action.capacity() + m_length.capacity() + m_line.capacity()) * sizeof(quint32)
        + m_flags.capacity() * sizeof(quint16) + m_bad.capacity() * sizeof(BadLine) + m_agentOrder.capacity() * sizeof(quint32);
    for (quint32 i = 0; i < m_strings.size(); ++i)
        bytes += size_t(m_strings.at(i).capacity()) * 2 + m_strings.utf8At(i).capacity() + 64;
    return bytes;
}
