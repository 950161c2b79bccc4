#include "historystats.h"

#include "historydatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <map>

namespace {

struct Acc {
    StatsRow row;
    std::vector<double> durations;
    std::map<QString, qint64> rules;
};

bool isFailed(const QString &status)
{
    return status == QLatin1String("failed") || status == QLatin1String("error") || status == QLatin1String("cancelled")
        || status == QLatin1String("timed_out");
}

bool isCompleted(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("succeeded") || status == QLatin1String("done");
}

QString dayOf(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("(no time)");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

bool StatsFilter::byFromName(const QString &name, By *out)
{
    static const std::pair<const char *, By> kNames[] = {{"day", Day}, {"worker", Worker}, {"model", Model}, {"project", Project}};
    for (const auto &[n, b] : kNames) {
        if (name == QLatin1String(n)) {
            *out = b;
            return true;
        }
    }
    return false;
}

QString StatsFilter::byName(By by)
{
    switch (by) {
    case Day: return QStringLiteral("day");
    case Worker: return QStringLiteral("worker");
    case Model: return QStringLiteral("model");
    case Project: return QStringLiteral("project");
    }
    return {};
}

double HistoryStats::quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double pos = q * double(values.size() - 1);
    const size_t lo = size_t(pos);
    const size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
}

std::vector<StatsRow> HistoryStats::compute(HistoryDatabase &db, const StatsFilter &f, QString *error)
{
    QString where = QStringLiteral(" WHERE 1=1");
    QVariantList binds;
    if (f.fromMs) {
        where += QStringLiteral(" AND s.first_ms >= ?");
        binds << f.fromMs;
    }
    if (f.toMs) {
        where += QStringLiteral(" AND s.first_ms <= ?");
        binds << f.toMs;
    }
    if (!f.projects.isEmpty()) {
        QStringList marks;
        for (const QString &p : f.projects) {
            marks << QStringLiteral("?");
            binds << p;
        }
        where += QStringLiteral(" AND s.project IN (") + marks.join(QLatin1Char(',')) + QStringLiteral(")");
    }
    const bool perWorker = f.by == StatsFilter::Worker || f.by == StatsFilter::Model;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    const QString sql = perWorker
        ? QStringLiteral("SELECT w.name, w.model, w.status, w.events, w.duration_s, w.errors, w.warnings, w.input_tokens, w.output_tokens,"
                         " w.cache_write_tokens, w.cache_read_tokens, w.cost_usd, s.id"
                         " FROM workers w JOIN sessions s ON s.id = w.session")
            + where
        : QStringLiteral("SELECT s.first_ms, s.project, s.status, s.events, s.duration_s, s.errors, s.warnings,"
                         " (SELECT sum(input_tokens) FROM workers WHERE session = s.id), (SELECT sum(output_tokens) FROM workers WHERE session = s.id),"
                         " (SELECT sum(cache_write_tokens) FROM workers WHERE session = s.id), (SELECT sum(cache_read_tokens) FROM workers WHERE session = s.id),"
                         " (SELECT sum(cost_usd) FROM workers WHERE session = s.id), s.id FROM sessions s")
            + where;
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    std::map<QString, Acc> acc;
    std::map<qint64, std::vector<QString>> keysOfSession; // for the rules below
    while (q.next()) {
        QString key;
        switch (f.by) {
        case StatsFilter::Day: key = dayOf(q.value(0).toLongLong()); break;
        case StatsFilter::Project: key = q.value(1).toString().isEmpty() ? QStringLiteral("(no project)") : q.value(1).toString(); break;
        case StatsFilter::Worker: key = q.value(0).toString(); break;
        case StatsFilter::Model: key = q.value(1).toString().isEmpty() ? QStringLiteral("(unknown model)") : q.value(1).toString(); break;
        }
        Acc &a = acc[key];
        a.row.key = key;
        ++a.row.sessions;
        const QString status = q.value(2).toString();
        (isCompleted(status) ? a.row.completed : isFailed(status) ? a.row.failed : a.row.other)++;
        a.row.events += q.value(3).toLongLong();
        a.durations.push_back(q.value(4).toDouble());
        a.row.errors += q.value(5).toLongLong();
        a.row.warnings += q.value(6).toLongLong();
        a.row.inputTokens += q.value(7).toLongLong();
        a.row.outputTokens += q.value(8).toLongLong();
        a.row.cacheWriteTokens += q.value(9).toLongLong();
        a.row.cacheReadTokens += q.value(10).toLongLong();
        if (!q.value(11).isNull()) {
            a.row.costUsd += q.value(11).toDouble();
            a.row.priced = true;
        }
        keysOfSession[q.value(12).toLongLong()].push_back(perWorker ? q.value(0).toString() + QLatin1Char('\x1f') + key : key);
    }
    // Diagnostics by rule; for worker rows only the worker's own findings.
    QSqlQuery r(db.db());
    r.setForwardOnly(true);
    if (r.exec(QStringLiteral("SELECT session, worker, rule, count FROM rules"))) {
        while (r.next()) {
            auto it = keysOfSession.find(r.value(0).toLongLong());
            if (it == keysOfSession.end())
                continue;
            const QString worker = r.value(1).toString();
            const QString rule = r.value(2).toString();
            const qint64 count = r.value(3).toLongLong();
            for (const QString &k : it->second) {
                QString key = k;
                if (perWorker) {
                    const int sep = int(k.indexOf(QLatin1Char('\x1f')));
                    if (k.left(sep) != worker)
                        continue;
                    key = k.mid(sep + 1);
                }
                Acc &a = acc[key];
                a.rules[rule] += count;
                if (rule == QLatin1String("lifecycle.unhealthy-gap"))
                    ++a.row.stalled;
            }
        }
    }
    std::vector<StatsRow> rows;
    for (auto &[key, a] : acc) {
        a.row.medianDurationS = quantile(a.durations, 0.5);
        a.row.p90DurationS = quantile(a.durations, 0.9);
        std::vector<std::pair<QString, qint64>> rules(a.rules.begin(), a.rules.end());
        std::sort(rules.begin(), rules.end(), [](const auto &x, const auto &y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
        if (rules.size() > 5)
            rules.resize(5);
        a.row.topRules = std::move(rules);
        rows.push_back(std::move(a.row));
    }
    return rows;
}
