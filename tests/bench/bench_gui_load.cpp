// GUI responsiveness while a big session loads (issue 2):
//   bench_gui_load [SESSION_DIR]   (default: the bench_load session)
// Opens the session in the real main window (offscreen unless a display is
// set), and prints the time to the first rows, the time to the full load and
// the longest stall of the GUI thread's event loop meanwhile, measured by a
// 5 ms timer.
#include "livesession.h"
#include "featurelist.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath() + QStringLiteral("/si-bench/2025-08-30-14-16-bench-1m");
    if (!QFile::exists(dir + QStringLiteral("/EVENTS.jsonl"))) {
        std::fprintf(stderr, "no session at %s: run bench_load first\n", qPrintable(dir));
        return 2;
    }
    MainWindow w(QString{});
    installFeatures(&w);
    w.resize(1600, 1000);
    w.show();
    QElapsedTimer clock;
    qint64 lastTick = 0, worstGap = 0, firstRows = -1;
    std::vector<std::pair<qint64, qint64>> gaps; // (start, length) of stalls over 50 ms
    QTimer ticker;
    ticker.setInterval(5);
    auto *table = w.findChild<QTableView *>(QStringLiteral("eventTable"));
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        worstGap = std::max(worstGap, now - lastTick);
        if (now - lastTick > 50)
            gaps.push_back({lastTick, now - lastTick});
        lastTick = now;
        if (firstRows < 0 && table->model()->rowCount() > 0)
            firstRows = now;
    });
    QCoreApplication::processEvents(); // first show and paint, before the clock
    clock.start();
    ticker.start();
    w.openPath(dir);
    const qint64 openCall = clock.elapsed();
    lastTick = openCall;
    LiveSession *s = w.session();
    qint64 loaded = -1;
    QObject::connect(s, &LiveSession::loadFinished, &app, [&](qint64) {
        loaded = clock.elapsed();
        // Let the views settle (combo boxes, load report) before stopping.
        QTimer::singleShot(500, &app, &QApplication::quit);
    });
    app.exec();
    std::printf("GUI load of %d events: openPath() returned after %lld ms, first rows after %lld ms, fully loaded after %lld ms, "
                "longest GUI-thread stall after that %lld ms\n",
                s->events().size(), static_cast<long long>(openCall), static_cast<long long>(firstRows), static_cast<long long>(loaded),
                static_cast<long long>(worstGap));
    for (const auto &[start, length] : gaps)
        std::printf("  stall of %lld ms starting at %lld ms\n", static_cast<long long>(length), static_cast<long long>(start));
    return 0;
}
