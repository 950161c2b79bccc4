// End to end with the REAL Claude Code (issue 9, items 4 and 5): the pinned
// CLI from .ci/install-claude-code, fully offline against the scripted
// Messages API stand-in tests/support/claude_stub.py on 127.0.0.1. Claude
// Code's tools append events and write the worker's files while a
// LiveSession follows the session; turns and cost come from the real
// stream-json, tool calls from Claude Code's own transcript.
#include "testpaths.h"
#include "claudetranscript.h"
#include "livesession.h"
#include "runner.h"

#include "workers/frameworktestsupport.h"
#include "workers/runtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

namespace {

QString claudeBinary()
{
    const QString fromEnv = qEnvironmentVariable("SI_CLAUDE_CODE");
    return fromEnv.isEmpty() ? TestPaths::claudeCodeDefault() : fromEnv;
}

// The stub as a real child process; its port is the first stdout line.
class Stub
{
public:
    bool start(const nlohmann::json &script, const QString &dir, const QString &mode = QString())
    {
        const QString scriptPath = dir + QLatin1String("/stub-script.json");
        QFile f(scriptPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(script.dump(2))) <= 0)
            return false;
        f.close();
        QStringList args{TestPaths::claudeStub(), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--script"), scriptPath, QStringLiteral("--log"), dir + QLatin1String("/requests.jsonl"),
                         QStringLiteral("--idle-timeout"), QStringLiteral("120")};
        if (!mode.isEmpty())
            args << QStringLiteral("--mode") << mode;
        m_proc.start(QStringLiteral("python3"), args);
        if (!m_proc.waitForStarted(10000))
            return false;
        QSignalSpy ready(&m_proc, &QProcess::readyReadStandardOutput);
        while (!m_out.contains('\n')) {
            if (m_proc.bytesAvailable() == 0 && !ready.wait(30000))
                return false;
            m_out += m_proc.readAllStandardOutput();
        }
        const QByteArray first = m_out.left(m_out.indexOf('\n'));
        if (!first.startsWith("PORT "))
            return false;
        m_port = first.mid(5).toInt();
        return m_port > 0;
    }
    ~Stub()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();
            if (!m_proc.waitForFinished(5000))
                m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_proc;
    QByteArray m_out;
    int m_port = 0;
};

using nlohmann::json;

json toolTurn(const std::string &text, json tools, double delay = 0)
{
    json t = json::object();
    if (!text.empty())
        t["text"] = text;
    if (tools.is_array() && !tools.empty())
        t["tool_use"] = tools.size() == 1 ? tools[0] : tools;
    if (delay > 0)
        t["delay"] = delay;
    return t;
}

json tool(const std::string &name, json input)
{
    return json{{"name", name}, {"input", std::move(input)}};
}

std::string u8(const QString &s)
{
    return s.toStdString();
}

std::string eventLine(const char *type)
{
    return u8(QStringLiteral("{\"timestamp\":\"%1\",\"type\":\"%2\",\"agent\":\"devops-worker\",\"details\":{\"by\":\"claude\"}}")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QLatin1String(type)));
}

bool runToEnd(Runner &run)
{
    QSignalSpy finished(&run, &Runner::finished);
    run.start();
    return run.isFinished() || finished.wait(180000);
}

}

class TestClaudeCodeE2E : public QObject
{
    Q_OBJECT

    QString m_claude;
    QTemporaryDir m_home;   // Claude Code's ~/.claude and ~/.claude.json go here
    QByteArray m_oldHome;

    RunProfile profile(const QString &allowedTools) const
    {
        RunProfile p = RunProfile::claudeCode();
        p.program = m_claude;
        p.argsTemplate = QStringLiteral("-p {prompt} --output-format stream-json --verbose --allowedTools '")
                         + allowedTools + QStringLiteral("' [--model {model}]");
        return p;
    }

    void pointAt(const Stub &stub)
    {
        qputenv("ANTHROPIC_BASE_URL", stub.url().toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_claude = claudeBinary();
        if (m_claude.isEmpty() || !QFileInfo(m_claude).isExecutable())
            QSKIP("The real Claude Code is not installed: run `bash .ci/install-claude-code` and export its "
                  "last output line as SI_CLAUDE_CODE (or configure with -DSI_CLAUDE_CODE=<path>).");
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is needed for the Messages API stub");
        // docs/RUNNERS.md and tests/support/CLAUDE_STUB.md: offline, no retries,
        // a throw-away HOME, never bypassPermissions (we run as root in CI).
        m_oldHome = qgetenv("HOME");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("ANTHROPIC_API_KEY", "sk-test");
        qputenv("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        qputenv("DISABLE_AUTOUPDATER", "1");
        qputenv("CLAUDE_CODE_MAX_RETRIES", "0");
        qunsetenv("CLAUDE_CONFIG_DIR");
        qunsetenv("CLAUDECODE");
    }

    void cleanupTestCase()
    {
        if (!m_oldHome.isEmpty())
            qputenv("HOME", m_oldHome);
        for (const char *v : {"ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC",
                              "DISABLE_AUTOUPDATER", "CLAUDE_CODE_MAX_RETRIES"})
            qunsetenv(v);
    }

    void theRealClaudeCodeWritesTheSessionWhileTheAppFollowsIt()
    {
        TestProject p; // a 2025-08-30 session: the agent logs its own events
        const std::string events = "Docs/hive-mind/sessions/" + u8(p.sessionId) + "/EVENTS.jsonl";
        const json turns = json::array({
            toolTurn("I'll log that I started.",
                     json::array({tool("Bash", {{"command", "echo '" + eventLine("worker_spawned") + "' >> " + events},
                                                {"description", "Log worker_spawned"}})})),
            toolTurn("", json::array({tool("Write", {{"file_path", "{{cwd}}/Docs/hive-mind/sessions/" + u8(p.sessionId)
                                                                        + "/notes/devops_notes.md"},
                                                     {"content", "# DevOps Analysis Report\n\nFilled by Claude Code.\n"}})})),
            toolTurn("", json::array({tool("Bash", {{"command", "echo '" + eventLine("worker_completed") + "' >> " + events},
                                                    {"description", "Log worker_completed"}})})),
            // The last answer comes late, so that the run is still going while
            // the session's new events are followed.
            toolTurn("Done: events logged and notes written.", json::array(), 2.0)});
        Stub stub;
        QVERIFY(stub.start(turns, p.tmp.path()));
        pointAt(stub);

        LiveSession session(p.sessionDir);
        QSignalSpy loaded(&session, &LiveSession::loadFinished);
        session.start();
        QVERIFY(loaded.wait(10000));

        RunSpec spec = p.spec(QString());
        spec.profile = profile(u"Bash Write Edit Read"_qs);
        spec.workerType = u"devops-worker"_qs;
        Runner run(spec, RunTimings());
        int seenWhileRunning = 0;
        connect(&session, &LiveSession::eventsAppended, this, [&] {
            if (!run.isFinished())
                seenWhileRunning = session.events().size();
        });
        QVERIFY(runToEnd(run));
        const RunRecord &r = run.record();
        QVERIFY2(run.state() == RunState::Succeeded, qPrintable(r.endReason + u" / "_qs + QString::fromUtf8(p.read(u"workers/runs/"_qs + r.runId + u".stderr"_qs))));
        QCOMPARE(r.endReason, u"Result: success"_qs);
        QVERIFY2(seenWhileRunning > 0, "the app did not see Claude Code's events while it ran");
        QTRY_COMPARE_WITH_TIMEOUT(session.events().size(), 2, 10000);
        QCOMPARE(session.events().kindName(1), u"worker_completed"_qs);
        QVERIFY(p.read(u"notes/devops_notes.md"_qs).startsWith("# DevOps Analysis Report"));

        // Transcript, turns and cost from the real stream-json.
        QStringList tools;
        for (const TranscriptEntry &e : run.transcript())
            if (e.kind == TranscriptEntry::ToolUse)
                tools.append(e.toolName);
        QCOMPARE(tools, (QStringList{u"Bash"_qs, u"Write"_qs, u"Bash"_qs}));
        QCOMPARE(run.transcript().first().kind, TranscriptEntry::Init);
        QCOMPARE(run.transcript().last().kind, TranscriptEntry::Result);
        QVERIFY(r.totals.present);
        QVERIFY(!r.totals.isError);
        QCOMPARE(r.totals.numTurns, 4); // 1 + one per tool result (CLAUDE_STUB.md)
        QVERIFY(r.totals.costUsd > 0);
        QVERIFY(r.totals.outputTokens > 0);
        QVERIFY(r.programVersion.startsWith(u"2.1."_qs) || r.programVersion.isEmpty());

        // Item 5: the run knows Claude Code's own transcript, and it holds the tool calls.
        QVERIFY(!r.claudeSessionId.isEmpty());
        QCOMPARE(r.claudeTranscriptPath, m_home.path() + u"/.claude/projects/"_qs + ClaudeTranscript::projectDirName(p.root)
                                             + u'/' + r.claudeSessionId + u".jsonl"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(r.claudeTranscriptPath).isFile(), 10000);
        const ClaudeTranscriptData d = ClaudeTranscript::load(r.claudeTranscriptPath, r.totals.costUsd);
        QCOMPARE(d.sessionId, r.claudeSessionId);
        QCOMPARE(d.toolCalls.size(), 3);
        double cost = 0;
        for (const ClaudeToolCall &c : d.toolCalls) {
            QVERIFY(c.end.isValid());
            QVERIFY(c.start <= c.end);
            QVERIFY(c.tokens > 0);
            cost += c.costUsd;
        }
        QVERIFY(cost > 0 && cost <= r.totals.costUsd + 1e-9);
        QCOMPARE(readJsonFile(RunProvenance::jsonPath(p.sessionDir, r.runId))[u"claude"_qs][u"transcript"_qs].toString(),
                 r.claudeTranscriptPath);
    }

    void anErrorResultEndsTheRunWithItsText()
    {
        TestProject p;
        Stub stub;
        QVERIFY(stub.start(json::array(), p.tmp.path(), u"auth_error"_qs));
        pointAt(stub);
        RunSpec spec = p.spec(QString());
        spec.profile = profile(u"Read"_qs);
        spec.workerType = u"devops-worker"_qs;
        Runner run(spec, RunTimings());
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), RunState::Failed);
        QVERIFY(run.record().totals.isError);
        QCOMPARE(run.record().totals.subtype, u"success"_qs); // what the CLI says for an API error
        QCOMPARE(run.record().endReason, u"Invalid API key · Fix external API key"_qs);
        QCOMPARE(run.record().exitCode, 1);
    }

    void theThreePhaseRunWithTheRealClaudeCode()
    {
        FrameworkProject p;
        QVERIFY(p.ok);
        const QByteArray queen = "TASK: Review the deployment\n";
        QVERIFY(p.write(u"workers/prompts/devops-worker.prompt"_qs, queen));
        const std::string base = "{{cwd}}/Docs/hive-mind/sessions/" + u8(p.sessionId) + "/workers/";
        const std::string notes = base + "notes/devops_notes.md", out = base + "json/devops_output.json";
        // Phase 2 as the framework's agent does it: read both copies, then fill them.
        const json turns = json::array({
            toolTurn("Reading the files setup created.",
                     json::array({tool("Read", {{"file_path", notes}}), tool("Read", {{"file_path", out}})})),
            toolTurn("", json::array({tool("Write", {{"file_path", notes},
                                                     {"content", "# Infrastructure & Deployment Analysis Report\n\nFilled.\n"}}),
                                      tool("Write", {{"file_path", out},
                                                     {"content", "{\"analysis_metadata\": {\"session_id\": \"" + u8(p.sessionId)
                                                                     + "\"}}\n"}})})),
            toolTurn("Both files are filled.", json::array())});
        Stub stub;
        QVERIFY(stub.start(turns, p.tmp.path()));
        pointAt(stub);

        RunSpec spec;
        spec.profile = RunProfile::framework3Phase();
        spec.profile.program = m_claude;
        spec.projectRoot = p.root;
        spec.sessionDir = p.sessionDir;
        spec.sessionId = p.sessionId;
        spec.workerType = u"devops-worker"_qs;
        spec.task = u"Review the deployment"_qs;
        Runner run(spec, RunTimings());
        QVERIFY(runToEnd(run));
        const RunRecord &r = run.record();
        QVERIFY2(run.state() == RunState::Succeeded, qPrintable(r.endReason));
        QCOMPARE(r.steps.size(), 3);
        QCOMPARE(r.steps.at(1).state, RunState::Succeeded);
        QCOMPARE(p.eventTypes(), (QStringList{u"worker_spawned"_qs, u"prompt_file_read"_qs, u"setup_completed"_qs,
                                              u"outputs_completed"_qs}));
        QVERIFY(p.read(u"workers/notes/devops_notes.md"_qs).endsWith("Filled.\n"));
        QVERIFY(p.read(u"workers/json/devops_output.json"_qs).contains(p.sessionId.toUtf8()));
        QCOMPARE(p.read(u"workers/prompts/devops-worker.prompt"_qs), queen);
        QCOMPARE(r.totals.numTurns, 5);
        QVERIFY(r.totals.costUsd > 0);
        QVERIFY(QFileInfo(r.claudeTranscriptPath).isFile());
        QCOMPARE(ClaudeTranscript::load(r.claudeTranscriptPath).toolCalls.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestClaudeCodeE2E)
#include "tst_claudecodee2e.moc"
