#include "safefile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SafeFile {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("SafeFile", s);
}
}

QString describe(Status status, const QString &path, int savedErrno)
{
    switch (status) {
    case Status::Ok: return QString();
    case Status::Missing: return tr("%1 does not exist").arg(path);
    case Status::NotRegular: return tr("%1 is not a regular file (a FIFO, a device or a folder): not read").arg(path);
    case Status::Unreadable:
        return tr("%1 cannot be read: %2").arg(path, QString::fromLocal8Bit(std::strerror(savedErrno)));
    case Status::TooLarge: return tr("%1 is too large: not read").arg(path);
    }
    return QString();
}

int openRegular(const QString &path, Status *status, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO without a writer would otherwise block.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int e = errno;
        const Status s = e == ENOENT || e == ENOTDIR ? Status::Missing : Status::Unreadable;
        if (status)
            *status = s;
        if (error)
            *error = describe(s, path, e);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        if (status)
            *status = Status::NotRegular;
        if (error)
            *error = describe(Status::NotRegular, path);
        return -1;
    }
    // Regular files never block; clear the flag so reads behave normally.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (status)
        *status = Status::Ok;
    return fd;
}

Result read(const QString &path, qint64 limit)
{
    Result r;
    if (path.startsWith(u':')) {
        // A Qt resource (built-in templates): in memory, never a FIFO.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            r.status = f.exists() ? Status::Unreadable : Status::Missing;
            r.error = describe(r.status, path, 0);
            return r;
        }
        r.bytes = f.read(limit + 1);
        if (r.bytes.size() > limit) {
            r.bytes.truncate(qsizetype(limit));
            r.status = Status::TooLarge;
            r.error = tr("%1 is larger than %2 bytes: not read").arg(path).arg(limit);
        }
        return r;
    }
    const int fd = openRegular(path, &r.status, &r.error);
    if (fd < 0)
        return r;
    // Grows by what read() returns: a file that lies about its size (procfs,
    // a writer truncating or appending meanwhile) is read as it really is.
    constexpr qint64 kChunk = 64 * 1024;
    for (;;) {
        const qint64 room = limit + 1 - r.bytes.size();
        if (room <= 0)
            break;
        const qint64 want = std::min(kChunk, room);
        const qsizetype at = r.bytes.size();
        r.bytes.resize(at + qsizetype(want));
        const ssize_t got = ::read(fd, r.bytes.data() + at, size_t(want));
        if (got < 0) {
            if (errno == EINTR) {
                r.bytes.resize(at);
                continue;
            }
            const int e = errno;
            ::close(fd);
            r.bytes.clear();
            r.status = Status::Unreadable;
            r.error = describe(r.status, path, e);
            return r;
        }
        r.bytes.resize(at + qsizetype(got));
        if (got == 0)
            break;
    }
    ::close(fd);
    if (r.bytes.size() > limit) {
        r.bytes.truncate(qsizetype(limit));
        r.status = Status::TooLarge;
        r.error = tr("%1 is larger than %2 bytes: not read").arg(path).arg(limit);
    }
    return r;
}

}
