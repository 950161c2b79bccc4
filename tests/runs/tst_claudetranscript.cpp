// Claude Code's own transcript (issue 9, item 5): where it is, and the tool
// calls, tokens and cost read from a real one (tests/data/runs/).
#include "testpaths.h"
#include "claudetranscript.h"

#include <QtTest>

class TestClaudeTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theProjectFolderNameIsMungedLikeClaudeCodeDoes_data()
    {
        QTest::addColumn<QString>("cwd");
        QTest::addColumn<QString>("expected");
        // Verified against 2.1.197 (tests/support/CLAUDE_STUB.md).
        QTest::newRow("punctuation and non-ASCII") << u"/tmp/ccrun/mung/a.b_c d-e/ü+x@y~z"_qs
                                                   << u"-tmp-ccrun-mung-a-b-c-d-e---x-y-z"_qs;
        QTest::newRow("emoji: two UTF-16 units") << QString::fromUtf8("emoji\xF0\x9F\x98\x80x") << u"emoji--x"_qs;
        QTest::newRow("sample run") << u"/tmp/si-claude-sample/project"_qs << u"-tmp-si-claude-sample-project"_qs;
    }

    void theProjectFolderNameIsMungedLikeClaudeCodeDoes()
    {
        QFETCH(QString, cwd);
        QFETCH(QString, expected);
        QCOMPARE(ClaudeTranscript::projectDirName(cwd), expected);
    }

    void aLongFolderNameIsCutAndHashed()
    {
        const QString cwd = u"/tmp/"_qs + QString(310, u'a');
        const QString name = ClaudeTranscript::projectDirName(cwd);
        QCOMPARE(name.left(200), QString(u"-tmp-"_qs + QString(310, u'a')).left(200));
        QCOMPARE(name.at(200), u'-');
        QVERIFY(name.size() > 201 && name.size() <= 208);
        // Java's String.hashCode, base 36 of its absolute value.
        qint32 h = 0;
        for (const QChar c : cwd)
            h = qint32(quint32(h) * 31u + quint32(c.unicode()));
        QCOMPARE(name.mid(201), QString::number(h < 0 ? -qint64(h) : qint64(h), 36));
    }

    void thePathFollowsHomeOrTheConfigFolder()
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_qs, u"/home/op"_qs);
        QCOMPARE(ClaudeTranscript::transcriptPath(ClaudeTranscript::configDir(env), u"/w/p"_qs, u"sid"_qs),
                 u"/home/op/.claude/projects/-w-p/sid.jsonl"_qs);
        env.insert(u"CLAUDE_CONFIG_DIR"_qs, u"/cfg"_qs);
        QCOMPARE(ClaudeTranscript::configDir(env), u"/cfg"_qs);
    }

    void aRealTranscriptGivesItsToolCallsWithTokensAndCost()
    {
        const QString path = TestPaths::data(u"/runs/claude-real-transcript.jsonl");
        // total_cost_usd of the same run's result line (claude-real-stream.jsonl).
        const double total = 0.028545;
        const ClaudeTranscriptData d = ClaudeTranscript::load(path, total);
        QCOMPARE(d.files, QStringList{path});
        QCOMPARE(d.sessionId, u"df2e502d-358a-4d04-91e8-8bc70bd42c10"_qs);
        QCOMPARE(d.cwd, u"/tmp/si-claude-sample/project"_qs);
        QCOMPARE(d.version, u"2.1.197"_qs);
        QCOMPARE(d.badLines, 0);
        QCOMPARE(d.toolCalls.size(), 2);
        QCOMPARE(d.toolCalls.at(0).toolName, u"Bash"_qs);
        QCOMPARE(d.toolCalls.at(1).toolName, u"Write"_qs);
        double cost = 0;
        for (const ClaudeToolCall &c : d.toolCalls) {
            QCOMPARE(c.agent, u"main"_qs);
            QVERIFY(c.toolId.startsWith(u"toolu_"_qs));
            QVERIFY(c.start.isValid() && c.end.isValid() && c.start <= c.end);
            QVERIFY(!c.isError);
            QVERIFY(c.tokens > 0);
            QVERIFY(c.costUsd > 0);
            cost += c.costUsd;
        }
        QVERIFY(cost < total); // the final text message has its share too
        QCOMPARE(d.assistantMessages, 3);
        QVERIFY(d.outputTokens > 0);
    }

    void subagentTranscriptsAreReadToo()
    {
        QTemporaryDir dir;
        const QString main = dir.filePath(u"sid.jsonl"_qs);
        QVERIFY(QFile::copy(TestPaths::data(u"/runs/claude-real-transcript.jsonl"), main));
        QVERIFY(QDir().mkpath(dir.filePath(u"sid/subagents"_qs)));
        QVERIFY(QFile::copy(TestPaths::data(u"/runs/claude-real-transcript.jsonl"),
                            dir.filePath(u"sid/subagents/agent-a1.jsonl"_qs)));
        const ClaudeTranscriptData d = ClaudeTranscript::load(main);
        QCOMPARE(d.files.size(), 2);
        QCOMPARE(d.toolCalls.size(), 4);
        QCOMPARE(d.toolCalls.at(2).agent, u"agent-a1"_qs);
    }
};

QTEST_GUILESS_MAIN(TestClaudeTranscript)
#include "tst_claudetranscript.moc"
