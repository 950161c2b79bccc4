#include "commands.h"

#include "historycli.h"
#include "historyindexer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <unistd.h>

// session-inspector index [ROOT...] [--index URL] [--forget ROOT] [--json]
// Exit 0 indexed, 1 no session under the roots, 2 bad input (no roots, an
// unreadable root, an index that cannot be opened or written).
int runIndexCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("session-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SI_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("index",
        "Bring the history index up to date: every session under the roots (sessions folders, project roots, sessions).\n"
        "Roots given are remembered; without any, the remembered roots are indexed again. Unchanged sessions are not read again."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption index = HistoryCli::indexOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("index", "Print JSON."));
    const QCommandLineOption forget(QStringLiteral("forget"),
        QCoreApplication::translate("index", "Remove a remembered root and its sessions from the index."), QStringLiteral("ROOT"));
    const QCommandLineOption list(QStringLiteral("list-roots"), QCoreApplication::translate("index", "Print the remembered roots and exit."));
    parser.addOptions({index, json, forget, list});
    parser.addPositionalArgument(QStringLiteral("ROOT"), QCoreApplication::translate("index", "Sessions folder, project root or session."), QStringLiteral("[ROOT...]"));
    parser.process(app);

    HistoryDatabase db;
    if (!HistoryCli::open(db, parser, index))
        return 2;
    if (parser.isSet(list)) {
        for (const QString &root : db.roots())
            std::printf("%s\n", qPrintable(root));
        return 0;
    }
    for (const QString &root : parser.values(forget)) {
        QString error;
        if (!db.removeRoot(QFileInfo(root).absoluteFilePath(), &error)) {
            std::fprintf(stderr, "session-inspector: %s\n", qPrintable(error));
            return 2;
        }
    }
    QStringList roots;
    for (const QString &arg : parser.positionalArguments()) {
        const QFileInfo info(arg);
        if (!info.isDir()) {
            std::fprintf(stderr, "session-inspector: %s is not a folder\n", qPrintable(arg));
            return 2;
        }
        roots << QDir::cleanPath(info.absoluteFilePath());
    }
    for (const QString &root : roots) {
        QString error;
        if (!db.addRoot(root, &error)) {
            std::fprintf(stderr, "session-inspector: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (roots.isEmpty())
        roots = db.roots();
    if (roots.isEmpty()) {
        if (parser.isSet(forget))
            return 0;
        std::fputs("session-inspector: no roots to index: give a sessions folder or project root (it is remembered)\n", stderr);
        return 2;
    }
    const bool tty = isatty(fileno(stderr));
    const IndexReport report = HistoryIndexer::run(db, roots, [&](const IndexProgress &p) {
        if (tty)
            std::fprintf(stderr, "\rindexing %d/%d", p.done, p.total);
    });
    if (tty)
        std::fputs("\r\033[K", stderr);
    for (const QString &problem : report.problems)
        std::fprintf(stderr, "session-inspector: warning: %s\n", qPrintable(problem));
    if (!report.ok()) {
        std::fprintf(stderr, "session-inspector: %s\n", qPrintable(report.error));
        return 2;
    }
    if (parser.isSet(json)) {
        nlohmann::ordered_json j;
        j["index"] = db.path().toStdString();
        nlohmann::ordered_json r = nlohmann::ordered_json::array();
        for (const QString &root : roots)
            r.push_back(root.toStdString());
        j["roots"] = r;
        j["sessions"] = report.sessions;
        j["indexed"] = report.indexed;
        j["unchanged"] = report.unchanged;
        j["removed"] = report.removed;
        j["partial"] = report.partial;
        nlohmann::ordered_json problems = nlohmann::ordered_json::array();
        for (const QString &p : report.problems)
            problems.push_back(p.toStdString());
        j["problems"] = problems;
        j["seconds"] = double(report.elapsedMs) / 1000.0;
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
    } else {
        std::printf("%d sessions under %lld root(s): %d read, %d unchanged, %d removed, %d read in part (%.2f s); index %s\n",
                    report.sessions, static_cast<long long>(roots.size()), report.indexed, report.unchanged, report.removed,
                    report.partial, double(report.elapsedMs) / 1000.0, qPrintable(db.path()));
    }
    // Unreadable roots are bad input, after the readable ones were indexed.
    bool rootProblem = false;
    for (const QString &root : roots)
        rootProblem = rootProblem || !QFileInfo(root).isDir();
    if (rootProblem)
        return 2;
    return report.sessions == 0 ? 1 : 0;
}
