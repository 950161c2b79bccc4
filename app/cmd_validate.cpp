#include "commands.h"

#include "sessiondoctor.h"
#include "sessionlocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

// session-inspector validate PATH [--json] [--agents-dir DIR] [--template-dir DIR] [--protocol ID]
// Text: one `file:line:column: severity: message [rule]` per diagnostic on
// stdout (file relative to the session; prefixed with the session id when a
// sessions folder is validated), a summary on stderr.
// Exit 0: no error; 1: at least one error; 2: a path can't be read.
int runValidateCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("session-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SI_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("validate",
        "Check sessions against the worker protocol and the workers' templates.\n"
        "PATH may be a session, a sessions folder or a project root (then every session is checked).\n"
        "Exit status: 0 no error, 1 at least one error, 2 a path can't be read."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("validate", "Print JSON."));
    const QCommandLineOption agents(QStringLiteral("agents-dir"),
        QCoreApplication::translate("validate", "Worker definitions folder (default: .claude/agents above the session)."),
        QStringLiteral("DIR"));
    const QCommandLineOption templates(QStringLiteral("template-dir"),
        QCoreApplication::translate("validate", "Templates folder: <type>.schema.json and <type>.outline.md, or the framework's "
                                                "<w>_notes_template.md and <w>_output_template.json (a templates folder, "
                                                "agents/pydantic_ai or .claude/agents)."),
        QStringLiteral("DIR"));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
        QCoreApplication::translate("validate", "Framework generation: auto (default), %1.").arg(protocolIds()),
        QStringLiteral("ID"), QStringLiteral("auto"));
    parser.addOptions({json, agents, templates, protocol});
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("validate", "Session folder, sessions folder or project root."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        std::fputs("usage: session-inspector validate PATH [--json] [--agents-dir DIR] [--template-dir DIR] [--protocol ID]\n", stderr);
        return 2;
    }
    DoctorOptions options;
    options.protocol = parser.value(protocol);
    if (options.protocol != QLatin1String("auto") && !ProtocolProfile::byId(options.protocol).isValid()) {
        std::fprintf(stderr, "session-inspector: unknown protocol \"%s\" (known: auto, %s)\n", qPrintable(options.protocol),
                     qPrintable(protocolIds()));
        return 2;
    }
    // Folders given by hand: say what was loaded from them, per session.
    const bool explainTemplates = parser.isSet(agents) || parser.isSet(templates);
    for (const QCommandLineOption *opt : {&agents, &templates}) {
        if (!parser.isSet(*opt))
            continue;
        const QString dir = parser.value(*opt);
        if (!QFileInfo(dir).isDir() || !QFileInfo(dir).isReadable()) {
            std::fprintf(stderr, "session-inspector: cannot read folder %s\n", qPrintable(dir));
            return 2;
        }
        (opt == &agents ? options.agentsDir : options.templateDir) = QFileInfo(dir).absoluteFilePath();
    }
    const SessionLocation loc = SessionLocator::locate(args.first());
    if (loc.kind == SessionLocation::Invalid) {
        std::fprintf(stderr, "session-inspector: %s\n", qPrintable(loc.error));
        return 2;
    }

    bool unreadable = false;
    int errors = 0, warnings = 0;
    const bool many = loc.kind != SessionLocation::Session;
    nlohmann::ordered_json sessions = nlohmann::ordered_json::array();
    for (const QString &dir : loc.sessions) {
        const DoctorReport r = SessionDoctor::checkDir(dir, options);
        if (!r.readable) {
            std::fprintf(stderr, "session-inspector: %s\n", qPrintable(r.error));
            unreadable = true;
            continue;
        }
        errors += r.errors;
        warnings += r.warnings;
        if (explainTemplates) {
            std::fprintf(stderr, "%s: checked as %s (%s)\n", qPrintable(r.sessionId), qPrintable(r.protocol), qPrintable(r.protocolReason));
            for (const QString &line : r.templateSources)
                std::fprintf(stderr, "  template %s\n", qPrintable(line));
            if (r.templateSources.isEmpty())
                std::fprintf(stderr, "  no workers: no template was needed\n");
        }
        if (parser.isSet(json)) {
            nlohmann::ordered_json s;
            s["session_id"] = r.sessionId.toStdString();
            s["path"] = QDir::toNativeSeparators(r.sessionDir).toStdString();
            s["protocol"] = r.protocol.toStdString();
            s["diagnostics"] = nlohmann::ordered_json::array();
            for (const Diagnostic &d : r.diagnostics)
                s["diagnostics"].push_back(d.toJson());
            s["errors"] = r.errors;
            s["warnings"] = r.warnings;
            sessions.push_back(std::move(s));
        } else {
            QString text;
            for (Diagnostic d : r.diagnostics) {
                if (many)
                    d.file = r.sessionId + u'/' + d.file;
                text += d.toText() + u'\n';
            }
            const QByteArray b = text.toUtf8();
            std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
        }
    }
    if (parser.isSet(json)) {
        nlohmann::ordered_json out;
        out["sessions"] = std::move(sessions);
        const std::string s = out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        std::fwrite(s.data(), 1, s.size(), stdout);
    } else {
        std::fprintf(stderr, "%d error(s), %d warning(s) in %d session(s)\n", errors, warnings, int(loc.sessions.size()));
    }
    if (unreadable)
        return 2;
    return errors > 0 ? 1 : 0;
}
