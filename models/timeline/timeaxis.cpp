#include "timeaxis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

constexpr qint64 kLadder[] = {
    1, 2, 5, 10, 20, 50, 100, 200, 500,
    kSecond, 2 * kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond, 30 * kSecond,
    kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
    kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour,
    kDay, 2 * kDay, 7 * kDay, 14 * kDay, 28 * kDay,
};

// The unit whose boundaries make a tick "major" for a given step.
qint64 majorUnit(qint64 step)
{
    if (step < kSecond)
        return kSecond;
    if (step < kMinute)
        return kMinute;
    if (step < kHour)
        return kHour;
    if (step < kDay)
        return kDay;
    return 7 * kDay;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QDateTime toDateTime(qint64 ms, TimeAxis::Zone zone)
{
    return zone == TimeAxis::Zone::Utc ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                                       : QDateTime::fromMSecsSinceEpoch(ms);
}
}

qint64 TimeAxis::offsetMs(qint64 utcMs, Zone zone)
{
    if (zone == Zone::Utc)
        return 0;
    return qint64(QDateTime::fromMSecsSinceEpoch(utcMs).offsetFromUtc()) * kSecond;
}

qint64 TimeAxis::stepFor(double msPerPixel, double minSpacingPx)
{
    const double wanted = msPerPixel * minSpacingPx;
    for (qint64 step : kLadder) {
        if (double(step) >= wanted)
            return step;
    }
    // Beyond four weeks: multiples of 28 days.
    return qint64(std::ceil(wanted / double(28 * kDay))) * 28 * kDay;
}

std::vector<TimeAxis::Tick> TimeAxis::ticks(const TimelineMapping &mapping, Zone zone, double minSpacingPx)
{
    std::vector<Tick> out;
    const qint64 step = stepFor(mapping.msPerPixel(), minSpacingPx);
    const qint64 major = majorUnit(step);
    const qint64 start = qint64(std::floor(mapping.startMs));
    const qint64 end = qint64(std::ceil(mapping.endMs));
    // Ticks are aligned in wall-clock time of the chosen zone: shift by the
    // zone offset, snap, shift back. The offset is re-read per tick so that a
    // DST change inside the view moves the following ticks with it.
    const qint64 offset0 = offsetMs(start, zone);
    qint64 wall = floorDiv(start + offset0, step) * step;
    for (int guard = 0; guard < 10000; ++guard, wall += step) {
        const qint64 t = wall - offsetMs(wall - offset0, zone);
        if (t > end)
            break;
        if (t < start)
            continue;
        Tick tick;
        tick.timeMs = double(t);
        tick.x = mapping.toX(double(t));
        tick.major = (wall % major) == 0;
        tick.label = label(t, step, zone);
        out.push_back(tick);
    }
    return out;
}

QString TimeAxis::label(qint64 timeMs, qint64 stepMs, Zone zone)
{
    const QDateTime dt = toDateTime(timeMs, zone);
    const QTime time = dt.time();
    if (stepMs < kSecond)
        return time.toString(QStringLiteral("HH:mm:ss.zzz"));
    if (stepMs < kMinute)
        return time.toString(QStringLiteral("HH:mm:ss"));
    if (stepMs < kDay && (time.hour() != 0 || time.minute() != 0))
        return time.toString(QStringLiteral("HH:mm"));
    return dt.date().toString(QStringLiteral("MMM d"));
}

QString TimeAxis::caption(const TimelineMapping &mapping, Zone zone)
{
    const QDate first = toDateTime(qint64(mapping.startMs), zone).date();
    const QDate last = toDateTime(qint64(mapping.endMs), zone).date();
    const QString zoneName = zone == Zone::Utc ? QCoreApplication::translate("TimeAxis", "UTC")
                                               : QCoreApplication::translate("TimeAxis", "local");
    const QString dates = first == last ? first.toString(Qt::ISODate)
                                        : first.toString(Qt::ISODate) + QStringLiteral(" – ") + last.toString(Qt::ISODate);
    return dates + QLatin1Char(' ') + zoneName;
}

QString TimeAxis::formatDuration(qint64 ms)
{
    if (ms < 0)
        ms = -ms;
    if (ms < kSecond)
        return QCoreApplication::translate("TimeAxis", "%1 ms").arg(ms);
    if (ms < kMinute)
        return QCoreApplication::translate("TimeAxis", "%1 s").arg(double(ms) / kSecond, 0, 'f', ms < 10 * kSecond ? 1 : 0);
    if (ms < kHour)
        return QCoreApplication::translate("TimeAxis", "%1 min").arg(ms / kMinute);
    if (ms < kDay)
        return QCoreApplication::translate("TimeAxis", "%1 h %2 min").arg(ms / kHour).arg((ms % kHour) / kMinute);
    return QCoreApplication::translate("TimeAxis", "%1 d %2 h").arg(ms / kDay).arg((ms % kDay) / kHour);
}
