#include "eventlogrules.h"

#include "eventstore.h"
#include "template.h"

#include <QCoreApplication>

#include <unordered_map>
#include <vector>

void DiagnosticSink::add(Diagnostic d)
{
    if (d.severity == Diagnostic::Error)
        ++m_errors;
    else if (d.severity == Diagnostic::Warning)
        ++m_warnings;
    int &n = m_perRule[d.file + u'\n' + d.rule];
    if (++n <= m_cap)
        m_out.push_back(std::move(d));
}

Diagnostics DiagnosticSink::finish()
{
    for (auto it = m_perRule.cbegin(); it != m_perRule.cend(); ++it) {
        if (it.value() <= m_cap)
            continue;
        const QString file = it.key().section(u'\n', 0, 0);
        const QString rule = it.key().section(u'\n', 1);
        Diagnostic d;
        d.severity = Diagnostic::Info;
        d.rule = rule;
        d.file = file;
        d.message = QCoreApplication::translate("DiagnosticSink", "%1 more like this not shown").arg(it.value() - m_cap);
        m_out.push_back(d);
    }
    Diagnostics out = std::move(m_out);
    m_out.clear();
    m_perRule.clear();
    return out;
}

namespace EventLogRules {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("EventLogRules", s);
}

Diagnostic at(const EventStore &store, int i, Diagnostic::Severity sev, const char *rule, const QString &file,
              const QString &message)
{
    Diagnostic d;
    d.severity = sev;
    d.rule = QString::fromLatin1(rule);
    d.file = file;
    d.line = int(store.lineNumber(i));
    d.column = 1;
    d.message = message;
    d.agent = store.agent(i);
    if (store.logKind() == LogKind::Events)
        d.eventIndex = i;
    return d;
}

QStringList missingFields(quint16 flags, bool events)
{
    QStringList m;
    if (flags & EntryFlag::MissingTimestamp)
        m << QStringLiteral("timestamp");
    if (flags & EntryFlag::MissingKind)
        m << (events ? QStringLiteral("type") : QStringLiteral("level"));
    if (flags & EntryFlag::MissingAgent)
        m << QStringLiteral("agent");
    if (flags & EntryFlag::MissingPayload)
        m << (events ? QStringLiteral("details") : QStringLiteral("message"));
    return m;
}

constexpr quint16 kMissingAny = EntryFlag::MissingTimestamp | EntryFlag::MissingKind | EntryFlag::MissingAgent
    | EntryFlag::MissingPayload;

}

void checkBadLines(const EventStore &store, const QString &file, DiagnosticSink &sink)
{
    for (const BadLine &b : store.badLines()) {
        const char *rule = "jsonl.invalid-json";
        if (b.reason == BadLine::InvalidUtf8 || b.reason == BadLine::NulByte)
            rule = "jsonl.invalid-utf8";
        else if (b.reason == BadLine::NotObject)
            rule = "jsonl.not-object";
        Diagnostic d;
        d.severity = Diagnostic::Error;
        d.rule = QString::fromLatin1(rule);
        d.file = file;
        d.line = int(b.line);
        d.column = 1;
        d.message = b.message;
        sink.add(std::move(d));
    }
}

void checkEvents(const EventStore &events, const QString &file, const QSet<QString> &workers, DiagnosticSink &sink)
{
    checkBadLines(events, file, sink);
    const StringTable &strings = events.strings();
    // Prefix checks are per (agent, type) and (agent, action) pair: a few
    // dozen distinct pairs, however many events.
    std::vector<QString> prefixes(strings.size());
    std::vector<char> isWorker(strings.size(), 0);
    for (quint32 id = 1; id < strings.size(); ++id) {
        const QString &name = strings.at(id);
        if (workers.contains(name)) {
            isWorker[id] = 1;
            prefixes[id] = workerShortName(name) + u'_';
        }
    }
    std::unordered_map<quint64, char> prefixed; // (agent << 32 | string id) -> 0/1
    auto hasPrefix = [&](quint32 agent, quint32 id) -> bool {
        if (!id || agent >= isWorker.size() || !isWorker[agent])
            return false;
        const quint64 key = (quint64(agent) << 32) | id;
        auto it = prefixed.find(key);
        if (it == prefixed.end()) {
            const QString &s = strings.at(id);
            const QString &agentName = strings.at(agent);
            const bool p = s.startsWith(prefixes[agent]) || s.startsWith(agentName + u'_');
            it = prefixed.emplace(key, p ? 1 : 0).first;
        }
        return it->second;
    };

    const int n = events.size();
    for (int i = 0; i < n; ++i) {
        const quint16 f = events.flags(i);
        if (f & kMissingAny)
            sink.add(at(events, i, Diagnostic::Error, "event.missing-field", file,
                        tr("event without required field(s): %1").arg(missingFields(f, true).join(QStringLiteral(", ")))));
        if (f & EntryFlag::BadTimestamp)
            sink.add(at(events, i, Diagnostic::Warning, "event.bad-timestamp", file, tr("timestamp is not ISO-8601")));
        if (f & EntryFlag::HasSessionId)
            sink.add(at(events, i, Diagnostic::Warning, "event.session-id-field", file,
                        tr("events must not carry a \"session_id\" key")));
        const quint32 agent = events.agentId(i);
        if (hasPrefix(agent, events.kindId(i)))
            sink.add(at(events, i, Diagnostic::Warning, "event.worker-prefixed-type", file,
                        tr("event type \"%1\" carries the worker prefix").arg(events.kindName(i))));
        if (hasPrefix(agent, events.actionId(i)))
            sink.add(at(events, i, Diagnostic::Warning, "event.worker-prefixed-action", file,
                        tr("details.action \"%1\" carries the worker prefix").arg(strings.at(events.actionId(i)))));
    }
}

void checkDebug(const EventStore &debug, const QString &file, const ProtocolProfile &profile, DiagnosticSink &sink)
{
    checkBadLines(debug, file, sink);
    const QStringList &levels = profile.debugLevels;
    const StringTable &strings = debug.strings();
    std::vector<char> badLevel(strings.size(), 0);
    for (quint32 id = 1; id < strings.size(); ++id)
        badLevel[id] = levels.contains(strings.at(id)) ? 0 : 1;
    const int n = debug.size();
    for (int i = 0; i < n; ++i) {
        const quint16 f = debug.flags(i);
        if (f & kMissingAny)
            sink.add(at(debug, i, Diagnostic::Warning, "debug.missing-field", file,
                        tr("debug entry without required field(s): %1").arg(missingFields(f, false).join(QStringLiteral(", ")))));
        const quint32 level = debug.kindId(i);
        if (level && level < badLevel.size() && badLevel[level])
            sink.add(at(debug, i, Diagnostic::Warning, "debug.bad-level", file,
                        tr("level \"%1\" is not one of %2").arg(debug.kindName(i), levels.join(QStringLiteral(", ")))));
        const quint16 timestampFlags = profile.strictDebugTimestamps ? (EntryFlag::BadTimestamp | EntryFlag::NonStrictTimestamp)
                                                                     : quint16(EntryFlag::BadTimestamp);
        if ((f & timestampFlags) && !(f & EntryFlag::MissingTimestamp))
            sink.add(at(debug, i, Diagnostic::Warning, "debug.bad-timestamp", file,
                        tr("timestamp is not in the form YYYY-MM-DDTHH:MM:SSZ")));
        if (f & EntryFlag::MessageTooLong)
            sink.add(at(debug, i, Diagnostic::Warning, "debug.message-too-long", file,
                        tr("message is longer than 1000 characters")));
    }
}

}
