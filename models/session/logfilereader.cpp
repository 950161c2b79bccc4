#include "logfilereader.h"

#include "jsonlparser.h"
#include "sigbusguard.h"

#include <QFile>

#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/mman.h>
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

FileIdentity identity(const struct stat &st)
{
    return FileIdentity{quint64(st.st_dev), quint64(st.st_ino)};
}

// Opens a log for reading and fills identity and size; false (with status
// and reason in `result`) when it is missing, unreadable or not a file.
bool openLog(const QString &path, Fd &f, LogReadResult &result)
{
    f.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (f.fd < 0) {
        result.status = errno == ENOENT ? LogReadResult::Missing : LogReadResult::Unreadable;
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat st;
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        result.status = LogReadResult::Unreadable;
        result.error = QStringLiteral("not a regular file");
        return false;
    }
    result.identity = identity(st);
    result.fileSize = quint64(st.st_size);
    return true;
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
                      const std::atomic<bool> *cancel, size_t blockBytes)
{
    LogReadResult result;
    Fd f;
    if (!openLog(path, f, result))
        return result;
    const size_t size = size_t(result.fileSize);
    if (size == 0)
        return result;

    void *map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, f.fd, 0);
    if (map == MAP_FAILED) {
        result.status = LogReadResult::Unreadable;
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
    ::madvise(map, size, MADV_SEQUENTIAL | MADV_WILLNEED);
    const char *data = static_cast<const char *>(map);

    std::vector<std::unique_ptr<JsonlParser>> parsers;
    for (int k = 0; k < std::max(1, threads); ++k)
        parsers.push_back(std::make_unique<JsonlParser>(kind));

    size_t pos = 0;
    quint32 line = 1;
    while (pos < size) {
        if (cancel && cancel->load()) {
            result.status = LogReadResult::Cancelled;
            break;
        }
        std::vector<LogChunk> chunks;
        // Every read of the mapping happens inside the guard.
        const bool ok = SigbusGuard::run([&] {
            size_t end = std::min(size, pos + blockBytes);
            if (end < size) {
                // Cut blocks after a newline so that no line straddles two blocks.
                const void *nl = std::memchr(data + end, '\n', size - end);
                end = nl ? size_t(static_cast<const char *>(nl) - data) + 1 : size;
            }
            chunks = parseParallel(parsers, data + pos, end - pos, size - pos, pos, line);
        });
        if (!ok) {
            result.status = LogReadResult::ChangedWhileReading;
            result.error = QStringLiteral("the file was truncated while it was being read");
            break;
        }
        quint64 consumed = 0;
        for (LogChunk &chunk : chunks) {
            consumed += chunk.bytesConsumed;
            line += chunk.linesConsumed;
            pos += size_t(chunk.bytesConsumed);
            sink(std::move(chunk), pos, size);
        }
        if (consumed == 0)
            break; // only an unterminated last line is left: held back
    }
    ::munmap(map, size);
    return result;
}

LogReadResult readAppended(const QString &path, LogKind kind, const FileIdentity &expected,
                           quint64 fromOffset, quint32 nextLine, const ChunkSink &sink)
{
    LogReadResult result;
    Fd f;
    if (!openLog(path, f, result))
        return result;
    if (result.identity != expected || result.fileSize < fromOffset) {
        result.status = LogReadResult::Replaced;
        return result;
    }
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
    return result;
}

}
