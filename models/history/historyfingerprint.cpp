#include "historyfingerprint.h"

#include <QCryptographicHash>
#include <QFile>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Entry {
    std::string rel;
    struct stat st;
};

// Lists one folder level through its descriptor (openat/fdopendir): no path
// is resolved twice, and a folder replaced while being walked reads as what
// it was when opened.
void walk(int dirFd, const std::string &prefix, int depth, std::vector<Entry> &out, bool &truncated)
{
    DIR *dir = fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return;
    }
    std::vector<std::string> names;
    while (dirent *e = readdir(dir)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        names.emplace_back(e->d_name);
    }
    std::sort(names.begin(), names.end());
    for (const std::string &name : names) {
        if (out.size() >= size_t(HistoryFingerprint::kMaxEntries)) {
            truncated = true;
            break;
        }
        Entry entry;
        entry.rel = prefix + name;
        // Follows links (a link to a file counts as that file) but opens
        // nothing; a dangling link or a loop is kept with a zeroed stat.
        if (fstatat(dirfd(dir), name.c_str(), &entry.st, 0) != 0)
            std::memset(&entry.st, 0, sizeof entry.st);
        const bool isDir = S_ISDIR(entry.st.st_mode);
        out.push_back(entry);
        if (isDir && depth < HistoryFingerprint::kMaxDepth) {
            struct stat link;
            // Linked folders are not descended: a link to a parent would loop.
            if (fstatat(dirfd(dir), name.c_str(), &link, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(link.st_mode))
                continue;
            const int child = openat(dirfd(dir), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
            if (child >= 0)
                walk(child, entry.rel + '/', depth + 1, out, truncated);
        }
    }
    closedir(dir);
}

} // namespace

HistoryFingerprint::Result HistoryFingerprint::of(const QString &sessionDir)
{
    Result r;
    const QByteArray path = QFile::encodeName(sessionDir);
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        r.error = QString::fromLocal8Bit(std::strerror(errno));
        return r;
    }
    std::vector<Entry> entries;
    entries.reserve(64);
    walk(fd, std::string(), 0, entries, r.truncated);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Entry &e : entries) {
        hash.addData(QByteArrayView(e.rel.data(), qsizetype(e.rel.size() + 1)));
        const quint64 facts[] = {quint64(e.st.st_mode), quint64(e.st.st_dev), quint64(e.st.st_ino), quint64(e.st.st_size),
                                 quint64(e.st.st_mtim.tv_sec), quint64(e.st.st_mtim.tv_nsec)};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(facts), sizeof facts));
        if (S_ISREG(e.st.st_mode)) {
            r.bytes += qint64(e.st.st_size);
            ++r.files;
        }
    }
    r.value = QString::fromLatin1(hash.result().toHex());
    return r;
}
