#include "historysearch.h"

#include "historydatabase.h"
#include "historyrecord.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

struct Where {
    QString sql;
    QVariantList binds;
};

// The filters as SQL with placeholders; every value is bound, never spliced.
Where filters(const HistoryQuery &q)
{
    Where w;
    auto in = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            w.binds << v;
        }
        w.sql += QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QStringLiteral(")");
    };
    if (!q.workers.isEmpty()) {
        QStringList marks;
        for (const QString &v : q.workers) {
            marks << QStringLiteral("?");
            w.binds << v;
        }
        w.sql += QStringLiteral(" AND t.worker IN (SELECT id FROM names WHERE name IN (") + marks.join(QLatin1Char(',')) + QStringLiteral("))");
    }
    in(QStringLiteral("s.project"), q.projects);
    in(QStringLiteral("s.status"), q.statuses);
    if (!q.kinds.isEmpty()) {
        QStringList marks;
        for (const QString &k : q.kinds) {
            TextRecord::Kind kind;
            if (TextRecord::kindFromName(k, &kind)) {
                marks << QStringLiteral("?");
                w.binds << int(kind);
            }
        }
        w.sql += QStringLiteral(" AND t.kind IN (") + marks.join(QLatin1Char(',')) + QStringLiteral(")");
    }
    // Text ids are time * 4096 + slot (historydatabase.cpp): a time range is
    // an id range, which the full-text index itself can honour.
    if (q.fromMs) {
        w.sql += QStringLiteral(" AND texts_fts.rowid >= ?");
        w.binds << q.fromMs * 4096;
    }
    if (q.toMs) {
        w.sql += QStringLiteral(" AND texts_fts.rowid < ?");
        w.binds << (q.toMs + 1) * 4096;
    }
    return w;
}

QString failure(const QSqlError &e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return QCoreApplication::translate("HistorySearch", "The search could not be run: %1").arg(text);
}

} // namespace

SearchResult HistorySearch::search(HistoryDatabase &db, const HistoryQuery &query, int limit, int offset)
{
    SearchResult r;
    if (!query.isValid()) {
        r.error = query.error;
        return r;
    }
    if (!query.hasTerms()) {
        r.error = QCoreApplication::translate("HistorySearch", "There is nothing to search for: type a word.");
        return r;
    }
    const Where w = filters(query);
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT texts_fts.rowid, s.path, s.session_id, s.project, s.status, t.kind, wn.name, fn.name, t.line, t.pointer,"
                       " snippet(texts_fts, 0, char(2), char(3), '…', 16)"
                       " FROM texts_fts JOIN texts t ON t.id = texts_fts.rowid JOIN sessions s ON s.id = t.session"
                       " LEFT JOIN names wn ON wn.id = t.worker LEFT JOIN names fn ON fn.id = t.file"
                       " WHERE texts_fts MATCH ?")
        + w.sql
        + (query.rank ? QStringLiteral(" ORDER BY bm25(texts_fts), texts_fts.rowid DESC") : QStringLiteral(" ORDER BY texts_fts.rowid DESC"))
        + QStringLiteral(" LIMIT ? OFFSET ?");
    if (!q.prepare(sql)) {
        r.error = failure(q.lastError());
        return r;
    }
    q.addBindValue(query.match);
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        r.error = failure(q.lastError());
        return r;
    }
    while (q.next()) {
        SearchHit h;
        h.textId = q.value(0).toLongLong();
        h.timeMs = h.textId / 4096;
        h.sessionPath = q.value(1).toString();
        h.sessionId = q.value(2).toString();
        h.project = q.value(3).toString();
        h.status = q.value(4).toString();
        h.kind = TextRecord::kindName(TextRecord::Kind(std::clamp(q.value(5).toInt(), 0, int(TextRecord::Task))));
        h.worker = q.value(6).toString();
        h.file = q.value(7).toString();
        h.line = q.value(8).toInt();
        h.pointer = q.value(9).toString();
        h.snippet = q.value(10).toString();
        r.hits.push_back(std::move(h));
    }
    if (q.lastError().isValid())
        r.error = failure(q.lastError());
    return r;
}

qint64 HistorySearch::count(HistoryDatabase &db, const HistoryQuery &query, QString *error)
{
    if (!query.isValid() || !query.hasTerms()) {
        if (error)
            *error = query.isValid() ? QCoreApplication::translate("HistorySearch", "There is nothing to search for: type a word.") : query.error;
        return -1;
    }
    const Where w = filters(query);
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    // Without filters on other tables the full-text index counts alone.
    const bool joins = !query.workers.isEmpty() || !query.projects.isEmpty() || !query.statuses.isEmpty() || !query.kinds.isEmpty();
    const QString sql = joins ? QStringLiteral("SELECT count(*) FROM texts_fts JOIN texts t ON t.id = texts_fts.rowid"
                                               " JOIN sessions s ON s.id = t.session WHERE texts_fts MATCH ?")
                                    + w.sql
                              : QStringLiteral("SELECT count(*) FROM texts_fts WHERE texts_fts MATCH ?") + w.sql;
    if (!q.prepare(sql)) {
        if (error)
            *error = failure(q.lastError());
        return -1;
    }
    q.addBindValue(query.match);
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = failure(q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

QString HistorySearch::snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(kMarkOpen, QLatin1String("<b>"));
    html.replace(kMarkClose, QLatin1String("</b>"));
    return html;
}

QString HistorySearch::snippetText(const QString &snippet, bool marks)
{
    QString out;
    out.reserve(snippet.size());
    for (const QChar c : snippet) {
        if (c == kMarkOpen)
            out += marks ? QStringLiteral("[[") : QString();
        else if (c == kMarkClose)
            out += marks ? QStringLiteral("]]") : QString();
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QLatin1Char(' '); // a terminal never gets a session's control characters
        else
            out += c;
    }
    return out;
}
