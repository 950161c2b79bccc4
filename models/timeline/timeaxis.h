#pragma once

#include "timelinemapping.h"

#include <QString>

#include <vector>

// Tick positions and labels for the timeline's time axis, adapting from
// milliseconds to weeks, aligned to round wall-clock values in UTC or in the
// local time zone.
class TimeAxis
{
public:
    enum class Zone { Utc, Local };

    struct Tick {
        double timeMs = 0;
        double x = 0;
        bool major = false; // on a boundary of the next larger unit (e.g. midnight)
        QString label;
    };

    // The smallest step from the ladder (1 ms ... 28 days) whose ticks are at
    // least minSpacingPx apart at this zoom.
    static qint64 stepFor(double msPerPixel, double minSpacingPx);
    static std::vector<Tick> ticks(const TimelineMapping &mapping, Zone zone, double minSpacingPx = 90);
    static QString label(qint64 timeMs, qint64 stepMs, Zone zone);
    // A caption for the whole view: its date(s) and the zone, e.g. "2025-08-30 UTC".
    static QString caption(const TimelineMapping &mapping, Zone zone);
    // "250 ms", "4 s", "12 min", "3 h 5 min", "2 d 4 h".
    static QString formatDuration(qint64 ms);

private:
    static qint64 offsetMs(qint64 utcMs, Zone zone);
};
