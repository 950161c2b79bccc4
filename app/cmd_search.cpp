#include "commands.h"

#include "historycli.h"
#include "historysearch.h"
#include "isotime.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace {

// Hits of one session together, sessions in the order of their first hit.
std::vector<std::pair<QString, std::vector<const SearchHit *>>> groupBySession(const std::vector<SearchHit> &hits)
{
    std::vector<std::pair<QString, std::vector<const SearchHit *>>> groups;
    QHash<QString, size_t> at;
    for (const SearchHit &h : hits) {
        auto it = at.find(h.sessionPath);
        if (it == at.end()) {
            it = at.insert(h.sessionPath, groups.size());
            groups.push_back({h.sessionPath, {}});
        }
        groups[*it].second.push_back(&h);
    }
    return groups;
}

QString where(const SearchHit &h)
{
    QString w = h.file;
    if (h.line > 0)
        w += QLatin1Char(':') + QString::number(h.line);
    if (!h.pointer.isEmpty())
        w += QLatin1Char('#') + h.pointer;
    return w;
}

} // namespace

// session-inspector search QUERY... [--index URL] [--json] [--limit N] [--offset N] [--rank]
// Exit 0 found, 1 nothing found, 2 bad input (a query that cannot be searched, no index).
int runSearchCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("session-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SI_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("search",
        "Search every indexed session (see `index`): event details, notes, responses, diagnostics.\n"
        "QUERY: words (all must occur), \"a phrase\", prefix*, NOT word or -word, a OR b, and filters\n"
        "worker:W project:P status:S kind:event|debug|notes|response|diagnostic|task from:YYYY-MM-DD to:YYYY-MM-DD.\n"
        "Newest first; --rank for best first."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption index = HistoryCli::indexOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("search", "Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("search", "At most N hits (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption offset(QStringLiteral("offset"), QCoreApplication::translate("search", "Skip the first N hits."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rank(QStringLiteral("rank"), QCoreApplication::translate("search", "Best match first instead of newest first."));
    parser.addOptions({index, json, limit, offset, rank});
    parser.addPositionalArgument(QStringLiteral("QUERY"), QCoreApplication::translate("search", "What to look for."), QStringLiteral("QUERY..."));
    parser.process(app);
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        std::fputs("usage: session-inspector search QUERY... [--json] [--limit N] [--rank] [--index URL]\n", stderr);
        return 2;
    }
    bool okLimit = false, okOffset = false;
    const int n = parser.value(limit).toInt(&okLimit);
    const int skip = parser.value(offset).toInt(&okOffset);
    if (!okLimit || n < 1 || n > 100000 || !okOffset || skip < 0) {
        std::fputs("session-inspector: --limit takes 1..100000 and --offset a count from 0\n", stderr);
        return 2;
    }
    HistoryQuery query = HistoryQuery::parse(words.join(QLatin1Char(' ')));
    if (parser.isSet(rank))
        query.rank = true;
    if (!query.isValid()) {
        std::fprintf(stderr, "session-inspector: %s\n", qPrintable(query.error));
        return 2;
    }
    HistoryDatabase db;
    if (!HistoryCli::open(db, parser, index))
        return 2;
    const SearchResult result = HistorySearch::search(db, query, n, skip);
    if (!result.ok()) {
        std::fprintf(stderr, "session-inspector: %s\n", qPrintable(result.error));
        return 2;
    }
    QString countError;
    const qint64 total = HistorySearch::count(db, query, &countError);
    const auto groups = groupBySession(result.hits);
    if (parser.isSet(json)) {
        using J = nlohmann::ordered_json;
        J j;
        j["query"] = words.join(QLatin1Char(' ')).toStdString();
        j["total"] = total;
        j["order"] = query.rank ? "rank" : "newest";
        J sessions = J::array();
        for (const auto &[path, hits] : groups) {
            J s;
            s["session_id"] = hits.front()->sessionId.toStdString();
            s["path"] = path.toStdString();
            s["project"] = hits.front()->project.isEmpty() ? J() : J(hits.front()->project.toStdString());
            s["status"] = hits.front()->status.isEmpty() ? J() : J(hits.front()->status.toStdString());
            J list = J::array();
            for (const SearchHit *h : hits) {
                J o;
                o["kind"] = h->kind.toStdString();
                o["worker"] = h->worker.isEmpty() ? J() : J(h->worker.toStdString());
                o["file"] = h->file.isEmpty() ? J() : J(h->file.toStdString());
                o["line"] = h->line > 0 ? J(h->line) : J();
                o["pointer"] = h->pointer.isEmpty() ? J() : J(h->pointer.toStdString());
                o["time"] = h->timeMs > 0 ? J(IsoTime::toIso(h->timeMs).toStdString()) : J();
                o["snippet"] = HistorySearch::snippetText(h->snippet, false).toStdString();
                o["snippet_marked"] = HistorySearch::snippetText(h->snippet, true).toStdString();
                list.push_back(o);
            }
            s["hits"] = list;
            sessions.push_back(s);
        }
        j["sessions"] = sessions;
        std::printf("%s\n", j.dump(2, ' ', false, J::error_handler_t::replace).c_str());
    } else {
        for (const auto &[path, hits] : groups) {
            const SearchHit &first = *hits.front();
            std::printf("%s  %s  %s\n", qPrintable(first.sessionId), qPrintable(first.project.isEmpty() ? QStringLiteral("-") : first.project),
                        qPrintable(path));
            for (const SearchHit *h : hits)
                std::printf("  %s  %-10s %-18s %s  %s\n", qPrintable(h->timeMs > 0 ? IsoTime::toIso(h->timeMs) : QStringLiteral("-")),
                            qPrintable(h->kind), qPrintable(h->worker.isEmpty() ? QStringLiteral("-") : h->worker), qPrintable(where(*h)),
                            qPrintable(HistorySearch::snippetText(h->snippet)));
        }
        if (total >= 0)
            std::printf("%lld hit(s) in all%s\n", static_cast<long long>(total),
                        qint64(result.hits.size()) < total ? qPrintable(QStringLiteral(", %1 shown").arg(result.hits.size())) : "");
    }
    return result.hits.empty() ? 1 : 0;
}
