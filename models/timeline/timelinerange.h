#pragma once

#include <QtGlobal>

class EventStore;

// The time range a whole-session picture should show. A single wrong clock
// (one 1970 timestamp among 2025 events) must not stretch the picture over
// fifty years and leave it empty: entries far outside the bulk of the
// session (beyond ten times its central 98 % span on either side) are left
// out of the range and counted, so the caller can say so.
struct TimelineRange {
    qint64 first = 0, last = 0;
    bool valid = false;
    int outliers = 0;          // entries left out
    qint64 exampleOutlier = 0; // the time of one of them

    static TimelineRange of(const EventStore &events, const EventStore &debug);
};
