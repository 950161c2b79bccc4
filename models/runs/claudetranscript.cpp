#include "claudetranscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

constexpr int kMaxNameLength = 200;
constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;

QString str(const json &o, const char *key)
{
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 num(const json &o, const char *key)
{
    auto it = o.find(key);
    if (it == o.end() || !it->is_number())
        return 0;
    return it->is_number_float() ? qint64(it->get<double>()) : it->get<qint64>();
}

QDateTime time(const json &o)
{
    return QDateTime::fromString(str(o, "timestamp"), Qt::ISODateWithMs);
}

struct MessageUsage {
    qint64 input = 0, output = 0, cacheCreation = 0, cacheRead = 0;
    qint64 tokens() const { return input + output + cacheCreation + cacheRead; }
};

}

namespace ClaudeTranscript {

QString projectDirName(const QString &cwd)
{
    QString out;
    out.reserve(cwd.size());
    for (const QChar c : cwd) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        out += keep ? c : QChar(u'-');
    }
    if (out.size() <= kMaxNameLength)
        return out;
    qint32 h = 0;
    for (const QChar c : cwd)
        h = qint32(quint32(h) * 31u + quint32(c.unicode()));
    const qint64 abs = h < 0 ? -qint64(h) : qint64(h);
    return out.left(kMaxNameLength) + u'-' + QString::number(abs, 36);
}

QString configDir(const QProcessEnvironment &env)
{
    const QString own = env.value(QStringLiteral("CLAUDE_CONFIG_DIR"));
    if (!own.isEmpty())
        return own;
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    return home + QLatin1String("/.claude");
}

QString transcriptPath(const QString &configDir, const QString &cwd, const QString &sessionId)
{
    return configDir + QLatin1String("/projects/") + projectDirName(cwd) + u'/' + sessionId + QLatin1String(".jsonl");
}

QStringList subagentTranscripts(const QString &path)
{
    const QFileInfo fi(path);
    const QDir dir(fi.absolutePath() + u'/' + fi.completeBaseName() + QLatin1String("/subagents"));
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(f));
    return out;
}

ClaudeTranscriptData parse(const QByteArray &jsonl, const QString &agent)
{
    ClaudeTranscriptData d;
    QHash<QString, MessageUsage> usage;       // per message id, counted once
    QHash<QString, QList<int>> callsOfMessage;
    QHash<QString, int> callOfToolId;
    for (const QByteArray &raw : jsonl.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        ++d.lines;
        const json j = json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        if (!j.is_object()) {
            ++d.badLines;
            continue;
        }
        const QDateTime t = time(j);
        if (t.isValid()) {
            if (!d.first.isValid() || t < d.first)
                d.first = t;
            if (!d.last.isValid() || t > d.last)
                d.last = t;
        }
        if (d.sessionId.isEmpty())
            d.sessionId = str(j, "sessionId");
        if (d.cwd.isEmpty())
            d.cwd = str(j, "cwd");
        if (d.version.isEmpty())
            d.version = str(j, "version");
        const std::string type = j.value("type", std::string());
        auto msg = j.find("message");
        if (msg == j.end() || !msg->is_object())
            continue;
        auto content = msg->find("content");
        if (type == "assistant") {
            const QString id = str(*msg, "id");
            if (d.model.isEmpty() && str(*msg, "model") != QLatin1String("<synthetic>"))
                d.model = str(*msg, "model");
            if (auto u = msg->find("usage"); u != msg->end() && u->is_object() && !id.isEmpty()) {
                // The last line of a message carries its final usage.
                MessageUsage mu{num(*u, "input_tokens"), num(*u, "output_tokens"), num(*u, "cache_creation_input_tokens"),
                                num(*u, "cache_read_input_tokens")};
                usage.insert(id, mu);
            }
            if (content == msg->end() || !content->is_array())
                continue;
            for (const json &b : *content) {
                if (!b.is_object() || b.value("type", std::string()) != "tool_use")
                    continue;
                ClaudeToolCall c;
                c.agent = agent;
                c.toolName = str(b, "name");
                c.toolId = str(b, "id");
                c.start = t;
                c.messageId = id;
                callOfToolId.insert(c.toolId, int(d.toolCalls.size()));
                callsOfMessage[id].append(int(d.toolCalls.size()));
                d.toolCalls.append(c);
            }
        } else if (type == "user" && content != msg->end() && content->is_array()) {
            for (const json &b : *content) {
                if (!b.is_object() || b.value("type", std::string()) != "tool_result")
                    continue;
                const int at = callOfToolId.value(str(b, "tool_use_id"), -1);
                if (at < 0)
                    continue;
                d.toolCalls[at].end = t;
                d.toolCalls[at].isError = b.value("is_error", false);
            }
        }
    }
    d.assistantMessages = int(usage.size());
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        d.inputTokens += it->input;
        d.outputTokens += it->output;
        d.cacheCreationTokens += it->cacheCreation;
        d.cacheReadTokens += it->cacheRead;
        const QList<int> calls = callsOfMessage.value(it.key());
        for (int i : calls) {
            ClaudeToolCall &c = d.toolCalls[i];
            c.tokens = it->tokens() / calls.size();
            c.inputTokens = it->input / calls.size();
            c.outputTokens = it->output / calls.size();
            c.cacheTokens = (it->cacheCreation + it->cacheRead) / calls.size();
        }
    }
    return d;
}

static QByteArray readCapped(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.read(kMaxFileBytes) : QByteArray();
}

ClaudeTranscriptData load(const QString &path, double totalCostUsd)
{
    bool ok = false;
    ClaudeTranscriptData d = parse(readCapped(path, &ok));
    if (ok)
        d.files.append(path);
    for (const QString &sub : subagentTranscripts(path)) {
        const ClaudeTranscriptData s = parse(readCapped(sub, &ok), QFileInfo(sub).completeBaseName());
        d.files.append(sub);
        d.toolCalls.append(s.toolCalls);
        d.inputTokens += s.inputTokens;
        d.outputTokens += s.outputTokens;
        d.cacheCreationTokens += s.cacheCreationTokens;
        d.cacheReadTokens += s.cacheReadTokens;
        d.assistantMessages += s.assistantMessages;
    }
    if (totalCostUsd >= 0)
        shareCost(d, totalCostUsd);
    return d;
}

void shareCost(ClaudeTranscriptData &d, double totalCostUsd)
{
    // Over the tokens of all messages (also those without tool calls, such as
    // the final text), so that the calls get only their own messages' share.
    const double totalTokens = double(d.inputTokens + d.outputTokens + d.cacheCreationTokens + d.cacheReadTokens);
    for (ClaudeToolCall &c : d.toolCalls)
        c.costUsd = totalTokens > 0 ? totalCostUsd * double(c.tokens) / totalTokens : 0.0;
}

}
