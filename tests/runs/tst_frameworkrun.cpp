// Runs that follow the framework's own 3-phase workflow (issue 9, item 3),
// with stand-in programs only: the stand-in cli.py and fake_worker as
// "claude". Real child processes, real files.
#include "testpaths.h"
#include "runner.h"
#include "runprompt.h"
#include "runsessionlayout.h"

#include "workers/frameworktestsupport.h"
#include "workers/runtestsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

namespace {

bool runToEnd(Runner &run)
{
    QSignalSpy finished(&run, &Runner::finished);
    run.start();
    return run.isFinished() || finished.wait(60000);
}

const QByteArray kQueenPrompt = "TASK: Analyse the deployment pipeline\nSCOPE: CI, containers\n";

}

class TestFrameworkRun : public QObject
{
    Q_OBJECT

    QString m_bin;          // holds "claude" -> fake_worker
    QTemporaryDir m_binDir;

    RunSpec frameworkSpec(const FrameworkProject &p) const
    {
        RunSpec s;
        s.profile = RunProfile::framework3Phase();
        s.profile.program = m_bin + QLatin1String("/claude");
        s.projectRoot = p.root;
        s.sessionDir = p.sessionDir;
        s.sessionId = p.sessionId;
        s.workerType = QStringLiteral("devops-worker");
        s.task = QStringLiteral("Audit the deployment");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        m_bin = m_binDir.path();
        QVERIFY(QFile::link(TestPaths::fakeWorker(), m_bin + QLatin1String("/claude")));
        qputenv("FAKE_CLAUDE_MODE", "phase2");
    }

    void aNewSessionHasTheLayoutOfItsGeneration()
    {
        QTemporaryDir tmp;
        QString error;
        const QString current = RunSessionLayout::create(ProtocolProfile::generation20250913(), tmp.path(), u"Audit it"_qs, &error);
        QVERIFY2(!current.isEmpty(), qPrintable(error));
        QVERIFY(!QFileInfo::exists(current + u"/STATE.json"_qs));
        for (const char *d : {"workers", "workers/json", "workers/prompts", "workers/notes"})
            QVERIFY2(QFileInfo(current + u'/' + QLatin1String(d)).isDir(), d);
        QVERIFY(!QFileInfo::exists(current + u"/notes"_qs));
        for (const char *f : {"EVENTS.jsonl", "DEBUG.jsonl", "BACKLOG.jsonl", "SESSION.md"})
            QVERIFY2(QFileInfo(current + u'/' + QLatin1String(f)).isFile(), f);
        QVERIFY(QRegularExpression(ProtocolProfile::generation20250913().sessionIdPattern).match(QFileInfo(current).fileName()).hasMatch());
        QCOMPARE(ProtocolProfile::detect(current, QString()).id, ProtocolProfile::generation20250913().id);

        const QString old = RunSessionLayout::create(ProtocolProfile::generation20250830(), tmp.path(), u"Audit it"_qs, &error);
        QVERIFY(QFileInfo(old + u"/STATE.json"_qs).isFile());
        QCOMPARE(ProtocolProfile::detect(old, QString()).id, ProtocolProfile::generation20250830().id);
    }

    void theThreePhasesRunAsOneRunAndTheQueensPromptStaysUntouched()
    {
        FrameworkProject p;
        QVERIFY(p.ok);
        const QString queenRel = u"workers/prompts/devops-worker.prompt"_qs;
        QVERIFY(p.write(queenRel, kQueenPrompt));
        Runner run(frameworkSpec(p), fastTimings());
        QList<int> stepsSeen;
        connect(&run, &Runner::recordChanged, this, [&] {
            if (stepsSeen.isEmpty() || stepsSeen.last() != run.record().currentStep)
                stepsSeen.append(run.record().currentStep);
        });
        QVERIFY(runToEnd(run));
        const RunRecord &r = run.record();
        QVERIFY2(run.state() == RunState::Succeeded, qPrintable(r.endReason));
        QCOMPARE(stepsSeen, (QList<int>{0, 1, 2}));
        QCOMPARE(r.steps.size(), 3);
        QStringList kinds;
        for (const RunStepRecord &s : r.steps) {
            kinds.append(s.kind);
            QCOMPARE(s.state, RunState::Succeeded);
            QCOMPARE(s.exitCode, 0);
        }
        QCOMPARE(kinds, (QStringList{u"setup"_qs, u"work"_qs, u"output"_qs}));
        QCOMPARE(r.steps.at(0).args.mid(1), (QStringList{u"devops"_qs, u"--setup"_qs, u"--session"_qs, p.sessionId}));
        QCOMPARE(r.steps.at(0).workingDir, p.root + u"/.claude/agents/pydantic_ai"_qs);
        QCOMPARE(r.steps.at(1).workingDir, p.root);
        QCOMPARE(r.steps.at(2).args.at(2), u"--output"_qs);
        QCOMPARE(r.endReason, u"devops-worker logged outputs_completed; both outputs exist."_qs);
        QCOMPARE(r.protocolId, ProtocolProfile::generation20250913().id);

        // The framework's lifecycle, as its CLI logs it, with `level`.
        QCOMPARE(p.eventTypes(), (QStringList{u"worker_spawned"_qs, u"prompt_file_read"_qs, u"setup_completed"_qs,
                                              u"outputs_completed"_qs}));
        QVERIFY(p.read(u"EVENTS.jsonl"_qs).startsWith("{\"timestamp\":"));
        QVERIFY(p.read(u"EVENTS.jsonl"_qs).contains(",\"level\":\"INFO\",\"type\":\"worker_spawned\""));
        // Phase 2 filled the notes that phase 1 copied from the template.
        QVERIFY(p.read(u"workers/notes/devops_notes.md"_qs).startsWith("# Filled by the stand-in"));
        QVERIFY(p.read(u"workers/json/devops_output.json"_qs).contains(QByteArray("\"session_id\": \"" + p.sessionId.toUtf8() + '"')));

        // The queen's prompt: read, quoted, never overwritten; the run's own is elsewhere.
        QCOMPARE(p.read(queenRel), kQueenPrompt);
        QCOMPARE(r.queenPromptFile, queenRel);
        QVERIFY(!r.queenPromptCreated);
        QCOMPARE(r.queenPromptSha256, RunPrompt::sha256(kQueenPrompt));
        QCOMPARE(r.promptFile, u"workers/runs/"_qs + r.runId + u".prompt"_qs);
        const QByteArray own = p.read(r.promptFile);
        QVERIFY(own.contains(QByteArray("Session ID: " + p.sessionId.toUtf8())));
        QVERIFY(own.contains(kQueenPrompt.trimmed()));
        QVERIFY(r.args.at(1).contains(QLatin1String("Analyse the deployment pipeline"))); // {prompt} quotes it too
        // No STATE.json: it would turn the session into a 2025-08-30 one.
        QVERIFY(!QFileInfo::exists(p.file(u"STATE.json"_qs)));
        // The WORKER_OUTPUT_JSON of the last phase is the run's output.
        QCOMPARE(QJsonDocument::fromJson(run.workerOutput().toUtf8()).object()[u"worker"_qs].toString(), u"devops-worker"_qs);
        // Provenance on disk holds the steps.
        const QJsonObject prov = readJsonFile(RunProvenance::jsonPath(p.sessionDir, r.runId));
        QCOMPARE(prov[u"steps"_qs].toArray().size(), 3);
        QCOMPARE(prov[u"protocol"_qs].toString(), ProtocolProfile::generation20250913().id);
        QCOMPARE(prov[u"queen_prompt_file"_qs].toString(), queenRel);
    }

    void anAbsentQueenPromptIsCreatedInTheGenerationsFormat()
    {
        FrameworkProject p;
        QVERIFY(p.ok);
        Runner run(frameworkSpec(p), fastTimings());
        QVERIFY(runToEnd(run));
        QVERIFY2(run.state() == RunState::Succeeded, qPrintable(run.record().endReason));
        QVERIFY(run.record().queenPromptCreated);
        const QByteArray queen = p.read(u"workers/prompts/devops-worker.prompt"_qs);
        QVERIFY(queen.startsWith("TASK: Audit the deployment\n")); // plain text, no front matter
        QVERIFY(!queen.contains("Session ID:"));
        QVERIFY(p.eventTypes().contains(u"prompt_file_read"_qs));
    }

    void aFailedPhaseEndsTheRunAtThatStep_data()
    {
        QTest::addColumn<QByteArray>("failIn");
        QTest::addColumn<int>("step");
        QTest::newRow("setup") << QByteArray("setup") << 0;
        QTest::newRow("output") << QByteArray("output") << 2;
    }

    void aFailedPhaseEndsTheRunAtThatStep()
    {
        QFETCH(QByteArray, failIn);
        QFETCH(int, step);
        FrameworkProject p;
        QVERIFY(p.ok);
        qputenv("SI_CLI_FAIL", failIn);
        Runner run(frameworkSpec(p), fastTimings());
        const bool ended = runToEnd(run);
        qunsetenv("SI_CLI_FAIL");
        QVERIFY(ended);
        QCOMPARE(run.state(), RunState::Failed);
        QCOMPARE(run.record().currentStep, step);
        QCOMPARE(run.record().steps.at(step).state, RunState::Failed);
        QCOMPARE(run.record().steps.at(step).exitCode, 1);
        QVERIFY2(run.record().endReason.startsWith(u"Step %1 "_qs.arg(step + 1)), qPrintable(run.record().endReason));
        QVERIFY(run.record().endReason.endsWith(u"Exited with code 1."_qs));
        for (int later = step + 1; later < 3; ++later)
            QCOMPARE(run.record().steps.at(later).state, RunState::Queued); // never started
        QVERIFY(!p.eventTypes().contains(u"outputs_completed"_qs));
    }

    void aSetupOnlyRunOfTheCliIsNotASuccess()
    {
        // The bug of issue 9: `cli.py --setup` alone used to end "succeeded".
        FrameworkProject p;
        QVERIFY(p.ok);
        QVERIFY(p.write(u"workers/prompts/devops-worker.prompt"_qs, kQueenPrompt));
        RunSpec spec = frameworkSpec(p);
        spec.profile = RunProfile::pythonCli();
        Runner run(spec, fastTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.record().exitCode, 0);
        QCOMPARE(run.state(), RunState::Failed);
        QVERIFY2(run.record().endReason.contains(u"logged no outputs_completed"_qs), qPrintable(run.record().endReason));
        QCOMPARE(p.read(u"workers/prompts/devops-worker.prompt"_qs), kQueenPrompt);
        QVERIFY(!QFileInfo::exists(p.file(u"STATE.json"_qs)));
    }

    void theThreePhaseProfileRefusesAnOldGenerationSession()
    {
        TestProject old; // SessionCreator: STATE.json, the 2025-08-30 layout
        FrameworkProject p;
        RunSpec spec = frameworkSpec(p);
        spec.sessionDir = old.sessionDir;
        spec.sessionId = old.sessionId;
        spec.projectRoot = p.root;
        const QStringList problems = RunResolver::validate(spec);
        QVERIFY2(problems.join(u' ').contains(u"exists only in hive-mind-2025-09-13"_qs), qPrintable(problems.join(u' ')));
    }

    void cleanupTestCase() { qunsetenv("FAKE_CLAUDE_MODE"); }
};

QTEST_GUILESS_MAIN(TestFrameworkRun)
#include "tst_frameworkrun.moc"
