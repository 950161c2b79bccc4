#include "runspec.h"

#include "runprompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

QStringList RunSpec::knownWorkerTypes()
{
    static const char *const names[] = {"analyzer", "architect", "backend", "designer",
                                        "devops", "frontend", "researcher", "test"};
    QStringList out;
    for (const char *n : names)
        out.append(QLatin1String(n) + QLatin1String("-worker"));
    return out;
}

QStringList RunSpec::availableWorkerTypes(const QString &projectRoot)
{
    QStringList out = knownWorkerTypes();
    if (!projectRoot.isEmpty()) {
        const QDir agents(projectRoot + QLatin1String("/.claude/agents"));
        const QStringList files = agents.entryList({QStringLiteral("*.md")}, QDir::Files);
        for (const QString &f : files) {
            const QString type = f.chopped(3);
            if (isSafeWorkerType(type) && !out.contains(type))
                out.append(type);
        }
    }
    out.sort();
    return out;
}

QString RunSpec::shortWorker(const QString &workerType)
{
    return workerType.endsWith(QLatin1String("-worker")) ? workerType.chopped(7) : workerType;
}

bool RunSpec::isSafeSessionId(const QString &id)
{
    if (id.isEmpty() || id.size() > 255 || id == QLatin1String(".") || id == QLatin1String(".."))
        return false;
    for (const QChar c : id) {
        if (c == u'/' || c == u'\\' || c.unicode() == 0 || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    // ".." inside a component is harmless to the OS, but docs/FORMAT.md forbids it
    // and a reader could mistake it for a traversal.
    return !id.contains(QLatin1String("..")) && !id.startsWith(u'-');
}

bool RunSpec::isSafeWorkerType(const QString &type)
{
    if (type.isEmpty() || type.size() > 100 || type.startsWith(u'-'))
        return false;
    for (const QChar c : type) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                        || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QString RunSpec::promptRelativePath() const
{
    return QLatin1String("workers/prompts/") + workerType + QLatin1String(".prompt");
}

QString RunSpec::promptPath() const
{
    return sessionDir + u'/' + promptRelativePath();
}

ProtocolProfile RunSpec::effectiveProtocol() const
{
    return protocol.isValid() ? protocol : ProtocolProfile::detect(sessionDir, projectRoot);
}

QString RunSpec::frameworkCliDir() const
{
    return projectRoot + QLatin1String("/.claude/agents/pydantic_ai");
}

QString ResolvedCommand::displayCommandLine() const
{
    QStringList parts{RunResolver::shellQuote(program)};
    for (const QString &a : args)
        parts.append(RunResolver::shellQuote(a));
    return parts.join(u' ');
}

namespace RunResolver {

static QString tr(const char *s)
{
    return QCoreApplication::translate("RunResolver", s);
}

QStringList validateSession(const RunSpec &spec)
{
    QStringList problems;
    if (!RunSpec::isSafeSessionId(spec.sessionId))
        problems.append(tr("The session id \"%1\" is not a single safe path component "
                           "(no '/', '\\', '..', control characters, or leading '-').")
                            .arg(spec.sessionId.left(80)));
    else if (!spec.sessionDir.isEmpty() && QFileInfo(spec.sessionDir).fileName() != spec.sessionId)
        problems.append(tr("The session folder does not match the session id."));
    else if (!QFileInfo(spec.sessionDir).isDir())
        problems.append(tr("The session folder %1 does not exist.").arg(spec.sessionDir));
    return problems;
}

QStringList validateLaunch(const RunSpec &spec)
{
    QStringList problems;
    if (!RunSpec::isSafeWorkerType(spec.workerType))
        problems.append(tr("The worker type \"%1\" is not valid (letters, digits, '-' and '_' only).")
                            .arg(spec.workerType.left(80)));
    else if (!RunSpec::availableWorkerTypes(spec.projectRoot).contains(spec.workerType))
        problems.append(tr("Unknown worker \"%1\": not a known type and no .claude/agents/%1.md in the project.")
                            .arg(spec.workerType));
    if (spec.task.trimmed().isEmpty())
        problems.append(tr("The task is empty."));
    if (spec.timeoutSec < 0)
        problems.append(tr("The timeout cannot be negative."));
    if (spec.projectRoot.isEmpty() || !QFileInfo(spec.projectRoot).isDir())
        problems.append(tr("The project folder %1 does not exist.").arg(spec.projectRoot));
    else if (spec.profile.kind == RunProfile::Framework3Phase
             && !QFileInfo(spec.frameworkCliDir() + QLatin1String("/cli.py")).isFile())
        problems.append(tr("The framework's CLI %1/cli.py does not exist (the 3-phase profile needs the "
                           "2025-09-13 framework in the project's .claude/ folder).").arg(spec.frameworkCliDir()));
    return problems;
}

QStringList validate(const RunSpec &spec)
{
    QStringList problems = validateSession(spec) + validateLaunch(spec);
    if (problems.isEmpty() && spec.profile.kind == RunProfile::Framework3Phase) {
        const ProtocolProfile proto = spec.effectiveProtocol();
        if (proto.id != ProtocolProfile::generation20250913().id)
            problems.append(tr("The session is of the %1 generation; the framework's 3-phase workflow "
                               "(cli.py --setup/--output) exists only in %2.")
                                .arg(proto.id, ProtocolProfile::generation20250913().id));
        else if (!proto.sessionIdPattern.isEmpty()
                 && !QRegularExpression(proto.sessionIdPattern).match(spec.sessionId).hasMatch())
            problems.append(tr("The framework rejects the session id \"%1\" (it must match %2).")
                                .arg(spec.sessionId, proto.sessionIdPattern));
    }
    return problems;
}

QString launchPrompt(const RunSpec &spec)
{
    return RunPrompt::body(spec);
}

static QString findProgram(const QString &program, const QProcessEnvironment &env)
{
    if (program.contains(u'/')) {
        const QFileInfo fi(program);
        return fi.isFile() && fi.isExecutable() ? fi.absoluteFilePath() : QString();
    }
    const QStringList path = env.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(program, path);
}

ResolvedCommand resolve(const RunSpec &spec, const QProcessEnvironment &base, const QString &runPromptFile)
{
    ResolvedCommand cmd;
    cmd.workingDir = spec.projectRoot;
    const QString programText = spec.profile.program.trimmed();
    if (programText.isEmpty()) {
        cmd.error = tr("The profile \"%1\" names no program.").arg(spec.profile.name);
        return cmd;
    }
    cmd.program = findProgram(programText, base);
    if (cmd.program.isEmpty()) {
        cmd.error = tr("Program not found: %1 (not an executable file, nor in PATH).").arg(programText);
        cmd.program = programText;
    }

    QMap<QString, QString> values;
    values.insert(QStringLiteral("prompt"), launchPrompt(spec));
    values.insert(QStringLiteral("prompt_file"), runPromptFile.isEmpty() ? spec.promptPath() : runPromptFile);
    values.insert(QStringLiteral("task"), spec.task);
    values.insert(QStringLiteral("session"), spec.sessionId);
    values.insert(QStringLiteral("session_dir"), spec.sessionDir);
    values.insert(QStringLiteral("project"), spec.projectRoot);
    values.insert(QStringLiteral("worker"), spec.workerType);
    values.insert(QStringLiteral("worker_short"), RunSpec::shortWorker(spec.workerType));
    values.insert(QStringLiteral("agent"), spec.passAgent ? spec.workerType : QString());
    values.insert(QStringLiteral("model"), spec.model);
    values.insert(QStringLiteral("mode"), spec.permissionMode);
    values.insert(QStringLiteral("timeout"), spec.timeoutSec > 0 ? QString::number(spec.timeoutSec) : QString());
    QString err;
    if (!RunTemplate::expand(spec.profile.argsTemplate, values, &cmd.args, &err) && cmd.error.isEmpty())
        cmd.error = err;

    // Claude Code refuses to start inside another Claude Code session;
    // Python must stream live and survive emoji (docs/RUNNERS.md).
    cmd.env = base;
    for (const char *name : {"CLAUDECODE", "CLAUDE_CODE_ENTRYPOINT"}) {
        const QString n = QLatin1String(name);
        if (cmd.env.contains(n)) {
            cmd.env.remove(n);
            cmd.envEdits.append(u'-' + n);
        }
    }
    cmd.env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    cmd.env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    cmd.envEdits.append(QStringLiteral("PYTHONUNBUFFERED=1"));
    cmd.envEdits.append(QStringLiteral("PYTHONIOENCODING=utf-8"));
    return cmd;
}

// `python3 cli.py <w> --setup|--output --session <id>`, run from the CLI's own
// folder (docs/PROTOCOLS.md `cli:`). No --task: the framework's subagent never
// passes one, and worker_spawned then says "phase-based-execution".
static ResolvedCommand frameworkCli(const RunSpec &spec, const QProcessEnvironment &base, const QString &phaseFlag)
{
    RunSpec cli = spec;
    cli.profile = RunProfile::custom(spec.profile.cliProgram.isEmpty() ? QStringLiteral("python3") : spec.profile.cliProgram,
                                     QStringLiteral("{project}/.claude/agents/pydantic_ai/cli.py {worker_short} ")
                                         + phaseFlag + QStringLiteral(" --session {session}"));
    ResolvedCommand cmd = resolve(cli, base);
    cmd.workingDir = spec.frameworkCliDir();
    return cmd;
}

QList<RunStepCommand> steps(const RunSpec &spec, const QProcessEnvironment &base, const QString &runPromptFile)
{
    if (spec.profile.kind != RunProfile::Framework3Phase)
        return {RunStepCommand{RunStepCommand::Single, spec.profile.name, resolve(spec, base, runPromptFile)}};
    return {RunStepCommand{RunStepCommand::Setup, tr("1 setup (cli.py --setup)"), frameworkCli(spec, base, QStringLiteral("--setup"))},
            RunStepCommand{RunStepCommand::Work, tr("2 work (%1)").arg(QFileInfo(spec.profile.program).fileName()),
                           resolve(spec, base, runPromptFile)},
            RunStepCommand{RunStepCommand::Output, tr("3 output (cli.py --output)"), frameworkCli(spec, base, QStringLiteral("--output"))}};
}

QString stepKindName(RunStepCommand::Kind kind)
{
    switch (kind) {
    case RunStepCommand::Setup: return QStringLiteral("setup");
    case RunStepCommand::Work: return QStringLiteral("work");
    case RunStepCommand::Output: return QStringLiteral("output");
    case RunStepCommand::Single: break;
    }
    return QStringLiteral("run");
}

QString shellQuote(const QString &arg)
{
    if (arg.isEmpty())
        return QStringLiteral("''");
    bool plain = true;
    for (const QChar c : arg) {
        if (!(c.isLetterOrNumber() || QStringView(u"-_./=:,+@%").contains(c))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return arg;
    QString out = arg;
    out.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + out + u'\'';
}

} // namespace RunResolver
