// The history index on real files: generated sessions under a project's
// sessions folder, indexed into a real SQLite file, searched and counted.
#include "historydatabase.h"
#include "historyextractor.h"
#include "historyfingerprint.h"
#include "historyindexer.h"
#include "historysearch.h"
#include "historystats.h"
#include "sessiongenerator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

#include <sys/stat.h>
#include <unistd.h>

namespace {

void append(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(f.write(bytes), bytes.size());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QStringList searchSessions(HistoryDatabase &db, const QString &typed)
{
    const SearchResult r = HistorySearch::search(db, HistoryQuery::parse(typed), 1000);
    if (!r.ok())
        qWarning() << r.error;
    QStringList ids;
    for (const SearchHit &h : r.hits) {
        if (!ids.contains(h.sessionId))
            ids << h.sessionId;
    }
    ids.sort();
    return ids;
}

} // namespace

class TestHistoryIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_sessions; // <project>/Docs/hive-mind/sessions
    QString m_index;
    QString m_project;  // the project root's folder name

    QString makeSession(const QString &name, qint64 startMs, quint32 seed)
    {
        GeneratorOptions o;
        o.events = 200;
        o.workers = 3;
        o.startMs = startMs;
        o.seed = seed;
        const QString dir = m_sessions + QLatin1Char('/') + name;
        QString error;
        if (!SessionGenerator::write(dir, o, &error))
            qWarning() << error;
        return dir;
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        static int n = 0;
        const QString project = m_tmp.filePath(QStringLiteral("shop-%1").arg(++n));
        m_sessions = project + QStringLiteral("/Docs/hive-mind/sessions");
        m_project = QFileInfo(project).fileName();
        QVERIFY(QDir().mkpath(project + QStringLiteral("/.claude")));
        QVERIFY(QDir().mkpath(m_sessions));
        m_index = m_tmp.filePath(QStringLiteral("index-%1.sqlite").arg(n));
        makeSession(QStringLiteral("2025-08-30-14-16-audit"), 1756563382000, 1);
        makeSession(QStringLiteral("2025-08-31-09-00-deploy"), 1756630800000, 2);
        const QString third = makeSession(QStringLiteral("2025-09-01-10-00-probe"), 1756720800000, 3);
        append(third + QStringLiteral("/notes/devops-worker_notes.md"), "\n## Finding\n\nThe readinessProbe of <script>alert(1)</script> times out.\n");
    }

    void everySessionIsIndexedAndFoundByItsWords()
    {
        HistoryDatabase db;
        QString error;
        QVERIFY2(db.open(m_index, &error), qPrintable(error));
        QVERIFY(db.notice().isEmpty());
        int calls = 0;
        const IndexReport r = HistoryIndexer::run(db, {m_sessions}, [&](const IndexProgress &p) {
            ++calls;
            QVERIFY(p.done <= p.total);
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sessions, 3);
        QCOMPARE(r.indexed, 3);
        QCOMPARE(r.unchanged, 0);
        QVERIFY(calls >= 3);
        QCOMPARE(db.sessionCount(), 3);
        QVERIFY(db.eventCount() >= 600);

        const SearchResult hits = HistorySearch::search(db, HistoryQuery::parse(u"readinessProbe"_qs));
        QVERIFY2(hits.ok(), qPrintable(hits.error));
        QCOMPARE(int(hits.hits.size()), 1);
        const SearchHit &h = hits.hits.front();
        QCOMPARE(h.sessionId, u"2025-09-01-10-00-probe"_qs);
        QCOMPARE(h.kind, u"notes"_qs);
        QCOMPARE(h.worker, u"devops-worker"_qs);
        QCOMPARE(h.file, u"notes/devops-worker_notes.md"_qs);
        QVERIFY(h.line > 1);
        // The line the hit names holds the words.
        QFile notes(m_sessions + u"/2025-09-01-10-00-probe/notes/devops-worker_notes.md"_qs);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = notes.readAll().split('\n');
        QVERIFY(lines.value(h.line - 1).contains("readinessProbe"));
        // Session text never becomes markup: escaped first, then highlighted.
        const QString html = HistorySearch::snippetHtml(h.snippet);
        QVERIFY2(html.contains(u"<b>readinessProbe</b>"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"&lt;script&gt;"_qs), qPrintable(html));
        QVERIFY(!html.contains(u"<script>"_qs));
        QCOMPARE(HistorySearch::count(db, HistoryQuery::parse(u"readinessProbe"_qs)), 1);
    }

    void anUnchangedSessionIsNotReadAgainAndAChangedOneIs()
    {
        HistoryDatabase db;
        QString error;
        QVERIFY(db.open(m_index, &error));
        QCOMPARE(HistoryIndexer::run(db, {m_sessions}).indexed, 3);
        IndexReport again = HistoryIndexer::run(db, {m_sessions});
        QCOMPARE(again.indexed, 0);
        QCOMPARE(again.unchanged, 3);

        const QString audit = m_sessions + u"/2025-08-30-14-16-audit"_qs;
        append(audit + u"/EVENTS.jsonl"_qs,
               "{\"timestamp\": \"2025-08-30T15:00:00Z\", \"type\": \"worker_progress\", \"agent\": \"devops-worker\", "
               "\"details\": {\"note\": \"zanzibar quota exceeded\"}}\n");
        again = HistoryIndexer::run(db, {m_sessions});
        QCOMPARE(again.indexed, 1);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(searchSessions(db, u"zanzibar"_qs), QStringList{u"2025-08-30-14-16-audit"_qs});
        // Re-indexing replaced the session's texts rather than adding to them.
        QCOMPARE(HistorySearch::count(db, HistoryQuery::parse(u"zanzibar"_qs)), 1);
    }

    void aDeletedSessionLeavesTheIndex()
    {
        HistoryDatabase db;
        QString error;
        QVERIFY(db.open(m_index, &error));
        HistoryIndexer::run(db, {m_sessions});
        QCOMPARE(searchSessions(db, u"readinessProbe"_qs).size(), 1);
        QVERIFY(QDir(m_sessions + u"/2025-09-01-10-00-probe"_qs).removeRecursively());
        const IndexReport r = HistoryIndexer::run(db, {m_sessions});
        QCOMPARE(r.removed, 1);
        QCOMPARE(db.sessionCount(), 2);
        QVERIFY(searchSessions(db, u"readinessProbe"_qs).isEmpty());
        QSqlQuery orphans(db.db());
        QVERIFY(orphans.exec(u"SELECT count(*) FROM texts WHERE session NOT IN (SELECT id FROM sessions)"_qs) && orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
    }

    void aSearchIsNeverSql()
    {
        HistoryDatabase db;
        QString error;
        QVERIFY(db.open(m_index, &error));
        HistoryIndexer::run(db, {m_sessions});
        for (const QString &typed : {u"'; DROP TABLE sessions; --"_qs, u"\") OR 1=1 --"_qs, u"x' UNION SELECT path FROM sessions --"_qs,
                                     u"body:foo NEAR(a b) ^start"_qs, u"worker:\"'; DELETE FROM texts; --\" probe"_qs}) {
            const HistoryQuery q = HistoryQuery::parse(typed);
            if (!q.isValid() || !q.hasTerms())
                continue;
            const SearchResult r = HistorySearch::search(db, q);
            QVERIFY2(r.ok(), qPrintable(typed + u": "_qs + r.error));
        }
        QCOMPARE(db.sessionCount(), 3);
        QVERIFY(db.textCount() > 600);
    }

    void filtersNarrowTheHits()
    {
        HistoryDatabase db;
        QString error;
        QVERIFY(db.open(m_index, &error));
        HistoryIndexer::run(db, {m_sessions});
        const QString word = u"readinessProbe"_qs;
        QCOMPARE(searchSessions(db, word + u" worker:devops-worker"_qs).size(), 1);
        QVERIFY(searchSessions(db, word + u" worker:nobody"_qs).isEmpty());
        QCOMPARE(searchSessions(db, word + u" kind:notes"_qs).size(), 1);
        QVERIFY(searchSessions(db, word + u" kind:event"_qs).isEmpty());
        QCOMPARE(searchSessions(db, word + u" project:"_qs + m_project).size(), 1);
        QVERIFY(searchSessions(db, word + u" project:nothing"_qs).isEmpty());
        QVERIFY(searchSessions(db, word + u" to:2025-08-01"_qs).isEmpty());
        // Every session's events are between its start and a day later.
        const QStringList firstDay = searchSessions(db, u"worker_spawned from:2025-08-30 to:2025-08-30"_qs);
        QCOMPARE(firstDay, QStringList{u"2025-08-30-14-16-audit"_qs});
    }

    void newestFirstUnlessRanked()
    {
        HistoryDatabase db;
        QString error;
        QVERIFY(db.open(m_index, &error));
        HistoryIndexer::run(db, {m_sessions});
        const SearchResult r = HistorySearch::search(db, HistoryQuery::parse(u"worker_spawned"_qs), 1000);
        QVERIFY(r.ok());
        QVERIFY(r.hits.size() >= 3);
        for (size_t i = 1; i < r.hits.size(); ++i)
            QVERIFY(r.hits[i - 1].timeMs >= r.hits[i].timeMs);
        QCOMPARE(r.hits.front().sessionId, u"2025-09-01-10-00-probe"_qs);
        HistoryQuery ranked = HistoryQuery::parse(u"worker_spawned"_qs);
        ranked.rank = true;
        QCOMPARE(HistorySearch::search(db, ranked, 1000).hits.size(), r.hits.size());
    }

    void aDamagedOrForeignFileIsMovedAsideAndRebuilt_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("garbage") << QByteArray("garbage");
        QTest::newRow("truncated index") << QByteArray("truncated");
        QTest::newRow("another app's database") << QByteArray("foreign");
    }
    void aDamagedOrForeignFileIsMovedAsideAndRebuilt()
    {
        QFETCH(QByteArray, kind);
        {
            HistoryDatabase db;
            QString error;
            QVERIFY(db.open(m_index, &error));
            HistoryIndexer::run(db, {m_sessions});
        }
        if (kind == "garbage") {
            writeFile(m_index, QByteArray(8192, 'x'));
        } else if (kind == "truncated") {
            QFile f(m_index);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 3));
            f.seek(100);
            f.write(QByteArray(4000, '\xff')); // the header's page counts now lie
        } else {
            QFile::remove(m_index);
            QFile::remove(m_index + u"-wal"_qs);
            QFile::remove(m_index + u"-shm"_qs);
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"foreign"_qs);
            other.setDatabaseName(m_index);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"CREATE TABLE recipes(name TEXT)"_qs));
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"foreign"_qs);
        }
        HistoryDatabase db;
        QString error;
        QVERIFY2(db.open(m_index, &error), qPrintable(error));
        QVERIFY2(db.notice().contains(u"moved to"_qs), qPrintable(db.notice()));
        const QStringList aside = QDir(m_tmp.path()).entryList({QFileInfo(m_index).fileName() + u".damaged-*"_qs});
        QCOMPARE(aside.size(), 1);
        QFile::remove(m_tmp.filePath(aside.first()));
        QCOMPARE(db.sessionCount(), 0);
        QCOMPARE(HistoryIndexer::run(db, {m_sessions}).indexed, 3);
        QCOMPARE(searchSessions(db, u"readinessProbe"_qs).size(), 1);
    }

    void aNewerSchemaIsRefusedAndKept()
    {
        {
            HistoryDatabase db;
            QString error;
            QVERIFY(db.open(m_index, &error));
            QSqlQuery q(db.db());
            QVERIFY(q.exec(u"PRAGMA user_version=99"_qs));
        }
        HistoryDatabase db;
        QString error;
        QVERIFY(!db.open(m_index, &error));
        QVERIFY2(error.contains(u"newer Session Inspector"_qs), qPrintable(error));
        QVERIFY(QFileInfo::exists(m_index));
        QVERIFY(QDir(m_tmp.path()).entryList({QFileInfo(m_index).fileName() + u".damaged-*"_qs}).isEmpty());
    }

    void hostileSessionsAreIndexedWithWhatCanBeRead()
    {
        // A FIFO for the event log, a notes file that links to /dev/zero,
        // invalid UTF-8 and a half-written last line: nothing blocks, and
        // what can be read is searchable.
        const QString fifo = m_sessions + u"/2025-09-02-00-00-fifo"_qs;
        QVERIFY(QDir().mkpath(fifo + u"/notes"_qs));
        QVERIFY(QDir().mkpath(fifo + u"/workers/json"_qs));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo + u"/EVENTS.jsonl"_qs).constData(), 0600), 0);
        writeFile(fifo + u"/STATE.json"_qs, "{\"status\": \"active\", \"task\": \"quokka audit\"}");
        QVERIFY(QFile::link(u"/dev/zero"_qs, fifo + u"/notes/devops-worker_notes.md"_qs));

        const QString broken = m_sessions + u"/2025-09-03-00-00-broken"_qs;
        QVERIFY(QDir().mkpath(broken + u"/notes"_qs));
        QVERIFY(QDir().mkpath(broken + u"/workers/json"_qs));
        writeFile(broken + u"/STATE.json"_qs, "{\"status\": \"active\"}");
        writeFile(broken + u"/EVENTS.jsonl"_qs,
                  "{\"timestamp\": \"2025-09-03T00:00:00Z\", \"type\": \"worker_spawned\", \"agent\": \"devops-worker\", \"details\": \"wombat \xff\xfe ok\"}\n"
                  "{\"timestamp\": \"2025-09-03T00:00:01Z\", \"type\": \"worker_progress\", \"agent\": \"devops-worker\", \"details\": \"platypus\"}\n"
                  "{\"timestamp\": \"2025-09-03T00:00:02Z\", \"type\": \"worker_pro");
        writeFile(broken + u"/workers/json/devops-worker_response.json"_qs, "{\"findings\": [{\"title\": \"echidna\"");

        HistoryDatabase db;
        QString error;
        QVERIFY(db.open(m_index, &error));
        QElapsedTimer t;
        t.start();
        const IndexReport r = HistoryIndexer::run(db, {m_sessions});
        QVERIFY2(t.elapsed() < 60000, "the indexer waited on a FIFO or read a device");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sessions, 5);
        QCOMPARE(r.indexed, 5);
        QVERIFY(r.partial >= 1);
        QCOMPARE(searchSessions(db, u"wombat"_qs), QStringList{u"2025-09-03-00-00-broken"_qs});
        QCOMPARE(searchSessions(db, u"platypus"_qs), QStringList{u"2025-09-03-00-00-broken"_qs});
        QCOMPARE(searchSessions(db, u"echidna"_qs), QStringList{u"2025-09-03-00-00-broken"_qs}); // a half-written response is text
        QCOMPARE(searchSessions(db, u"quokka"_qs), QStringList{u"2025-09-02-00-00-fifo"_qs});     // the task, from STATE.json
        QSqlQuery q(db.db());
        QVERIFY(q.exec(u"SELECT bad_lines, problem FROM sessions WHERE session_id='2025-09-03-00-00-broken'"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // the invalid UTF-8 line and the half-written last one: counted, not dropped
        QVERIFY(q.exec(u"SELECT problem FROM sessions WHERE session_id='2025-09-02-00-00-fifo'"_qs) && q.next());
        QVERIFY2(!q.value(0).toString().isEmpty(), "the FIFO and the device link are said");
    }

    void cancellingKeepsWhatWasWritten()
    {
        HistoryDatabase db;
        QString error;
        QVERIFY(db.open(m_index, &error));
        std::atomic<bool> cancel{false};
        const IndexReport r = HistoryIndexer::run(db, {m_sessions}, [&](const IndexProgress &p) {
            if (p.done >= 1)
                cancel = true;
        }, &cancel, 1);
        QVERIFY(r.cancelled);
        QVERIFY(r.indexed >= 1 && r.indexed < 3);
        QCOMPARE(db.sessionCount(), qint64(r.indexed));
        // The next run finishes the job.
        const IndexReport rest = HistoryIndexer::run(db, {m_sessions});
        QCOMPARE(rest.indexed + rest.unchanged, 3);
        QCOMPARE(db.sessionCount(), 3);
    }

    void statsCountSessionsAndWorkers()
    {
        HistoryDatabase db;
        QString error;
        QVERIFY(db.open(m_index, &error));
        HistoryIndexer::run(db, {m_sessions});
        StatsFilter f;
        f.by = StatsFilter::Day;
        std::vector<StatsRow> days = HistoryStats::compute(db, f, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(days.size()), 3);
        QCOMPARE(days[0].key, u"2025-08-30"_qs);
        QCOMPARE(days[0].sessions, 1);
        f.fromMs = QDateTime(QDate(2025, 8, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(int(HistoryStats::compute(db, f).size()), 2);
        f = StatsFilter();
        f.by = StatsFilter::Worker;
        const std::vector<StatsRow> workers = HistoryStats::compute(db, f, &error);
        auto devops = std::find_if(workers.begin(), workers.end(), [](const StatsRow &r) { return r.key == u"devops-worker"_qs; });
        QVERIFY(devops != workers.end());
        QCOMPARE(devops->sessions, 3);
        QVERIFY(devops->events > 0);
        QVERIFY(devops->medianDurationS > 0);
        QVERIFY(devops->p90DurationS >= devops->medianDurationS);
        QCOMPARE(HistoryStats::quantile({1, 2, 3, 4, 5}, 0.5), 3.0);
        QCOMPARE(HistoryStats::quantile({10, 20}, 0.9), 19.0);
        QCOMPARE(HistoryStats::quantile({}, 0.5), 0.0);
    }

    void theFingerprintSeesGrowthAndTouchButOpensNothing()
    {
        const QString dir = m_sessions + u"/2025-08-31-09-00-deploy"_qs;
        const HistoryFingerprint::Result a = HistoryFingerprint::of(dir);
        QVERIFY(!a.value.isEmpty());
        QCOMPARE(HistoryFingerprint::of(dir).value, a.value);
        QCOMPARE(::mkfifo(QFile::encodeName(dir + u"/pipe"_qs).constData(), 0600), 0);
        const HistoryFingerprint::Result b = HistoryFingerprint::of(dir); // would hang if it opened the FIFO
        QVERIFY(b.value != a.value);
        QVERIFY(QFile::link(u".."_qs, dir + u"/loop"_qs)); // a link to a parent is not walked
        QVERIFY(!HistoryFingerprint::of(dir).truncated);
        QVERIFY(HistoryFingerprint::of(m_tmp.filePath(u"nowhere"_qs)).value.isEmpty());
    }

    void searchableTextKeepsValuesNotKeys()
    {
        const QString t = HistoryExtractor::searchableText(
            "{\"timestamp\": \"2025-08-30T14:16:22Z\", \"type\": \"worker_progress\", \"details\": {\"step\": \"helm lint\", \"n\": 3}}", 2048);
        QCOMPARE(t, u"worker_progress helm lint 3"_qs);
        QCOMPARE(HistoryExtractor::searchableText("not json at all", 2048), u"not json at all"_qs);
        QCOMPARE(HistoryExtractor::searchableText("{\"a\": \"0123456789\"}", 4), u"0123"_qs);
    }
};

QTEST_GUILESS_MAIN(TestHistoryIndex)
#include "tst_historyindex.moc"
