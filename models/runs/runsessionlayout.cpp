#include "runsessionlayout.h"

#include "sessioncreator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace RunSessionLayout {

QString create(const ProtocolProfile &protocol, const QString &sessionsDir, const QString &task, QString *error,
               const QDateTime &now)
{
    if (protocol.id != ProtocolProfile::generation20250913().id)
        return SessionCreator::create(sessionsDir, task, error, now);

    // scribe/runner.py _create_session_directory() / _create_session_markdown().
    // The id's form (<UTC %Y-%m-%d-%H-%M>-<slug>) matches ProtocolConfig's
    // ^[a-zA-Z0-9\-_]+$ because the slug is ASCII letters, digits and '-'.
    const QString id = SessionCreator::newSessionId(sessionsDir, task, now);
    const QDir parent(sessionsDir);
    if (!QDir().mkpath(sessionsDir) || !parent.mkdir(id)) {
        *error = QCoreApplication::translate("RunSessionLayout", "Cannot create the session folder %1").arg(parent.filePath(id));
        return {};
    }
    const QString dir = parent.filePath(id);
    for (const QString &sub : protocol.requiredDirs) {
        if (!QDir().mkpath(dir + u'/' + sub)) {
            *error = QCoreApplication::translate("RunSessionLayout", "Cannot create %1").arg(dir + u'/' + sub);
            return {};
        }
    }
    const QByteArray sessionMd = "# Session: " + id.toUtf8() + "\n\n**Created:** "
                                 + now.toUTC().toString(Qt::ISODate).toUtf8() + "\n**Task:** " + task.toUtf8()
                                 + "\n**Model:** custom:max-subscription\n**Status:** Created\n\n## Overview\n\n"
                                 + task.toUtf8() + "\n\n## Progress\n\n- [ ] Workers set up\n- [ ] Analysis complete\n"
                                   "- [ ] Synthesis complete\n\n## Notes\n\n";
    for (const QString &name : protocol.requiredFiles) {
        QFile f(dir + u'/' + name);
        const QByteArray content = name == QLatin1String("SESSION.md") ? sessionMd : QByteArray();
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(content) != content.size()) {
            *error = QCoreApplication::translate("RunSessionLayout", "Cannot write %1: %2").arg(f.fileName(), f.errorString());
            return {};
        }
    }
    return dir;
}

}
