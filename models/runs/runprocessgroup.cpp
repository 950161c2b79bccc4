#include "runprocessgroup.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <csignal>
#include <sys/types.h>

namespace RunProcessGroup {

QList<qint64> members(qint64 pgid)
{
    QList<qint64> out;
    if (pgid <= 1)
        return out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool isPid = false;
        const qint64 pid = e.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile f(QLatin1String("/proc/") + e + QLatin1String("/stat"));
        if (!f.open(QIODevice::ReadOnly))
            continue; // exited meanwhile
        const QByteArray stat = f.read(4096);
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and ')', so
        // parse from the LAST ')'.
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 3)
            continue;
        if (fields.at(0) == "Z" || fields.at(0) == "X")
            continue; // dead, only waiting to be reaped
        if (fields.at(2).toLongLong() == pgid)
            out.append(pid);
    }
    return out;
}

bool isEmpty(qint64 pgid)
{
    return members(pgid).isEmpty();
}

bool signal(qint64 pgid, int sig)
{
    if (pgid <= 1)
        return false;
    return ::kill(-pid_t(pgid), sig) == 0;
}

}
