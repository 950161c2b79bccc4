#include "runoutputcapture.h"
#include "streamjsonparser.h"

#include <QtTest>

class TestStreamJsonParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesBecomeTranscriptEntries_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("init") << QByteArray("{\"type\":\"system\",\"subtype\":\"init\",\"model\":\"opus\",\"tools\":[\"Bash\"],\"agents\":[\"a\"],\"permissionMode\":\"default\"}")
                              << int(TranscriptEntry::Init) << u"model opus · 1 tools · agents: a · permission mode default"_qs;
        QTest::newRow("text") << QByteArray("{\"type\":\"assistant\",\"message\":{\"id\":\"m\",\"content\":[{\"type\":\"text\",\"text\":\"Hi ✅\"}]},\"parent_tool_use_id\":null}")
                              << int(TranscriptEntry::AssistantText) << u"Hi ✅"_qs;
        QTest::newRow("tool use") << QByteArray("{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"tool_use\",\"id\":\"t1\",\"name\":\"Bash\",\"input\":{\"command\":\"ls\"}}]}}")
                                  << int(TranscriptEntry::ToolUse) << QString();
        QTest::newRow("tool result string") << QByteArray("{\"type\":\"user\",\"message\":{\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"content\":\"out\",\"is_error\":true}]}}")
                                            << int(TranscriptEntry::ToolResult) << u"out"_qs;
        QTest::newRow("tool result blocks") << QByteArray("{\"type\":\"user\",\"message\":{\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"image\"}]}]}}")
                                            << int(TranscriptEntry::ToolResult) << u"a\n[image]"_qs;
        QTest::newRow("result") << QByteArray("{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"result\":\"All done\"}")
                                << int(TranscriptEntry::Result) << u"All done"_qs;
    }

    void linesBecomeTranscriptEntries()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QFETCH(QString, text);
        StreamJsonParser p;
        const QList<TranscriptEntry> e = p.feed(line);
        QCOMPARE(e.size(), 1);
        QCOMPARE(int(e.first().kind), kind);
        if (!text.isEmpty())
            QCOMPARE(e.first().text, text);
        if (kind == TranscriptEntry::ToolUse) {
            QCOMPARE(e.first().toolName, u"Bash"_qs);
            QVERIFY(e.first().inputJson.contains(u"\"command\": \"ls\""_qs));
        }
    }

    void theResultLineGivesTheTotals()
    {
        StreamJsonParser p;
        p.feed("{\"type\":\"result\",\"subtype\":\"error_max_turns\",\"is_error\":true,\"num_turns\":7,\"duration_ms\":5000,\"total_cost_usd\":1.5,"
               "\"usage\":{\"input_tokens\":10,\"output_tokens\":20,\"cache_creation_input_tokens\":3,\"cache_read_input_tokens\":4},"
               "\"errors\":[\"too many turns\"],\"permission_denials\":[{\"tool_name\":\"Bash\"}]}");
        const RunResultTotals &r = p.result();
        QVERIFY(r.present);
        QVERIFY(r.isError);
        QCOMPARE(r.subtype, u"error_max_turns"_qs);
        QCOMPARE(r.numTurns, 7);
        QCOMPARE(r.costUsd, 1.5);
        QCOMPARE(r.inputTokens + r.outputTokens + r.cacheCreationTokens + r.cacheReadTokens, 37);
        QCOMPARE(r.errors, QStringList{u"too many turns"_qs});
        QCOMPARE(r.permissionDenials, 1);
    }

    void olderVersionsWriteCostUsd()
    {
        StreamJsonParser p;
        p.feed("{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"cost_usd\":0.25}");
        QCOMPARE(p.result().costUsd, 0.25);
        QVERIFY(!p.result().isError);
    }

    void numbersBeyondTheIntegerRangeAreNotCast()
    {
        // Found by fuzzing: casting 5.31e25 to qint64 is undefined behaviour.
        StreamJsonParser p;
        p.feed("{\"type\":\"result\",\"num_turns\":5.31e25,\"duration_ms\":-1e300,\"is_error\":false}");
        QVERIFY(p.result().present);
        QCOMPARE(p.result().numTurns, -1); // unknown, not garbage
    }

    void hostileOrForeignLinesAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain text") << QByteArray("Starting worker...");
        QTest::newRow("truncated") << QByteArray("{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"te");
        QTest::newRow("invalid utf8") << QByteArray("{\"type\":\"assistant\",\"message\":{\"content\":\"\xff\xfe\"}}");
        QTest::newRow("nul") << QByteArray("{\"type\":\"result\"}\0garbage", 25);
        QTest::newRow("deep") << QByteArray(100000, '[').prepend("{\"a\":");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"rate_limit_event\"}");
        QTest::newRow("hook line") << QByteArray("{\"type\":\"system\",\"subtype\":\"hook_response\"}");
        QTest::newRow("wrong field types") << QByteArray("{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"tool_use\",\"name\":5,\"input\":\"x\"}]}}");
        QTest::newRow("content not array") << QByteArray("{\"type\":\"user\",\"message\":{\"content\":7}}");
        // Found by fuzzing: no string type; a number beyond qint64 (UB when cast).
        QTest::newRow("numeric type") << QByteArray("{\"type\":0}");
    }

    void hostileOrForeignLinesAreIgnored()
    {
        QFETCH(QByteArray, line);
        StreamJsonParser p;
        const QList<TranscriptEntry> e = p.feed(line);
        QVERIFY(e.size() <= 1); // never a crash; at most a readable entry
        QVERIFY(!p.result().present);
    }

    void subagentLinesAreMarked()
    {
        StreamJsonParser p;
        const auto e = p.feed("{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"text\",\"text\":\"x\"}]},\"parent_tool_use_id\":\"tu9\"}");
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().inSubagent);
    }

    void theWorkerOutputBlockIsCaptured()
    {
        RunOutputCapture c;
        for (const char *l : {"noise", "WORKER_OUTPUT_JSON:", "{", "  \"worker\": \"devops-worker\",",
                              "  \"summary\": {\"text\": \"a } and a { and \\\" quote\"},", "  \"list\": [1, {\"x\": 2}]", "}", "after"})
            c.feed(l);
        QVERIFY(c.hasOutput());
        const QJsonObject o = QJsonDocument::fromJson(c.json()).object();
        QCOMPARE(o[u"worker"_qs].toString(), u"devops-worker"_qs);
        QCOMPARE(o[u"summary"_qs][u"text"_qs].toString(), u"a } and a { and \" quote"_qs);
        QVERIFY(c.pretty().contains(u"\"list\""_qs));
    }

    void aMarkerWithoutAnObjectCapturesNothing()
    {
        RunOutputCapture c;
        c.feed("WORKER_OUTPUT_JSON: not json");
        c.feed("{\"a\":1}");
        QVERIFY(!c.hasOutput());
        RunOutputCapture inline_;
        inline_.feed("WORKER_OUTPUT_JSON: {\"a\": 1}");
        QVERIFY(inline_.hasOutput());
        RunOutputCapture unfinished;
        unfinished.feed("WORKER_OUTPUT_JSON:");
        unfinished.feed("{\"a\": [");
        QVERIFY(!unfinished.hasOutput());
    }
};

QTEST_GUILESS_MAIN(TestStreamJsonParser)
#include "tst_streamjsonparser.moc"
