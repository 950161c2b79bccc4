#include "streamjsonparser.h"

#include "jsonutil.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using nlohmann::json;

namespace {

constexpr int kMaxDepth = 256;

bool parseLine(const QByteArray &line, json *out)
{
    if (line.contains('\0'))
        return false; // nlohmann would stop silently at a NUL (docs/LIBRARIES.md)
    const QByteArray trimmed = line.trimmed();
    if (!trimmed.startsWith('{'))
        return false;
    bool tooDeep = false;
    auto cb = [&](int depth, json::parse_event_t, json &) {
        if (depth > kMaxDepth)
            tooDeep = true;
        return !tooDeep;
    };
    try {
        json j = json::parse(trimmed.constData(), trimmed.constData() + trimmed.size(), cb);
        if (tooDeep || !j.is_object())
            return false;
        *out = std::move(j);
        return true;
    } catch (const json::exception &) {
        return false;
    }
}


qint64 num(const json &obj, const char *key, qint64 fallback = 0)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number())
        return fallback;
    if (!it->is_number_float())
        return it->is_number_unsigned() && it->get<quint64>() > quint64(std::numeric_limits<qint64>::max()) ? fallback : it->get<qint64>();
    // A double out of qint64's range (fuzzing: 5.31e25) has no integer value.
    const double d = it->get<double>();
    return std::isfinite(d) && std::fabs(d) < 9.2e18 ? qint64(d) : fallback;
}

QStringList stringList(const json &obj, const char *key)
{
    QStringList out;
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array())
        return out;
    for (const json &v : *it) {
        if (v.is_string())
            out.append(QString::fromStdString(v.get<std::string>()));
        else if (v.is_object() && v.contains("name") && v["name"].is_string())
            out.append(QString::fromStdString(v["name"].get<std::string>()));
    }
    return out;
}

// A tool result's content is a string or an array of blocks.
QString contentText(const json &content)
{
    if (content.is_string())
        return QString::fromStdString(content.get<std::string>());
    if (content.is_array()) {
        QStringList parts;
        for (const json &b : content) {
            if (b.is_object() && b.value("type", std::string()) == "text" && b.contains("text") && b["text"].is_string())
                parts.append(QString::fromStdString(b["text"].get<std::string>()));
            else if (b.is_object())
                parts.append(QStringLiteral("[%1]").arg(QString::fromStdString(b.value("type", std::string("block")))));
        }
        return parts.join(u'\n');
    }
    if (content.is_null())
        return {};
    return QString::fromStdString(content.dump(-1, ' ', false, json::error_handler_t::replace));
}

}

QList<TranscriptEntry> StreamJsonParser::feed(const QByteArray &line)
{
    QList<TranscriptEntry> out;
    json j;
    if (!parseLine(line, &j)) {
        ++m_ignored;
        return out;
    }
    ++m_parsed;
    // A "type" that is no string (fuzzing found {"type":0}) is not a line of ours.
    const auto typeIt = j.find("type");
    const std::string type = typeIt != j.end() && typeIt->is_string() ? typeIt->get<std::string>() : std::string();
    const bool sub = j.contains("parent_tool_use_id") && !j["parent_tool_use_id"].is_null();
    try {
        if (type == "system") {
            if (j.value("subtype", std::string()) != "init")
                return out;
            m_sawInit = true;
            m_model = JsonUtil::fieldText(j, "model");
            m_sessionId = JsonUtil::stringField(j, "session_id");
            m_cwd = JsonUtil::stringField(j, "cwd");
            m_tools = stringList(j, "tools");
            m_agents = stringList(j, "agents");
            TranscriptEntry e;
            e.kind = TranscriptEntry::Init;
            e.text = QCoreApplication::translate("StreamJsonParser", "model %1 · %2 tools · agents: %3 · permission mode %4")
                         .arg(m_model.isEmpty() ? QStringLiteral("?") : m_model)
                         .arg(m_tools.size())
                         .arg(m_agents.isEmpty() ? QCoreApplication::translate("StreamJsonParser", "none")
                                                 : m_agents.join(QLatin1String(", ")),
                              JsonUtil::fieldText(j, "permissionMode"));
            out.append(e);
        } else if (type == "assistant" || type == "user") {
            auto msg = j.find("message");
            if (msg == j.end() || !msg->is_object())
                return out;
            auto content = msg->find("content");
            if (content == msg->end())
                return out;
            if (content->is_string()) {
                TranscriptEntry e;
                e.kind = type == "assistant" ? TranscriptEntry::AssistantText : TranscriptEntry::Other;
                e.text = QString::fromStdString(content->get<std::string>());
                e.inSubagent = sub;
                out.append(e);
                return out;
            }
            if (!content->is_array())
                return out;
            for (const json &block : *content) {
                if (!block.is_object())
                    continue;
                const std::string bt = block.value("type", std::string());
                TranscriptEntry e;
                e.inSubagent = sub;
                if (bt == "text") {
                    e.kind = TranscriptEntry::AssistantText;
                    e.text = JsonUtil::fieldText(block, "text");
                } else if (bt == "tool_use") {
                    e.kind = TranscriptEntry::ToolUse;
                    e.toolName = JsonUtil::fieldText(block, "name");
                    e.toolId = JsonUtil::fieldText(block, "id");
                    if (block.contains("input"))
                        e.inputJson = QString::fromStdString(block["input"].dump(2, ' ', false, json::error_handler_t::replace));
                } else if (bt == "tool_result") {
                    e.kind = TranscriptEntry::ToolResult;
                    e.toolId = JsonUtil::fieldText(block, "tool_use_id");
                    e.text = block.contains("content") ? contentText(block["content"]) : QString();
                    e.isError = block.value("is_error", false);
                } else {
                    continue; // thinking, images, future block types
                }
                out.append(e);
            }
        } else if (type == "result") {
            RunResultTotals r;
            r.present = true;
            r.subtype = JsonUtil::fieldText(j, "subtype");
            r.isError = j.value("is_error", false) || (r.subtype != QLatin1String("success") && !r.subtype.isEmpty());
            r.numTurns = int(num(j, "num_turns", -1));
            r.durationMs = num(j, "duration_ms", -1);
            r.resultText = JsonUtil::fieldText(j, "result");
            r.sessionId = JsonUtil::fieldText(j, "session_id");
            for (const char *key : {"total_cost_usd", "cost_usd"}) { // older versions: cost_usd
                auto c = j.find(key);
                if (c != j.end() && c->is_number()) {
                    r.costUsd = c->get<double>();
                    break;
                }
            }
            auto usage = j.find("usage");
            if (usage != j.end() && usage->is_object()) {
                r.inputTokens = num(*usage, "input_tokens");
                r.outputTokens = num(*usage, "output_tokens");
                r.cacheCreationTokens = num(*usage, "cache_creation_input_tokens");
                r.cacheReadTokens = num(*usage, "cache_read_input_tokens");
            }
            auto errors = j.find("errors");
            if (errors != j.end() && errors->is_array())
                for (const json &e : *errors)
                    r.errors.append(e.is_string() ? QString::fromStdString(e.get<std::string>())
                                                  : QString::fromStdString(e.dump(-1, ' ', false, json::error_handler_t::replace)));
            auto denials = j.find("permission_denials");
            if (denials != j.end() && denials->is_array())
                r.permissionDenials = int(denials->size());
            m_result = r;
            TranscriptEntry e;
            e.kind = TranscriptEntry::Result;
            e.text = r.resultText;
            e.isError = r.isError;
            e.toolName = r.subtype;
            out.append(e);
        }
        // Any other type (rate_limit_event, stream_event, ...) is ignored.
    } catch (const json::exception &) {
        // A field of an unexpected JSON type: keep what was read so far.
    }
    return out;
}
