#include "timelinerange.h"

#include "eventstore.h"

#include <algorithm>
#include <vector>

TimelineRange TimelineRange::of(const EventStore &events, const EventStore &debug)
{
    TimelineRange r;
    std::vector<qint64> times;
    times.reserve(size_t(events.size() + debug.size()));
    for (const EventStore *store : {&events, &debug}) {
        if (!store->hasTime())
            continue;
        for (int i = 0; i < store->size(); ++i)
            times.push_back(store->timeMs(i));
    }
    if (times.empty())
        return r;
    std::sort(times.begin(), times.end());
    // The middle half of the entries, and a generous margin around it: a
    // worker finishing hours after a burst stays in, a clock off by decades
    // does not.
    const size_t n = times.size();
    const qint64 low = times[n / 4];
    const qint64 high = times[n - 1 - n / 4];
    constexpr qint64 kWeek = 7LL * 24 * 3600 * 1000;
    const qint64 margin = std::max<qint64>(100 * (high - low), kWeek);
    const qint64 from = low - margin, to = high + margin;
    r.valid = true;
    r.first = high;
    r.last = low;
    for (qint64 t : times) {
        if (t < from || t > to) {
            if (r.outliers++ == 0)
                r.exampleOutlier = t;
            continue;
        }
        r.first = std::min(r.first, t);
        r.last = std::max(r.last, t);
    }
    return r;
}
