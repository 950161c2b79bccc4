#include "apprun.h"
#include "sessiongenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// Runs the real executable, as operators script it in CI.
class TestSummaryCommand : public QObject
{
    Q_OBJECT

    static int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        AppRun r = runApp(args);
        if (out)
            *out = std::move(r.out);
        if (err)
            *err = std::move(r.err);
        return r.exitCode;
    }

private Q_SLOTS:
    void jsonSummaryHasEveryField()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("2025-08-30-14-16-cli"));
        GeneratorOptions o;
        o.events = 500;
        QVERIFY(SessionGenerator::write(dir, o));
        QFile f(dir + QStringLiteral("/EVENTS.jsonl"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("{not json\n");
        f.close();
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("summary"), dir, QStringLiteral("--json")}, &out, &err), 0);
        QJsonParseError pe;
        const QJsonObject j = QJsonDocument::fromJson(out, &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        for (const char *key : {"session_id", "path", "status", "task", "events", "debug_entries", "bad_lines", "agents", "types", "first", "last", "duration_s"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value(QStringLiteral("session_id")).toString(), QStringLiteral("2025-08-30-14-16-cli"));
        QCOMPARE(j.value(QStringLiteral("events")).toInt(), 500);
        QCOMPARE(j.value(QStringLiteral("debug_entries")).toInt(), 100);
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        const QJsonArray bad = j.value(QStringLiteral("bad_lines")).toArray();
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad[0].toObject().value(QStringLiteral("line")).toInt(), 501);
        QCOMPARE(bad[0].toObject().value(QStringLiteral("file")).toString(), QStringLiteral("EVENTS.jsonl"));
        QCOMPARE(bad[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("invalid-json"));
        const QJsonArray agents = j.value(QStringLiteral("agents")).toArray();
        QCOMPARE(agents.size(), 5);
        QCOMPARE(agents[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("queen"));
        int sum = 0;
        for (const auto &a : agents)
            sum += a.toObject().value(QStringLiteral("events")).toInt();
        QCOMPARE(sum, 500);
        QCOMPARE(j.value(QStringLiteral("types")).toObject().value(QStringLiteral("worker_spawned")).toInt(), 4);
        QCOMPARE(j.value(QStringLiteral("first")).toString(), QStringLiteral("2025-08-30T14:16:22Z"));
        QVERIFY(j.value(QStringLiteral("duration_s")).toDouble() > 0);
    }

    void textSummaryAndExitCodes()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("s"));
        QVERIFY(SessionGenerator::write(dir, GeneratorOptions()));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("summary"), dir}, &out), 0);
        QVERIFY(out.contains("Events:   1000"));
        QCOMPARE(run({QStringLiteral("summary"), tmp.filePath(QStringLiteral("missing"))}, &out, &err), 2);
        QVERIFY(err.contains("no such file or folder"));
        QCOMPARE(run({QStringLiteral("summary")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains("--json"));
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--version")}, &out), 0);
        QVERIFY(out.contains(SI_VERSION));
        QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
    }
};

QTEST_GUILESS_MAIN(TestSummaryCommand)
#include "tst_summarycommand.moc"
