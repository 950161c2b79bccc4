#include "runner.h"

#include <vector>

#include "claudetranscript.h"
#include "runprocessgroup.h"
#include "runprompt.h"
#include "runverdict.h"
#include "statejsonupdater.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <csignal>
#include <unistd.h>

namespace {

constexpr int kTailIntervalMs = 50;
constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024; // longer lines are cut into pieces
constexpr qint64 kMaxReadPerTick = 128 * 1024; // a few ms of GUI work per chunk under a flood
constexpr int kVersionProbeMs = 3000;

// Runs in the forked child before exec: only async-signal-safe calls.
void prepareChild()
{
    ::setpgid(0, 0); // own process group: the whole tree can be signalled at once
    // Dispositions set to "ignore" survive exec; the worker must be able to
    // receive the SIGINT/SIGTERM of a cancel even when the inspector was
    // started with them ignored (nohup, some CI shells).
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGPIPE, SIG_DFL);
}

}

Runner::Runner(const RunSpec &spec, const RunTimings &timings, QObject *parent)
    : QObject(parent), m_spec(spec), m_timings(timings)
{
    m_record.runId = RunProvenance::newRunId(RunSpec::isSafeWorkerType(spec.workerType) ? spec.workerType
                                                                                        : QStringLiteral("run"));
    m_record.worker = spec.workerType;
    m_record.sessionId = spec.sessionId;
    m_record.task = spec.task;
    m_record.timeoutSec = spec.timeoutSec;
    m_record.profileName = spec.profile.name;
    m_record.profileKind = RunProfile::kindName(spec.profile.kind);
    m_record.templateSource = spec.profile.argsTemplate;
    m_record.program = spec.profile.program;
    m_record.promptFile = QLatin1String("workers/runs/") + m_record.runId + QLatin1String(".prompt");
    m_record.queenPromptFile = spec.promptRelativePath();
    m_record.queuedAt = QDateTime::currentDateTimeUtc();
    // Only a validated session folder ever receives files (see start()).
    m_record.sessionDir.clear();

    m_tail = new QTimer(this);
    m_tail->setInterval(kTailIntervalMs);
    connect(m_tail, &QTimer::timeout, this, [this] {
        drain();
        if (m_drainThenFinalize)
            finishWhenDrained();
        else if (m_stopReason != StopReason::None)
            pollGroup();
    });
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(m_timings.watchdogTickMs);
    connect(m_watchdog, &QTimer::timeout, this, &Runner::checkSilence);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        addConsole(ConsoleLine::Info, tr("Timeout of %1 s reached; stopping the run.").arg(m_spec.timeoutSec));
        beginStop(StopReason::Timeout);
    });
    m_resultTimer = new QTimer(this);
    m_resultTimer->setSingleShot(true);
    connect(m_resultTimer, &QTimer::timeout, this, [this] {
        if (m_processDone)
            return;
        const QString msg = tr("The runner printed its result but did not exit within %1 s; ending its process group.")
                                .arg(m_timings.resultExitMs / 1000.0);
        m_record.warnings.append(msg);
        addConsole(ConsoleLine::Info, msg);
        Q_EMIT warningRaised(msg);
        beginStop(StopReason::ResultHang);
    });
    m_stopTimer = new QTimer(this);
    m_stopTimer->setSingleShot(true);
    connect(m_stopTimer, &QTimer::timeout, this, &Runner::escalate);
}

Runner::~Runner()
{
    if (m_proc && !m_detached && m_proc->state() != QProcess::NotRunning) {
        // Destroyed mid-run without a cancel (e.g. the app is torn down):
        // nothing may survive us silently.
        RunProcessGroup::signal(m_record.pgid, SIGKILL);
        m_proc->kill();
        m_proc->waitForFinished(2000);
    }
    if (m_versionProc && m_versionProc->state() != QProcess::NotRunning) {
        m_versionProc->kill();
        m_versionProc->waitForFinished(1000);
    }
}

void Runner::start()
{
    if (m_record.state != RunState::Queued)
        return;
    const QStringList problems = RunResolver::validate(m_spec);
    const bool sessionUsable = RunSpec::isSafeSessionId(m_spec.sessionId) && QFileInfo(m_spec.sessionDir).isDir()
                               && QFileInfo(m_spec.sessionDir).fileName() == m_spec.sessionId;
    if (sessionUsable)
        m_record.sessionDir = m_spec.sessionDir;
    if (!problems.isEmpty()) {
        fail(problems.join(u'\n'));
        return;
    }
    m_spec.protocol = m_spec.effectiveProtocol();
    m_record.protocolId = m_spec.protocol.id;
    // The queen's prompt is only read here; the run quotes it in its own prompt.
    QByteArray queen;
    if (RunPrompt::read(m_spec.promptPath(), &queen)) {
        m_spec.queenPromptText = QString::fromUtf8(queen);
        m_record.queenPromptSha256 = RunPrompt::sha256(queen);
    }
    m_steps = RunResolver::steps(m_spec, QProcessEnvironment::systemEnvironment(),
                                 RunProvenance::promptPath(m_spec.sessionDir, m_record.runId));
    int main = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        const RunStepCommand &step = m_steps.at(i);
        if (step.kind == RunStepCommand::Work || step.kind == RunStepCommand::Single)
            main = i;
        RunStepRecord r;
        r.kind = RunResolver::stepKindName(step.kind);
        r.name = step.name;
        r.programPath = step.cmd.program;
        r.args = step.cmd.args;
        r.workingDir = step.cmd.workingDir;
        m_record.steps.append(r);
    }
    // The run's program (Claude Code in the 3-phase profile) stands for the run.
    m_cmd = m_steps.at(main).cmd;
    m_record.programPath = m_cmd.program;
    m_record.args = m_cmd.args;
    m_record.workingDir = m_cmd.workingDir;
    m_record.envEdits = m_cmd.envEdits;
    for (const RunStepCommand &step : std::as_const(m_steps)) {
        if (!step.cmd.ok()) {
            fail(step.cmd.error);
            return;
        }
    }
    QString error;
    if (!prepare(&error)) {
        fail(error);
        return;
    }
    m_eventsStart = QFileInfo(m_spec.sessionDir + QLatin1String("/EVENTS.jsonl")).size();
    launchStep(0);
}

void Runner::fail(const QString &reason)
{
    m_record.endReason = reason;
    m_record.endedAt = QDateTime::currentDateTimeUtc();
    addConsole(ConsoleLine::Info, reason);
    m_tail->stop();
    m_watchdog->stop();
    m_timeout->stop();
    saveRecord();
    m_log.close();
    setState(RunState::Failed);
    // Queued: start() may run inside a caller's loop (the queue).
    QMetaObject::invokeMethod(this, &Runner::finished, Qt::QueuedConnection);
}

bool Runner::prepare(QString *error)
{
    if (!QDir().mkpath(RunProvenance::runsDir(m_record.sessionDir))) {
        *error = tr("Cannot create %1").arg(RunProvenance::runsDir(m_record.sessionDir));
        return false;
    }
    m_log.setFileName(RunProvenance::logPath(m_record.sessionDir, m_record.runId));
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("Cannot write %1: %2").arg(m_log.fileName(), m_log.errorString());
        return false;
    }
    const QByteArray prompt = RunPrompt::render(m_spec);
    m_record.promptSha256 = RunPrompt::write(RunProvenance::promptPath(m_record.sessionDir, m_record.runId), prompt, error);
    if (m_record.promptSha256.isEmpty())
        return false;
    if (m_record.queenPromptSha256.isEmpty()) {
        // No queen wrote one: the worker (and cli.py --setup) still expect
        // the file. Created with O_EXCL, so a queen's file is never replaced.
        bool existed = false;
        QString createError;
        const QByteArray queen = RunPrompt::queenFileContent(m_spec);
        if (RunPrompt::createIfAbsent(m_spec.promptPath(), queen, &existed, &createError)) {
            m_record.queenPromptCreated = true;
            m_record.queenPromptSha256 = RunPrompt::sha256(queen);
        } else if (!existed) {
            m_record.warnings.append(createError);
            addConsole(ConsoleLine::Info, createError);
        }
    }
    if (!m_spec.protocol.hasStateFile)
        return true; // a STATE.json would turn a 2025-09-13 session into a 2025-08-30 one
    QString stateError;
    if (!StateJsonUpdater::markWorker(m_spec.sessionDir + QLatin1String("/STATE.json"), m_spec.workerType,
                                      QStringLiteral("spawned"), m_spec.task, &stateError)) {
        // The run can go on: the worker updates STATE.json itself.
        m_record.warnings.append(stateError);
        addConsole(ConsoleLine::Info, stateError);
    }
    return true;
}

void Runner::launchStep(int index)
{
    m_step = index;
    m_record.currentStep = index;
    m_cmd = m_steps.at(index).cmd;
    m_stepResult = false;
    m_processDone = false;
    if (index == 0) {
        // Every step appends to the same two files: one console, one stdout to re-read.
        const QString base = RunProvenance::runsDir(m_record.sessionDir) + u'/' + m_record.runId;
        m_out.setFileName(base + QLatin1String(".stdout"));
        m_err.setFileName(base + QLatin1String(".stderr"));
        for (QFile *f : {&m_out, &m_err}) {
            QFile create(f->fileName());
            if (!create.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                fail(tr("Cannot create %1").arg(f->fileName()));
                return;
            }
        }
    }
    if (m_proc) {
        m_proc->disconnect(this);
        m_proc->deleteLater();
        m_proc = nullptr;
    }
    if (m_steps.size() > 1)
        addConsole(ConsoleLine::Info, tr("Step %1 of %2: %3").arg(index + 1).arg(m_steps.size()).arg(m_steps.at(index).name));
    RunStepRecord &stepRecord = m_record.steps[index];
    stepRecord.state = RunState::Running;
    stepRecord.startedAt = QDateTime::currentDateTimeUtc();

    m_proc = new QProcess(this);
    m_proc->setProgram(m_cmd.program);
    m_proc->setArguments(m_cmd.args);
    m_proc->setWorkingDirectory(m_cmd.workingDir);
    m_proc->setProcessEnvironment(m_cmd.env);
    m_proc->setStandardInputFile(QProcess::nullDevice()); // `claude -p` waits for EOF on an open stdin
    m_proc->setStandardOutputFile(m_out.fileName(), QIODevice::Append);
    m_proc->setStandardErrorFile(m_err.fileName(), QIODevice::Append);
    m_proc->setChildProcessModifier(prepareChild);
    connect(m_proc, &QProcess::started, this, [this] {
        m_record.pid = m_proc->processId();
        m_record.pgid = m_record.pid;
        m_record.steps[m_step].pid = m_record.pid;
        ::setpgid(pid_t(m_record.pid), pid_t(m_record.pid)); // closes the race with the child's own call; EACCES after exec is fine
        if (!m_record.startedAt.isValid())
            m_record.startedAt = QDateTime::currentDateTimeUtc();
        addConsole(ConsoleLine::Info, tr("Started %1 (pid %2) in %3").arg(m_cmd.displayCommandLine())
                                          .arg(m_record.pid).arg(m_cmd.workingDir));
        saveRecord();
        Q_EMIT recordChanged();
    });
    connect(m_proc, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onProcessFinished(code, int(status));
    });
    connect(m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !isFinished() && m_stopReason == StopReason::None)
            fail(tr("The program could not be started: %1").arg(m_proc->errorString()));
    });
    m_lastActivity.start();
    m_proc->start();
    if (isFinished())
        return; // failed synchronously
    m_record.pid = m_proc->processId(); // known once forked; QProcess::started confirms the exec
    m_record.pgid = m_record.pid;
    m_record.steps[index].pid = m_record.pid;
    // Running from here on (not from QProcess::started): the queue counts
    // this run against its limit at once.
    setState(RunState::Running);
    Q_EMIT recordChanged();
    m_tail->start();
    m_watchdog->start();
    if (index == 0 && m_spec.timeoutSec > 0)
        m_timeout->start(m_spec.timeoutSec * 1000); // for the whole run, not per step
    const RunStepCommand::Kind kind = m_steps.at(index).kind;
    if (kind == RunStepCommand::Work || kind == RunStepCommand::Single)
        probeVersion();
}

QString Runner::stepFailure(int index) const
{
    const RunStepCommand::Kind kind = m_steps.at(index).kind;
    if (m_stepResult) {
        // The result line is the authority, the exit code secondary
        // (docs/RUNNERS.md); its text says why: "Invalid API key · Fix
        // external API key", "Not logged in". Never "Result: success" for an
        // error: the CLI reports API errors with subtype "success".
        if (!m_record.totals.isError)
            return {};
        if (!m_record.totals.resultText.isEmpty())
            return m_record.totals.resultText;
        if (!m_record.totals.errors.isEmpty())
            return m_record.totals.errors.join(QLatin1String("; "));
        return tr("Result: %1").arg(m_record.totals.subtype);
    }
    if (!m_processDone || m_record.exitStatus == QLatin1String("crashed"))
        return tr("The program crashed or was killed.");
    if (m_record.exitCode != 0)
        return tr("Exited with code %1.").arg(m_record.exitCode);
    if (kind == RunStepCommand::Setup) {
        // --setup copies both templates into the session; phase 2 edits them.
        const QStringList missing = RunVerdict::missingOutputs(m_spec.sessionDir, m_spec.workerType, m_spec.protocol);
        if (!missing.isEmpty())
            return tr("Setup did not create %1.").arg(missing.join(QLatin1String(", ")));
    }
    return {};
}

void Runner::endStep(RunState state, const QString &reason)
{
    if (m_step < 0 || m_step >= m_record.steps.size())
        return;
    RunStepRecord &r = m_record.steps[m_step];
    if (RunStates::isFinal(r.state))
        return;
    r.state = state;
    r.exitCode = m_record.exitCode;
    r.endedAt = QDateTime::currentDateTimeUtc();
    r.endReason = reason;
}

bool Runner::needsFinishCheck() const
{
    // Runs that follow the framework's lifecycle end when the worker has
    // finished by the generation's own rule, not when a process exits 0.
    return m_spec.profile.kind == RunProfile::Framework3Phase || m_spec.profile.kind == RunProfile::PythonCli;
}

void Runner::startFinishCheck()
{
    m_verifying = true;
    const QString sessionDir = m_spec.sessionDir;
    const qint64 from = m_eventsStart;
    const QString worker = m_spec.workerType;
    const ProtocolProfile proto = m_spec.protocol;
    m_verifyJobs.start([sessionDir, from, worker, proto] { return RunVerdict::check(sessionDir, from, worker, proto); },
        [this](const RunVerdict &v) {
            m_verdict = v;
            m_verified = true;
            m_verifying = false;
            finalize();
        });
}

void Runner::noteClaudeSession()
{
    const QString sid = m_parser.sessionId();
    if (sid.isEmpty() || sid == m_record.claudeSessionId)
        return;
    m_record.claudeSessionId = sid;
    const QString cwd = m_parser.cwd().isEmpty() ? m_cmd.workingDir : m_parser.cwd();
    m_record.claudeTranscriptPath = ClaudeTranscript::transcriptPath(ClaudeTranscript::configDir(m_cmd.env), cwd, sid);
    saveRecord();
    Q_EMIT recordChanged();
}

void Runner::probeVersion()
{
    auto *p = new QProcess(this);
    m_versionProc = p;
    p->setProgram(m_cmd.program);
    p->setArguments({QStringLiteral("--version")});
    p->setWorkingDirectory(m_cmd.workingDir);
    p->setProcessEnvironment(m_cmd.env);
    p->setStandardInputFile(QProcess::nullDevice());
    p->setChildProcessModifier(prepareChild);
    connect(p, &QProcess::finished, this, [this, p](int code, QProcess::ExitStatus status) {
        const QString out = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
        if (status == QProcess::NormalExit && code == 0 && !out.isEmpty()) {
            m_record.programVersion = out.section(u'\n', 0, 0).left(200);
            if (!m_detached)
                saveRecord();
            Q_EMIT recordChanged();
        }
        p->deleteLater();
    });
    connect(p, &QProcess::errorOccurred, p, [p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            p->deleteLater();
    });
    QTimer::singleShot(kVersionProbeMs, p, [p] {
        // A program that does not answer --version is not waited for.
        if (p->state() != QProcess::NotRunning)
            RunProcessGroup::signal(p->processId(), SIGKILL);
    });
    p->start();
}

void Runner::onProcessFinished(int exitCode, int exitStatus)
{
    m_processDone = true;
    m_record.exitCode = exitCode;
    m_record.exitStatus = exitStatus == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crashed");
    m_resultTimer->stop();
    drain();
    if (m_detached)
        return;
    if (m_stopReason != StopReason::None) {
        pollGroup();
        return;
    }
    const QList<qint64> left = RunProcessGroup::members(m_record.pgid);
    if (!left.isEmpty()) {
        const QString msg = tr("%n process(es) of the run were still running after it exited; ending them.", nullptr,
                               int(left.size()));
        m_record.warnings.append(msg);
        addConsole(ConsoleLine::Info, msg);
        Q_EMIT warningRaised(msg);
        beginStop(StopReason::Leftovers);
        return;
    }
    finishWhenDrained();
}

void Runner::finishWhenDrained()
{
    // A flood may still sit unread in the output files: read it tick by tick
    // (the GUI keeps turning), then end the run.
    const bool unread = (m_out.isOpen() && m_out.pos() < m_out.size()) || (m_err.isOpen() && m_err.pos() < m_err.size());
    if (unread) {
        m_drainThenFinalize = true;
        if (!m_tail->isActive())
            m_tail->start();
        return;
    }
    m_drainThenFinalize = false;
    if (m_stopReason == StopReason::None && m_step >= 0 && m_step + 1 < m_steps.size() && !isFinished()) {
        const QString failure = stepFailure(m_step);
        if (failure.isEmpty()) {
            endStep(RunState::Succeeded, tr("Exited with code %1.").arg(m_record.exitCode));
            saveRecord();
            launchStep(m_step + 1);
            return;
        }
    }
    finalize();
}

void Runner::drain()
{
    bool backlog = drainFile(m_out, m_outPending, ConsoleLine::Stdout, false);
    backlog |= drainFile(m_err, m_errPending, ConsoleLine::Stderr, false);
    // With a backlog the next chunk is read as soon as the event loop has
    // turned once, not after a full tail interval.
    m_tail->setInterval(backlog ? 0 : kTailIntervalMs);
}

bool Runner::drainFile(QFile &file, QByteArray &pending, ConsoleLine::Stream stream, bool flushPartial)
{
    if (!file.isOpen())
        return false;
    const QByteArray chunk = file.read(kMaxReadPerTick);
    if (!chunk.isEmpty()) {
        pending += chunk;
        m_lastActivity.restart();
        m_silenceWarned = false;
    }
    qsizetype from = 0;
    for (;;) {
        const qsizetype nl = pending.indexOf('\n', from);
        if (nl < 0)
            break;
        while (nl - from > kMaxLineBytes) { // a runaway line is shown in pieces
            handleLine(pending.mid(from, kMaxLineBytes), stream);
            from += kMaxLineBytes;
        }
        qsizetype end = nl;
        if (end > from && pending.at(end - 1) == '\r')
            --end;
        handleLine(pending.mid(from, end - from), stream);
        from = nl + 1;
    }
    pending.remove(0, from);
    while (pending.size() > kMaxLineBytes) {
        handleLine(pending.left(kMaxLineBytes), stream);
        pending.remove(0, kMaxLineBytes);
    }
    if (flushPartial && !pending.isEmpty()) {
        handleLine(pending, stream);
        pending.clear();
    }
    return chunk.size() == kMaxReadPerTick;
}

void Runner::handleLine(const QByteArray &line, ConsoleLine::Stream stream)
{
    addConsole(stream, QString::fromUtf8(line));
    if (stream != ConsoleLine::Stdout)
        return;
    const QList<TranscriptEntry> entries = m_parser.feed(line);
    if (!entries.isEmpty()) {
        const int first = int(m_transcript.size());
        m_transcript.append(entries);
        Q_EMIT transcriptAppended(first, int(entries.size()));
    }
    const bool isInit = std::any_of(entries.cbegin(), entries.cend(), [](const TranscriptEntry &e) {
        return e.kind == TranscriptEntry::Init;
    });
    if (isInit)
        noteClaudeSession();
    if (isInit && m_spec.passAgent && m_spec.profile.kind == RunProfile::ClaudeCode
        && !m_parser.agents().contains(m_spec.workerType)) {
        // docs/RUNNERS.md: --agent has been ignored in -p mode by some versions.
        const QString msg = tr("Claude Code did not list the agent %1 at start-up (agents: %2); "
                               "--agent may have been ignored.")
                                .arg(m_spec.workerType, m_parser.agents().join(QLatin1String(", ")));
        m_record.warnings.append(msg);
        addConsole(ConsoleLine::Info, msg);
        Q_EMIT warningRaised(msg);
    }
    const bool isResultLine = std::any_of(entries.cbegin(), entries.cend(), [](const TranscriptEntry &e) {
        return e.kind == TranscriptEntry::Result;
    });
    if (isResultLine) {
        m_record.totals = m_parser.result();
        m_stepResult = true;
        Q_EMIT resultReceived(m_record.totals);
        Q_EMIT recordChanged();
        if (!m_processDone && m_stopReason == StopReason::None)
            m_resultTimer->start(m_timings.resultExitMs);
    }
    const bool hadOutput = m_capture.hasOutput();
    const QByteArray before = m_capture.json();
    m_capture.feed(line);
    if (m_capture.hasOutput() && (!hadOutput || m_capture.json() != before)) {
        m_record.workerOutputJson = m_capture.pretty();
        Q_EMIT workerOutputCaptured(m_record.workerOutputJson);
        Q_EMIT recordChanged();
    }
}

void Runner::addConsole(ConsoleLine::Stream stream, const QString &text)
{
    ConsoleLine l{QDateTime::currentDateTimeUtc(), stream, text};
    if (m_log.isOpen()) {
        static const char *const tags[] = {"out", "err", "run"};
        m_log.write(l.time.toString(Qt::ISODateWithMs).toUtf8() + " [" + tags[stream] + "] " + text.toUtf8() + '\n');
    }
    m_console.append(l);
    if (m_console.size() > kMaxConsoleLines)
        m_console.removeFirst();
    Q_EMIT consoleLineAdded(l);
}

void Runner::cancel()
{
    if (m_record.state == RunState::Queued) {
        m_record.endReason = tr("Cancelled before it started.");
        m_record.endedAt = QDateTime::currentDateTimeUtc();
        setState(RunState::Cancelled);
        QMetaObject::invokeMethod(this, &Runner::finished, Qt::QueuedConnection);
        return;
    }
    if (isFinished() || m_detached)
        return;
    addConsole(ConsoleLine::Info, tr("Cancel requested."));
    beginStop(StopReason::Cancel);
}

void Runner::detach()
{
    if (isFinished() || !m_proc)
        return;
    m_detached = true;
    m_record.detached = true;
    m_record.endReason = tr("Left running when the inspector quit (detached).");
    addConsole(ConsoleLine::Info, m_record.endReason);
    for (QTimer *t : {m_tail, m_watchdog, m_timeout, m_resultTimer, m_stopTimer})
        t->stop();
    saveRecord();
    m_log.close();
    // Deliberately released, not deleted: ~QProcess would kill the child.
    // Its output keeps going to the .stdout/.stderr files. Kept in a list
    // for the life of the process, so that it is still owned (and not a
    // leak to LeakSanitizer) until the inspector exits. The list itself is
    // never destroyed: a static vector's destructor runs before the leak
    // check and left the processes unreachable (reported as leaks).
    static auto *const detached = new std::vector<QProcess *>;
    m_proc->disconnect(this);
    m_proc->setParent(nullptr);
    detached->push_back(m_proc);
    m_proc = nullptr;
}

void Runner::noteSessionActivity()
{
    m_lastActivity.restart();
    m_silenceWarned = false;
}

void Runner::beginStop(StopReason reason)
{
    if (m_stopReason != StopReason::None || isFinished())
        return;
    m_stopReason = reason;
    m_timeout->stop();
    m_resultTimer->stop();
    if (m_record.pgid == 0 && m_proc)
        m_record.pgid = m_proc->processId();
    setState(RunState::Stopping);
    m_stopStep = 0;
    RunProcessGroup::signal(m_record.pgid, SIGINT);
    if (m_proc && m_proc->state() != QProcess::NotRunning)
        ::kill(pid_t(m_proc->processId()), SIGINT); // in case it left its group
    m_stopTimer->start(m_timings.signalGraceMs);
    if (!m_tail->isActive())
        m_tail->start();
}

void Runner::escalate()
{
    ++m_stopStep;
    const int sig = m_stopStep == 1 ? SIGTERM : SIGKILL;
    if (m_stopStep <= 2) {
        addConsole(ConsoleLine::Info, m_stopStep == 1 ? tr("Still running after SIGINT; sending SIGTERM.")
                                                      : tr("Still running after SIGTERM; sending SIGKILL."));
        RunProcessGroup::signal(m_record.pgid, sig);
        if (m_proc && m_proc->state() != QProcess::NotRunning)
            ::kill(pid_t(m_proc->processId()), sig);
        m_stopTimer->start(m_stopStep == 1 ? m_timings.signalGraceMs : qMax(m_timings.signalGraceMs, 2000));
        return;
    }
    // SIGKILL was not enough (a process stuck in the kernel): finish and say so.
    finalize();
}

void Runner::pollGroup()
{
    if (isFinished())
        return;
    const bool leaderRunning = m_proc && m_proc->state() != QProcess::NotRunning;
    if (!leaderRunning && RunProcessGroup::isEmpty(m_record.pgid))
        finishWhenDrained();
}

void Runner::checkSilence()
{
    const qint64 size = QFileInfo(m_spec.sessionDir + QLatin1String("/EVENTS.jsonl")).size();
    if (size != m_eventsSize) {
        if (m_eventsSize >= 0)
            noteSessionActivity();
        m_eventsSize = size;
    }
    if (!m_silenceWarned && m_lastActivity.isValid() && m_lastActivity.elapsed() >= m_timings.silenceWarningMs
        && m_record.state == RunState::Running) {
        m_silenceWarned = true;
        const QString msg = tr("No output and no session event for %1 s.").arg(m_lastActivity.elapsed() / 1000);
        m_record.warnings.append(msg);
        addConsole(ConsoleLine::Info, msg);
        saveRecord();
        Q_EMIT warningRaised(msg);
        Q_EMIT recordChanged();
    }
}

void Runner::finalize()
{
    if (isFinished())
        return;
    for (QTimer *t : {m_tail, m_watchdog, m_timeout, m_resultTimer, m_stopTimer})
        t->stop();
    if (m_verifying)
        return; // the finish check delivers and calls finalize() again
    if (!m_verified && m_stopReason == StopReason::None && needsFinishCheck() && m_step >= 0
        && stepFailure(m_step).isEmpty()) {
        // Reads EVENTS.jsonl off the GUI thread, then finalize() again.
        startFinishCheck();
        return;
    }
    // Everything the group wrote, also what a flood left unread.
    while (drainFile(m_out, m_outPending, ConsoleLine::Stdout, false)) {
    }
    while (drainFile(m_err, m_errPending, ConsoleLine::Stderr, false)) {
    }
    // (returns true while a full chunk was read: loop until the files are dry)
    drainFile(m_out, m_outPending, ConsoleLine::Stdout, true);
    drainFile(m_err, m_errPending, ConsoleLine::Stderr, true);

    m_record.leftoverPids = RunProcessGroup::members(m_record.pgid);
    if (!m_record.leftoverPids.isEmpty()) {
        QStringList pids;
        for (qint64 p : m_record.leftoverPids)
            pids.append(QString::number(p));
        const QString msg = tr("Processes still alive after SIGKILL: %1").arg(pids.join(QLatin1String(", ")));
        m_record.warnings.append(msg);
        addConsole(ConsoleLine::Info, msg);
    }

    RunState s = RunState::Failed;
    switch (m_stopReason) {
    case StopReason::Cancel:
        s = RunState::Cancelled;
        m_record.endReason = tr("Cancelled.");
        break;
    case StopReason::Timeout:
        s = RunState::TimedOut;
        m_record.endReason = tr("Timed out after %1 s.").arg(m_spec.timeoutSec);
        break;
    default: {
        const QString failure = m_step >= 0 ? stepFailure(m_step) : tr("The program crashed or was killed.");
        if (!failure.isEmpty()) {
            m_record.endReason = m_steps.size() > 1 ? tr("Step %1 (%2) failed: %3").arg(m_step + 1).arg(m_steps.at(m_step).name, failure)
                                                    : failure;
        } else if (m_verified) {
            s = m_verdict.ok ? RunState::Succeeded : RunState::Failed;
            m_record.endReason = m_verdict.reason;
            if (!m_verdict.ok && m_spec.profile.kind == RunProfile::PythonCli)
                m_record.endReason += u' ' + tr("(one phase of the framework's CLI only: use the \"framework 3-phase\" profile)");
        } else {
            s = RunState::Succeeded;
            m_record.endReason = m_stepResult ? tr("Result: %1").arg(m_record.totals.subtype) : tr("Exited with code 0.");
        }
        break;
    }
    }
    endStep(m_stopReason == StopReason::Cancel ? RunState::Cancelled
            : m_stopReason == StopReason::Timeout ? RunState::TimedOut
            : (s == RunState::Succeeded || (m_step >= 0 && stepFailure(m_step).isEmpty())) ? RunState::Succeeded
                                                                                          : RunState::Failed,
            m_record.endReason);
    if (m_stopReason == StopReason::ResultHang)
        m_record.endReason += u' ' + tr("(ended after the result: it did not exit by itself)");
    m_record.endedAt = QDateTime::currentDateTimeUtc();
    if (s != RunState::Succeeded && m_spec.protocol.hasStateFile) {
        QString ignored;
        StateJsonUpdater::markWorker(m_spec.sessionDir + QLatin1String("/STATE.json"), m_spec.workerType,
                                     QStringLiteral("failed"), QString(), &ignored);
    }
    addConsole(ConsoleLine::Info, tr("Run ended: %1 %2").arg(RunStates::displayName(s), m_record.endReason));
    m_record.state = s; // set before saving so the file holds the final state
    saveRecord();
    m_log.close();
    m_out.close();
    m_err.close();
    Q_EMIT stateChanged(s);
    Q_EMIT recordChanged();
    Q_EMIT finished();
}

void Runner::setState(RunState s)
{
    if (m_record.state == s)
        return;
    m_record.state = s;
    Q_EMIT stateChanged(s);
    Q_EMIT recordChanged();
}

void Runner::saveRecord()
{
    if (m_record.sessionDir.isEmpty())
        return; // an unsafe or missing session never receives files
    QString error;
    if (!RunProvenance::write(m_record, &error) && !m_record.warnings.contains(error))
        m_record.warnings.append(error);
}
