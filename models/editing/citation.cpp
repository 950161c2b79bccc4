#include "citation.h"
#include "jsonutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace {
const QChar kDot(0x00B7);

}

QString CitationFormat::markdownLink(int eventLine, const QString &type, const QString &agent, const QString &timestamp,
                                     const QString &relativePrefix)
{
    return u'[' + type + u' ' + kDot + u' ' + agent + u' ' + kDot + u' ' + timestamp + QStringLiteral("](") + relativePrefix
        + QStringLiteral("EVENTS.jsonl#L") + QString::number(eventLine) + u')';
}

QString CitationFormat::jsonString(int eventLine, const QString &type, const QString &agent, const QString &timestamp)
{
    return u'"' + QStringLiteral("EVENTS.jsonl#L") + QString::number(eventLine) + u' ' + type + u' ' + agent + u' '
        + timestamp + u'"';
}

QString CitationFormat::prefixFor(const QString &relativeDocPath)
{
    QString prefix;
    const int depth = int(QString(relativeDocPath).replace(u'\\', u'/').count(u'/'));
    for (int i = 0; i < depth; ++i)
        prefix += QStringLiteral("../");
    return prefix;
}

QList<Citation> CitationFormat::find(const QString &document)
{
    static const QRegularExpression markdown(QStringLiteral(
        "\\[([^\\]\\s]+) \\x{00B7} ([^\\]\\s]+) \\x{00B7} ([^\\]\\s]+)\\]\\((?:\\.\\./)*EVENTS\\.jsonl#L(\\d{1,9})\\)"));
    static const QRegularExpression json(QStringLiteral(
        "EVENTS\\.jsonl#L(\\d{1,9}) ([^\\s\"]+) ([^\\s\"]+) ([^\\s\"]+)"));
    QList<Citation> found;
    auto positionOf = [&](qsizetype offset, Citation &c) {
        const qsizetype lineStart = document.lastIndexOf(u'\n', offset - 1) + 1;
        c.docLine = int(QStringView(document).left(offset).count(u'\n'));
        c.docColumn = int(offset - lineStart);
    };
    for (auto it = markdown.globalMatch(document); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Citation c;
        c.type = m.captured(1);
        c.agent = m.captured(2);
        c.timestamp = m.captured(3);
        c.eventLine = m.captured(4).toInt();
        c.length = int(m.capturedLength());
        positionOf(m.capturedStart(), c);
        found.append(c);
    }
    for (auto it = json.globalMatch(document); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Citation c;
        c.eventLine = m.captured(1).toInt();
        c.type = m.captured(2);
        c.agent = m.captured(3);
        c.timestamp = m.captured(4);
        c.length = int(m.capturedLength());
        positionOf(m.capturedStart(), c);
        found.append(c);
    }
    return found;
}

bool CitationFormat::holds(const Citation &citation, const QByteArray &rawLine, QString *why)
{
    auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (rawLine.isEmpty())
        return fail(QCoreApplication::translate("CitationFormat", "EVENTS.jsonl has no line %1 any more.").arg(citation.eventLine));
    if (rawLine.contains('\0'))
        return fail(QCoreApplication::translate("CitationFormat", "Line %1 of EVENTS.jsonl is not a JSON event.").arg(citation.eventLine));
    nlohmann::json event = nlohmann::json::parse(rawLine.constData(), rawLine.constData() + rawLine.size(), nullptr, false);
    if (!event.is_object())
        return fail(QCoreApplication::translate("CitationFormat", "Line %1 of EVENTS.jsonl is not a JSON event.").arg(citation.eventLine));
    const QString type = JsonUtil::fieldText(event, "type"), agent = JsonUtil::fieldText(event, "agent"), timestamp = JsonUtil::fieldText(event, "timestamp");
    if (type != citation.type || agent != citation.agent || timestamp != citation.timestamp)
        return fail(QCoreApplication::translate("CitationFormat", "Line %1 of EVENTS.jsonl now holds %2 by %3 at %4, not the cited %5 by %6 at %7.")
                        .arg(citation.eventLine).arg(type, agent, timestamp, citation.type, citation.agent, citation.timestamp));
    return true;
}
