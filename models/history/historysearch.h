#pragma once

#include "historyquery.h"

#include <QString>

#include <vector>

class HistoryDatabase;

// One hit: which session, which text, and a snippet around the match. The
// snippet is plain text from the session with the matched words between
// kMarkOpen and kMarkClose (control characters no session text keeps), so a
// view escapes it first and only then turns the marks into highlighting.
struct SearchHit {
    qint64 textId = 0;
    QString sessionPath, sessionId, project, status;
    QString kind, worker, file, pointer;
    int line = 0;
    qint64 timeMs = 0;
    QString snippet;
};

struct SearchResult {
    std::vector<SearchHit> hits;
    QString error; // a sentence; empty on success
    bool ok() const { return error.isEmpty(); }
};

namespace HistorySearch {
constexpr QChar kMarkOpen = QChar(0x02);
constexpr QChar kMarkClose = QChar(0x03);
// Newest first, or best first when query.rank; `limit` hits from `offset`.
SearchResult search(HistoryDatabase &db, const HistoryQuery &query, int limit = 50, int offset = 0);
// How many texts match in all (-1 with `error` set when it failed).
qint64 count(HistoryDatabase &db, const HistoryQuery &query, QString *error = nullptr);
// The snippet as HTML: everything escaped, the marks as <b>...</b>.
QString snippetHtml(const QString &snippet);
// The snippet for a terminal: marks as [[ and ]] (or nothing, when plain).
QString snippetText(const QString &snippet, bool marks = true);
}
