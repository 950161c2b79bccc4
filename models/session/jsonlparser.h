#pragma once

#include "logchunk.h"

#include <memory>

// Turns complete JSONL lines into a LogChunk. One instance per thread (it
// owns a simdjson parser, which is not thread-safe but is costly to create).
//
// simdjson's on-demand API is used one line at a time: docs/LIBRARIES.md measured
// it 5-8x faster than QJsonDocument or nlohmann, and one parse call per line
// avoids the iterate_many offset bug and its crash after a malformed line.
class JsonlParser
{
public:
    explicit JsonlParser(LogKind kind);
    ~JsonlParser();
    JsonlParser(const JsonlParser &) = delete;
    JsonlParser &operator=(const JsonlParser &) = delete;

    // Parses the complete lines of data[0, size). `readable` (>= size) is how
    // many bytes from `data` may be read (simdjson reads up to 64 bytes past a
    // line; lines too close to `readable` are copied to a padded buffer).
    // `fileOffset` is data[0]'s offset in the file (a BOM is skipped at 0),
    // `firstLine` the 1-based number of the first line. A trailing line
    // without its newline is left unconsumed (see LogChunk::bytesConsumed).
    LogChunk parse(const char *data, size_t size, size_t readable, quint64 fileOffset, quint32 firstLine);

    // Lines longer than this are reported as TooLong instead of parsed.
    static constexpr size_t kMaxLineBytes = 64u * 1024 * 1024;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

namespace JsonText {
// Byte offset of the first invalid UTF-8 sequence, or -1 when valid.
qint64 firstInvalidUtf8(const char *data, size_t size);
// Why a line is not valid JSON, as "column N: reason" (1-based column).
QString describeJsonError(const char *data, size_t size);
// True when arrays/objects nest deeper than `limit` (strings are skipped).
// A cheap guard before handing a document to a recursive consumer.
bool nestingExceeds(const char *data, size_t size, int limit);
}
