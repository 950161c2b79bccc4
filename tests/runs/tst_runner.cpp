#include "testpaths.h"
#include "runner.h"
#include "runprovenance.h"

#include "workers/frameworktestsupport.h"
#include "workers/runtestsupport.h"

#include <QSignalSpy>
#include <QtTest>

class TestRunner : public QObject
{
    Q_OBJECT

    // Starts the run and waits until it has finished (or the time is up).
    static bool runToEnd(Runner &run, int timeoutMs = 20000)
    {
        QSignalSpy finished(&run, &Runner::finished);
        run.start();
        return finished.count() > 0 || finished.wait(timeoutMs);
    }

private Q_SLOTS:
    void aStreamingRunSucceedsAndRecordsItsResultAndProvenance()
    {
        TestProject p;
        Runner run(p.spec(QStringLiteral("stream")), fastTimings());
        QSignalSpy results(&run, &Runner::resultReceived);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::Succeeded);
        QCOMPARE(results.count(), 1);
        const RunRecord &r = run.record();
        QCOMPARE(r.totals.numTurns, 3);
        QCOMPARE(r.totals.inputTokens, 100);
        QCOMPARE(r.totals.outputTokens, 50);
        QCOMPARE(r.totals.costUsd, 0.0123);
        QCOMPARE(r.exitCode, 0);

        // The transcript holds text, the tool call with its input, its result and the final result.
        QList<TranscriptEntry::Kind> kinds;
        for (const TranscriptEntry &e : run.transcript())
            kinds.append(e.kind);
        QVERIFY(kinds.contains(TranscriptEntry::Init));
        QVERIFY(kinds.contains(TranscriptEntry::AssistantText));
        QVERIFY(kinds.contains(TranscriptEntry::ToolUse));
        QVERIFY(kinds.contains(TranscriptEntry::ToolResult));
        QCOMPARE(kinds.last(), TranscriptEntry::Result);
        for (const TranscriptEntry &e : run.transcript())
            if (e.kind == TranscriptEntry::ToolUse)
                QVERIFY(e.inputJson.contains(QLatin1String("\"command\": \"ls\"")));

        // The worker's lifecycle reached the session, and so did the prompt and the state.
        const QByteArray events = p.read(QStringLiteral("EVENTS.jsonl"));
        QVERIFY(events.contains("\"worker_spawned\""));
        QVERIFY(events.contains("\"worker_completed\""));
        const QByteArray prompt = p.read(QStringLiteral("workers/prompts/test-worker.prompt"));
        QVERIFY(prompt.startsWith("---\n"));
        QVERIFY(prompt.contains(QByteArray("\nSession ID: " + p.sessionId.toUtf8() + "\n")));
        const QJsonObject state = readJsonFile(p.sessionDir + QLatin1String("/STATE.json"));
        QCOMPARE(state[u"worker_states"_qs][u"test-worker"_qs][u"status"_qs].toString(), u"spawned"_qs);
        QCOMPARE(state[u"version"_qs].toString(), u"2.0"_qs); // merged, not replaced

        // Provenance: every field of the issue, on disk.
        const QJsonObject prov = readJsonFile(RunProvenance::jsonPath(p.sessionDir, run.id()));
        QCOMPARE(prov[u"state"_qs].toString(), u"succeeded"_qs);
        QCOMPARE(prov[u"profile"_qs][u"name"_qs].toString(), u"custom"_qs);
        QVERIFY(prov[u"profile"_qs][u"args_template"_qs].toString().contains(u"{task}"));
        QCOMPARE(prov[u"program_path"_qs].toString(), TestPaths::fakeWorker());
        QCOMPARE(prov[u"working_dir"_qs].toString(), p.root);
        QVERIFY(prov[u"args"_qs].toArray().contains(u"Check the stand-in"_qs));
        // The queen's file was absent, so the run created it; the run's own
        // prompt is workers/runs/<run-id>.prompt.
        QCOMPARE(prov[u"queen_prompt_file"_qs].toString(), u"workers/prompts/test-worker.prompt"_qs);
        QVERIFY(prov[u"queen_prompt_created"_qs].toBool());
        QCOMPARE(prov[u"queen_prompt_sha256"_qs].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(prompt, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(prov[u"prompt_file"_qs].toString(), u"workers/runs/"_qs + run.id() + u".prompt"_qs);
        const QByteArray own = p.read(u"workers/runs/"_qs + run.id() + u".prompt"_qs);
        QVERIFY(own.contains(QByteArray("\nSession ID: " + p.sessionId.toUtf8() + "\n")));
        QCOMPARE(prov[u"prompt_sha256"_qs].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(own, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!prov[u"started_at"_qs].toString().isEmpty());
        QVERIFY(!prov[u"ended_at"_qs].toString().isEmpty());
        QCOMPARE(prov[u"exit_code"_qs].toInt(), 0);
        QCOMPARE(prov[u"result"_qs][u"total_cost_usd"_qs].toDouble(), 0.0123);
        QCOMPARE(prov[u"result"_qs][u"num_turns"_qs].toInt(), 3);
        // --version is probed in the background; it answers quickly for the stand-in.
        QTRY_COMPARE(readJsonFile(RunProvenance::jsonPath(p.sessionDir, run.id()))[u"program_version"_qs].toString(),
                     u"fake_worker 1.0"_qs);
        const QByteArray log = [&] {
            QFile f(RunProvenance::logPath(p.sessionDir, run.id()));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(log.contains("[out] {\"type\":\"result\""));
        QVERIFY(log.contains("[err] a line on stderr"));

        // And it reads back as a past run.
        const QList<RunRecord> past = RunProvenance::loadAll(p.sessionDir);
        QCOMPARE(past.size(), 1);
        QCOMPARE(past.first().runId, run.id());
        QCOMPARE(past.first().state, RunState::Succeeded);
        QCOMPARE(past.first().totals.costUsd, 0.0123);
    }

    void theChildGetsItsOwnGroupClosedStdinAndAnEditedEnvironment()
    {
        TestProject p;
        const QString dump = p.path(QStringLiteral("argv.json"));
        qputenv("CLAUDECODE", "1");
        qputenv("CLAUDE_CODE_ENTRYPOINT", "cli");
        Runner run(p.spec(QStringLiteral("stream"), QLatin1String("--argv-dump ") + dump), fastTimings());
        QVERIFY(runToEnd(run));
        qunsetenv("CLAUDECODE");
        qunsetenv("CLAUDE_CODE_ENTRYPOINT");
        const QJsonObject d = readJsonFile(dump);
        QCOMPARE(d[u"pgid"_qs].toInteger(), d[u"pid"_qs].toInteger());
        QCOMPARE(d[u"pid"_qs].toInteger(), run.record().pid);
        QCOMPARE(d[u"CLAUDECODE"_qs].toBool(), false);
        QCOMPARE(d[u"PYTHONUNBUFFERED"_qs].toString(), u"1"_qs);
        QCOMPARE(d[u"stdin_eof"_qs].toBool(), true);
        QVERIFY(run.record().envEdits.contains(u"-CLAUDECODE"_qs));
        QVERIFY(run.record().envEdits.contains(u"-CLAUDE_CODE_ENTRYPOINT"_qs));
    }

    void aTaskTextIsOnlyEverTheTask_data()
    {
        QTest::addColumn<QString>("task");
        QTest::newRow("command substitution") << QStringLiteral("$(touch CANARY)");
        QTest::newRow("backticks") << QStringLiteral("`touch CANARY`");
        QTest::newRow("command separator") << QStringLiteral("; rm -rf ~/.si-run-test-nonexistent; touch CANARY");
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\" 'twice' \\ and \\\" escaped");
        QTest::newRow("newlines") << QStringLiteral("line one\nline two\n--mode silent\n");
        QTest::newRow("looks like an option") << QStringLiteral("--mode");
        QTest::newRow("placeholder") << QStringLiteral("{session_dir} {task} {prompt}");
        QTest::newRow("pipes and redirects") << QStringLiteral("| tee CANARY > CANARY && touch CANARY &");
        QTest::newRow("unicode") << QStringLiteral("Prüfe die Ölpipeline 🚀 — ok");
        QTest::newRow("100 KB") << QString(100 * 1024, u'x') + QStringLiteral("$(touch CANARY)");
    }

    void aTaskTextIsOnlyEverTheTask()
    {
        QFETCH(QString, task);
        TestProject p;
        const QString canary = p.path(QStringLiteral("canary"));
        task.replace(QLatin1String("CANARY"), canary);
        const QString dump = p.path(QStringLiteral("argv.json"));
        RunSpec spec = p.spec(QStringLiteral("stream"), QLatin1String("--argv-dump ") + dump);
        spec.task = task;
        Runner run(spec, fastTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::Succeeded);
        const QJsonArray argv = readJsonFile(dump)[u"argv"_qs].toArray();
        const QStringList expected{u"--mode"_qs, u"stream"_qs, u"--session-dir"_qs, p.sessionDir, u"--worker"_qs,
                                   u"test-worker"_qs, u"--task"_qs, task, u"--argv-dump"_qs, dump};
        QCOMPARE(argv.toVariantList().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(argv.at(i).toString(), expected.at(i));
        QVERIFY(!QFile::exists(canary));
        // The prompt carries the task verbatim, after the session line.
        const QString prompt = QString::fromUtf8(p.read(QStringLiteral("workers/prompts/test-worker.prompt")));
        QVERIFY(prompt.contains(task));
        QVERIFY(prompt.indexOf(QLatin1String("Session ID: ")) < prompt.indexOf(task));
    }

    void cancelLeavesNoProcessOfTheGroupAlive()
    {
        TestProject p;
        const QString pidFile = p.path(QStringLiteral("pids"));
        Runner run(p.spec(QStringLiteral("grandchildren"), QLatin1String("--pid-file ") + pidFile), fastTimings());
        QSignalSpy finished(&run, &Runner::finished);
        run.start();
        // leader + 2 children + 2 grandchildren
        QTRY_COMPARE_WITH_TIMEOUT(readPids(pidFile).size(), 5, 10000);
        const QList<qint64> pids = readPids(pidFile);
        QCOMPARE(RunProcessGroup::members(run.record().pgid).size(), 5);
        run.cancel();
        QVERIFY(finished.wait(15000));
        QCOMPARE(run.state(), RunState::Cancelled);
        for (qint64 pid : pids)
            QVERIFY2(processIsGone(pid), qPrintable(QStringLiteral("pid %1 survived").arg(pid)));
        QVERIFY(RunProcessGroup::members(run.record().pgid).isEmpty());
        QVERIFY(run.record().leftoverPids.isEmpty());
        // They ignore SIGINT, and one ignores SIGTERM: all three steps were needed.
        bool sawTerm = false, sawKill = false;
        for (const ConsoleLine &l : run.console()) {
            sawTerm |= l.text.contains(QLatin1String("SIGTERM"));
            sawKill |= l.text.contains(QLatin1String("sending SIGKILL"));
        }
        QVERIFY(sawTerm);
        QVERIFY(sawKill);
        QCOMPARE(readJsonFile(RunProvenance::jsonPath(p.sessionDir, run.id()))[u"state"_qs].toString(), u"cancelled"_qs);
        const QJsonObject state = readJsonFile(p.sessionDir + QLatin1String("/STATE.json"));
        QCOMPARE(state[u"worker_states"_qs][u"test-worker"_qs][u"status"_qs].toString(), u"failed"_qs);
    }

    void cancelWithTheRealGracePeriodsStopsAWellBehavedWorkerAtOnce()
    {
        TestProject p;
        RunSpec spec = p.spec(QStringLiteral("slow"), QStringLiteral("--lines 600"));
        Runner run(spec); // product defaults: 5 s grace, 10 min silence, 30 s after result
        QSignalSpy finished(&run, &Runner::finished);
        run.start();
        QTRY_VERIFY(run.console().size() > 2);
        run.cancel();
        QVERIFY(finished.wait(15000)); // SIGINT ends it; no escalation needed
        QCOMPARE(run.state(), RunState::Cancelled);
        for (const ConsoleLine &l : run.console())
            QVERIFY(!l.text.contains(QLatin1String("SIGTERM")));
    }

    void theTimeoutEndsARunAsTimedOut()
    {
        TestProject p;
        RunSpec spec = p.spec(QStringLiteral("silent"));
        spec.timeoutSec = 1;
        Runner run(spec, fastTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::TimedOut);
        QVERIFY(RunProcessGroup::members(run.record().pgid).isEmpty());
        QCOMPARE(readJsonFile(RunProvenance::jsonPath(p.sessionDir, run.id()))[u"state"_qs].toString(), u"timed out"_qs);
    }

    void silenceRaisesAWarningButKeepsTheRun()
    {
        TestProject p;
        Runner run(p.spec(QStringLiteral("silent")), fastTimings());
        QSignalSpy warnings(&run, &Runner::warningRaised);
        QSignalSpy finished(&run, &Runner::finished);
        run.start();
        QVERIFY(warnings.wait(5000));
        QVERIFY(warnings.first().first().toString().contains(QLatin1String("No output")));
        QCOMPARE(run.state(), RunState::Running);
        QVERIFY(run.silenceWarned());
        run.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!run.record().warnings.isEmpty());
    }

    void aSessionEventCountsAsActivity()
    {
        TestProject p;
        RunTimings t = fastTimings();
        t.silenceWarningMs = 600;
        Runner run(p.spec(QStringLiteral("silent")), t);
        QSignalSpy warnings(&run, &Runner::warningRaised);
        run.start();
        // Another writer appends to EVENTS.jsonl every 150 ms: not silent.
        QFile events(p.sessionDir + QLatin1String("/EVENTS.jsonl"));
        QVERIFY(events.open(QIODevice::Append));
        for (int i = 0; i < 8; ++i) {
            events.write("{\"timestamp\":\"2025-01-01T00:00:00Z\",\"type\":\"worker_heartbeat\",\"agent\":\"x\",\"details\":\"\"}\n");
            events.flush();
            QTest::qWait(150);
        }
        QCOMPARE(warnings.count(), 0);
        run.cancel();
        QTRY_VERIFY(run.isFinished());
    }

    void aResultWithoutExitEndsTheGroup()
    {
        TestProject p;
        Runner run(p.spec(QStringLiteral("result-hang")), fastTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::Succeeded); // the result line is the authority
        QVERIFY(run.record().endReason.contains(QLatin1String("did not exit")));
        QVERIFY(!run.record().warnings.isEmpty());
        QVERIFY(RunProcessGroup::members(run.record().pgid).isEmpty());
    }

    void hostileOutputIsShownAndNeverBreaksTheRun()
    {
        TestProject p;
        Runner run(p.spec(QStringLiteral("garbage")), fastTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::Succeeded);
        QCOMPARE(run.record().totals.numTurns, 1);
        QStringList texts;
        for (const ConsoleLine &l : run.console())
            texts.append(l.text.left(100));
        QVERIFY(texts.contains(QStringLiteral("bad \uFFFD\uFFFD utf8")));
        QVERIFY(texts.contains(QStringLiteral("no newline at the end"))); // flushed at the end
        bool sawCrlf = false;
        for (const TranscriptEntry &e : run.transcript())
            sawCrlf |= e.text == QLatin1String("crlf");
        QVERIFY(sawCrlf);
        int longest = 0;
        for (const ConsoleLine &l : run.console())
            longest = qMax(longest, int(l.text.size()));
        QVERIFY(longest <= 4 * 1024 * 1024); // the 5 MB line arrives in pieces
    }

    void aFloodOfOutputIsFollowedCompletely()
    {
        TestProject p;
        Runner run(p.spec(QStringLiteral("flood"), QStringLiteral("--lines 200000")), fastTimings());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runToEnd(run, 60000));
        qInfo("200000 lines followed in %lld ms", clock.elapsed());
        QCOMPARE(run.state(), RunState::Succeeded);
        QCOMPARE(run.console().size(), Runner::kMaxConsoleLines); // in memory: the newest
        QCOMPARE(run.console().last().text.left(30).contains(QLatin1String("Run ended")), true);
        QFile log(RunProvenance::logPath(p.sessionDir, run.id()));
        QVERIFY(log.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!log.atEnd())
            lines += log.readLine().contains("[out] flood line ");
        QCOMPARE(lines, 200000); // the log keeps everything
    }

    void aNonZeroExitFailsTheRun()
    {
        TestProject p;
        Runner run(p.spec(QStringLiteral("fail")), fastTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::Failed);
        QCOMPARE(run.record().exitCode, 3);
        QVERIFY(run.record().totals.isError);
        const QJsonObject state = readJsonFile(p.sessionDir + QLatin1String("/STATE.json"));
        QCOMPARE(state[u"worker_states"_qs][u"test-worker"_qs][u"status"_qs].toString(), u"failed"_qs);
    }

    void unsafeSessionIdsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("parent") << QStringLiteral("..");
        QTest::newRow("traversal") << QStringLiteral("../../etc");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("dotdot inside") << QStringLiteral("x..y");
        QTest::newRow("nul") << QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("c"));
        QTest::newRow("empty") << QString();
        QTest::newRow("option") << QStringLiteral("-rf");
        QTest::newRow("newline") << QStringLiteral("a\nb");
    }

    void unsafeSessionIdsAreRefused()
    {
        QFETCH(QString, id);
        TestProject p;
        const QString dump = p.path(QStringLiteral("argv.json"));
        RunSpec spec = p.spec(QStringLiteral("stream"), QLatin1String("--argv-dump ") + dump);
        spec.sessionId = id;
        spec.sessionDir = p.sessionsDir + u'/' + id;
        QVERIFY(!RunResolver::validate(spec).isEmpty());
        Runner run(spec, fastTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::Failed);
        QVERIFY(run.record().endReason.contains(QLatin1String("safe path component")));
        QVERIFY(!QFile::exists(dump)); // never started
        QVERIFY(run.record().sessionDir.isEmpty()); // nothing written anywhere
    }

    void unknownWorkersAndMissingProgramsAreRefused()
    {
        TestProject p;
        RunSpec spec = p.spec(QStringLiteral("stream"));
        spec.workerType = QStringLiteral("nobody-worker");
        QVERIFY(RunResolver::validate(spec).join(u' ').contains(QLatin1String("Unknown worker")));
        // A definition in .claude/agents makes it known.
        QFile def(p.root + QLatin1String("/.claude/agents/nobody-worker.md"));
        QVERIFY(def.open(QIODevice::WriteOnly));
        def.close();
        QVERIFY(RunResolver::validate(spec).isEmpty());

        spec.profile.program = QStringLiteral("si-no-such-program-anywhere");
        Runner run(spec, fastTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::Failed);
        QVERIFY(run.record().endReason.contains(QLatin1String("Program not found")));
        // The refusal is recorded in the session.
        QCOMPARE(RunProvenance::loadAll(p.sessionDir).size(), 1);
    }

    void theClaudeCodeProfileRunsWithStreamJson()
    {
        TestProject p;
        const QString bin = p.path(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(QFile::link(TestPaths::fakeWorker(), bin + QLatin1String("/claude")));
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", bin.toUtf8() + ':' + oldPath);
        qputenv("CLAUDECODE", "1"); // the stand-in, like the real CLI, refuses to start with it
        RunSpec spec = p.spec(QString());
        spec.profile = RunProfile::claudeCode();
        spec.workerType = QStringLiteral("devops-worker");
        spec.model = QStringLiteral("sonnet");
        Runner run(spec, fastTimings());
        const bool ended = runToEnd(run);
        qputenv("PATH", oldPath);
        qunsetenv("CLAUDECODE");
        QVERIFY(ended);
        QCOMPARE(run.state(), RunState::Succeeded);
        QCOMPARE(run.record().programPath, bin + QLatin1String("/claude"));
        const QStringList args = run.record().args;
        QCOMPARE(args.at(0), u"-p"_qs);
        QVERIFY(args.at(1).contains(QLatin1String("Session ID: ") + p.sessionId));
        QVERIFY(args.contains(u"--verbose"_qs));
        QCOMPARE(args.mid(args.indexOf(u"--model"_qs), 2), QStringList({u"--model"_qs, u"sonnet"_qs}));
        QVERIFY(!args.contains(u"--agent"_qs));           // optional group left out
        QVERIFY(!args.contains(u"--permission-mode"_qs));
        QTRY_COMPARE(run.record().programVersion, u"0.0-fake (Claude Code)"_qs);
        // The stand-in found the session from the prompt and logged into it.
        QVERIFY(p.read(QStringLiteral("EVENTS.jsonl")).contains("\"agent\":\"devops-worker\""));
    }

    void anAgentMissingAtStartUpIsFlagged_data()
    {
        QTest::addColumn<bool>("listed");
        QTest::newRow("listed") << true;
        QTest::newRow("ignored") << false;
    }

    void anAgentMissingAtStartUpIsFlagged()
    {
        QFETCH(bool, listed);
        TestProject p;
        const QString bin = p.path(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(QFile::link(TestPaths::fakeWorker(), bin + QLatin1String("/claude")));
        if (!listed)
            qputenv("FAKE_NO_AGENTS", "1");
        RunSpec spec = p.spec(QString());
        spec.profile = RunProfile::claudeCode();
        spec.profile.program = bin + QLatin1String("/claude");
        spec.workerType = QStringLiteral("devops-worker");
        spec.passAgent = true;
        Runner run(spec, fastTimings());
        const bool ended = runToEnd(run);
        qunsetenv("FAKE_NO_AGENTS");
        QVERIFY(ended);
        QVERIFY(run.record().args.contains(u"--agent"_qs));
        QCOMPARE(run.record().warnings.join(u' ').contains(QLatin1String("--agent may have been ignored")), !listed);
    }

    void thePythonCliProfileCapturesItsWorkerOutputJson()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        FrameworkProject fp; // the stand-in cli.py is the 2025-09-13 one
        QVERIFY(fp.ok);
        TestProject p;
        p.root = fp.root;
        p.sessionDir = fp.sessionDir;
        p.sessionId = fp.sessionId;
        RunSpec spec = p.spec(QString());
        spec.profile = RunProfile::pythonCli();
        spec.workerType = QStringLiteral("devops-worker");
        spec.task = QStringLiteral("--output");  // must stay the task, not become the flag
        Runner run(spec, fastTimings());
        QSignalSpy captured(&run, &Runner::workerOutputCaptured);
        QVERIFY(runToEnd(run));
        // Phase 1 alone is not a finished worker (issue 9): the run says so.
        QCOMPARE(run.record().exitCode, 0);
        QCOMPARE(run.state(), RunState::Failed);
        QVERIFY(run.record().endReason.contains(u"framework 3-phase"_qs));
        QCOMPARE(captured.count(), 1);
        const QJsonObject out = QJsonDocument::fromJson(run.workerOutput().toUtf8()).object();
        QCOMPARE(out[u"worker"_qs].toString(), u"devops-worker"_qs);
        QCOMPARE(out[u"session_id"_qs].toString(), p.sessionId);
        // The task stayed a value: the stand-in ran --setup, not --output.
        QVERIFY(p.read(u"EVENTS.jsonl"_qs).contains("\"task\":\"--output\""));
        QVERIFY(p.read(u"EVENTS.jsonl"_qs).contains("\"type\":\"setup_completed\""));
        QCOMPARE(readJsonFile(RunProvenance::jsonPath(p.sessionDir, run.id()))[u"worker_output"_qs][u"worker"_qs].toString(),
                 u"devops-worker"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
