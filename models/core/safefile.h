#pragma once

#include <QByteArray>
#include <QString>

// Reading a file that a worker, a hand edit or a hostile test may have made
// anything: a FIFO (open() would block forever), a device or a symlink to
// /dev/zero (size() says 0 and reads never end), a file that shrinks or
// grows while read. Every read of the application's inputs goes through
// here: regular files only, opened without blocking, bounded by the bytes
// actually read (never by size()).
namespace SafeFile {

enum class Status { Ok, Missing, NotRegular, Unreadable, TooLarge };

struct Result {
    Status status = Status::Ok;
    QByteArray bytes;      // the whole file when Ok; the first `limit` bytes when TooLarge
    QString error;         // a sentence for the user when not Ok
    bool ok() const { return status == Status::Ok; }
};

// Reads at most `limit` bytes; a file with more is TooLarge.
Result read(const QString &path, qint64 limit);

// Opens for reading without blocking and checks the type on the open
// descriptor (no race between check and open). Returns the descriptor or
// -1 with `status`/`error` set. The caller closes it.
int openRegular(const QString &path, Status *status, QString *error);

// A sentence for `status` about `path` (errno text for Unreadable).
QString describe(Status status, const QString &path, int savedErrno = 0);

}
