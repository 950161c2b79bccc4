#include "commands.h"

#include "historycli.h"
#include "historyquery.h"
#include "historystats.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cstdio>

// session-inspector stats [--by day|worker|model|project] [--from D] [--to D] [--project P] [--json] [--index URL]
// Exit 0 some sessions counted, 1 none in the range, 2 bad input.
int runStatsCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("session-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SI_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("stats",
        "Count the indexed sessions (see `index`) by day, worker type, model or project: status, failures, stalls,\n"
        "durations (median, p90), diagnostics, tokens and cost."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption index = HistoryCli::indexOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("stats", "Print JSON."));
    const QCommandLineOption by(QStringLiteral("by"), QCoreApplication::translate("stats", "day (default), worker, model or project."),
                                QStringLiteral("KEY"), QStringLiteral("day"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("stats", "Sessions started on or after (YYYY-MM-DD or ISO time)."), QStringLiteral("WHEN"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("stats", "Sessions started on or before (YYYY-MM-DD or ISO time)."), QStringLiteral("WHEN"));
    const QCommandLineOption project(QStringLiteral("project"), QCoreApplication::translate("stats", "Only this project (repeatable)."), QStringLiteral("NAME"));
    parser.addOptions({index, json, by, from, to, project});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fputs("usage: session-inspector stats [--by day|worker|model|project] [--from D] [--to D] [--project P] [--json]\n", stderr);
        return 2;
    }
    StatsFilter filter;
    if (!StatsFilter::byFromName(parser.value(by), &filter.by)) {
        std::fprintf(stderr, "session-inspector: --by takes day, worker, model or project, not \"%s\"\n", qPrintable(parser.value(by)));
        return 2;
    }
    if ((parser.isSet(from) && !HistoryQuery::parseTime(parser.value(from), false, &filter.fromMs))
        || (parser.isSet(to) && !HistoryQuery::parseTime(parser.value(to), true, &filter.toMs))) {
        std::fputs("session-inspector: --from and --to take a date (YYYY-MM-DD) or an ISO time\n", stderr);
        return 2;
    }
    filter.projects = parser.values(project);
    HistoryDatabase db;
    if (!HistoryCli::open(db, parser, index))
        return 2;
    QString error;
    const std::vector<StatsRow> rows = HistoryStats::compute(db, filter, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "session-inspector: %s\n", qPrintable(error));
        return 2;
    }
    if (parser.isSet(json)) {
        using J = nlohmann::ordered_json;
        J j;
        j["by"] = StatsFilter::byName(filter.by).toStdString();
        J list = J::array();
        for (const StatsRow &r : rows) {
            J o;
            o["key"] = r.key.toStdString();
            o["sessions"] = r.sessions;
            o["completed"] = r.completed;
            o["failed"] = r.failed;
            o["other"] = r.other;
            o["stalled"] = r.stalled;
            o["events"] = r.events;
            o["errors"] = r.errors;
            o["warnings"] = r.warnings;
            o["median_duration_s"] = r.medianDurationS;
            o["p90_duration_s"] = r.p90DurationS;
            o["tokens"] = {{"input", r.inputTokens}, {"output", r.outputTokens}, {"cache_write", r.cacheWriteTokens}, {"cache_read", r.cacheReadTokens}};
            o["cost_usd"] = r.priced ? J(r.costUsd) : J();
            J rules = J::object();
            for (const auto &[rule, count] : r.topRules)
                rules[rule.toStdString()] = count;
            o["top_rules"] = rules;
            list.push_back(o);
        }
        j["rows"] = list;
        std::printf("%s\n", j.dump(2, ' ', false, J::error_handler_t::replace).c_str());
    } else {
        std::printf("%-28s %8s %9s %6s %7s %7s %9s %9s %7s %8s %10s\n", qPrintable(StatsFilter::byName(filter.by)), "sessions", "completed",
                    "failed", "stalled", "errors", "median_s", "p90_s", "events", "tokens", "cost_usd");
        for (const StatsRow &r : rows)
            std::printf("%-28s %8lld %9lld %6lld %7lld %7lld %9.1f %9.1f %7lld %8lld %10s\n", qPrintable(r.key), static_cast<long long>(r.sessions),
                        static_cast<long long>(r.completed), static_cast<long long>(r.failed), static_cast<long long>(r.stalled),
                        static_cast<long long>(r.errors), r.medianDurationS, r.p90DurationS, static_cast<long long>(r.events),
                        static_cast<long long>(r.inputTokens + r.outputTokens + r.cacheWriteTokens + r.cacheReadTokens),
                        r.priced ? qPrintable(QString::number(r.costUsd, 'f', 4)) : "-");
    }
    return rows.empty() ? 1 : 0;
}
