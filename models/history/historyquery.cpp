#include "historyquery.h"

#include "historyrecord.h"
#include "isotime.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryQuery", text);
}

struct Token {
    QString text;
    bool quoted = false;
    int quoteAt = -1; // where in `text` the first quoted part begins
};

// Splits on whitespace outside double quotes; an unclosed quote runs to the end.
QList<Token> tokenize(const QString &s, bool *unclosed)
{
    QList<Token> out;
    *unclosed = false;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        while (i < n && s.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Token t;
        // A filter's value may be quoted: project:"my project".
        while (i < n && !s.at(i).isSpace()) {
            if (s.at(i) == QLatin1Char('"')) {
                if (!t.quoted)
                    t.quoteAt = int(t.text.size());
                t.quoted = true;
                const int close = int(s.indexOf(QLatin1Char('"'), i + 1));
                if (close < 0) {
                    *unclosed = true;
                    t.text += s.mid(i + 1);
                    i = n;
                    break;
                }
                t.text += s.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                t.text += s.at(i++);
            }
        }
        out << t;
    }
    return out;
}

// One term as an FTS5 string: double quotes inside are doubled, so the term
// is always a string to FTS5, never an operator or a column filter.
QString quoted(const QString &term)
{
    QString q = term;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

bool HistoryQuery::parseTime(const QString &value, bool endOfDay, qint64 *out)
{
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (date.isValid()) {
        const QDateTime dt = endOfDay ? QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC).addMSecs(-1)
                                      : QDateTime(date, QTime(0, 0), Qt::UTC);
        *out = dt.toMSecsSinceEpoch();
        return true;
    }
    const QByteArray utf8 = value.toUtf8();
    const std::optional<qint64> ms = IsoTime::parseMs(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!ms)
        return false;
    *out = *ms;
    return true;
}

HistoryQuery HistoryQuery::parse(const QString &text)
{
    HistoryQuery q;
    bool unclosed = false;
    const QList<Token> tokens = tokenize(text, &unclosed);
    if (unclosed) {
        q.error = tr("A quotation mark is not closed.");
        return q;
    }
    QStringList parts;      // FTS5 pieces, joined by spaces (implicit AND)
    bool pendingNot = false;
    bool pendingOr = false;
    int positive = 0;
    for (const Token &t : tokens) {
        if (!t.quoted && (t.text == QLatin1String("NOT") || t.text == QLatin1String("AND") || t.text == QLatin1String("OR"))) {
            if (t.text == QLatin1String("NOT"))
                pendingNot = true;
            else if (t.text == QLatin1String("OR"))
                pendingOr = true;
            continue;
        }
        // A filter's key is unquoted ("project:\"my shop\""); "a:b" inside
        // quotes is a phrase.
        int colon = int(t.text.indexOf(QLatin1Char(':')));
        if (t.quoted && (t.quoteAt == 0 || colon < 0 || colon > t.quoteAt))
            colon = -1;
        if (colon > 0) {
            const QString key = t.text.left(colon).toLower();
            const QString value = t.text.mid(colon + 1);
            static const QStringList kFilters = {QStringLiteral("worker"), QStringLiteral("project"), QStringLiteral("status"),
                                                 QStringLiteral("kind"), QStringLiteral("from"), QStringLiteral("to"),
                                                 QStringLiteral("rank")};
            if (kFilters.contains(key)) {
                if (value.isEmpty()) {
                    q.error = tr("The filter %1: needs a value.").arg(key);
                    return q;
                }
                if (key == QLatin1String("worker"))
                    q.workers << value;
                else if (key == QLatin1String("project"))
                    q.projects << value;
                else if (key == QLatin1String("status"))
                    q.statuses << value;
                else if (key == QLatin1String("kind")) {
                    TextRecord::Kind k;
                    if (!TextRecord::kindFromName(value, &k)) {
                        q.error = tr("Unknown kind \"%1\" (known: event, debug, notes, response, diagnostic, task).").arg(value);
                        return q;
                    }
                    q.kinds << value;
                } else if (key == QLatin1String("rank")) {
                    q.rank = value != QLatin1String("off");
                } else {
                    qint64 ms = 0;
                    if (!parseTime(value, key == QLatin1String("to"), &ms)) {
                        q.error = tr("\"%1\" is not a date (YYYY-MM-DD) or an ISO time.").arg(value);
                        return q;
                    }
                    (key == QLatin1String("from") ? q.fromMs : q.toMs) = ms;
                }
                continue;
            }
        }
        QString term = t.text;
        bool negate = pendingNot;
        if (!t.quoted && term.startsWith(QLatin1Char('-')) && term.size() > 1) {
            negate = true;
            term = term.mid(1);
        }
        bool prefix = false;
        if (!t.quoted && term.endsWith(QLatin1Char('*'))) {
            prefix = true;
            term.chop(1);
        }
        // Only letters and digits make tokens for unicode61; a term of pure
        // punctuation matches nothing and would be an FTS5 syntax error.
        bool hasWordChar = false;
        for (const QChar c : term)
            hasWordChar = hasWordChar || c.isLetterOrNumber();
        pendingNot = false;
        if (!hasWordChar)
            continue;
        QString piece = quoted(term) + (prefix ? QStringLiteral("*") : QString());
        q.terms << term;
        if (negate) {
            parts << QStringLiteral("NOT ") + piece;
        } else {
            if (pendingOr && !parts.isEmpty() && !parts.last().startsWith(QLatin1String("NOT ")))
                parts.last() = QStringLiteral("(") + parts.last() + QStringLiteral(" OR ") + piece + QStringLiteral(")");
            else
                parts << piece;
            ++positive;
        }
        pendingOr = false;
    }
    if (q.fromMs && q.toMs && q.fromMs > q.toMs) {
        q.error = tr("The range ends before it starts.");
        return q;
    }
    if (positive == 0 && !parts.isEmpty()) {
        q.error = tr("NOT needs a word to search for beside it (\"deploy NOT staging\").");
        q.terms.clear();
        return q;
    }
    // FTS5's NOT is binary ("a NOT b"): the positive terms ANDed first, then
    // each excluded one, wherever it was typed.
    QStringList positives, negatives;
    for (const QString &p : parts)
        (p.startsWith(QLatin1String("NOT ")) ? negatives : positives) << p;
    QString match = positives.join(QStringLiteral(" AND "));
    if (!negatives.isEmpty())
        match = QStringLiteral("(") + match + QStringLiteral(") ") + negatives.join(QLatin1Char(' '));
    q.match = match;
    return q;
}
