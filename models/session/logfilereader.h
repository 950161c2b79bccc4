#pragma once

#include "logchunk.h"

#include <QString>

#include <atomic>
#include <functional>

// Identity of a file on disk, to tell "grew" from "replaced". The inode
// alone misses a file truncated and written again in place; the hash of its
// first bytes (headLength of them, taken at the first read) and of the bytes
// just before where the reader stopped (the anchor) catch that, even when
// the file grew back past its old size between two looks.
struct FileIdentity {
    quint64 device = 0, inode = 0;
    quint32 headLength = 0;
    quint64 headHash = 0;
    bool operator==(const FileIdentity &o) const { return device == o.device && inode == o.inode; }
    bool operator!=(const FileIdentity &o) const { return !(*this == o); }
};

struct LogReadResult {
    enum Status { Ok, Missing, Unreadable, ChangedWhileReading, Cancelled, Replaced };
    Status status = Ok;
    QString error;
    FileIdentity identity;
    quint64 fileSize = 0;
    // The bytes before the end of what was consumed: readAppended checks
    // they are still there.
    quint32 anchorLength = 0;
    quint64 anchorHash = 0;
    // A last line without its newline, held back (it may still be growing).
    quint64 unterminatedBytes = 0;
};

namespace LogFileReader {
using ChunkSink = std::function<void(LogChunk &&chunk, quint64 bytesDone, quint64 bytesTotal)>;

// Reads a whole log from the start: reads blocks of `blockBytes` (pread
// into a buffer of its own: a file truncated meanwhile just reads short,
// where a mapping would fault on every thread that touches it), parses each
// across `threads` threads, and hands each block's chunks to `sink` in file
// order (so a view can show the first rows at once). A file that shrank
// while read gives ChangedWhileReading. Never blocks on a FIFO or device
// (refused as Unreadable). A last line without its newline is held back
// (unterminatedBytes) unless `finished`: then it is parsed as the last line
// (a finished file's last event is not lost) and reported in the chunk's
// `unterminatedLine`.
LogReadResult readAll(const QString &path, LogKind kind, int threads, const ChunkSink &sink,
                      const std::atomic<bool> *cancel = nullptr, size_t blockBytes = 32u << 20, bool finished = false);

// Reads what was appended since `fromOffset` (the store's bytesConsumed),
// numbering lines from `nextLine`. Returns Replaced when the file is now a
// different file, shorter than `fromOffset`, or its head or the anchor
// bytes before `fromOffset` changed (rewritten in place): the caller
// reloads it whole.
LogReadResult readAppended(const QString &path, LogKind kind, const FileIdentity &expected,
                           quint64 fromOffset, quint32 nextLine, const ChunkSink &sink,
                           quint32 anchorLength = 0, quint64 anchorHash = 0);

FileIdentity identityOf(const QString &path, quint64 *size = nullptr);
}
