#pragma once

#include "logchunk.h"

#include <QString>

#include <atomic>
#include <functional>

// Identity of a file on disk, to tell "grew" from "replaced".
struct FileIdentity {
    quint64 device = 0, inode = 0;
    bool operator==(const FileIdentity &o) const { return device == o.device && inode == o.inode; }
    bool operator!=(const FileIdentity &o) const { return !(*this == o); }
};

struct LogReadResult {
    enum Status { Ok, Missing, Unreadable, ChangedWhileReading, Cancelled, Replaced };
    Status status = Ok;
    QString error;
    FileIdentity identity;
    quint64 fileSize = 0;
};

namespace LogFileReader {
using ChunkSink = std::function<void(LogChunk &&chunk, quint64 bytesDone, quint64 bytesTotal)>;

// Reads a whole log from the start: maps the file, parses blocks of
// `blockBytes` split across `threads` threads, and hands each block's chunk
// to `sink` in file order (so a view can show the first rows at once).
// A truncation by another program while mapped gives ChangedWhileReading.
LogReadResult readAll(const QString &path, LogKind kind, int threads, const ChunkSink &sink,
                      const std::atomic<bool> *cancel = nullptr, size_t blockBytes = 32u << 20);

// Reads what was appended since `fromOffset` (the store's bytesConsumed),
// numbering lines from `nextLine`. Returns Replaced when the file is now a
// different file or shorter than `fromOffset`: the caller reloads it whole.
LogReadResult readAppended(const QString &path, LogKind kind, const FileIdentity &expected,
                           quint64 fromOffset, quint32 nextLine, const ChunkSink &sink);

FileIdentity identityOf(const QString &path, quint64 *size = nullptr);
}
