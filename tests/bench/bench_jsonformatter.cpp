// The response editor's Format over large documents (issue 10: 200,000
// objects took 14 s on the GUI thread). Prints the best of three runs per
// size; the per-object figure staying flat is the linearity.
//   cmake --build build --target bench_jsonformatter && build/bin/bench_jsonformatter
#include "jsonformatter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const int count : {20000, 200000, 1000000}) {
        QString text = QStringLiteral("[");
        for (int i = 0; i < count; ++i)
            text += QStringLiteral("{\"i\":%1,\"s\":\"x\"},").arg(i);
        text += QStringLiteral("0]");
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const JsonFormatter::Result r = JsonFormatter::format(text);
            best = std::min(best, timer.nsecsElapsed());
            if (!r.ok) {
                std::fprintf(stderr, "format failed: %s\n", qPrintable(r.error));
                return 1;
            }
        }
        std::printf("%8d objects, %6.1f MB: %8.3f s, %5.0f ns per object\n", count, double(text.size()) / 1e6,
                    double(best) / 1e9, double(best) / count);
    }
    return 0;
}
