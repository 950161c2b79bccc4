#include "sessionsummary.h"

#include "sessionmarkdown.h"

#include "isotime.h"

#include <QCoreApplication>

namespace {
QString jsonString(const nlohmann::json &j, const char *key)
{
    if (j.is_object()) {
        auto it = j.find(key);
        if (it != j.end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    }
    return {};
}
}

// One shared string per reason, not one allocation per bad line.
const QString &reasonName(BadLine::Reason r)
{
    static const QString names[] = {
        QString::fromLatin1(BadLine::reasonKey(BadLine::InvalidJson)), QString::fromLatin1(BadLine::reasonKey(BadLine::InvalidUtf8)),
        QString::fromLatin1(BadLine::reasonKey(BadLine::NotObject)), QString::fromLatin1(BadLine::reasonKey(BadLine::Empty)),
        QString::fromLatin1(BadLine::reasonKey(BadLine::NulByte)), QString::fromLatin1(BadLine::reasonKey(BadLine::TooDeep)),
        QString::fromLatin1(BadLine::reasonKey(BadLine::TooLong))};
    return names[std::min<size_t>(size_t(r), std::size(names) - 1)];
}

QString statusOfLastEvent(const QString &type)
{
    // outputs_completed: the 2025-09-13 framework's last phase (docs/FORMAT.md).
    if (type == QLatin1String("worker_completed") || type == QLatin1String("synthesis_completed")
        || type == QLatin1String("outputs_completed"))
        return QStringLiteral("completed");
    if (type == QLatin1String("worker_failed"))
        return QStringLiteral("failed");
    return QStringLiteral("active");
}

QString statusFromLog(const EventStore &events, quint32 agentId)
{
    for (int i = events.size() - 1; i >= 0; --i) {
        if (events.agentId(i) == agentId)
            return statusOfLastEvent(events.kindName(i));
    }
    return QString();
}

SessionSummary SessionSummary::compute(const SessionData &data)
{
    SessionSummary s;
    s.sessionId = data.id;
    s.path = data.dir;
    s.status = jsonString(data.state, "status");
    s.task = jsonString(data.state, "task");
    if (s.task.isEmpty() && !data.dir.isEmpty())
        s.task = SessionMarkdown::read(data.dir).task; // generations without STATE.json
    const EventStore &ev = data.events;
    s.events = ev.size();
    s.debugEntries = data.debug.size();
    s.timed = ev.hasTime();
    s.first = ev.minTime();
    s.last = ev.maxTime();

    const quint32 nStrings = ev.strings().size();
    std::vector<qint64> count(nStrings, 0), first(nStrings, std::numeric_limits<qint64>::max()),
        last(nStrings, std::numeric_limits<qint64>::min()), typeCount(nStrings, 0);
    std::vector<quint32> typeOrder;
    std::vector<int> lastEvent(nStrings, -1); // one pass for every agent's status, not one per agent
    for (int i = 0; i < ev.size(); ++i) {
        const quint32 a = ev.agentId(i);
        lastEvent[a] = i;
        ++count[a];
        first[a] = std::min(first[a], ev.timeMs(i));
        last[a] = std::max(last[a], ev.timeMs(i));
        const quint32 t = ev.kindId(i);
        if (typeCount[t]++ == 0)
            typeOrder.push_back(t);
    }
    const nlohmann::json *workerStates = nullptr;
    if (data.state.is_object()) {
        for (const char *key : {"worker_states", "workers"}) {
            auto it = data.state.find(key);
            if (it != data.state.end() && it->is_object()) {
                workerStates = &*it;
                break;
            }
        }
    }
    for (quint32 a : ev.agentsInOrder()) {
        AgentSummary as;
        as.name = a ? ev.strings().at(a) : QCoreApplication::translate("SessionSummary", "(no agent)");
        as.events = count[a];
        as.first = first[a];
        as.last = last[a];
        if (workerStates && a)
            as.status = jsonString(workerStates->value(ev.strings().utf8At(a), nlohmann::json()), "status");
        if (as.status.isEmpty() && lastEvent[a] >= 0)
            as.status = statusOfLastEvent(ev.kindName(lastEvent[a]));
        s.agents.push_back(as);
    }
    for (quint32 t : typeOrder)
        s.types.emplace_back(t ? ev.strings().at(t) : QStringLiteral("(no type)"), typeCount[t]);
    for (const EventStore *store : {&data.events, &data.debug}) {
        const QString file = store == &data.events ? QStringLiteral("EVENTS.jsonl") : QStringLiteral("DEBUG.jsonl");
        for (const BadLine &b : store->badLines())
            s.badLines.push_back({file, b.line, reasonName(b.reason), b.message});
    }
    return s;
}

namespace {
using J = nlohmann::ordered_json;

std::string dumped(const J &value, int depth)
{
    // nlohmann indents a nested value by its own depth only; strings hold no
    // raw newline (it is escaped), so every newline starts an indented line.
    std::string text = value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    if (depth == 0)
        return text;
    const std::string prefix(size_t(depth) * 2, ' ');
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        out += c;
        if (c == '\n')
            out += prefix;
    }
    return out;
}

J badLineJson(const SessionSummary::Bad &b)
{
    return {{"file", b.file.toStdString()}, {"line", b.line}, {"reason", b.reason.toStdString()}, {"message", b.message.toStdString()}};
}

// Buffered writes that remember a failure.
class Writer
{
public:
    explicit Writer(std::FILE *f) : m_file(f) {}
    ~Writer() { flush(); }
    void operator<<(const std::string &s)
    {
        m_buffer += s;
        if (m_buffer.size() >= (1u << 20))
            flush();
    }
    bool flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
        return m_ok;
    }

private:
    std::FILE *m_file;
    std::string m_buffer;
    bool m_ok = true;
};
}

nlohmann::ordered_json SessionSummary::toJson() const
{
    return toJson(true);
}

bool SessionSummary::writeJson(std::FILE *out, int depth) const
{
    const J head = toJson(false); // every key in order, "bad_lines" empty
    Writer w(out);
    const std::string inner(size_t(depth + 1) * 2, ' ');
    w << "{\n";
    bool firstKey = true;
    for (const auto &[key, value] : head.items()) {
        if (!firstKey)
            w << ",\n";
        firstKey = false;
        w << inner + J(key).dump() + ": ";
        if (key == "bad_lines" && !badLines.empty()) {
            const std::string element(size_t(depth + 2) * 2, ' ');
            w << "[\n";
            for (size_t i = 0; i < badLines.size(); ++i) {
                if (i)
                    w << ",\n";
                w << element + dumped(badLineJson(badLines[i]), depth + 2);
            }
            w << "\n" + inner + "]";
        } else {
            w << dumped(value, depth + 1);
        }
    }
    w << "\n" + std::string(size_t(depth) * 2, ' ') + "}";
    return w.flush();
}

nlohmann::ordered_json SessionSummary::toJson(bool withBadLines) const
{
    const bool any = events > 0 && timed;
    J j;
    j["session_id"] = sessionId.toStdString();
    j["path"] = path.toStdString();
    j["protocol"] = protocol.toStdString();
    j["status"] = status.isEmpty() ? J() : J(status.toStdString());
    j["task"] = task.isEmpty() ? J() : J(task.toStdString());
    j["events"] = events;
    j["debug_entries"] = debugEntries;
    J bad = J::array();
    if (withBadLines) {
        for (const Bad &b : badLines)
            bad.push_back(badLineJson(b));
    }
    j["bad_lines"] = std::move(bad);
    J agentsJson = J::array();
    for (const AgentSummary &a : agents)
        agentsJson.push_back({{"name", a.name.toStdString()}, {"events", a.events}, {"first", IsoTime::toIso(a.first).toStdString()},
                              {"last", IsoTime::toIso(a.last).toStdString()}, {"status", a.status.toStdString()}});
    j["agents"] = agentsJson;
    // Appended, not inserted: the names are distinct already, and an ordered
    // object's insert searches it (80,000 types took 12 s that way).
    J typesJson = J::object();
    auto &typesObject = typesJson.get_ref<J::object_t &>();
    typesObject.reserve(types.size());
    for (const auto &[name, n] : types)
        typesObject.std::vector<J::object_t::value_type>::emplace_back(name.toStdString(), J(n));
    j["types"] = std::move(typesJson);
    j["first"] = any ? J(IsoTime::toIso(first).toStdString()) : J();
    j["last"] = any ? J(IsoTime::toIso(last).toStdString()) : J();
    j["duration_s"] = any ? double(last - first) / 1000.0 : 0.0;
    return j;
}

QString SessionSummary::toText() const
{
    QString out;
    auto tr = [](const char *s) { return QCoreApplication::translate("SessionSummary", s); };
    out += tr("Session:  %1\n").arg(sessionId);
    out += tr("Path:     %1\n").arg(path);
    out += tr("Status:   %1\n").arg(status.isEmpty() ? tr("(unknown)") : status);
    if (!protocol.isEmpty())
        out += tr("Protocol: %1\n").arg(protocol);
    out += tr("Task:     %1\n").arg(task.isEmpty() ? tr("(none)") : task);
    out += tr("Events:   %1   debug entries: %2   bad lines: %3\n").arg(events).arg(debugEntries).arg(badLines.size());
    if (events > 0)
        out += tr("Time:     %1 .. %2 (%3 s)\n").arg(IsoTime::toIso(first), IsoTime::toIso(last)).arg(double(last - first) / 1000.0);
    out += tr("Agents:\n");
    for (const AgentSummary &a : agents)
        out += QStringLiteral("  %1 %2 %3  %4 .. %5\n").arg(a.name, -24).arg(a.events, 8).arg(a.status, -10).arg(IsoTime::toIso(a.first), IsoTime::toIso(a.last));
    out += tr("Types:\n");
    for (const auto &[name, n] : types)
        out += QStringLiteral("  %1 %2\n").arg(name, -28).arg(n, 8);
    if (!badLines.empty()) {
        out += tr("Bad lines:\n");
        // The text is for people: the first lines, then a count (--json
        // lists every one). A million broken lines made a gigabyte of text.
        constexpr size_t kShown = 200;
        for (size_t i = 0; i < badLines.size() && i < kShown; ++i) {
            const Bad &b = badLines[i];
            out += QStringLiteral("  %1:%2: %3 (%4)\n").arg(b.file).arg(b.line).arg(b.message, b.reason);
        }
        if (badLines.size() > kShown)
            out += tr("  ... and %1 more (summary --json lists them all)\n").arg(badLines.size() - kShown);
    }
    return out;
}
