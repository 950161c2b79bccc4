#include "sessionlocator.h"

#include <QDir>
#include <QFileInfo>

namespace SessionLocator {

bool looksLikeSession(const QString &dir)
{
    const QDir d(dir);
    return d.exists(QStringLiteral("EVENTS.jsonl")) || d.exists(QStringLiteral("STATE.json"))
        || d.exists(QStringLiteral("DEBUG.jsonl")) || d.exists(QStringLiteral("SESSION.md"));
}

static QStringList sessionsIn(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    const auto entries = d.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    for (const QFileInfo &fi : entries) {
        if (looksLikeSession(fi.absoluteFilePath()))
            out << fi.absoluteFilePath();
    }
    return out;
}

QString findProjectRoot(const QString &sessionDir)
{
    QDir d(sessionDir);
    for (int depth = 0; depth < 32; ++depth) {
        if (d.exists(QStringLiteral(".claude")) || d.exists(QStringLiteral("Docs/hive-mind")))
            return d.absolutePath();
        if (!d.cdUp())
            break;
    }
    return {};
}

SessionLocation locate(const QString &input)
{
    SessionLocation loc;
    const QFileInfo fi(input);
    if (!fi.exists()) {
        loc.error = QStringLiteral("%1: no such file or folder").arg(input);
        return loc;
    }
    if (!fi.isDir()) {
        // A file inside a session (e.g. EVENTS.jsonl) opens its session.
        if (looksLikeSession(fi.absolutePath()))
            return locate(fi.absolutePath());
        loc.error = QStringLiteral("%1: not a folder").arg(input);
        return loc;
    }
    if (!fi.isReadable() || !fi.isExecutable()) {
        loc.error = QStringLiteral("%1: permission denied").arg(input);
        return loc;
    }
    loc.path = QDir::cleanPath(fi.absoluteFilePath());
    if (looksLikeSession(loc.path)) {
        loc.kind = SessionLocation::Session;
        loc.sessions << loc.path;
        loc.sessionsDir = QFileInfo(loc.path).absolutePath();
        loc.projectRoot = findProjectRoot(loc.path);
        return loc;
    }
    const QString nested = loc.path + QStringLiteral("/Docs/hive-mind/sessions");
    if (QFileInfo(nested).isDir()) {
        loc.kind = SessionLocation::ProjectRoot;
        loc.projectRoot = loc.path;
        loc.sessionsDir = nested;
        loc.sessions = sessionsIn(nested);
        return loc;
    }
    const QStringList found = sessionsIn(loc.path);
    if (!found.isEmpty() || loc.path.endsWith(QStringLiteral("/sessions"))) {
        loc.kind = SessionLocation::SessionsFolder;
        loc.sessionsDir = loc.path;
        loc.sessions = found;
        loc.projectRoot = findProjectRoot(loc.path);
        return loc;
    }
    loc.error = QStringLiteral("%1: neither a session, a sessions folder nor a project root").arg(input);
    return loc;
}

bool isSafeSessionId(const QString &id)
{
    if (id.isEmpty() || id.size() > 255 || id == QStringLiteral(".") || id == QStringLiteral(".."))
        return false;
    for (const QChar c : id) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() == 0 || c.unicode() < 0x20)
            return false;
    }
    return !id.contains(QStringLiteral(".."));
}

}
