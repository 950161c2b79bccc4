#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class HistoryDatabase;

// Counts across sessions for the dashboard and `stats`. One row per key
// (a day, a worker type, a model or a project) over the sessions that
// started in [fromMs, toMs] and belong to `projects` (all when empty).
struct StatsRow {
    QString key;
    qint64 sessions = 0;       // sessions (day, project), or sessions the worker ran in (worker, model)
    qint64 completed = 0, failed = 0, other = 0;
    qint64 stalled = 0;        // runs with a silence finding (lifecycle.unhealthy-gap)
    qint64 events = 0;
    qint64 errors = 0, warnings = 0;
    double medianDurationS = 0, p90DurationS = 0;
    qint64 inputTokens = 0, outputTokens = 0, cacheWriteTokens = 0, cacheReadTokens = 0;
    double costUsd = 0;
    bool priced = false;       // some cost was known
    std::vector<std::pair<QString, qint64>> topRules; // the most frequent diagnostics, most first (at most 5)
};

struct StatsFilter {
    enum By { Day, Worker, Model, Project };
    By by = Day;
    qint64 fromMs = 0, toMs = 0; // 0: open
    QStringList projects;
    static bool byFromName(const QString &name, By *out);
    static QString byName(By by);
};

namespace HistoryStats {
// Rows sorted by key (days ascending, names alphabetically). Empty with
// `error` set when the index could not be read.
std::vector<StatsRow> compute(HistoryDatabase &db, const StatsFilter &filter, QString *error = nullptr);
// The q-quantile of `values` (0..1), linear between neighbours; 0 when empty.
double quantile(std::vector<double> values, double q);
}
