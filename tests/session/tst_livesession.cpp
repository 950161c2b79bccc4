#include "livesession.h"
#include "logfilereader.h"
#include "sessiongenerator.h"
#include "sessionloader.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {
QByteArray eventLine(int n)
{
    return QStringLiteral("{\"timestamp\": \"2025-08-30T14:%1:%2Z\", \"type\": \"worker_progress\", \"agent\": \"devops-worker\", \"details\": {\"action\": \"scan\", \"n\": %3, \"note\": \"caf\\u00e9\"}}")
        .arg(10 + (n / 60) % 50, 2, 10, QLatin1Char('0')).arg(n % 60, 2, 10, QLatin1Char('0')).arg(n).toUtf8();
}

bool waitFor(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(10);
    return done();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
}

class TestLiveSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aGeneratedSessionLoadsCompletely()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("2025-08-30-14-16-gen"));
        GeneratorOptions o;
        o.events = 5000;
        QVERIFY(SessionGenerator::write(dir, o));
        LiveSession s(dir);
        QSignalSpy finished(&s, &LiveSession::loadFinished);
        s.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(s.events().size(), 5000);
        QCOMPARE(s.debug().size(), 1000);
        QVERIFY(s.events().badLines().empty());
        QVERIFY(s.data().stateOk);
        // The synchronous loader agrees with the staged one, entry by entry.
        SessionData sync = loadSessionSync(dir);
        QCOMPARE(sync.events.size(), s.events().size());
        for (int i = 0; i < sync.events.size(); i += 97) {
            QCOMPARE(sync.events.timeMs(i), s.events().timeMs(i));
            QCOMPARE(sync.events.kindName(i), s.events().kindName(i));
            QCOMPARE(sync.events.rawLine(i), s.events().rawLine(i));
        }
    }

    void linesAppendedByAnotherProcessArriveExactlyOnce()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("live"));
        QDir().mkpath(dir);
        QByteArray initial;
        for (int i = 0; i < 10; ++i)
            initial += eventLine(i) + '\n';
        writeFile(dir + QStringLiteral("/EVENTS.jsonl"), initial);
        writeFile(dir + QStringLiteral("/DEBUG.jsonl"), QByteArray());
        LiveSession s(dir);
        QSignalSpy finished(&s, &LiveSession::loadFinished);
        s.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(s.events().size(), 10);

        // A real writer process: O_APPEND, every third line split in two writes
        // with a pause between, as a crashing or slow writer would leave it.
        const int total = 300;
        QByteArray script = "import os, sys, time\n"
                            "fd = os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND)\n"
                            "for line in sys.stdin.buffer.read().split(b'\\n')[:-1]:\n"
                            "    data = line + b'\\n'\n"
                            "    n = int(line.split(b'\"n\": ')[1].split(b',')[0])\n"
                            "    if n % 3 == 0:\n"
                            "        os.write(fd, data[:len(data)//2]); time.sleep(0.02); os.write(fd, data[len(data)//2:])\n"
                            "    else:\n"
                            "        os.write(fd, data)\n"
                            "    if n % 25 == 0: time.sleep(0.05)\n";
        QByteArray lines;
        for (int i = 10; i < total; ++i)
            lines += eventLine(i) + '\n';
        QProcess writer;
        writer.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), dir + QStringLiteral("/EVENTS.jsonl")});
        QVERIFY(writer.waitForStarted());
        writer.write(lines);
        writer.closeWriteChannel();
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY2(waitFor([&] { return s.events().size() >= total; }), qPrintable(QString::number(s.events().size())));
        QTest::qWait(300); // nothing more may arrive
        QCOMPARE(s.events().size(), total);
        QVERIFY(s.events().badLines().empty());
        for (int i = 0; i < total; ++i) {
            QCOMPARE(s.events().lineNumber(i), quint32(i + 1));
            QCOMPARE(s.events().rawLine(i), eventLine(i));
        }
    }

    void aHalfWrittenLastLineIsHeldBackThenRead()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        writeFile(dir + QStringLiteral("/EVENTS.jsonl"), eventLine(0) + '\n' + eventLine(1).left(20));
        LiveSession s(dir);
        QSignalSpy finished(&s, &LiveSession::loadFinished);
        s.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(s.events().size(), 1);
        QVERIFY(s.events().badLines().empty());
        QFile f(dir + QStringLiteral("/EVENTS.jsonl"));
        QVERIFY(f.open(QIODevice::Append));
        f.write(eventLine(1).mid(20) + '\n');
        f.close();
        QVERIFY(waitFor([&] { return s.events().size() == 2; }, 3000));
        QCOMPARE(s.events().rawLine(1), eventLine(1));
        QVERIFY(s.events().badLines().empty());
    }

    void aReplacedOrShrunkFileIsReloaded()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QByteArray many;
        for (int i = 0; i < 50; ++i)
            many += eventLine(i) + '\n';
        writeFile(dir + QStringLiteral("/EVENTS.jsonl"), many);
        LiveSession s(dir);
        QSignalSpy finished(&s, &LiveSession::loadFinished);
        QSignalSpy reset(&s, &LiveSession::eventsReset);
        s.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(s.events().size(), 50);
        // Replaced by rename (a new inode), shorter.
        writeFile(dir + QStringLiteral("/EVENTS.new"), eventLine(7) + '\n' + eventLine(8) + '\n');
        QVERIFY(::rename(QFile::encodeName(dir + QStringLiteral("/EVENTS.new")).constData(), QFile::encodeName(dir + QStringLiteral("/EVENTS.jsonl")).constData()) == 0);
        QVERIFY(waitFor([&] { return s.events().size() == 2 && !reset.isEmpty(); }, 5000));
        QCOMPARE(s.events().rawLine(0), eventLine(7));
        // Truncated in place.
        writeFile(dir + QStringLiteral("/EVENTS.jsonl"), eventLine(9) + '\n');
        QVERIFY(waitFor([&] { return s.events().size() == 1 && s.events().rawLine(0) == eventLine(9); }, 5000));
    }

    void aHalfWrittenOrMissingStateKeepsTheLastGoodCopy()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        writeFile(dir + QStringLiteral("/EVENTS.jsonl"), eventLine(0) + '\n');
        writeFile(dir + QStringLiteral("/STATE.json"), "{\"version\": \"2.0\", \"status\": \"active\", \"task\": \"t\"}");
        LiveSession s(dir);
        QSignalSpy finished(&s, &LiveSession::loadFinished);
        s.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(waitFor([&] { return s.data().stateOk; }, 3000));
        writeFile(dir + QStringLiteral("/STATE.json"), "{\"version\": \"2.0\", \"stat");
        QVERIFY(waitFor([&] { return !s.data().stateMessage.isEmpty(); }, 5000));
        QCOMPARE(QString::fromStdString(s.data().state["status"].get<std::string>()), QStringLiteral("active"));
        QVERIFY(s.data().stateMessage.contains(QStringLiteral("last good copy")));
        writeFile(dir + QStringLiteral("/STATE.json"), "{\"version\": \"2.0\", \"status\": \"completed\"}");
        QVERIFY(waitFor([&] { return s.data().stateOk && s.data().state["status"] == "completed"; }, 5000));
        QFile::remove(dir + QStringLiteral("/STATE.json"));
        QVERIFY(waitFor([&] { return s.data().stateMessage.contains(QStringLiteral("missing")); }, 5000));
        QCOMPARE(QString::fromStdString(s.data().state["status"].get<std::string>()), QStringLiteral("completed"));
    }

    void aFileTruncatedWhileReadDoesNotCrash()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("EVENTS.jsonl"));
        QByteArray many;
        for (int i = 0; i < 40000; ++i)
            many += eventLine(i) + '\n';
        writeFile(path, many);
        int chunks = 0;
        // Small blocks; after the first block another "program" truncates the
        // file: the next block reads short (a mapping would fault here).
        const LogReadResult r = LogFileReader::readAll(path, LogKind::Events, 2, [&](LogChunk &&, quint64, quint64) {
            if (++chunks == 1)
                QVERIFY(::truncate(QFile::encodeName(path).constData(), 0) == 0);
        }, nullptr, 64 * 1024);
        QCOMPARE(int(r.status), int(LogReadResult::ChangedWhileReading));
        QCOMPARE(chunks, 1);
    }
};

QTEST_GUILESS_MAIN(TestLiveSession)
#include "tst_livesession.moc"
