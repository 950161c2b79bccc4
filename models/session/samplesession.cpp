#include "samplesession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace SampleSession {

QString sessionId()
{
    return QStringLiteral("2025-08-30-14-16-k8s-deploy-audit");
}

QString install(QString *error, const QString &targetRoot)
{
    const QString root = targetRoot.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sample-project")
        : targetRoot;
    const QString session = root + QStringLiteral("/Docs/hive-mind/sessions/") + sessionId();
    if (QFile::exists(session + QStringLiteral("/EVENTS.jsonl")))
        return session;
    const QString base = QStringLiteral(":/sample-project");
    QDirIterator it(base, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = root + from.mid(base.size());
        if (QFile::exists(to))
            continue;
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to)) {
            if (error)
                *error = QStringLiteral("can't write %1").arg(to);
            return {};
        }
        // Resource files come out read-only; the sample is there to be edited.
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        ++copied;
    }
    if (copied == 0 && !QFile::exists(session)) {
        if (error)
            *error = QStringLiteral("the sample session is missing from the resources");
        return {};
    }
    return session;
}

}
