#include "runprovenance.h"
#include "jsonutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace RunStates {

QString name(RunState s)
{
    switch (s) {
    case RunState::Queued: return QStringLiteral("queued");
    case RunState::Running: return QStringLiteral("running");
    case RunState::Stopping: return QStringLiteral("stopping");
    case RunState::Succeeded: return QStringLiteral("succeeded");
    case RunState::Failed: return QStringLiteral("failed");
    case RunState::Cancelled: return QStringLiteral("cancelled");
    case RunState::TimedOut: return QStringLiteral("timed out");
    }
    return {};
}

QString displayName(RunState s)
{
    switch (s) {
    case RunState::Queued: return QCoreApplication::translate("RunStates", "queued");
    case RunState::Running: return QCoreApplication::translate("RunStates", "running");
    case RunState::Stopping: return QCoreApplication::translate("RunStates", "stopping");
    case RunState::Succeeded: return QCoreApplication::translate("RunStates", "succeeded");
    case RunState::Failed: return QCoreApplication::translate("RunStates", "failed");
    case RunState::Cancelled: return QCoreApplication::translate("RunStates", "cancelled");
    case RunState::TimedOut: return QCoreApplication::translate("RunStates", "timed out");
    }
    return {};
}

RunState fromName(const QString &n, bool *ok)
{
    for (RunState s : {RunState::Queued, RunState::Running, RunState::Stopping, RunState::Succeeded,
                       RunState::Failed, RunState::Cancelled, RunState::TimedOut}) {
        if (name(s) == n) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return RunState::Failed;
}

bool isFinal(RunState s)
{
    return s == RunState::Succeeded || s == RunState::Failed || s == RunState::Cancelled || s == RunState::TimedOut;
}

}

namespace {

std::string s(const QString &v) { return v.toStdString(); }
std::string iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}
json list(const QStringList &l)
{
    json a = json::array();
    for (const QString &v : l)
        a.push_back(v.toStdString());
    return a;
}
QStringList qlist(const json &o, const char *k)
{
    QStringList out;
    auto it = o.find(k);
    if (it != o.end() && it->is_array())
        for (const json &v : *it)
            if (v.is_string())
                out.append(QString::fromStdString(v.get<std::string>()));
    return out;
}
qint64 qnum(const json &o, const char *k, qint64 fallback)
{
    auto it = o.find(k);
    return it != o.end() && it->is_number() ? it->get<qint64>() : fallback;
}
QDateTime qtime(const json &o, const char *k)
{
    return QDateTime::fromString(JsonUtil::stringField(o, k), Qt::ISODateWithMs);
}

}

qint64 RunRecord::durationMs() const
{
    if (!startedAt.isValid())
        return -1;
    return startedAt.msecsTo(endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc());
}

QByteArray RunRecord::toJson() const
{
    json j;
    j["run_id"] = s(runId);
    j["state"] = s(RunStates::name(state));
    j["worker"] = s(worker);
    j["session_id"] = s(sessionId);
    j["task"] = s(task);
    j["timeout_s"] = timeoutSec;
    j["profile"] = {{"name", s(profileName)}, {"kind", s(profileKind)}, {"args_template", s(templateSource)},
                    {"program", s(program)}};
    j["program_path"] = s(programPath);
    j["program_version"] = s(programVersion);
    j["args"] = list(args);
    j["working_dir"] = s(workingDir);
    j["env_edits"] = list(envEdits);
    j["prompt_file"] = s(promptFile);
    j["prompt_sha256"] = s(promptSha256);
    j["queen_prompt_file"] = s(queenPromptFile);
    j["queen_prompt_sha256"] = s(queenPromptSha256);
    j["queen_prompt_created"] = queenPromptCreated;
    j["protocol"] = s(protocolId);
    json st = json::array();
    for (const RunStepRecord &step : steps)
        st.push_back({{"kind", s(step.kind)}, {"name", s(step.name)}, {"state", s(RunStates::name(step.state))},
                      {"program_path", s(step.programPath)}, {"args", list(step.args)},
                      {"working_dir", s(step.workingDir)}, {"started_at", iso(step.startedAt)},
                      {"ended_at", iso(step.endedAt)}, {"pid", step.pid}, {"exit_code", step.exitCode},
                      {"end_reason", s(step.endReason)}});
    j["steps"] = st;
    j["current_step"] = currentStep;
    j["claude"] = {{"session_id", s(claudeSessionId)}, {"transcript", s(claudeTranscriptPath)}};
    j["queued_at"] = iso(queuedAt);
    j["started_at"] = iso(startedAt);
    j["ended_at"] = iso(endedAt);
    j["duration_ms"] = endedAt.isValid() ? durationMs() : -1;
    j["pid"] = pid;
    j["pgid"] = pgid;
    j["exit_code"] = exitCode;
    j["exit_status"] = s(exitStatus);
    j["end_reason"] = s(endReason);
    j["warnings"] = list(warnings);
    json left = json::array();
    for (qint64 p : leftoverPids)
        left.push_back(p);
    j["leftover_pids"] = left;
    j["detached"] = detached;
    json r;
    r["present"] = totals.present;
    if (totals.present) {
        r["subtype"] = s(totals.subtype);
        r["is_error"] = totals.isError;
        r["num_turns"] = totals.numTurns;
        r["duration_ms"] = totals.durationMs;
        r["input_tokens"] = totals.inputTokens;
        r["output_tokens"] = totals.outputTokens;
        r["cache_creation_input_tokens"] = totals.cacheCreationTokens;
        r["cache_read_input_tokens"] = totals.cacheReadTokens;
        r["result"] = s(totals.resultText);
        r["session_id"] = s(totals.sessionId);
        r["errors"] = list(totals.errors);
        r["permission_denials"] = totals.permissionDenials;
    }
    if (totals.costUsd >= 0)
        r["total_cost_usd"] = totals.costUsd;
    j["result"] = r;
    if (!workerOutputJson.isEmpty()) {
        try {
            j["worker_output"] = json::parse(workerOutputJson.toStdString());
        } catch (const json::exception &) {
            j["worker_output"] = s(workerOutputJson);
        }
    }
    return QByteArray::fromStdString(j.dump(2, ' ', false, json::error_handler_t::replace)) + '\n';
}

bool RunRecord::fromJson(const QByteArray &bytes, RunRecord *out)
{
    if (bytes.contains('\0'))
        return false;
    bool tooDeep = false;
    auto cb = [&](int depth, json::parse_event_t, json &) {
        if (depth > 64)
            tooDeep = true;
        return !tooDeep;
    };
    try {
        const json j = json::parse(bytes.constData(), bytes.constData() + bytes.size(), cb);
        if (tooDeep || !j.is_object())
            return false;
        RunRecord r;
        r.runId = JsonUtil::stringField(j, "run_id");
        if (r.runId.isEmpty())
            return false;
        bool ok = false;
        r.state = RunStates::fromName(JsonUtil::stringField(j, "state"), &ok);
        r.worker = JsonUtil::stringField(j, "worker");
        r.sessionId = JsonUtil::stringField(j, "session_id");
        r.task = JsonUtil::stringField(j, "task");
        r.timeoutSec = int(qnum(j, "timeout_s", 0));
        if (auto p = j.find("profile"); p != j.end() && p->is_object()) {
            r.profileName = JsonUtil::stringField(*p, "name");
            r.profileKind = JsonUtil::stringField(*p, "kind");
            r.templateSource = JsonUtil::stringField(*p, "args_template");
            r.program = JsonUtil::stringField(*p, "program");
        }
        r.programPath = JsonUtil::stringField(j, "program_path");
        r.programVersion = JsonUtil::stringField(j, "program_version");
        r.args = qlist(j, "args");
        r.workingDir = JsonUtil::stringField(j, "working_dir");
        r.envEdits = qlist(j, "env_edits");
        r.promptFile = JsonUtil::stringField(j, "prompt_file");
        r.promptSha256 = JsonUtil::stringField(j, "prompt_sha256");
        r.queenPromptFile = JsonUtil::stringField(j, "queen_prompt_file");
        r.queenPromptSha256 = JsonUtil::stringField(j, "queen_prompt_sha256");
        r.queenPromptCreated = j.value("queen_prompt_created", false);
        r.protocolId = JsonUtil::stringField(j, "protocol");
        r.currentStep = int(qnum(j, "current_step", -1));
        if (auto st = j.find("steps"); st != j.end() && st->is_array()) {
            for (const json &o : *st) {
                if (!o.is_object())
                    continue;
                RunStepRecord step;
                step.kind = JsonUtil::stringField(o, "kind");
                step.name = JsonUtil::stringField(o, "name");
                step.state = RunStates::fromName(JsonUtil::stringField(o, "state"));
                step.programPath = JsonUtil::stringField(o, "program_path");
                step.args = qlist(o, "args");
                step.workingDir = JsonUtil::stringField(o, "working_dir");
                step.startedAt = qtime(o, "started_at");
                step.endedAt = qtime(o, "ended_at");
                step.pid = qnum(o, "pid", 0);
                step.exitCode = int(qnum(o, "exit_code", -1));
                step.endReason = JsonUtil::stringField(o, "end_reason");
                r.steps.append(step);
            }
        }
        if (auto c = j.find("claude"); c != j.end() && c->is_object()) {
            r.claudeSessionId = JsonUtil::stringField(*c, "session_id");
            r.claudeTranscriptPath = JsonUtil::stringField(*c, "transcript");
        }
        r.queuedAt = qtime(j, "queued_at");
        r.startedAt = qtime(j, "started_at");
        r.endedAt = qtime(j, "ended_at");
        r.pid = qnum(j, "pid", 0);
        r.pgid = qnum(j, "pgid", 0);
        r.exitCode = int(qnum(j, "exit_code", -1));
        r.exitStatus = JsonUtil::stringField(j, "exit_status");
        r.endReason = JsonUtil::stringField(j, "end_reason");
        r.warnings = qlist(j, "warnings");
        r.detached = j.value("detached", false);
        if (auto res = j.find("result"); res != j.end() && res->is_object()) {
            r.totals.present = res->value("present", false);
            r.totals.subtype = JsonUtil::stringField(*res, "subtype");
            r.totals.isError = res->value("is_error", false);
            r.totals.numTurns = int(qnum(*res, "num_turns", -1));
            r.totals.durationMs = qnum(*res, "duration_ms", -1);
            r.totals.inputTokens = qnum(*res, "input_tokens", 0);
            r.totals.outputTokens = qnum(*res, "output_tokens", 0);
            r.totals.cacheCreationTokens = qnum(*res, "cache_creation_input_tokens", 0);
            r.totals.cacheReadTokens = qnum(*res, "cache_read_input_tokens", 0);
            r.totals.resultText = JsonUtil::stringField(*res, "result");
            r.totals.errors = qlist(*res, "errors");
            if (auto c = res->find("total_cost_usd"); c != res->end() && c->is_number())
                r.totals.costUsd = c->get<double>();
        }
        if (auto wo = j.find("worker_output"); wo != j.end())
            r.workerOutputJson = wo->is_string() ? QString::fromStdString(wo->get<std::string>())
                                                 : QString::fromStdString(wo->dump(2, ' ', false, json::error_handler_t::replace));
        *out = r;
        return true;
    } catch (const json::exception &) {
        return false;
    }
}

namespace RunProvenance {

QString runsDir(const QString &sessionDir)
{
    return sessionDir + QLatin1String("/workers/runs");
}

QString jsonPath(const QString &sessionDir, const QString &runId)
{
    return runsDir(sessionDir) + u'/' + runId + QLatin1String(".json");
}

QString logPath(const QString &sessionDir, const QString &runId)
{
    return runsDir(sessionDir) + u'/' + runId + QLatin1String(".log");
}

QString promptPath(const QString &sessionDir, const QString &runId)
{
    return runsDir(sessionDir) + u'/' + runId + QLatin1String(".prompt");
}

bool write(const RunRecord &record, QString *error)
{
    if (record.sessionDir.isEmpty() || record.runId.isEmpty()) {
        *error = QCoreApplication::translate("RunProvenance", "No session to record the run in.");
        return false;
    }
    QDir().mkpath(runsDir(record.sessionDir));
    QSaveFile f(jsonPath(record.sessionDir, record.runId));
    const QByteArray bytes = record.toJson();
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    *error = QCoreApplication::translate("RunProvenance", "Cannot write %1: %2").arg(f.fileName(), f.errorString());
    return false;
}

QList<RunRecord> loadAll(const QString &sessionDir)
{
    QList<RunRecord> out;
    const QDir dir(runsDir(sessionDir));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (f.size() > 16 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        RunRecord r;
        if (RunRecord::fromJson(f.readAll(), &r)) {
            r.sessionDir = sessionDir;
            out.append(r);
        }
    }
    return out;
}

QString newRunId(const QString &workerType, const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz-")) + workerType + u'-'
           + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
}

}
