// `session-inspector run`: prepares a session, runs one worker through the
// same Runner as the GUI, streams its console, and exits 0 (succeeded),
// 1 (failed, cancelled, timed out) or 2 (bad input). SIGINT/SIGTERM cancel.
#include "commands.h"

#include "runner.h"
#include "runprofile.h"
#include "runspec.h"
#include "runsessionlayout.h"
#include "sessioncreator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

QString t(const char *s)
{
    return QCoreApplication::translate("run", s);
}

void printErr(const QString &s)
{
    std::fputs(qPrintable(s), stderr);
    std::fputc('\n', stderr);
}

void printJson(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool isProjectRoot(const QString &dir)
{
    return QFileInfo(dir + QLatin1String("/.claude")).isDir() || QFileInfo(dir + QLatin1String("/Docs/hive-mind")).isDir();
}

// The project root for a session or sessions folder: the nearest ancestor
// holding .claude/ or Docs/hive-mind/; the sessions folder's grand-grand-parent
// by docs/FORMAT.md's layout otherwise.
QString projectRootFor(const QString &path)
{
    QDir d(path);
    for (int i = 0; i < 8; ++i) {
        if (isProjectRoot(d.absolutePath()))
            return d.absolutePath();
        if (!d.cdUp())
            break;
    }
    return QFileInfo(path).absoluteFilePath();
}

bool findProfile(const QString &name, RunProfile *out)
{
    QSettings settings;
    const QList<RunProfile> profiles = RunProfile::load(settings);
    const QString n = name.toLower();
    for (const RunProfile &p : profiles) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            *out = p;
            return true;
        }
    }
    if (n == QLatin1String("claude") || n == QLatin1String("claude-code")) {
        *out = RunProfile::claudeCode();
        return true;
    }
    if (n == QLatin1String("python") || n == QLatin1String("python-cli")) {
        *out = RunProfile::pythonCli();
        return true;
    }
    if (n == QLatin1String("framework") || n == QLatin1String("framework-3phase") || n == QLatin1String("3-phase")) {
        *out = RunProfile::framework3Phase();
        return true;
    }
    return false;
}

QJsonObject recordSummary(const RunRecord &r)
{
    QJsonObject o{{u"event"_qs, u"end"_qs},          {u"run_id"_qs, r.runId},
                  {u"state"_qs, RunStates::name(r.state)}, {u"exit_code"_qs, r.exitCode},
                  {u"reason"_qs, r.endReason},        {u"duration_ms"_qs, r.durationMs()},
                  {u"session_id"_qs, r.sessionId},    {u"worker"_qs, r.worker}};
    if (r.totals.present) {
        o.insert(u"num_turns"_qs, r.totals.numTurns);
        o.insert(u"input_tokens"_qs, r.totals.inputTokens);
        o.insert(u"output_tokens"_qs, r.totals.outputTokens);
    }
    if (r.totals.costUsd >= 0)
        o.insert(u"total_cost_usd"_qs, r.totals.costUsd);
    if (!r.protocolId.isEmpty())
        o.insert(u"protocol"_qs, r.protocolId);
    if (!r.steps.isEmpty()) {
        QJsonArray steps;
        for (const RunStepRecord &s : r.steps)
            steps.append(QJsonObject{{u"kind"_qs, s.kind}, {u"state"_qs, RunStates::name(s.state)},
                                     {u"exit_code"_qs, s.exitCode}, {u"reason"_qs, s.endReason}});
        o.insert(u"steps"_qs, steps);
    }
    if (!r.claudeTranscriptPath.isEmpty())
        o.insert(u"claude_transcript"_qs, r.claudeTranscriptPath);
    return o;
}

}

int runRunCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("session-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("SessionInspector"));

    QCommandLineParser parser;
    parser.setApplicationDescription(t("Runs one worker on a session and streams its console.\n"
                                       "Exit code: 0 succeeded, 1 failed/cancelled/timed out, 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 t("The session folder; with --new-session a sessions folder or project root."));
    const QCommandLineOption worker(QStringLiteral("worker"), t("Worker type, e.g. devops-worker."), QStringLiteral("TYPE"));
    const QCommandLineOption task(QStringLiteral("task"), t("The task text."), QStringLiteral("TEXT"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     t("Runner profile name (default: Claude Code; \"framework 3-phase\" runs "
                                       "cli.py --setup, Claude Code, cli.py --output)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption program(QStringLiteral("program"), t("The program to run (overrides the profile's)."),
                                     QStringLiteral("P"));
    const QCommandLineOption argsTemplate(QStringLiteral("args-template"), t("Argument template of a custom profile."),
                                          QStringLiteral("TEMPLATE"));
    const QCommandLineOption newSession(QStringLiteral("new-session"), t("Create a new session first; prints its id."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), t("Stop the run after this many seconds."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption model(QStringLiteral("model"), t("Model to pass to the runner."), QStringLiteral("MODEL"));
    const QCommandLineOption focus(QStringLiteral("focus"), t("A focus area (repeatable)."), QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), t("One JSON object per line for each state change and output line."));
    parser.addOptions({worker, task, profile, program, argsTemplate, newSession, timeout, model, focus, json});
    if (!parser.parse(app.arguments())) {
        printErr(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const bool asJson = parser.isSet(json);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(worker) || !parser.isSet(task)) {
        printErr(t("usage: session-inspector run PATH --worker TYPE --task TEXT [--profile NAME] [--new-session] "
                   "[--timeout SECONDS] [--json]"));
        return 2;
    }

    RunSpec spec;
    const QString profileName = parser.isSet(profile) ? parser.value(profile) : QStringLiteral("Claude Code");
    if (profileName.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0) {
        if (!parser.isSet(program) || !parser.isSet(argsTemplate)) {
            printErr(t("--profile custom needs --program and --args-template."));
            return 2;
        }
        spec.profile = RunProfile::custom(parser.value(program), parser.value(argsTemplate));
    } else if (!findProfile(profileName, &spec.profile)) {
        printErr(t("Unknown profile: %1").arg(profileName));
        return 2;
    } else {
        if (parser.isSet(program))
            spec.profile.program = parser.value(program);
        if (parser.isSet(argsTemplate))
            spec.profile.argsTemplate = parser.value(argsTemplate);
    }
    spec.workerType = parser.value(worker);
    spec.task = parser.value(task);
    spec.model = parser.value(model);
    spec.focusAreas = parser.values(focus);
    if (parser.isSet(timeout)) {
        bool ok = false;
        spec.timeoutSec = parser.value(timeout).toInt(&ok);
        if (!ok || spec.timeoutSec < 0) {
            printErr(t("--timeout needs a number of seconds."));
            return 2;
        }
    }

    const QString path = QDir::cleanPath(QFileInfo(positional.first()).absoluteFilePath());
    if (!QFileInfo(path).isDir()) {
        printErr(t("Not a folder: %1").arg(path));
        return 2;
    }
    spec.projectRoot = projectRootFor(path);

    // Everything that can be checked before touching the disk is checked first,
    // so that bad input never leaves a half-made session behind.
    {
        QStringList problems = RunResolver::validateLaunch(spec);
        const ResolvedCommand cmd = RunResolver::resolve(spec);
        if (!cmd.ok())
            problems.append(cmd.error);
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                printErr(p);
            return 2;
        }
    }

    if (parser.isSet(newSession)) {
        QString error;
        const QString sessionsDir = isProjectRoot(path) ? SessionCreator::sessionsDirFor(path) : path;
        // The layout of the project's framework generation (no STATE.json in 2025-09-13).
        spec.sessionDir = RunSessionLayout::create(ProtocolProfile::detectForProject(spec.projectRoot), sessionsDir,
                                                   spec.task, &error);
        if (spec.sessionDir.isEmpty()) {
            printErr(error);
            return 2;
        }
        spec.sessionId = QFileInfo(spec.sessionDir).fileName();
        if (asJson)
            printJson({{u"event"_qs, u"session"_qs}, {u"session_id"_qs, spec.sessionId}, {u"path"_qs, spec.sessionDir}});
        else
            std::printf("%s\n", qPrintable(spec.sessionId));
        std::fflush(stdout);
    } else {
        spec.sessionDir = path;
        spec.sessionId = QFileInfo(path).fileName();
    }
    const QStringList problems = RunResolver::validate(spec);
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            printErr(p);
        return 2;
    }

    Runner run(spec);
    QObject::connect(&run, &Runner::consoleLineAdded, &app, [&](const ConsoleLine &l) {
        if (asJson) {
            static const char *const streams[] = {"stdout", "stderr", "run"};
            printJson({{u"event"_qs, u"output"_qs}, {u"stream"_qs, QLatin1String(streams[l.stream])},
                       {u"time"_qs, l.time.toString(Qt::ISODateWithMs)}, {u"text"_qs, l.text}});
            return;
        }
        FILE *to = l.stream == ConsoleLine::Stdout ? stdout : stderr;
        const QByteArray text = (l.stream == ConsoleLine::Info ? QByteArray("[run] ") : QByteArray()) + l.text.toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), to);
        std::fputc('\n', to);
        std::fflush(to);
    });
    QObject::connect(&run, &Runner::stateChanged, &app, [&](RunState s) {
        if (asJson && !RunStates::isFinal(s))
            printJson({{u"event"_qs, u"state"_qs}, {u"run_id"_qs, run.id()}, {u"state"_qs, RunStates::name(s)},
                       {u"session_id"_qs, spec.sessionId}, {u"pid"_qs, run.record().pid}});
    });
    QObject::connect(&run, &Runner::warningRaised, &app, [&](const QString &w) {
        if (asJson)
            printJson({{u"event"_qs, u"warning"_qs}, {u"run_id"_qs, run.id()}, {u"text"_qs, w}});
    });
    QObject::connect(&run, &Runner::finished, &app, [&] { app.quit(); });

    // SIGINT/SIGTERM cancel the run like the Cancel button (self-pipe: only
    // write() happens in the handler).
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char buf[16];
            while (::read(g_signalPipe[0], buf, sizeof buf) > 0) {
            }
            run.cancel();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, nullptr);
        ::sigaction(SIGTERM, &sa, nullptr);
    }

    run.start();
    if (!run.isFinished())
        app.exec();
    if (asJson)
        printJson(recordSummary(run.record()));
    else
        printErr(t("[run] %1: %2 %3").arg(run.id(), RunStates::displayName(run.state()), run.record().endReason));
    return run.state() == RunState::Succeeded ? 0 : 1;
}
