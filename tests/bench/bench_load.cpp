// Load benchmark (issue 2): a 1,000,000-event session, about 232 MB.
//   bench_load [SESSION_DIR] [EVENTS]
// Generates the session first when SESSION_DIR has no EVENTS.jsonl.
// Prints MB/s, wall time and bytes held per event for 1 and 2 threads, the
// time to the first rows, and `summary` against jq when jq is installed.
#include "eventstore.h"
#include "logfilereader.h"
#include "sessiongenerator.h"
#include "sessionloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeCommand(const QString &program, const QStringList &args, int rounds)
{
    std::vector<double> t;
    for (int r = 0; r < rounds; ++r) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        p.waitForFinished(-1);
        t.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (p.exitCode() != 0)
            std::printf("  (%s exited %d)\n", qPrintable(program), p.exitCode());
    }
    return median(t);
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath() + QStringLiteral("/si-bench/2025-08-30-14-16-bench-1m");
    GeneratorOptions opt;
    opt.events = argc > 2 ? std::atoll(argv[2]) : 1000000;
    opt.workers = 8;
    const QString events = dir + QStringLiteral("/EVENTS.jsonl");
    if (!QFile::exists(events)) {
        std::printf("generating %lld events in %s ...\n", static_cast<long long>(opt.events), qPrintable(dir));
        QString error;
        if (!SessionGenerator::write(dir, opt, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    const double mb = double(QFileInfo(events).size()) / 1e6;
    { // warm the page cache, as the figures in docs/LIBRARIES.md are warm-cache
        QFile f(events);
        f.open(QIODevice::ReadOnly);
        while (!f.read(1 << 24).isEmpty()) {}
    }
    std::printf("file: %s (%.1f MB)\n", qPrintable(events), mb);
    for (int threads : {1, 2}) {
        std::vector<double> times;
        double firstRows = 0;
        int n = 0;
        size_t held = 0;
        for (int round = 0; round < 7; ++round) {
            EventStore store(LogKind::Events);
            QElapsedTimer timer;
            timer.start();
            bool first = true;
            LogFileReader::readAll(events, LogKind::Events, threads, [&](LogChunk &&c, quint64, quint64) {
                store.append(std::move(c));
                if (first) {
                    firstRows = double(timer.nsecsElapsed()) / 1e6;
                    first = false;
                }
            });
            times.push_back(double(timer.nsecsElapsed()) / 1e9);
            n = store.size();
            held = store.memoryBytes();
        }
        const double t = median(times);
        std::printf("load EVENTS.jsonl, %d thread(s): %.3f s median of 7, %.0f MB/s, %d events, %.1f bytes/event held, first rows after %.1f ms\n",
                    threads, t, mb / t, n, double(held) / n, firstRows);
    }
    const QString app_ = QCoreApplication::applicationDirPath() + QStringLiteral("/session-inspector");
    if (QFile::exists(app_)) {
        const double s = timeCommand(app_, {QStringLiteral("summary"), QStringLiteral("--json"), dir}, 5);
        std::printf("session-inspector summary --json: %.3f s median of 5 (whole process, events + debug)\n", s);
        const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
        if (!jq.isEmpty()) {
            const double j = timeCommand(jq, {QStringLiteral("-c"), QStringLiteral("[.timestamp,.type,.agent]"), events}, 3);
            std::printf("jq -c '[.timestamp,.type,.agent]' EVENTS.jsonl: %.3f s median of 3  => summary is %.1fx faster\n", j, j / s);
        }
    }
    return 0;
}
