#include "sessiongenerator.h"

#include <QDateTime>
#include <QDir>

#include <cinttypes>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

std::string iso(qint64 ms, int style)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    switch (style) {
    case 1: return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00")).toStdString();
    case 2: return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
    default: return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toStdString();
    }
}

struct Writer {
    std::FILE *f = nullptr;
    explicit Writer(const QString &path) { f = std::fopen(QFile::encodeName(path).constData(), "wb"); }
    ~Writer()
    {
        if (f)
            std::fclose(f);
    }
    void put(const std::string &s) { std::fwrite(s.data(), 1, s.size(), f); }
};

const char *kActions[] = {"scan", "analyze", "review", "lint", "deploy-check", "inventory", "audit"};
const char *kTargets[] = {"k8s/", "terraform/main.tf", "src/api/server.py", "docker-compose.yml",
                          ".github/workflows/ci.yml", "helm/values.yaml", "docs/README.md"};
const char *kLevels[] = {"INFO", "SUCCESS", "WARNING", "ERROR", "DECISION", "COMPLIANCE"};

std::string shortName(const std::string &worker)
{
    return worker.substr(0, worker.find("-worker"));
}

}

namespace SessionGenerator {

bool write(const QString &dir, const GeneratorOptions &o, QString *error)
{
    if (!QDir().mkpath(dir + QStringLiteral("/notes")) || !QDir().mkpath(dir + QStringLiteral("/workers/json"))
        || !QDir().mkpath(dir + QStringLiteral("/workers/prompts"))) {
        if (error)
            *error = QStringLiteral("can't create %1").arg(dir);
        return false;
    }
    const std::string sid = QDir(dir).dirName().toStdString();
    std::mt19937 rng(o.seed);
    const char *kinds[] = {"devops-worker", "backend-worker", "test-worker", "frontend-worker",
                           "architect-worker", "researcher-worker", "designer-worker", "analyzer-worker"};
    std::vector<std::string> workers;
    for (int i = 0; i < o.workers; ++i)
        workers.push_back(i < 8 ? std::string(kinds[i]) : std::string(kinds[i % 8]) + "-" + std::to_string(i));

    Writer ev(dir + QStringLiteral("/EVENTS.jsonl"));
    Writer dbg(dir + QStringLiteral("/DEBUG.jsonl"));
    if (!ev.f || !dbg.f) {
        if (error)
            *error = QStringLiteral("can't write logs in %1").arg(dir);
        return false;
    }
    qint64 t = o.startMs;
    qint64 written = 0;
    char buf[2048];
    auto event = [&](const std::string &type, const std::string &agent, const std::string &details, bool spaced, const char *status) {
        const int tsStyle = written % 97 == 0 ? 1 : (written % 89 == 0 ? 2 : 0);
        const std::string ts = iso(t, tsStyle);
        int n;
        if (spaced)
            n = std::snprintf(buf, sizeof buf, "{\"timestamp\": \"%s\", \"type\": \"%s\", \"agent\": \"%s\", \"details\": %s%s%s%s}\n",
                              ts.c_str(), type.c_str(), agent.c_str(), details.c_str(), status ? ", \"status\": \"" : "", status ? status : "", status ? "\"" : "");
        else
            n = std::snprintf(buf, sizeof buf, "{\"timestamp\":\"%s\",\"type\":\"%s\",\"agent\":\"%s\",\"details\":%s%s%s%s}\n",
                              ts.c_str(), type.c_str(), agent.c_str(), details.c_str(), status ? ",\"status\":\"" : "", status ? status : "", status ? "\"" : "");
        ev.put(std::string(buf, size_t(std::min<int>(n, int(sizeof buf) - 1))));
        ++written;
        if (o.debugEvery > 0 && written % o.debugEvery == 0) {
            const char *level = kLevels[(written / o.debugEvery) % 6];
            n = std::snprintf(buf, sizeof buf,
                              "{\"timestamp\": \"%s\", \"level\": \"%s\", \"agent\": \"%s\", \"message\": \"%s step %lld on %s\", \"context\": {\"event\": %lld}}\n",
                              iso(t, 0).c_str(), level, agent.c_str(), type.c_str(), static_cast<long long>(written), kTargets[written % 7], static_cast<long long>(written));
            dbg.put(std::string(buf, size_t(n)));
        }
        t += std::uniform_int_distribution<int>(0, 2 * o.meanStepMs)(rng);
    };
    auto str = [](const std::string &s) { return "\"" + s + "\""; };

    event("queen_spawned", "queen", str("Queen orchestrator started for " + sid), false, nullptr);
    event("session_created", "queen", str("Session folder created"), false, nullptr);
    event("workers_planned", "queen", "{\"workers\": " + std::to_string(o.workers) + ", \"strategy\": \"parallel\"}", true, nullptr);
    for (const std::string &w : workers) {
        event("worker_spawned", w, str("Spawned for " + sid), false, nullptr);
        event("worker_configured", w, "{\"session_id_source\": \"prompt\", \"timeout\": 3600}", true, nullptr);
    }
    event("workers_deployed", "queen", str("All workers deployed"), true, nullptr);
    for (const std::string &w : workers)
        event("analysis_started", w, str("Beginning domain analysis"), written % 2 == 0, "in_progress");
    // Fill exactly: whatever the lifecycle events leave goes to progress.
    const qint64 fixed = 3 + 1 + qint64(workers.size()) * 6 + 2;
    const qint64 progress = std::max<qint64>(0, o.events - fixed);
    for (qint64 i = 0; i < progress; ++i) {
        const std::string &w = workers.empty() ? std::string("queen") : workers[size_t(i) % workers.size()];
        const char *action = kActions[i % 7];
        const char *target = kTargets[(i / 7) % 7];
        std::string details;
        switch (i % 4) {
        case 0: // the reference logger's str(details)[:500]: a Python repr string
            details = std::string("\"{'action': '") + action + "', 'target': '" + target + "', 'files': " + std::to_string(i % 40)
                + ", 'ok': True, 'note': None, 'duration_ms': " + std::to_string(100 + i % 9000) + ", 'checks': ['syntax', 'security', 'style']}\"";
            break;
        case 1:
            details = std::string("{\"action\":\"") + action + "\",\"target\":\"" + target + "\",\"result\":\"success\",\"files\":" + std::to_string(i % 40)
                + ",\"metrics\":{\"duration_ms\":" + std::to_string(100 + i % 9000) + ",\"tokens\":" + std::to_string(1000 + i % 50000) + "}}";
            break;
        case 2:
            details = std::string("\"") + action + " " + target + ": " + std::to_string(i % 13) + " findings \xe2\x9c\x85 (severity breakdown pending review)\"";
            break;
        default:
            details = std::string("[\"") + target + "\", \"" + action + "\", {\"line\": " + std::to_string(i % 700) + ", \"rule\": \"no-plaintext-secrets\"}]";
            break;
        }
        event(i % 50 == 49 ? "worker_heartbeat" : "worker_progress", w, details, i % 3 == 0, "in_progress");
    }
    for (const std::string &w : workers) {
        const std::string s = shortName(w);
        event("notes_created", w, str("notes/" + s + "_notes.md"), false, nullptr);
        event("json_created", w, str("workers/json/" + s + "_response.json"), false, nullptr);
        event("worker_completed", w, str("Analysis complete"), true, "completed");
    }
    event("synthesis_started", "queen", str("Synthesising worker outputs"), false, nullptr);
    event("synthesis_completed", "queen", str("Synthesis written"), false, nullptr);
    const qint64 end = t;

    std::string state = "{\n  \"version\": \"2.0\",\n  \"session_id\": \"" + sid + "\",\n  \"task\": \"Generated benchmark session\",\n  \"status\": \"completed\",\n"
        "  \"timestamps\": {\"created_at\": \"" + iso(o.startMs, 0) + "\", \"updated_at\": \"" + iso(end, 0) + "\"},\n  \"worker_states\": {";
    for (size_t i = 0; i < workers.size(); ++i) {
        const std::string s = shortName(workers[i]);
        state += std::string(i ? ",\n" : "\n") + "    \"" + workers[i] + "\": {\"status\": \"completed\", \"spawned_at\": \"" + iso(o.startMs, 0)
            + "\", \"outputs\": {\"notes\": \"notes/" + s + "_notes.md\", \"json\": \"workers/json/" + s + "_response.json\"}}";
    }
    state += "\n  }\n}\n";
    Writer(dir + QStringLiteral("/STATE.json")).put(state);
    Writer(dir + QStringLiteral("/SESSION.md")).put("# Session " + sid + "\n\nGenerated benchmark session.\n");
    Writer(dir + QStringLiteral("/BACKLOG.jsonl")).put("{\"id\": \"T-1\", \"title\": \"Review\", \"status\": \"done\", \"priority\": 2, \"assignee\": \"queen\", \"labels\": [], \"desc\": \"\", \"acceptance\": [], \"links\": []}\n");
    if (o.outputs) {
        for (const std::string &w : workers) {
            const std::string s = shortName(w);
            Writer(dir + QStringLiteral("/notes/") + QString::fromStdString(s) + QStringLiteral("_notes.md"))
                .put("# " + s + " Analysis Report\n## Session: " + sid + "\n## Generated: " + iso(end, 0) + "\n### Executive Summary\nDone.\n");
            Writer(dir + QStringLiteral("/workers/json/") + QString::fromStdString(s) + QStringLiteral("_response.json"))
                .put("{\"worker\": \"" + w + "\", \"session_id\": \"" + sid + "\", \"timestamp\": \"" + iso(end, 0) + "\", \"status\": \"completed\"}\n");
        }
    }
    return true;
}

}
