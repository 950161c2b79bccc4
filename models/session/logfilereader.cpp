#include "logfilereader.h"

#include "jsonlparser.h"

#include <QFile>

#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// FNV-1a: identity checks of a few KB, not security.
quint64 hashBytes(const char *p, size_t n)
{
    quint64 h = 1469598103934665603ull;
    for (size_t i = 0; i < n; ++i) {
        h ^= quint8(p[i]);
        h *= 1099511628211ull;
    }
    return h;
}

constexpr quint32 kHeadBytes = 4096;
constexpr quint32 kAnchorBytes = 256;

bool preadFully(int fd, char *buf, size_t want, quint64 offset, size_t *got)
{
    *got = 0;
    while (*got < want) {
        const ssize_t n = ::pread(fd, buf + *got, want - *got, off_t(offset + *got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            break; // end of file (it may have shrunk)
        *got += size_t(n);
    }
    return true;
}

// The hash of `length` bytes at `offset`, or false when they are not all there.
bool hashAt(int fd, quint64 offset, quint32 length, quint64 *hash)
{
    std::string buf(length, '\0');
    size_t got = 0;
    if (!preadFully(fd, buf.data(), length, offset, &got) || got != length)
        return false;
    *hash = hashBytes(buf.data(), got);
    return true;
}

FileIdentity identity(const struct stat &st)
{
    return FileIdentity{quint64(st.st_dev), quint64(st.st_ino), 0, 0};
}

// Opens a log for reading and fills identity and size; false (with status
// and reason in `result`) when it is missing, unreadable or not a regular
// file. O_NONBLOCK: a FIFO in the log's place must not block the open.
bool openLog(const QString &path, Fd &f, LogReadResult &result)
{
    f.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (f.fd < 0) {
        result.status = errno == ENOENT ? LogReadResult::Missing : LogReadResult::Unreadable;
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat st;
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        result.status = LogReadResult::Unreadable;
        result.error = QStringLiteral("not a regular file (a FIFO, a device or a folder): not read");
        return false;
    }
    result.identity = identity(st);
    result.fileSize = quint64(st.st_size);
    return true;
}

// Hash of the bytes before `end` (what the next readAppended checks).
void setAnchor(int fd, quint64 end, LogReadResult &result)
{
    const quint32 length = quint32(std::min<quint64>(end, kAnchorBytes));
    quint64 hash = 0;
    if (length > 0 && hashAt(fd, end - length, length, &hash)) {
        result.anchorLength = length;
        result.anchorHash = hash;
    }
}

// Shifts the line numbers of a chunk parsed with relative numbering.
void renumber(LogChunk &c, quint32 delta)
{
    for (auto &l : c.line)
        l += delta;
    for (auto &b : c.bad)
        b.line += delta;
}

// Parses the complete lines of [data, data+size) on up to `threads` threads.
// Returns one chunk per part, in file order and numbered; they are handed to
// the sink one by one (no merge copy: the store's append is the only copy).
std::vector<LogChunk> parseParallel(std::vector<std::unique_ptr<JsonlParser>> &parsers, const char *data, size_t size,
                       size_t readable, quint64 fileOffset, quint32 firstLine)
{
    const size_t parts = std::min(parsers.size(), size_t(size < (1u << 20) ? 1 : parsers.size()));
    std::vector<size_t> cuts{0};
    for (size_t k = 1; k < parts; ++k) {
        size_t at = size * k / parts;
        at = std::max(at, cuts.back());
        const void *nl = std::memchr(data + at, '\n', size - at);
        cuts.push_back(nl ? size_t(static_cast<const char *>(nl) - data) + 1 : size);
    }
    cuts.push_back(size);
    std::vector<LogChunk> results(parts);
    std::vector<std::thread> workers;
    for (size_t k = 1; k < parts; ++k) {
        workers.emplace_back([&, k] {
            results[k] = parsers[k]->parse(data + cuts[k], cuts[k + 1] - cuts[k], readable - cuts[k], fileOffset + cuts[k], 0);
        });
    }
    results[0] = parsers[0]->parse(data, cuts[1], readable, fileOffset, firstLine);
    for (auto &w : workers)
        w.join();
    quint32 next = firstLine + results[0].linesConsumed;
    for (size_t k = 1; k < parts; ++k) {
        renumber(results[k], next);
        next += results[k].linesConsumed;
    }
    return results;
}

}

namespace LogFileReader {

FileIdentity identityOf(const QString &path, quint64 *size)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    if (size)
        *size = quint64(st.st_size);
    return identity(st);
}

LogReadResult readAll(const QString &path, LogKind kind, int threads, const ChunkSink &sink,
                      const std::atomic<bool> *cancel, size_t blockBytes, bool finished)
{
    LogReadResult result;
    Fd f;
    if (!openLog(path, f, result))
        return result;
    const quint64 size = result.fileSize;
    {
        const quint32 head = quint32(std::min<quint64>(size, kHeadBytes));
        if (head > 0 && hashAt(f.fd, 0, head, &result.identity.headHash))
            result.identity.headLength = head;
    }
    if (size == 0)
        return result;

    std::vector<std::unique_ptr<JsonlParser>> parsers;
    for (int k = 0; k < std::max(1, threads); ++k)
        parsers.push_back(std::make_unique<JsonlParser>(kind));

    // One buffer, reused; the padding lets the parser read past a line's end.
    constexpr size_t kPadding = 64;
    std::string buf;
    quint64 pos = 0;
    quint32 line = 1;
    // A small first block: a view shows its first rows while the rest is read.
    size_t block = std::min<size_t>(blockBytes, 4u << 20);
    bool shrank = false;
    ::posix_fadvise(f.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    while (pos < size) {
        if (cancel && cancel->load()) {
            result.status = LogReadResult::Cancelled;
            break;
        }
        const size_t want = size_t(std::min<quint64>(size - pos, block));
        buf.resize(want + kPadding);
        size_t got = 0;
        if (!preadFully(f.fd, buf.data(), want, pos, &got)) {
            result.status = LogReadResult::Unreadable;
            result.error = QString::fromLocal8Bit(std::strerror(errno));
            break;
        }
        std::memset(buf.data() + got, ' ', kPadding);
        if (got < want)
            shrank = true; // truncated while read: parse what is there
        if (got == 0)
            break;
        std::vector<LogChunk> chunks = parseParallel(parsers, buf.data(), got, got + kPadding, pos, line);
        quint64 consumed = 0;
        for (LogChunk &chunk : chunks) {
            consumed += chunk.bytesConsumed;
            line += chunk.linesConsumed;
            pos += chunk.bytesConsumed;
            sink(std::move(chunk), pos, size);
        }
        if (shrank)
            break;
        if (consumed == 0) {
            if (pos + got < size && block < JsonlParser::kMaxLineBytes + kPadding) {
                block *= 2; // one line longer than the block: read more of it
                continue;
            }
            break; // only an unterminated last line is left
        }
        block = blockBytes;
    }
    struct stat st;
    if (shrank || (::fstat(f.fd, &st) == 0 && quint64(st.st_size) < size)) {
        result.status = LogReadResult::ChangedWhileReading;
        result.error = QStringLiteral("the file was truncated while it was being read");
    } else if (result.status == LogReadResult::Ok && pos < size) {
        result.unterminatedBytes = size - pos;
        if (finished) {
            // A finished file's last line lacks only its newline: its event
            // counts, and the chunk says which line it was.
            const size_t tail = size_t(size - pos);
            buf.assign(tail + 1 + kPadding, ' ');
            size_t got = 0;
            if (preadFully(f.fd, buf.data(), tail, pos, &got) && got == tail) {
                buf[tail] = '\n';
                LogChunk chunk = parsers[0]->parse(buf.data(), tail + 1, buf.size(), pos, line);
                chunk.bytesConsumed = tail;
                chunk.unterminatedLine = line;
                pos += tail;
                sink(std::move(chunk), pos, size);
            }
        }
    }
    setAnchor(f.fd, pos, result);
    return result;
}

LogReadResult readAppended(const QString &path, LogKind kind, const FileIdentity &expected,
                           quint64 fromOffset, quint32 nextLine, const ChunkSink &sink,
                           quint32 anchorLength, quint64 anchorHash)
{
    LogReadResult result;
    Fd f;
    if (!openLog(path, f, result))
        return result;
    // Same file, and what was read before is still what it was: its head and
    // the bytes just before where reading stopped (a truncate-and-rewrite
    // that grew back past the old size passes the size check, not this).
    quint64 head = 0, anchor = 0;
    const bool sameHead = expected.headLength == 0
        || (hashAt(f.fd, 0, expected.headLength, &head) && head == expected.headHash);
    const bool sameAnchor = anchorLength == 0 || fromOffset < anchorLength
        || (hashAt(f.fd, fromOffset - anchorLength, anchorLength, &anchor) && anchor == anchorHash);
    if (result.identity != expected || result.fileSize < fromOffset || !sameHead || !sameAnchor) {
        result.status = LogReadResult::Replaced;
        return result;
    }
    result.identity = expected;
    JsonlParser parser(kind);
    quint64 pos = fromOffset;
    quint32 line = nextLine;
    std::string buf;
    constexpr size_t kBlock = 8u << 20;
    while (pos < result.fileSize) {
        // pread, not mmap: appends are small and a read cannot fault.
        const size_t want = size_t(std::min<quint64>(result.fileSize - pos, kBlock));
        buf.resize(want + 64);
        size_t got = 0;
        while (got < want) {
            const ssize_t n = ::pread(f.fd, buf.data() + got, want - got, off_t(pos + got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += size_t(n);
        }
        if (got == 0)
            break;
        LogChunk chunk = parser.parse(buf.data(), got, got + 64, pos, line);
        if (chunk.bytesConsumed == 0 && got == want && want == kBlock) {
            // A single line longer than the block: read it whole.
            const quint64 rest = result.fileSize - pos;
            buf.resize(size_t(rest) + 64);
            const ssize_t n = ::pread(f.fd, buf.data(), size_t(rest), off_t(pos));
            if (n <= 0)
                break;
            chunk = parser.parse(buf.data(), size_t(n), size_t(n) + 64, pos, line);
        }
        const quint64 consumed = chunk.bytesConsumed;
        line += chunk.linesConsumed;
        pos += consumed;
        sink(std::move(chunk), pos, result.fileSize);
        if (consumed == 0)
            break;
    }
    if (pos < result.fileSize)
        result.unterminatedBytes = result.fileSize - pos;
    setAnchor(f.fd, pos, result);
    return result;
}

}
