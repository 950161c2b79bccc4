// Timeline rendering benchmark (issue 3). Prints figures; asserts nothing.
//
//   bench_timeline [EVENTS=1000000] [WORKERS=12]
//
// Generates a session with the shared generator, loads it with the real
// loader, indexes it, then paints the timeline offscreen into a 1600x900
// QImage, cold (no cached body): fully zoomed out, 10 zoom steps in (1.25
// per step, as one wheel notch), and while panning at that zoom.
#include "sessiongenerator.h"
#include "sessionloader.h"
#include "timelineindex.h"
#include "timelinelayout.h"
#include "timelinerenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

struct Figures {
    double median = 0, p99 = 0, max = 0;
};

Figures summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    f.median = ms[ms.size() / 2];
    f.p99 = ms[std::min(ms.size() - 1, size_t(std::ceil(double(ms.size()) * 0.99)) - 1)];
    f.max = ms.back();
    return f;
}

void print(const char *what, const Figures &f, const TimelineRenderer &r)
{
    std::printf("%-28s median %6.2f ms   p99 %6.2f ms   max %6.2f ms   rects %6d   geometry %zu bytes\n", what, f.median,
                f.p99, f.max, r.lastStats().rects, r.lastStats().geometryBytes);
}

}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    GeneratorOptions options;
    options.events = argc > 1 ? std::atoll(argv[1]) : 1000000;
    options.workers = argc > 2 ? std::atoi(argv[2]) : 12;
    options.outputs = false;

    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("2025-08-30-14-16-bench"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!SessionGenerator::write(dir, options, &error)) {
        std::fprintf(stderr, "bench_timeline: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("generated %lld events, %d workers in %lld ms\n", static_cast<long long>(options.events), options.workers,
                static_cast<long long>(timer.restart()));
    SessionData data;
    if (!SessionLoader::loadSync(dir, data, &error)) {
        std::fprintf(stderr, "bench_timeline: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("loaded %d events + %d debug entries in %lld ms (store %zu MB)\n", data.events.size(), data.debug.size(),
                static_cast<long long>(timer.restart()), (data.events.memoryBytes() + data.debug.memoryBytes()) >> 20);

    const TimelineIndex index = TimelineIndex::build(data.events, data.debug);
    const qint64 indexMs = timer.restart();
    TimelineLayout layout;
    layout.compute(index, data.events, index.maxTime());
    const qint64 layoutMs = timer.restart();
    std::printf("index: %d lanes in %lld ms, %zu MB (%.1f bytes/entry); layout in %lld ms\n", index.laneCount(),
                static_cast<long long>(indexMs), index.memoryBytes() >> 20,
                double(index.memoryBytes()) / double(data.events.size() + data.debug.size()), static_cast<long long>(layoutMs));

    const QSize size(1600, 900);
    QImage image(size, QImage::Format_RGB32);
    TimelineRenderer renderer;
    TimelineScene scene{&data.events, &data.debug, &index, &layout, nullptr};
    const TimelineMapping whole = TimelineMapping::fit(index.minTime(), index.maxTime(), 0, 1000);
    TimelineView view;
    view.startMs = view.overviewStartMs = whole.startMs;
    view.endMs = view.overviewEndMs = whole.endMs;
    view.nowMs = index.maxTime();

    auto frame = [&](const TimelineView &v) {
        QElapsedTimer t;
        t.start();
        QPainter p(&image);
        renderer.paint(p, size, scene, v);
        p.end();
        return double(t.nsecsElapsed()) / 1e6;
    };
    constexpr int kFrames = 60;
    std::vector<double> times;
    frame(view); // warm-up: fonts, overview cache
    for (int i = 0; i < kFrames; ++i)
        times.push_back(frame(view));
    print("fully zoomed out", summarise(times), renderer);

    TimelineView zoomed = view;
    const double centre = (whole.startMs + whole.endMs) / 2;
    const double span = whole.spanMs() / std::pow(1.25, 10);
    zoomed.startMs = centre - span / 2;
    zoomed.endMs = centre + span / 2;
    times.clear();
    for (int i = 0; i < kFrames; ++i)
        times.push_back(frame(zoomed));
    print("10 zoom steps in", summarise(times), renderer);

    times.clear();
    TimelineView panning = zoomed;
    for (int i = 0; i < 2 * kFrames; ++i) {
        // A drag of 8 px per frame, every frame a new range (no cache hit).
        const double shift = 8 * span / 1410;
        panning.startMs += shift;
        panning.endMs += shift;
        times.push_back(frame(panning));
    }
    print("panning at 10 steps in", summarise(times), renderer);

    times.clear();
    TimelineView deep = view;
    const double deepSpan = 60000; // one minute
    deep.startMs = centre - deepSpan / 2;
    deep.endMs = centre + deepSpan / 2;
    for (int i = 0; i < kFrames; ++i)
        times.push_back(frame(deep));
    print("one minute on screen", summarise(times), renderer);

    // What the widget does on hover or selection: blit its cached body and
    // paint only overlays and chrome.
    {
        const TimelineRenderer::Geometry g = TimelineRenderer::geometry(size);
        QImage body(g.body.size(), QImage::Format_RGB32);
        {
            QPainter bp(&body);
            bp.translate(-g.body.topLeft());
            renderer.paintBody(bp, g, scene, view);
        }
        std::vector<double> hoverTimes;
        TimelineView hover = view;
        for (int i = 0; i < kFrames; ++i) {
            hover.hoveredEvent = i * 1000;
            QElapsedTimer t;
            t.start();
            QPainter p(&image);
            p.drawImage(g.body.topLeft(), body);
            renderer.paintOverlays(p, g, scene, hover);
            renderer.paintChrome(p, g, scene, hover);
            p.end();
            hoverTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        print("hover (cached body)", summarise(hoverTimes), renderer);
    }

    // Where the zoomed-out time goes: the per-column summaries alone.
    {
        ColumnBins bins;
        const TimelineMapping out(view.startMs, view.endMs, 190, 1410);
        std::vector<double> binTimes;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            for (int l = 0; l < index.laneCount(); ++l) {
                index.binEvents(l, data.events, out, nullptr, false, bins);
                index.binDebug(l, data.debug, out, bins);
            }
            binTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const Figures f = summarise(binTimes);
        std::printf("%-28s median %6.2f ms   p99 %6.2f ms (all lanes, events + debug)\n", "binning only, zoomed out", f.median, f.p99);
    }

    // Hit-testing: nearest event within 3 px at random points.
    std::mt19937 rng(5);
    const TimelineMapping m(zoomed.startMs, zoomed.endMs, 190, 1410);
    constexpr int kQueries = 200000;
    int found = 0;
    timer.restart();
    for (int q = 0; q < kQueries; ++q) {
        const int lane = int(rng() % quint32(index.laneCount()));
        const double t = m.toTime(190 + double(rng() % 1410));
        found += index.nearestEvent(lane, data.events, t, 3 * m.msPerPixel()) >= 0;
    }
    const double hitNs = double(timer.nsecsElapsed()) / kQueries;
    std::printf("hit-test: %.0f ns per query (%d of %d hits), O(log n) binary search per lane\n", hitNs, found, kQueries);
    std::printf("geometry memory per paint: %zu bytes for a %d px wide body (bounded by width, not by events)\n",
                renderer.lastStats().geometryBytes, size.width() - TimelineRenderer::kHeaderWidth);
    return 0;
}
