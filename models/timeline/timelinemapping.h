#pragma once

#include <QtGlobal>

// The time <-> pixel mapping of the timeline: a plain value, so that every
// coordinate question (paint, hit-test, zoom anchor, export) goes through one
// formula that is table-tested. Times are UTC milliseconds as doubles: at
// today's epoch a double still resolves ~0.0002 ms, far below one pixel at
// the deepest zoom (kMinSpanMs over a few thousand pixels).
struct TimelineMapping {
    static constexpr double kMinSpanMs = 1.0;
    // Ten years: wider views add nothing and would lose precision.
    static constexpr double kMaxSpanMs = 10.0 * 366 * 24 * 3600 * 1000;

    double startMs = 0;  // time at x == left
    double endMs = 1;    // time at x == left + width
    double left = 0;     // x of startMs, in pixels
    double width = 1;    // pixels between startMs and endMs

    TimelineMapping() = default;
    TimelineMapping(double start, double end, double leftPx, double widthPx);

    double spanMs() const { return endMs - startMs; }
    double msPerPixel() const { return spanMs() / width; }
    double toX(double timeMs) const { return left + (timeMs - startMs) * width / spanMs(); }
    double toTime(double x) const { return startMs + (x - left) * spanMs() / width; }
    // Pixel column (0 = the column starting at `left`) that holds timeMs;
    // may be outside [0, width) for times outside the view.
    int column(double timeMs) const;
    // First time that falls into column c (the column's left edge).
    double columnStart(int c) const { return startMs + double(c) * spanMs() / width; }
    bool contains(double timeMs) const { return timeMs >= startMs && timeMs <= endMs; }

    // The view of [minMs, maxMs] with a margin of `margin` (fraction of the
    // span) on each side; a zero-length session gets kMinSpanMs around it.
    static TimelineMapping fit(qint64 minMs, qint64 maxMs, double leftPx, double widthPx, double margin = 0.02);
    // [start, end] widened/narrowed to a span within [kMinSpanMs, kMaxSpanMs],
    // keeping the centre; a reversed range is swapped.
    static void normalize(double &start, double &end);
};
