#include "commands.h"

#include "protocolprofile.h"
#include "sessionloader.h"
#include "sessionlocator.h"
#include "sessionsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

// session-inspector summary PATH [--json] [--protocol ID]
// Exit 0 on success, 2 when the path can't be read (reason on stderr).
int runSummaryCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("session-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SI_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("summary",
        "Summarise a session: events, agents, types, bad lines.\n"
        "PATH may be a session, a sessions folder or a project root (then every session is summarised)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("summary", "Print JSON."));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
        QCoreApplication::translate("summary", "Framework generation: auto (default), %1.")
            .arg(protocolIds()), QStringLiteral("ID"), QStringLiteral("auto"));
    parser.addOptions({json, protocol});
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("summary", "Session folder, sessions folder or project root."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        std::fputs("usage: session-inspector summary PATH [--json] [--protocol ID]\n", stderr);
        return 2;
    }
    const QString choice = parser.value(protocol);
    if (choice != QLatin1String("auto") && !ProtocolProfile::byId(choice).isValid()) {
        std::fprintf(stderr, "session-inspector: unknown protocol \"%s\" (known: auto, %s)\n", qPrintable(choice), qPrintable(protocolIds()));
        return 2;
    }
    const SessionLocation loc = SessionLocator::locate(args.first());
    if (loc.kind == SessionLocation::Invalid) {
        std::fprintf(stderr, "session-inspector: %s\n", qPrintable(loc.error));
        return 2;
    }
    // Summaries are kept as values and written as JSON piece by piece: the
    // bad lines of a broken log are never one document in memory.
    std::vector<SessionSummary> summaries;
    QString text; // written once every session loaded: a failure prints nothing
    for (const QString &dir : loc.sessions) {
        SessionData data;
        QString error;
        if (!SessionLoader::loadSync(dir, data, &error)) {
            std::fprintf(stderr, "session-inspector: %s\n", qPrintable(error));
            return 2;
        }
        if (!data.debugError.isEmpty())
            std::fprintf(stderr, "session-inspector: warning: the debug log is left out: %s\n", qPrintable(data.debugError));
        SessionSummary s = SessionSummary::compute(data);
        s.protocol = ProtocolProfile::resolve(choice, dir, SessionLocator::findProjectRoot(dir)).id;
        if (parser.isSet(json)) {
            summaries.push_back(std::move(s));
        } else {
            text += s.toText() + QLatin1Char('\n');
        }
    }
    if (parser.isSet(json)) {
        // One session: its object; a folder of sessions: an array of them.
        bool ok = true;
        if (loc.kind == SessionLocation::Session && summaries.size() == 1) {
            ok = summaries.front().writeJson(stdout, 0);
        } else if (summaries.empty()) {
            std::fputs("[]", stdout);
        } else {
            std::fputs("[\n", stdout);
            for (size_t i = 0; i < summaries.size() && ok; ++i) {
                std::fputs(i ? ",\n  " : "  ", stdout);
                ok = summaries[i].writeJson(stdout, 1);
            }
            std::fputs("\n]", stdout);
        }
        std::fputs("\n", stdout);
        if (!ok || std::fflush(stdout) != 0) {
            std::fprintf(stderr, "session-inspector: writing the summary failed: %s\n", std::strerror(errno));
            return 2;
        }
    } else {
        const QByteArray b = text.toUtf8();
        std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    }
    return 0;
}
