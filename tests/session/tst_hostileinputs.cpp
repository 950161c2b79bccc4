// The defects hostile inputs found (issue 10), one test each, named after
// what it proves: no crash, no hang, no lost or invented line, a clear word
// for what could not be read.
#include "apprun.h"
#include "diagnostic.h"
#include "isotime.h"
#include "livesession.h"
#include "logfilereader.h"
#include "sessiondoctor.h"
#include "sessionlistmodel.h"
#include "sessionfiles.h"
#include "sessionloader.h"
#include "sessionsummary.h"
#include "statefile.h"
#include "timelinerange.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QByteArray eventLine(int n, const char *agent = "devops-worker", const char *type = "worker_progress")
{
    return QStringLiteral("{\"timestamp\": \"2025-08-30T14:%1:%2Z\", \"type\": \"%4\", \"agent\": \"%5\", \"details\": {\"n\": %3}}")
        .arg(10 + (n / 60) % 50, 2, 10, QLatin1Char('0')).arg(n % 60, 2, 10, QLatin1Char('0')).arg(n)
        .arg(QLatin1String(type), QLatin1String(agent)).toUtf8();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString makeSession(const QTemporaryDir &tmp, const QString &name, const QByteArray &events, const QByteArray &debug = QByteArray())
{
    const QString dir = tmp.filePath(name);
    QDir().mkpath(dir + QStringLiteral("/workers/json"));
    QDir().mkpath(dir + QStringLiteral("/notes"));
    writeFile(dir + QStringLiteral("/EVENTS.jsonl"), events);
    writeFile(dir + QStringLiteral("/DEBUG.jsonl"), debug);
    writeFile(dir + QStringLiteral("/STATE.json"), "{\"status\": \"active\"}");
    writeFile(dir + QStringLiteral("/BACKLOG.jsonl"), QByteArray());
    writeFile(dir + QStringLiteral("/SESSION.md"), "# s\n");
    return dir;
}

void makeFifo(const QString &path)
{
    QFile::remove(path);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
}

}

class TestHostileInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void truncatingABigLogWhileItLoadsOnTwoThreadsNeverCrashes()
    {
        // Over 1 MiB so that two parser threads share each block.
        QTemporaryDir tmp;
        QByteArray many;
        for (int i = 0; i < 30000; ++i)
            many += eventLine(i) + '\n';
        QVERIFY(many.size() > (1 << 20));
        const QString dir = makeSession(tmp, QStringLiteral("s"), many);
        const QString events = dir + QStringLiteral("/EVENTS.jsonl");
        for (int round = 0; round < 20; ++round) {
            writeFile(events, many);
            std::atomic<bool> go{false};
            std::thread truncater([&] {
                while (!go.load())
                    std::this_thread::yield();
                std::this_thread::sleep_for(std::chrono::microseconds(200 * round));
                (void)::truncate(QFile::encodeName(events).constData(), round % 2 ? 0 : 4096);
            });
            SessionData data;
            QString error;
            go = true;
            const bool ok = SessionLoader::loadSync(dir, data, &error, 2);
            truncater.join();
            // Either a consistent read of some version of the file or a clear message.
            QVERIFY2(ok || !error.isEmpty(), qPrintable(error));
            for (const BadLine &b : data.events.badLines())
                QVERIFY2(b.reason != BadLine::InvalidUtf8, "a torn read must not invent bytes");
        }
    }

    void aLogTruncatedAndGrownBackPastItsSizeIsReloadedNotMisread()
    {
        QTemporaryDir tmp;
        QByteArray first;
        for (int i = 0; i < 10; ++i)
            first += eventLine(i) + '\n';
        const QString dir = makeSession(tmp, QStringLiteral("s"), first);
        LiveSession session(dir);
        QSignalSpy finished(&session, &LiveSession::loadFinished);
        session.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(session.events().size(), 10);
        // Another program rewrites the log in place, longer than before,
        // between two looks: same inode, bigger size.
        QByteArray second;
        for (int i = 100; i < 130; ++i)
            second += eventLine(i, "backend-worker") + '\n';
        QVERIFY(second.size() > first.size());
        writeFile(dir + QStringLiteral("/EVENTS.jsonl"), second);
        session.poll();
        QTRY_COMPARE_WITH_TIMEOUT(session.events().size(), 30, 10000);
        QCOMPARE(session.events().badLines().size(), size_t(0));
        for (int i = 0; i < session.events().size(); ++i)
            QCOMPARE(session.events().agent(i), QStringLiteral("backend-worker"));
    }

    void filesThatNeverEndAreRefusedNotReadForever()
    {
        QTemporaryDir tmp;
        QByteArray events = eventLine(1, "devops-worker", "worker_spawned") + '\n' + eventLine(2, "devops-worker", "notes_created") + '\n'
            + eventLine(3, "devops-worker", "json_created") + '\n' + eventLine(4, "devops-worker", "worker_completed") + '\n';
        const QString dir = makeSession(tmp, QStringLiteral("s"), events);
        for (const char *rel : {"STATE.json", "notes/devops_notes.md", "workers/json/devops_response.json"}) {
            QFile::remove(dir + u'/' + QLatin1String(rel));
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir + u'/' + QLatin1String(rel)));
        }
        const StateFile::Result state = StateFile::read(dir + QStringLiteral("/STATE.json"));
        QVERIFY(!state.ok);
        QVERIFY(state.error.contains(QStringLiteral("not a regular file")));
        DoctorOptions options;
        options.templateDir = tmp.filePath(QStringLiteral("no-templates"));
        const DoctorReport r = SessionDoctor::checkDir(dir, options);
        QVERIFY(r.readable);
        int unreadable = 0;
        for (const Diagnostic &d : r.diagnostics)
            unreadable += d.rule == u"output.unreadable";
        QCOMPARE(unreadable, 2);
    }

    void aFifoInPlaceOfALogStateOrDefinitionNeverBlocks()
    {
        QTemporaryDir tmp;
        const QString dir = makeSession(tmp, QStringLiteral("s"), eventLine(1) + '\n');
        QDir().mkpath(tmp.filePath(QStringLiteral(".claude/agents")));
        QDir().mkpath(tmp.filePath(QStringLiteral("Docs/hive-mind")));
        makeFifo(tmp.filePath(QStringLiteral(".claude/agents/devops-worker.md")));
        makeFifo(dir + QStringLiteral("/STATE.json"));
        makeFifo(dir + QStringLiteral("/DEBUG.jsonl"));
        QElapsedTimer t;
        t.start();
        SessionData data;
        QString error;
        QVERIFY2(SessionLoader::loadSync(dir, data, &error), qPrintable(error));
        QCOMPARE(data.events.size(), 1);            // the events stand on their own
        QVERIFY(data.debugError.contains(QStringLiteral("not a regular file")));
        const DoctorReport r = SessionDoctor::checkDir(dir);
        QVERIFY(r.readable);
        makeFifo(dir + QStringLiteral("/EVENTS.jsonl"));
        QVERIFY(!SessionLoader::loadSync(dir, data, &error));
        QVERIFY(error.contains(QStringLiteral("not a regular file")));
        QVERIFY(t.elapsed() < 20000); // it used to block forever in open()
    }

    void oneBlockingSessionDoesNotStopTheSessionsListScan()
    {
        QTemporaryDir tmp;
        const QString fifoSession = makeSession(tmp, QStringLiteral("2025-08-30-10-00-fifo"), QByteArray());
        makeFifo(fifoSession + QStringLiteral("/EVENTS.jsonl"));
        makeFifo(fifoSession + QStringLiteral("/STATE.json"));
        const QString good = makeSession(tmp, QStringLiteral("2025-08-30-11-00-good"), eventLine(1) + '\n' + eventLine(2) + '\n');
        SessionListModel model;
        model.setProblemCounter([](const QString &dir) { return countDiagnostics(dir); });
        model.setSessions({fifoSession, good});
        QTRY_VERIFY_WITH_TIMEOUT(model.info(1).scanned && model.info(1).errors >= 0, 20000);
        QCOMPARE(model.info(1).events, 2);
        QTRY_VERIFY_WITH_TIMEOUT(model.info(0).scanned, 20000);
    }

    void validateReportsAnUnreadableNotesFileAndFails()
    {
        if (!QFileInfo(appPath()).isExecutable())
            QSKIP("the app is not built");
        QTemporaryDir tmp;
        const QString dir = makeSession(tmp, QStringLiteral("s"), eventLine(1, "devops-worker", "worker_spawned") + '\n');
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir + QStringLiteral("/notes/devops_notes.md")));
        const AppRun run = runApp({QStringLiteral("validate"), dir, QStringLiteral("--template-dir"), tmp.path()});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1); // it used to skip the file and exit 0
        QVERIFY(run.out.contains("[output.unreadable]"));
    }

    void anUnreadableOutputFolderIsSaidNotTakenForMissingOutputs()
    {
        // Root reads any folder whatever its mode, so the folders are made
        // unlistable the ways that hold for root too: a symlink loop for
        // notes/, a regular file for workers/json.
        QTemporaryDir tmp;
        QByteArray events = eventLine(1, "devops-worker", "worker_spawned") + '\n' + eventLine(2, "devops-worker", "notes_created") + '\n'
            + eventLine(3, "devops-worker", "json_created") + '\n' + eventLine(4, "devops-worker", "worker_completed") + '\n';
        const QString dir = makeSession(tmp, QStringLiteral("s"), events);
        QVERIFY(QDir(dir + QStringLiteral("/notes")).removeRecursively());
        QVERIFY(QFile::link(dir + QStringLiteral("/notes"), dir + QStringLiteral("/notes")));
        QVERIFY(QDir(dir + QStringLiteral("/workers/json")).removeRecursively());
        writeFile(dir + QStringLiteral("/workers/json"), "not a folder");

        DoctorOptions options;
        options.templateDir = tmp.filePath(QStringLiteral("no-templates"));
        const DoctorReport r = SessionDoctor::checkDir(dir, options);
        QVERIFY(r.readable);
        QMap<QString, QString> unreadable;
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY2(!d.rule.startsWith(u"output.missing-"), qPrintable(d.toText())); // the old, false word
            if (d.rule == u"session.unreadable-folder") {
                QCOMPARE(d.severity, Diagnostic::Error);
                unreadable.insert(d.file, d.message);
            }
        }
        QCOMPARE(unreadable.keys(), (QStringList{QStringLiteral("notes"), QStringLiteral("workers/json")}));
        QVERIFY2(unreadable.value(QStringLiteral("notes")).contains(QString::fromLocal8Bit(std::strerror(ELOOP))), qPrintable(unreadable.value(QStringLiteral("notes"))));
        QVERIFY(unreadable.value(QStringLiteral("workers/json")).contains(QStringLiteral("not a folder")));

        // An unreadable workers/ is said once, not again for each folder in it.
        const QString loop = makeSession(tmp, QStringLiteral("loop"), events);
        QVERIFY(QDir(loop + QStringLiteral("/workers")).removeRecursively());
        QVERIFY(QFile::link(loop + QStringLiteral("/workers"), loop + QStringLiteral("/workers")));
        QCOMPARE(int(SessionFiles::scan(loop).unreadableFolders.size()), 1);
        QCOMPARE(SessionFiles::scan(loop).unreadableFolders.front().path, QStringLiteral("workers"));

        // A folder that is simply absent is not "unreadable".
        const QString plain = makeSession(tmp, QStringLiteral("plain"), events);
        QVERIFY(QDir(plain + QStringLiteral("/notes")).removeRecursively());
        const DoctorReport p = SessionDoctor::checkDir(plain, options);
        bool missingNotes = false;
        for (const Diagnostic &d : p.diagnostics) {
            QVERIFY(d.rule != u"session.unreadable-folder");
            missingNotes |= d.rule == u"output.missing-notes";
        }
        QVERIFY(missingNotes);

        if (!QFileInfo(appPath()).isExecutable())
            return;
        const AppRun validate = runApp({QStringLiteral("validate"), dir, QStringLiteral("--template-dir"), tmp.path()});
        QVERIFY(validate.finished);
        QCOMPARE(validate.exitCode, 1);
        QVERIFY(validate.out.contains("notes: error: the folder notes/ cannot be read"));
        QVERIFY(!validate.out.contains("[output.missing-notes]"));
    }

    void aFinishedLogsLastLineWithoutNewlineIsCountedAndReported()
    {
        QTemporaryDir tmp;
        const QByteArray events = eventLine(1, "devops-worker", "worker_spawned") + '\n' + eventLine(2, "devops-worker", "worker_completed");
        const QString dir = makeSession(tmp, QStringLiteral("s"), events);
        SessionData data;
        QVERIFY(SessionLoader::loadSync(dir, data, nullptr));
        QCOMPARE(data.events.size(), 2);
        QCOMPARE(data.events.kindName(1), QStringLiteral("worker_completed"));
        QCOMPARE(data.events.unterminatedLine(), quint32(2));
        const DoctorReport r = SessionDoctor::checkDir(dir);
        bool reported = false;
        for (const Diagnostic &d : r.diagnostics)
            reported |= d.rule == u"jsonl.missing-final-newline" && d.line == 2;
        QVERIFY(reported);
        // While live, the same line is held back until its newline arrives.
        quint64 held = 0;
        const LogReadResult live = LogFileReader::readAll(dir + QStringLiteral("/EVENTS.jsonl"), LogKind::Events, 1,
                                                          [](LogChunk &&, quint64, quint64) {});
        held = live.unterminatedBytes;
        QVERIFY(held > 0);
    }

    void manyDistinctTypesAndAgentsSummariseCompletely()
    {
        QTemporaryDir tmp;
        QByteArray events;
        for (int i = 0; i < 20000; ++i)
            events += QStringLiteral("{\"timestamp\": \"2025-08-30T14:00:00Z\", \"type\": \"type_%1\", \"agent\": \"agent-%2\", \"details\": \"\"}\n")
                          .arg(i).arg(i % 5000).toUtf8();
        const QString dir = makeSession(tmp, QStringLiteral("s"), events);
        SessionData data;
        QVERIFY(SessionLoader::loadSync(dir, data, nullptr));
        const SessionSummary s = SessionSummary::compute(data);
        QCOMPARE(int(s.types.size()), 20000);
        QCOMPARE(int(s.agents.size()), 5000);
        const auto j = s.toJson();
        QCOMPARE(j["types"].size(), size_t(20000));
        QCOMPARE(j["types"]["type_19999"].get<int>(), 1);
    }

    void aMillionBrokenLinesShareTheirMessages()
    {
        QTemporaryDir tmp;
        const QString dir = makeSession(tmp, QStringLiteral("s"), QByteArray("x\n").repeated(200000));
        SessionData data;
        QVERIFY(SessionLoader::loadSync(dir, data, nullptr));
        const auto &bad = data.events.badLines();
        QCOMPARE(bad.size(), size_t(200000)); // every one counted
        QVERIFY(bad.front().message.isSharedWith(bad.back().message));
    }

    void summaryJsonOfBrokenLinesIsStreamedAndEqualsTheDocument()
    {
        QTemporaryDir tmp;
        // Bad lines of every shape the writer must escape, between good ones.
        const QString dir = makeSession(tmp, QStringLiteral("s"),
                                        eventLine(1) + "\nnot json \"quoted\" \\ \x01\n\xff\xfe\n" + eventLine(2) + "\n[1,2]\n\n",
                                        "{\"level\": \"INFO\"}\n{broken\n");
        SessionData data;
        QVERIFY(SessionLoader::loadSync(dir, data, nullptr));
        const SessionSummary s = SessionSummary::compute(data);
        QCOMPARE(s.badLines.size(), size_t(5));
        for (int depth : {0, 1, 3}) {
            std::FILE *f = std::tmpfile();
            QVERIFY(f);
            QVERIFY(s.writeJson(f, depth));
            std::rewind(f);
            std::string written;
            char buf[4096];
            for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;)
                written.append(buf, n);
            std::fclose(f);
            // The document nested `depth` arrays deep, as nlohmann prints it.
            nlohmann::ordered_json doc = s.toJson();
            for (int i = 0; i < depth; ++i)
                doc = nlohmann::ordered_json::array({doc});
            std::string expected = doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
            if (depth > 0) { // only the object: not the enclosing "[\n  " ... "\n]"
                expected.erase(0, expected.find('{'));
                expected.erase(expected.rfind('}') + 1);
            }
            QCOMPARE(QByteArray::fromStdString(written), QByteArray::fromStdString(expected));
        }

        // The command prints every bad line of a big broken log.
        const QString big = makeSession(tmp, QStringLiteral("big"), eventLine(0) + '\n' + QByteArray("x\n").repeated(100000));
        const AppRun run = runApp({QStringLiteral("summary"), big, QStringLiteral("--json")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        const auto j = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(j["events"].get<int>(), 1);
        QCOMPARE(j["bad_lines"].size(), size_t(100000));
        QCOMPARE(j["bad_lines"].back()["line"].get<int>(), 100001);
    }

    void aFarOutlierTimeIsLeftOutOfThePictureRange()
    {
        QTemporaryDir tmp;
        QByteArray events = QByteArray("{\"timestamp\": \"1970-01-01T00:00:01Z\", \"type\": \"x\", \"agent\": \"a\", \"details\": \"\"}\n");
        for (int i = 0; i < 50; ++i)
            events += eventLine(i) + '\n';
        const QString dir = makeSession(tmp, QStringLiteral("s"), events);
        SessionData data;
        QVERIFY(SessionLoader::loadSync(dir, data, nullptr));
        const TimelineRange r = TimelineRange::of(data.events, data.debug);
        QVERIFY(r.valid);
        QCOMPARE(r.outliers, 1);
        QCOMPARE(IsoTime::toIso(r.exampleOutlier), QStringLiteral("1970-01-01T00:00:01Z"));
        QCOMPARE(IsoTime::toIso(r.first), QStringLiteral("2025-08-30T14:10:00Z"));
        if (QFileInfo(appPath()).isExecutable()) {
            const AppRun run = runApp({QStringLiteral("export-timeline"), dir, QStringLiteral("-o"), tmp.filePath(QStringLiteral("t.png"))});
            QVERIFY(run.finished);
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.err.contains("left out of the picture"));
        }
    }

    void anUnreadableDebugLogLeavesTheEventsSummarised()
    {
        if (!QFileInfo(appPath()).isExecutable())
            QSKIP("the app is not built");
        QTemporaryDir tmp;
        const QString dir = makeSession(tmp, QStringLiteral("s"), eventLine(1) + '\n' + eventLine(2) + '\n');
        makeFifo(dir + QStringLiteral("/DEBUG.jsonl"));
        const AppRun run = runApp({QStringLiteral("summary"), dir, QStringLiteral("--json")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        const auto j = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(j["events"].get<int>(), 2);
        QVERIFY(run.err.contains("debug log is left out"));
    }

    void aContinuousWriterIsFollowedWithoutWaitingForThePoll()
    {
        QTemporaryDir tmp;
        const QString dir = makeSession(tmp, QStringLiteral("s"), eventLine(0) + '\n');
        LiveSession session(dir);
        QSignalSpy finished(&session, &LiveSession::loadFinished);
        session.start();
        QVERIFY(finished.wait(10000));
        QSignalSpy appended(&session, &LiveSession::eventsAppended);
        QFile f(dir + QStringLiteral("/EVENTS.jsonl"));
        QVERIFY(f.open(QIODevice::Append));
        // A line every 5 ms for 1.2 s: the notifications never pause. The
        // fallback poll runs every 2 s; seeing several arrivals before it
        // proves the debounce no longer restarts on every notification.
        QElapsedTimer t;
        t.start();
        int n = 1;
        while (t.elapsed() < 1200) {
            f.write(eventLine(n++) + '\n');
            f.flush();
            QTest::qWait(5);
        }
        QVERIFY2(appended.count() >= 3, qPrintable(QString::number(appended.count())));
        QTRY_COMPARE_WITH_TIMEOUT(session.events().size(), n, 10000);
    }

    void yearZeroPrintsAsZeroAndNoTimestampGivesNull()
    {
        const QDateTime yearZero(QDate(-1, 1, 1), QTime(0, 0), Qt::UTC); // Qt's 1 BC is ISO year 0000
        QCOMPARE(IsoTime::toIso(yearZero.toMSecsSinceEpoch()), QStringLiteral("0000-01-01T00:00:00Z"));
        QTemporaryDir tmp;
        const QString dir = makeSession(tmp, QStringLiteral("s"), "{\"type\": \"x\", \"agent\": \"a\", \"details\": \"\"}\n");
        SessionData data;
        QVERIFY(SessionLoader::loadSync(dir, data, nullptr));
        const auto j = SessionSummary::compute(data).toJson();
        QVERIFY(j["first"].is_null());
        QVERIFY(j["last"].is_null());
    }

    void aSessionIdWithANewlineKeepsOneDiagnosticPerLine()
    {
        Diagnostic d;
        d.file = QStringLiteral("odd\nsession/EVENTS.jsonl");
        d.line = 3;
        d.message = QStringLiteral("two\nlines");
        d.rule = QStringLiteral("x.y");
        const QString text = d.toText();
        QVERIFY(!text.contains(u'\n'));
        QCOMPARE(text, QStringLiteral("odd\\nsession/EVENTS.jsonl:3: error: two\\nlines [x.y]"));
    }

    void aByteOrderMarkInTheMiddleOfALogSaysSo()
    {
        QTemporaryDir tmp;
        const QString dir = makeSession(tmp, QStringLiteral("s"), "\xEF\xBB\xBF" + eventLine(1) + '\n' + "\xEF\xBB\xBF" + eventLine(2) + '\n');
        SessionData data;
        QVERIFY(SessionLoader::loadSync(dir, data, nullptr));
        QCOMPARE(data.events.size(), 1); // the file's own BOM is fine
        QCOMPARE(data.events.badLines().size(), size_t(1));
        QVERIFY(data.events.badLines().front().message.contains(QStringLiteral("byte-order mark")));
    }
};

QTEST_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
