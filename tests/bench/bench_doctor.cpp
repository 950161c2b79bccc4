// Session doctor benchmark (issue 4).
//   bench_doctor [SESSION_DIR] [EVENTS]
// Rules over a generated 1,000,000-event session (target < 2 s; the load is
// timed separately, it is the loader's figure), and one typical notes file
// and one typical response validated against the devops template (target
// < 5 ms each). Prints medians; asserts nothing.
#include "eventlogrules.h"
#include "lifecyclerules.h"
#include "notesvalidator.h"
#include "responsevalidator.h"
#include "schemaengine.h"
#include "sessiondoctor.h"
#include "benchtiming.h"
#include "sessiongenerator.h"
#include "sessionloader.h"
#include "templateregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using BenchTiming::median;
using BenchTiming::timeMs;

// A notes file of typical size (~8 KB): every outline heading with a few
// paragraphs and a list, plus a code block.
QByteArray typicalNotes(const WorkerTemplate &t, const QString &sessionId)
{
    QByteArray out = "# DevOps Worker Infrastructure Report\n## Session: " + sessionId.toUtf8()
        + "\n## Generated: 2025-08-30T14:40:00Z\n\n";
    for (const OutlineHeading &h : t.outline.headings) {
        if (h.valueKind != OutlineHeading::Fixed)
            continue;
        out += QByteArray(h.level, '#') + ' ' + h.text.toUtf8() + "\n";
        for (int p = 0; p < 2; ++p)
            out += "The ingress controller terminates TLS and forwards to two node pools; readiness probes "
                   "hit /healthz every 10 s and the rollout pauses when the error rate passes 2 %.\n\n";
        out += "- item one\n- item two with `code`\n\n";
    }
    out += "```yaml\nreplicas: 3\n# not a heading\n```\n";
    return out;
}

QByteArray typicalResponse(const QString &sessionId)
{
    nlohmann::ordered_json r;
    r["session_id"] = sessionId.toStdString();
    r["worker"] = "devops-worker";
    r["timestamp"] = "2025-08-30T14:41:00Z";
    nlohmann::ordered_json resources = nlohmann::ordered_json::array();
    for (int i = 0; i < 25; ++i)
        resources.push_back({{"type", "deployment"}, {"name", "svc-" + std::to_string(i)},
                             {"configuration", {{"replicas", 3}, {"image", "registry/app:1.2." + std::to_string(i)}}},
                             {"status", "updated"}});
    r["infrastructure"] = {{"cloud_provider", "aws"}, {"resources", resources},
                           {"containers", {{"orchestration", "kubernetes"}, {"services", {"api", "worker"}}, {"registries", {"ecr"}}}},
                           {"networking", {{"vpc", {{"cidr", "10.0.0.0/16"}}}, {"subnets", {"a", "b"}}, {"security_groups", {"sg-1"}}}}};
    r["cicd"] = {{"platform", "github-actions"}, {"pipelines", {"build", "deploy"}}, {"environments", {"staging", "prod"}},
                 {"deployment_strategy", "canary"}};
    r["monitoring"] = {{"metrics_platform", "prometheus"}, {"log_platform", "loki"}, {"alerts", {"5xx"}}, {"dashboards", {"api"}}};
    r["security"] = {{"scanning_enabled", true}, {"compliance_frameworks", {"CIS"}}, {"secrets_management", "vault"}};
    r["files_modified"] = {"k8s/deploy.yaml"};
    r["scripts_created"] = nlohmann::ordered_json::array();
    r["configurations"] = nlohmann::ordered_json::array();
    return QByteArray::fromStdString(r.dump(2));
}

}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath() + QStringLiteral("/si-bench/2025-08-30-14-16-bench-1m");
    GeneratorOptions opt;
    opt.events = argc > 2 ? std::atoll(argv[2]) : 1000000;
    opt.workers = 8;
    if (!QFile::exists(dir + QStringLiteral("/EVENTS.jsonl"))) {
        std::printf("generating %lld events in %s ...\n", static_cast<long long>(opt.events), qPrintable(dir));
        QString error;
        if (!SessionGenerator::write(dir, opt, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    SessionData data;
    QElapsedTimer load;
    load.start();
    QString error;
    if (!SessionLoader::loadSync(dir, data, &error, 2)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("loaded %d events, %d debug lines in %.0f ms (loader, not part of the rules)\n", data.events.size(),
                data.debug.size(), double(load.nsecsElapsed()) / 1e6);

    DoctorOptions options;
    options.templateDir = dir + QStringLiteral("/no-user-templates");
    const TemplateRegistry registry = SessionDoctor::registryFor(dir, options);
    DoctorReport report;
    const double all = timeMs(5, [&] { report = SessionDoctor::check(data, registry); });
    const QStringList stateWorkers;
    const QSet<QString> workers = LifecycleRules::workersOf(data.events, stateWorkers, ProtocolProfile::generation20250830());
    const double eventRules = timeMs(5, [&] {
        DiagnosticSink sink;
        EventLogRules::checkEvents(data.events, QStringLiteral("EVENTS.jsonl"), workers, sink);
        EventLogRules::checkDebug(data.debug, QStringLiteral("DEBUG.jsonl"), ProtocolProfile::generation20250830(), sink);
    });
    const double lifecycle = timeMs(5, [&] {
        DiagnosticSink sink;
        LifecycleRules::check(data.events, QStringLiteral("EVENTS.jsonl"), workers, true, ProtocolProfile::generation20250830(), sink);
    });
    std::printf("all rules over %d events: %.1f ms (target < 2000 ms); %d errors, %d warnings\n", data.events.size(), all,
                report.errors, report.warnings);
    std::printf("  event-log + debug rules: %.1f ms, lifecycle rules: %.1f ms\n", eventRules, lifecycle);

    const WorkerTemplate tmpl = registry.templateFor(QStringLiteral("devops-worker"));
    if (tmpl.outline.headings.isEmpty() || !tmpl.schema.is_object()) {
        std::fprintf(stderr, "no devops template (is templates.qrc linked into the benchmark?)\n");
        return 1;
    }
    const QByteArray notes = typicalNotes(tmpl, data.id);
    const QByteArray response = typicalResponse(data.id);
    SchemaEngine engine;
    const double compile = timeMs(20, [&] { engine.compile(tmpl.schema); });
    Diagnostics nd, rd;
    const double notesMs = timeMs(200, [&] { nd = NotesValidator::validate(notes, tmpl, data.id, QStringLiteral("notes/devops_notes.md")); });
    const double responseMs = timeMs(200, [&] {
        rd = ResponseValidator::validate(response, tmpl, &engine, data.id, QStringLiteral("devops-worker"),
                                         QStringLiteral("workers/json/devops_response.json"));
    });
    std::printf("notes file of %lld bytes: %.3f ms (target < 5 ms), %d diagnostics\n", static_cast<long long>(notes.size()),
                notesMs, int(nd.size()));
    std::printf("response file of %lld bytes: %.3f ms (target < 5 ms), %d diagnostics; schema compile %.3f ms\n",
                static_cast<long long>(response.size()), responseMs, int(rd.size()), compile);
    return 0;
}
