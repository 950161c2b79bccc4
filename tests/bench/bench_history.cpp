// History index benchmark (issue 18).
//   bench_history [ROOT] [SESSIONS] [EVENTS]
// Generates SESSIONS (1,000) sessions of EVENTS (1,000) events with notes and
// responses under ROOT (/tmp/si-bench-history) on first run, then measures:
// indexing them into a new SQLite index (target <= 15 s on 2 cores) while a
// 10 ms timer on the main thread records its longest stall (target < 100 ms);
// re-scanning them unchanged (< 1 s); the first 50 newest-first hits and the
// count of all hits for a common and a rare word (< 100 ms / < 300 ms); the
// dashboard's counts by day and by worker (< 200 ms); bytes per indexed
// event (<= 400). Prints figures; asserts nothing.
#include "historydatabase.h"
#include "historyindexer.h"
#include "historysearch.h"
#include "historystats.h"
#include "jobtracker.h"
#include "benchtiming.h"
#include "sessiongenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using BenchTiming::median;
using BenchTiming::timeMs;

qint64 fileBytes(const QString &path)
{
    qint64 n = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        n += QFileInfo(path + suffix).size();
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString root = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/si-bench-history");
    const int sessions = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int events = argc > 3 ? std::atoi(argv[3]) : 1000;
    const QString sessionsDir = root + QStringLiteral("/project/Docs/hive-mind/sessions");
    QDir().mkpath(root + QStringLiteral("/project/.claude"));
    QDir().mkpath(sessionsDir);
    int generated = 0;
    for (int i = 0; i < sessions; ++i) {
        const qint64 start = 1756563382000 + qint64(i) * 3600 * 1000 * 6; // one every six hours
        const QString dir = sessionsDir + QStringLiteral("/2025-%1-bench").arg(i, 4, 10, QLatin1Char('0'));
        if (QFileInfo::exists(dir + QStringLiteral("/EVENTS.jsonl")))
            continue;
        GeneratorOptions o;
        o.events = events;
        o.workers = 4;
        o.startMs = start;
        o.seed = quint32(i + 1);
        QString error;
        if (!SessionGenerator::write(dir, o, &error)) {
            std::fprintf(stderr, "generator: %s\n", qPrintable(error));
            return 2;
        }
        ++generated;
    }
    if (generated)
        std::printf("generated %d sessions under %s\n", generated, qPrintable(sessionsDir));

    const QString index = root + QStringLiteral("/index.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(index + suffix);

    // Indexing as the GUI does it: a JobTracker job (niced pool thread),
    // while the main thread's event loop ticks every 10 ms.
    IndexReport report;
    double indexMs = 0;
    qint64 longestStallMs = 0;
    {
        JobTracker tracker(&app);
        tracker.setNice(true);
        QElapsedTimer total;
        total.start();
        QElapsedTimer tick;
        tick.start();
        QTimer timer;
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, &app, [&] {
            longestStallMs = std::max(longestStallMs, tick.elapsed() - 10);
            tick.restart();
        });
        timer.start();
        tracker.start([index, sessionsDir](const JobTracker::Context &ctx) {
            HistoryDatabase db;
            QString error;
            if (!db.open(index, &error)) {
                IndexReport r;
                r.error = error;
                return r;
            }
            return HistoryIndexer::run(db, {sessionsDir}, {}, ctx.cancelFlag(), 2);
        }, [&](IndexReport r) {
            report = r;
            indexMs = double(total.elapsed());
            app.quit();
        });
        app.exec();
    }
    if (!report.ok()) {
        std::fprintf(stderr, "index: %s\n", qPrintable(report.error));
        return 2;
    }
    HistoryDatabase db;
    QString error;
    if (!db.open(index, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const qint64 indexedEvents = db.eventCount();
    const qint64 texts = db.textCount();
    std::printf("index %d sessions, %lld events, %lld texts: %.2f s (target <= 15 s); longest main-thread stall %lld ms (target < 100 ms)\n",
                report.indexed, static_cast<long long>(indexedEvents), static_cast<long long>(texts), indexMs / 1000.0,
                static_cast<long long>(longestStallMs));

    IndexReport again;
    const double rescanMs = timeMs(3, [&] { again = HistoryIndexer::run(db, {sessionsDir}); });
    std::printf("re-scan unchanged: %.1f ms, %d unchanged, %d read (target < 1 s)\n", rescanMs, again.unchanged, again.indexed);

    for (const char *word : {"findings", "deployment", "no-plaintext-secrets", "2025-0500-bench"}) {
        const HistoryQuery q = HistoryQuery::parse(QString::fromLatin1(word));
        SearchResult r;
        const double firstMs = timeMs(5, [&] { r = HistorySearch::search(db, q, 50); });
        qint64 n = 0;
        const double countMs = timeMs(5, [&] { n = HistorySearch::count(db, q); });
        std::printf("search \"%s\": first %zu newest-first hits %.2f ms (target < 100 ms); count %lld hits %.2f ms (target < 300 ms)%s\n", word,
                    r.hits.size(), firstMs, static_cast<long long>(n), countMs, r.ok() ? "" : qPrintable(QStringLiteral(" ERROR ") + r.error));
    }
    {
        HistoryQuery q = HistoryQuery::parse(QStringLiteral("findings worker:devops-worker kind:notes"));
        SearchResult r;
        const double ms = timeMs(5, [&] { r = HistorySearch::search(db, q, 50); });
        std::printf("search with filters (worker, kind): %zu hits %.2f ms\n", r.hits.size(), ms);
        q.rank = true;
        const double ranked = timeMs(3, [&] { r = HistorySearch::search(db, q, 50); });
        std::printf("the same ranked best first: %.2f ms\n", ranked);
    }
    for (StatsFilter::By by : {StatsFilter::Day, StatsFilter::Worker, StatsFilter::Project}) {
        StatsFilter f;
        f.by = by;
        std::vector<StatsRow> rows;
        const double ms = timeMs(5, [&] { rows = HistoryStats::compute(db, f); });
        std::printf("stats by %s: %zu rows in %.2f ms (dashboard target < 200 ms)\n", qPrintable(StatsFilter::byName(by)), rows.size(), ms);
    }
    const qint64 bytes = fileBytes(index);
    std::printf("index size %.1f MB: %.0f bytes per indexed event (target <= 400)\n", double(bytes) / 1e6,
                indexedEvents ? double(bytes) / double(indexedEvents) : 0.0);
    return 0;
}
