#include "responsevalidator.h"
#include "schemaengine.h"
#include "schemainference.h"

#include <QTest>

#include <atomic>
#include <thread>

namespace {

WorkerTemplate exampleTemplate()
{
    WorkerTemplate t;
    t.workerType = QStringLiteral("x-worker");
    const auto example = nlohmann::ordered_json::parse(
        "{\"worker\": \"x-worker\", \"session_id\": \"string\", \"timestamp\": \"ISO-8601\", \"status\": \"completed|blocked|failed\","
        " \"items\": [{\"name\": \"string\", \"ok\": true}], \"count\": 0}");
    t.schema = SchemaInference::inferSchema(example);
    t.responsePlaceholders = WorkerTemplate::placeholdersOf(t.schema);
    return t;
}

}

class TestResponseValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachViolationIsPlacedAtItsValue_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QStringList>("expected"); // rule line:column pointer keyword
        const QByteArray good = "{\n  \"worker\": \"x-worker\",\n  \"session_id\": \"s-1\",\n  \"timestamp\": \"2025-08-30T14:00:00Z\",\n"
                                "  \"status\": \"completed\",\n  \"items\": [{\"name\": \"a\", \"ok\": true}],\n  \"count\": 3\n}\n";
        QTest::newRow("healthy") << good << QStringList();
        QTest::newRow("type deep in an array") << QByteArray(good).replace("\"ok\": true", "\"ok\": 1")
                                               << QStringList{QStringLiteral("response.schema 6:33 /items/0/ok type")};
        QTest::newRow("enum") << QByteArray(good).replace("\"completed\"", "\"done\"")
                              << QStringList{QStringLiteral("response.schema 5:13 /status enum")};
        QTest::newRow("required names the key") << QByteArray(good).replace("  \"count\": 3\n", "  \"z\": 3\n")
                                                << QStringList{QStringLiteral("response.schema 1:1  required")};
        QTest::newRow("format checked in C++") << QByteArray(good).replace("2025-08-30T14:00:00Z", "2025-08-30")
                                               << QStringList{QStringLiteral("response.schema 4:16 /timestamp format")};
        QTest::newRow("worker mismatch, no duplicate const") << QByteArray(good).replace("\"x-worker\"", "\"y-worker\"")
                                                             << QStringList{QStringLiteral("response.worker-mismatch 2:13 /worker the")};
        QTest::newRow("session mismatch") << QByteArray(good).replace("\"s-1\"", "\"s-2\"")
                                          << QStringList{QStringLiteral("response.session-mismatch 3:17 /session_id the")};
        QTest::newRow("placeholders") << QByteArray(good).replace("\"s-1\"", "\"string\"").replace("\"completed\"", "\"completed|blocked|failed\"")
                                      << QStringList{QStringLiteral("response.placeholder-left 3:17 /session_id template"),
                                                     QStringLiteral("response.placeholder-left 5:13 /status template"),
                                                     QStringLiteral("response.schema 5:13 /status enum")};
        QTest::newRow("invalid JSON at its position") << QByteArray("{\n  \"worker\": \"x-worker\",\n  \"count\": ,\n}")
                                                      << QStringList{QStringLiteral("response.invalid-json 3:12  [json.exception.parse_error.101]")};
    }
    void eachViolationIsPlacedAtItsValue()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QStringList, expected);
        const WorkerTemplate t = exampleTemplate();
        SchemaEngine engine;
        QVERIFY(engine.compile(t.schema));
        const Diagnostics ds = ResponseValidator::validate(doc, t, &engine, QStringLiteral("s-1"), QStringLiteral("x-worker"),
                                                           QStringLiteral("workers/json/x_response.json"));
        QStringList got;
        for (const Diagnostic &d : ds)
            got << QStringLiteral("%1 %2:%3 %4 %5").arg(d.rule).arg(d.line).arg(d.column).arg(d.pointer, d.message.section(u' ', 0, 0).remove(u':'));
        got.sort();
        QCOMPARE(got, expected);
    }

    void hostileDocumentsGiveDiagnostics_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("rule");
        QTest::newRow("100000 deep") << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringLiteral("response.invalid-json");
        QTest::newRow("NUL byte") << QByteArray("{\"worker\": \"x\"}\0garbage", 23) << QStringLiteral("response.invalid-json");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"worker\": \"\xff\"}") << QStringLiteral("response.invalid-json");
        QTest::newRow("trailing garbage") << QByteArray("{} x") << QStringLiteral("response.invalid-json");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("response.schema");
        QTest::newRow("too large") << QByteArray(int(ResponseValidator::kMaxResponseBytes) + 1, ' ') + "{}" << QStringLiteral("response.invalid-json");
        QTest::newRow("whitespace only") << QByteArray("\n \n") << QStringLiteral("output.empty-file");
    }
    void hostileDocumentsGiveDiagnostics()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, rule);
        const WorkerTemplate t = exampleTemplate();
        SchemaEngine engine;
        QVERIFY(engine.compile(t.schema));
        const Diagnostics ds = ResponseValidator::validate(doc, t, &engine, QStringLiteral("s-1"), QStringLiteral("x-worker"), QStringLiteral("r.json"));
        QVERIFY(!ds.isEmpty());
        QCOMPARE(ds.first().rule, rule);
    }

    void oneEngineServesSeveralThreads()
    {
        const WorkerTemplate t = exampleTemplate();
        SchemaEngine engine;
        QVERIFY(engine.compile(t.schema));
        const QByteArray bad = "{\"worker\": \"x-worker\", \"session_id\": \"s-1\", \"timestamp\": \"2025-08-30T14:00:00Z\", \"status\": \"x\", \"items\": [], \"count\": 1}";
        std::vector<std::thread> threads;
        std::atomic<int> wrong{0};
        for (int k = 0; k < 4; ++k) {
            threads.emplace_back([&] {
                for (int i = 0; i < 200; ++i) {
                    const Diagnostics ds = ResponseValidator::validate(bad, t, &engine, QString(), QString(), QStringLiteral("r.json"));
                    if (ds.size() != 1)
                        ++wrong;
                }
            });
        }
        for (std::thread &th : threads)
            th.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResponseValidator)
#include "tst_responsevalidator.moc"
