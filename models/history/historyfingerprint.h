#pragma once

#include <QString>

// The identity of a session folder's contents without reading any file: for
// every entry below it (depth and count bounded) its relative path, type,
// device, inode, size and modification time, hashed. Equal fingerprints mean
// the indexer need not read the session again; a file that grew, was
// replaced or touched changes it. Never opens a file, so a FIFO or a link to
// a device is listed, not waited on.
namespace HistoryFingerprint {
struct Result {
    QString value;     // hex; empty when the folder cannot be listed
    qint64 bytes = 0;  // sum of the regular files' sizes
    int files = 0;
    bool truncated = false; // more entries than the limit: the rest is not in the value
    QString error;
};
constexpr int kMaxEntries = 20000;
constexpr int kMaxDepth = 6;
Result of(const QString &sessionDir);
}
