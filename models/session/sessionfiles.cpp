#include "sessionfiles.h"

#include "eventdetails.h"
#include "sessiondata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QDirIterator>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>

namespace {
QString ifExists(const QDir &d, const char *name)
{
    const QString n = QString::fromLatin1(name);
    return d.exists(n) ? n : QString();
}

// Why a folder that is there cannot be listed; empty when it lists, or when
// nothing is there at all (an absent folder is the layout rule's business).
QString whyUnlistable(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat link;
    if (::lstat(native.constData(), &link) != 0)
        return QString(); // nothing there
    struct stat target;
    if (::stat(native.constData(), &target) != 0) {
        const int err = errno;
        return QCoreApplication::translate("SessionFiles", "a link that leads nowhere readable (%1)")
            .arg(QString::fromLocal8Bit(std::strerror(err)));
    }
    if (!S_ISDIR(target.st_mode))
        return QCoreApplication::translate("SessionFiles", "not a folder");
    DIR *dir = ::opendir(native.constData());
    if (!dir) {
        const int err = errno;
        return QString::fromLocal8Bit(std::strerror(err));
    }
    ::closedir(dir);
    return QString();
}
}

SessionFiles SessionFiles::scan(const QString &sessionDir)
{
    SessionFiles f;
    const QDir d(sessionDir);
    f.state = ifExists(d, "STATE.json");
    f.events = ifExists(d, "EVENTS.jsonl");
    f.debug = ifExists(d, "DEBUG.jsonl");
    f.backlog = ifExists(d, "BACKLOG.jsonl");
    f.sessionMd = ifExists(d, "SESSION.md");
    f.notifications = ifExists(d, "NOTIFICATIONS.jsonl");

    // Notes and responses in every place docs/FORMAT.md lists (canonical and variants).
    static const QRegularExpression notesRe(QStringLiteral("^[A-Za-z0-9_.-]+[-_]notes\\.md$"));
    static const QRegularExpression responseRe(QStringLiteral("^[A-Za-z0-9_.-]+([-_](response|output))?\\.json$"));
    const QStringList noteDirs{QStringLiteral("notes"), QStringLiteral("workers/notes"), QString()};
    for (const QString &sub : noteDirs) {
        const QDir nd(sub.isEmpty() ? sessionDir : d.filePath(sub));
        for (const QString &name : nd.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            const QString rel = sub.isEmpty() ? name : sub + QLatin1Char('/') + name;
            if (notesRe.match(name).hasMatch())
                f.notes << rel;
            else if (!sub.isEmpty() || name != QStringLiteral("SESSION.md"))
                f.others << rel;
        }
    }
    const QStringList responseDirs{QStringLiteral("workers/json"), QString()};
    for (const QString &sub : responseDirs) {
        const QDir rd(sub.isEmpty() ? sessionDir : d.filePath(sub));
        for (const QString &name : rd.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (sub.isEmpty() && name == QStringLiteral("STATE.json"))
                continue;
            const bool isResponse = !sub.isEmpty() || name.contains(QStringLiteral("response")) || name.contains(QStringLiteral("output"));
            if (isResponse && responseRe.match(name).hasMatch())
                f.responses << (sub.isEmpty() ? name : sub + QLatin1Char('/') + name);
            else
                f.others << (sub.isEmpty() ? name : sub + QLatin1Char('/') + name);
        }
    }
    for (const char *sub : {"notes", "workers", "workers/notes", "workers/json", "workers/prompts", "workers/runs"}) {
        const QString rel = QString::fromLatin1(sub);
        if (rel.startsWith(QLatin1String("workers/")) && !f.unreadableFolders.empty()
            && f.unreadableFolders.back().path == QLatin1String("workers"))
            break; // said once for workers/, not again for each folder in it
        const QString why = whyUnlistable(d.filePath(rel));
        if (!why.isEmpty())
            f.unreadableFolders.push_back({rel, why});
    }
    const QDir pd(d.filePath(QStringLiteral("workers/prompts")));
    for (const QString &name : pd.entryList({QStringLiteral("*.prompt")}, QDir::Files, QDir::Name))
        f.prompts << QStringLiteral("workers/prompts/") + name;
    const QDir runs(d.filePath(QStringLiteral("workers/runs")));
    for (const QString &name : runs.entryList({QStringLiteral("*.json"), QStringLiteral("*.log")}, QDir::Files, QDir::Name))
        f.others << QStringLiteral("workers/runs/") + name;
    return f;
}

QStringList SessionFiles::all() const
{
    QStringList out;
    for (const QString *s : {&sessionMd, &state, &events, &debug, &backlog, &notifications}) {
        if (!s->isEmpty())
            out << *s;
    }
    out << notes << responses << prompts << others;
    return out;
}

QString SessionFiles::outputFileOf(const SessionData &data, int ev)
{
    const EventStore &events = data.events;
    if (ev < 0 || ev >= events.size())
        return {};
    const QString &type = events.kindName(ev);
    const bool notes = type == QStringLiteral("notes_created") || type == QStringLiteral("worker_notes_created");
    const bool json = type == QStringLiteral("json_created") || type == QStringLiteral("worker_json_provided");
    if (!notes && !json)
        return {};
    const QString named = EventDetails::summary(events.rawLine(ev), LogKind::Events);
    if (!named.isEmpty() && !named.contains(QLatin1String("..")) && QFileInfo(data.dir + QLatin1Char('/') + named).isFile())
        return named;
    QString worker = events.agent(ev);
    worker.remove(QStringLiteral("-worker"));
    for (const QString &f : notes ? data.files.notes : data.files.responses) {
        if (QFileInfo(f).fileName().startsWith(worker))
            return f;
    }
    return {};
}
