// The headless history commands as an operator's script runs them: the real
// executable, a real index file, generated sessions on disk; exit codes
// 0 ok, 1 nothing found, 2 bad input.
#include "apprun.h"
#include "sessiongenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestHistoryCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_sessions, m_index;

    AppRun run(QStringList args)
    {
        args << u"--index"_qs << m_index;
        return runApp(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_sessions = m_tmp.filePath(u"shop/Docs/hive-mind/sessions"_qs);
        QVERIFY(QDir().mkpath(m_tmp.filePath(u"shop/.claude"_qs)));
        for (int i = 0; i < 2; ++i) {
            GeneratorOptions o;
            o.events = 150;
            o.workers = 2;
            o.seed = quint32(i + 7);
            o.startMs = 1756563382000 + qint64(i) * 86400000;
            QVERIFY(SessionGenerator::write(m_sessions + QStringLiteral("/2025-08-3%1-10-00-s").arg(i), o));
        }
        m_index = m_tmp.filePath(u"index.sqlite"_qs);
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("index") << u"index"_qs;
        QTest::newRow("search") << u"search"_qs;
        QTest::newRow("stats") << u"stats"_qs;
    }
    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        const AppRun r = runApp({command, u"--help"_qs});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--index"));
    }

    void indexThenReindexReadsOnlyWhatChanged()
    {
        AppRun r = run({u"index"_qs, m_sessions, u"--json"_qs});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j[u"sessions"_qs].toInt(), 2);
        QCOMPARE(j[u"indexed"_qs].toInt(), 2);
        // Without roots: the remembered ones.
        r = run({u"index"_qs, u"--json"_qs});
        QCOMPARE(r.exitCode, 0);
        j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j[u"indexed"_qs].toInt(), 0);
        QCOMPARE(j[u"unchanged"_qs].toInt(), 2);
        r = run({u"index"_qs, u"--list-roots"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), QDir::cleanPath(m_sessions));
    }

    void searchFindsGroupsAndSaysNothingFound()
    {
        AppRun r = run({u"search"_qs, u"worker_spawned"_qs, u"--json"_qs});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QVERIFY(j[u"total"_qs].toInt() >= 4);
        const QJsonArray sessions = j[u"sessions"_qs].toArray();
        QCOMPARE(sessions.size(), 2);
        // Newest first: the later session's hits come first.
        QCOMPARE(sessions[0].toObject()[u"session_id"_qs].toString(), u"2025-08-31-10-00-s"_qs);
        const QJsonObject hit = sessions[0].toObject()[u"hits"_qs].toArray().first().toObject();
        QCOMPARE(hit[u"kind"_qs].toString(), u"event"_qs);
        QCOMPARE(hit[u"file"_qs].toString(), u"EVENTS.jsonl"_qs);
        QVERIFY(hit[u"line"_qs].toInt() > 0);
        QVERIFY(hit[u"snippet_marked"_qs].toString().contains(u"[[worker_spawned]]"_qs));

        r = run({u"search"_qs, u"xylophone-never-written"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("0 hit(s)"));
    }

    void aBadQueryIsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unclosed quote") << QStringList{u"search"_qs, u"\"open"_qs};
        QTest::newRow("only NOT") << QStringList{u"search"_qs, u"NOT"_qs, u"x"_qs};
        QTest::newRow("no query") << QStringList{u"search"_qs};
        QTest::newRow("bad limit") << QStringList{u"search"_qs, u"x"_qs, u"--limit"_qs, u"0"_qs};
        QTest::newRow("stats by nothing") << QStringList{u"stats"_qs, u"--by"_qs, u"colour"_qs};
        QTest::newRow("stats bad date") << QStringList{u"stats"_qs, u"--from"_qs, u"yesterday"_qs};
        QTest::newRow("index a file") << QStringList{u"index"_qs, u"/etc/hostname"_qs};
    }
    void aBadQueryIsBadInput()
    {
        QFETCH(QStringList, args);
        const AppRun r = run(args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.isEmpty(), "a sentence on stderr");
    }

    void anIndexThatIsNotOneIsRebuiltWithASentence()
    {
        const QString other = m_tmp.filePath(u"not-an-index.sqlite"_qs);
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'z'));
        f.close();
        const AppRun r = runApp({u"index"_qs, m_sessions, u"--index"_qs, other});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("moved to"), r.err.constData());
    }

    void statsCountByDayAndWorker()
    {
        AppRun r = run({u"stats"_qs, u"--json"_qs});
        QCOMPARE(r.exitCode, 0);
        QJsonArray rows = QJsonDocument::fromJson(r.out).object()[u"rows"_qs].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject()[u"key"_qs].toString(), u"2025-08-30"_qs);
        QCOMPARE(rows[0].toObject()[u"sessions"_qs].toInt(), 1);
        r = run({u"stats"_qs, u"--by"_qs, u"worker"_qs, u"--json"_qs});
        QCOMPARE(r.exitCode, 0);
        rows = QJsonDocument::fromJson(r.out).object()[u"rows"_qs].toArray();
        QVERIFY(rows.size() >= 2);
        r = run({u"stats"_qs, u"--from"_qs, u"2030-01-01"_qs});
        QCOMPARE(r.exitCode, 1); // no session in that range
        r = run({u"stats"_qs, u"--by"_qs, u"project"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("shop"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommands)
#include "tst_historycommands.moc"
