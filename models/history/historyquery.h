#pragma once

#include <QString>
#include <QStringList>

// What an operator typed into the search box, as a full-text expression and
// filters. The grammar: words (all must occur), "a phrase", prefix*, NOT word
// or -word, OR between terms, and filters worker:, project:, status:, kind:
// (event, debug, notes, response, diagnostic, task), from: and to: (a date or
// an ISO time). Every word is quoted into the FTS5 expression, so no input is
// ever FTS5 or SQL syntax of its own; the expression is bound as a parameter.
struct HistoryQuery {
    QString match;        // the FTS5 MATCH expression; empty when there are no terms
    QStringList terms;    // the words and phrases, for highlighting
    QStringList workers, projects, statuses, kinds;
    qint64 fromMs = 0, toMs = 0; // 0: open
    bool rank = false;    // "rank:on" or set by the caller: best first instead of newest first
    QString error;        // a sentence when the query cannot be searched; then match is empty

    bool isValid() const { return error.isEmpty(); }
    bool hasTerms() const { return !match.isEmpty(); }
    static HistoryQuery parse(const QString &text);
    // "2025-08-30" (its first or, with endOfDay, last millisecond, UTC) or an
    // ISO time, as ms since the epoch; false when it is neither.
    static bool parseTime(const QString &value, bool endOfDay, qint64 *out);
};
