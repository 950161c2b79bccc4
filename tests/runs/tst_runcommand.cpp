// The headless `session-inspector run` command, run as a real process.
#include "testpaths.h"
#include "runprocessgroup.h"
#include "runprovenance.h"

#include "workers/runtestsupport.h"

#include <QProcess>
#include <QtTest>

#include <csignal>

class TestRunCommand : public QObject
{
    Q_OBJECT

    static QString app()
    {
        const QString fromEnv = qEnvironmentVariable("SI_APP");
        return fromEnv.isEmpty() ? TestPaths::binary(u"/bin/session-inspector") : fromEnv;
    }

    static QStringList customArgs(const QString &mode)
    {
        return {u"--profile"_qs, u"custom"_qs, u"--program"_qs, TestPaths::fakeWorker(), u"--args-template"_qs,
                QLatin1String("--mode ") + mode + QLatin1String(" --session-dir {session_dir} --worker {worker} --task {task}")};
    }

    struct Result {
        int exitCode = -1;
        QList<QJsonObject> lines;
        QByteArray out, err;
    };

    static Result run(const QStringList &args, int timeoutMs = 30000)
    {
        QProcess p;
        p.setProgram(app());
        p.setArguments(QStringList{u"run"_qs} + args);
        p.start();
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        for (const QByteArray &l : r.out.split('\n'))
            if (!l.isEmpty())
                r.lines.append(QJsonDocument::fromJson(l).object());
        return r;
    }

private Q_SLOTS:
    void aSucceedingRunExitsZeroAndStreamsJsonLines()
    {
        TestProject p;
        const Result r = run(QStringList{p.sessionDir, u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"do it"_qs, u"--json"_qs}
                             + customArgs(u"stream"_qs));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.lines.size() > 5);
        for (const QJsonObject &o : r.lines)
            QVERIFY(!o[u"event"_qs].toString().isEmpty()); // every line is a JSON object
        QCOMPARE(r.lines.first()[u"event"_qs].toString(), u"state"_qs);
        QVERIFY(r.lines.first()[u"pid"_qs].toInteger() > 0);
        const QJsonObject end = r.lines.last();
        QCOMPARE(end[u"event"_qs].toString(), u"end"_qs);
        QCOMPARE(end[u"state"_qs].toString(), u"succeeded"_qs);
        QCOMPARE(end[u"total_cost_usd"_qs].toDouble(), 0.0123);
        QCOMPARE(RunProvenance::loadAll(p.sessionDir).size(), 1);
    }

    void newSessionPrintsItsIdFirst()
    {
        TestProject p;
        const Result r = run(QStringList{p.root, u"--new-session"_qs, u"--worker"_qs, u"test-worker"_qs, u"--task"_qs,
                                         u"Fresh start"_qs} + customArgs(u"stream"_qs));
        QCOMPARE(r.exitCode, 0);
        const QString id = QString::fromUtf8(r.out.left(r.out.indexOf('\n')));
        QVERIFY(id.endsWith(QLatin1String("-fresh-start")));
        const QString dir = p.sessionsDir + u'/' + id;
        for (const char *f : {"STATE.json", "EVENTS.jsonl", "DEBUG.jsonl", "BACKLOG.jsonl", "SESSION.md"})
            QVERIFY2(QFile::exists(dir + u'/' + QLatin1String(f)), f);
        QCOMPARE(RunProvenance::loadAll(dir).size(), 1);
    }

    void failuresExitOne_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("state");
        QTest::newRow("non-zero exit") << u"fail"_qs << QStringList() << u"failed"_qs;
        QTest::newRow("timeout") << u"silent"_qs << QStringList{u"--timeout"_qs, u"1"_qs} << u"timed out"_qs;
    }

    void failuresExitOne()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, extra);
        QFETCH(QString, state);
        TestProject p;
        const Result r = run(QStringList{p.sessionDir, u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs, u"--json"_qs}
                             + extra + customArgs(mode));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lines.last()[u"state"_qs].toString(), state);
    }

    void badInputExitsTwoAndCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown worker") << QStringList{u"--worker"_qs, u"nobody"_qs, u"--task"_qs, u"x"_qs} + customArgs(u"stream"_qs);
        QTest::newRow("unsafe worker") << QStringList{u"--worker"_qs, u"../x"_qs, u"--task"_qs, u"x"_qs} + customArgs(u"stream"_qs);
        QTest::newRow("empty task") << QStringList{u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u" "_qs} + customArgs(u"stream"_qs);
        QTest::newRow("custom without program") << QStringList{u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs,
                                                               u"--profile"_qs, u"custom"_qs};
        QTest::newRow("missing program") << QStringList{u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs, u"--profile"_qs,
                                                        u"custom"_qs, u"--program"_qs, u"/nonexistent/prog"_qs,
                                                        u"--args-template"_qs, u"{task}"_qs};
        QTest::newRow("unknown placeholder") << QStringList{u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs, u"--profile"_qs,
                                                            u"custom"_qs, u"--program"_qs, TestPaths::fakeWorker(),
                                                            u"--args-template"_qs, u"{taks}"_qs};
        QTest::newRow("unknown profile") << QStringList{u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs, u"--profile"_qs, u"nope"_qs};
        QTest::newRow("bad timeout") << QStringList{u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs, u"--timeout"_qs, u"soon"_qs}
                                            + customArgs(u"stream"_qs);
        QTest::newRow("no task") << QStringList{u"--worker"_qs, u"test-worker"_qs} + customArgs(u"stream"_qs);
    }

    void badInputExitsTwoAndCreatesNothing()
    {
        QFETCH(QStringList, args);
        TestProject p;
        const Result r = run(QStringList{p.root, u"--new-session"_qs} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(QDir(p.sessionsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1); // only the fixture's
    }

    void aPathThatIsNotASafeSessionExitsTwo()
    {
        TestProject p;
        const QString bad = p.sessionsDir + QLatin1String("/-rf");
        QVERIFY(QDir().mkpath(bad));
        const Result r = run(QStringList{bad, u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs} + customArgs(u"stream"_qs));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(bad + QLatin1String("/workers")));
        QCOMPARE(run(QStringList{p.path(u"missing"_qs), u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs}
                     + customArgs(u"stream"_qs)).exitCode, 2);
    }

    void sigtermToTheCommandCancelsTheRun_data()
    {
        QTest::addColumn<int>("sig");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void sigtermToTheCommandCancelsTheRun()
    {
        QFETCH(int, sig);
        TestProject p;
        QProcess proc;
        proc.setProgram(app());
        proc.setArguments(QStringList{u"run"_qs, p.sessionDir, u"--worker"_qs, u"test-worker"_qs, u"--task"_qs, u"x"_qs,
                                      u"--json"_qs} + customArgs(u"slow --lines 600"_qs));
        proc.start();
        QVERIFY(proc.waitForStarted());
        // Wait for the worker's first line so that there is a group to stop.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += proc.readAllStandardOutput()).contains("line 1"), 10000);
        const QJsonObject first = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
        const qint64 pgid = first[u"pid"_qs].toInteger();
        QVERIFY(pgid > 1);
        QVERIFY(!RunProcessGroup::isEmpty(pgid));
        ::kill(pid_t(proc.processId()), sig);
        QVERIFY(proc.waitForFinished(20000));
        QCOMPARE(proc.exitCode(), 1);
        out += proc.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object()[u"state"_qs].toString(), u"cancelled"_qs);
        QVERIFY(RunProcessGroup::isEmpty(pgid));
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
