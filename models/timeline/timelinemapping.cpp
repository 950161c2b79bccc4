#include "timelinemapping.h"

#include <algorithm>
#include <cmath>

TimelineMapping::TimelineMapping(double start, double end, double leftPx, double widthPx)
    : startMs(start), endMs(end), left(leftPx), width(std::max(1.0, widthPx))
{
    normalize(startMs, endMs);
}

int TimelineMapping::column(double timeMs) const
{
    const double c = std::floor((timeMs - startMs) * width / spanMs());
    // Clamp far-away times so callers can compare without overflow.
    return int(std::clamp(c, -1e9, 1e9));
}

TimelineMapping TimelineMapping::fit(qint64 minMs, qint64 maxMs, double leftPx, double widthPx, double margin)
{
    if (maxMs < minMs)
        std::swap(minMs, maxMs);
    double span = double(maxMs - minMs);
    if (span < kMinSpanMs)
        span = kMinSpanMs;
    const double centre = (double(minMs) + double(maxMs)) / 2.0;
    const double half = span * (0.5 + std::max(0.0, margin));
    return TimelineMapping(centre - half, centre + half, leftPx, widthPx);
}

void TimelineMapping::normalize(double &start, double &end)
{
    if (!std::isfinite(start) || !std::isfinite(end)) {
        start = 0;
        end = kMinSpanMs;
        return;
    }
    if (end < start)
        std::swap(start, end);
    const double span = end - start;
    if (span >= kMinSpanMs && span <= kMaxSpanMs)
        return;
    const double centre = start + span / 2.0;
    const double half = std::clamp(span, kMinSpanMs, kMaxSpanMs) / 2.0;
    start = centre - half;
    end = centre + half;
}
