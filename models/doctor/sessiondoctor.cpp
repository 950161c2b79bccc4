#include "sessiondoctor.h"

#include "filerules.h"
#include "jsonlocator.h"
#include "lifecyclerules.h"
#include "notesvalidator.h"
#include "responsevalidator.h"
#include "schemaengine.h"
#include "sessiondata.h"
#include "sessionfiles.h"
#include "sessionloader.h"
#include "sessionlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <map>

namespace SessionDoctor {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("SessionDoctor", s);
}

bool readSmall(const QString &path, qint64 limit, QByteArray &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() > limit) {
        out = QByteArray(); // the validators report the size; give them a marker
        out.resize(qsizetype(limit + 1));
        return true;
    }
    out = f.readAll();
    return true;
}

bool looksFinished(const nlohmann::json &state, const EventStore &events)
{
    if (state.is_object()) {
        auto status = state.find("status");
        if (status != state.end() && status->is_string()) {
            const std::string s = status->get<std::string>();
            if (s == "completed" || s == "failed" || s == "done" || s == "synthesized")
                return true;
        }
        const nlohmann::json::json_pointer completedAt("/timestamps/phase_transitions/completed_at");
        if (state.contains(completedAt) && state.at(completedAt).is_string())
            return true;
    }
    return events.strings().find("synthesis_completed") != 0;
}

struct WorkerOutputs {
    QVector<OutputFile> notes, responses;
};

ChecklistItem item(const QString &label, ChecklistItem::State s, const QString &detail = QString())
{
    return ChecklistItem{label, s, detail};
}

}

TemplateRegistry registryFor(const QString &sessionDir, const DoctorOptions &options)
{
    TemplateRegistry reg;
    reg.setUserDir(options.templateDir.isEmpty() ? TemplateRegistry::defaultUserDir() : options.templateDir);
    QString agents = options.agentsDir;
    if (agents.isEmpty()) {
        const QString root = SessionLocator::findProjectRoot(sessionDir);
        if (!root.isEmpty())
            agents = QDir(root).filePath(QStringLiteral(".claude/agents"));
    }
    reg.setAgentsDir(agents);
    return reg;
}

DoctorReport check(const SessionData &data, const TemplateRegistry &registry)
{
    DoctorReport report;
    report.sessionDir = data.dir;
    report.sessionId = data.id;
    if (data.dir.isEmpty()) {
        // Nothing loaded yet: scanning "" would scan the working directory.
        report.readable = false;
        report.error = tr("no session folder");
        return report;
    }
    DiagnosticSink sink;
    const QDir dir(data.dir);

    const nlohmann::json state = FileRules::checkState(data.dir, sink);
    const QStringList stateWorkers = FileRules::stateWorkers(state);

    // Outputs on disk, grouped by the worker they belong to.
    const SessionFiles files = SessionFiles::scan(data.dir);
    std::map<QString, WorkerOutputs> outputs; // short name -> files
    for (const QString &p : files.notes) {
        const OutputFile f = FileRules::classify(p, OutputFile::Notes);
        if (!f.shortName.isEmpty())
            outputs[f.shortName].notes << f;
    }
    for (const QString &p : files.responses) {
        const OutputFile f = FileRules::classify(p, OutputFile::Response);
        if (!f.shortName.isEmpty())
            outputs[f.shortName].responses << f;
    }

    QSet<QString> workers = LifecycleRules::workersOf(data.events, stateWorkers);
    std::map<QString, QString> typeOfShort;
    for (const QString &w : std::as_const(workers))
        typeOfShort[workerShortName(w)] = w;
    for (const auto &[shortName, outs] : outputs) {
        Q_UNUSED(outs);
        if (!typeOfShort.count(shortName)) {
            const QString type = shortName + QStringLiteral("-worker");
            typeOfShort[shortName] = type;
            workers.insert(type);
        }
    }

    if (!files.events.isEmpty())
        EventLogRules::checkEvents(data.events, QStringLiteral("EVENTS.jsonl"), workers, sink);
    if (!files.debug.isEmpty())
        EventLogRules::checkDebug(data.debug, QStringLiteral("DEBUG.jsonl"), sink);
    const QMap<QString, WorkerLifecycle> lifecycles = LifecycleRules::check(
        data.events, QStringLiteral("EVENTS.jsonl"), workers, looksFinished(state, data.events), sink);

    // state.worker-status-mismatch
    for (const QString &w : stateWorkers) {
        const QString status = FileRules::stateStatus(state, w);
        const WorkerLifecycle lc = lifecycles.value(w);
        QString problem;
        if (status == QLatin1String("completed") && lc.completed < 0)
            problem = tr("STATE.json says %1 is completed, but the log has no worker_completed event").arg(w);
        else if (status == QLatin1String("failed") && lc.failed < 0)
            problem = tr("STATE.json says %1 failed, but the log has no worker_failed event").arg(w);
        else if (lc.completed >= 0 && lc.failed < 0 && !status.isEmpty() && status != QLatin1String("completed"))
            problem = tr("the log says %1 completed, but STATE.json says \"%2\"").arg(w, status);
        else if (lc.failed >= 0 && lc.completed < 0 && !status.isEmpty() && status != QLatin1String("failed"))
            problem = tr("the log says %1 failed, but STATE.json says \"%2\"").arg(w, status);
        if (problem.isEmpty())
            continue;
        Diagnostic d;
        d.severity = Diagnostic::Warning;
        d.rule = QStringLiteral("state.worker-status-mismatch");
        d.file = QStringLiteral("STATE.json");
        d.agent = w;
        d.message = problem;
        const QString section = state.contains("worker_states") ? QStringLiteral("worker_states") : QStringLiteral("workers");
        d.pointer = u'/' + section + u'/' + QString::fromStdString(JsonLocator::escapeToken(w.toStdString())) + QStringLiteral("/status");
        QFile f(dir.filePath(d.file));
        if (f.size() <= FileRules::kMaxStateBytes && f.open(QIODevice::ReadOnly)) {
            const JsonLocator::Position p = JsonLocator(f.readAll()).positionOfPointer(d.pointer.toStdString());
            d.line = p.line;
            d.column = p.column;
        }
        sink.add(d);
    }

    // Outputs: presence, place, content.
    std::map<QString, SchemaEngine> engines;
    QStringList sortedWorkers(workers.cbegin(), workers.cend());
    std::sort(sortedWorkers.begin(), sortedWorkers.end());
    QMap<QString, QPair<bool, bool>> outputsValid; // worker -> (notes ok, response ok)
    for (const QString &w : std::as_const(sortedWorkers)) {
        const WorkerTemplate tmpl = registry.templateFor(w);
        const WorkerLifecycle lc = lifecycles.value(w);
        const QString shortName = workerShortName(w);
        const WorkerOutputs outs = outputs.count(shortName) ? outputs.at(shortName) : WorkerOutputs();
        const QString status = FileRules::stateStatus(state, w);
        const bool succeeded = (lc.completed >= 0 || status == QLatin1String("completed")) && lc.failed < 0;
        const bool failed = lc.failed >= 0 || status == QLatin1String("failed");

        auto addFor = [&](Diagnostic d) {
            d.agent = w;
            sink.add(std::move(d));
        };
        if (outs.notes.isEmpty() && !failed && (succeeded || lc.notesCreated >= 0)) {
            Diagnostic d;
            d.rule = QStringLiteral("output.missing-notes");
            d.file = tmpl.notesFile;
            d.message = tr("%1 wrote no notes (expected %2)").arg(w, tmpl.notesFile);
            addFor(d);
        }
        if (outs.responses.isEmpty() && !failed && (succeeded || lc.jsonCreated >= 0)) {
            Diagnostic d;
            d.rule = QStringLiteral("output.missing-response");
            d.file = tmpl.responseFile;
            d.message = tr("%1 wrote no JSON response (expected %2)").arg(w, tmpl.responseFile);
            addFor(d);
        }
        for (const QString &problem : tmpl.problems) {
            Diagnostic d;
            d.severity = Diagnostic::Warning;
            d.rule = QStringLiteral("template.import-problem");
            d.file = tmpl.sourcePath;
            d.message = problem;
            addFor(d);
        }
        bool notesOk = true, responseOk = true;
        const int before = sink.errors();
        for (const OutputFile &f : outs.notes) {
            if (!f.standard && f.path != tmpl.notesFile) {
                Diagnostic d;
                d.severity = Diagnostic::Warning;
                d.rule = QStringLiteral("output.nonstandard-path");
                d.file = f.path;
                d.message = tr("notes belong in %1").arg(tmpl.notesFile);
                addFor(d);
            }
            QByteArray bytes;
            if (readSmall(dir.filePath(f.path), NotesValidator::kMaxNotesBytes, bytes)) {
                for (Diagnostic &d : NotesValidator::validate(bytes, tmpl, data.id, f.path))
                    addFor(d);
            }
        }
        notesOk = sink.errors() == before;
        const int beforeResponse = sink.errors();
        SchemaEngine *engine = nullptr;
        if (!outs.responses.isEmpty() && tmpl.schema.is_object()) {
            auto it = engines.find(w);
            if (it == engines.end()) {
                it = engines.emplace(w, SchemaEngine()).first;
                if (!it->second.compile(tmpl.schema)) {
                    Diagnostic d;
                    d.rule = QStringLiteral("template.invalid-schema");
                    d.file = tmpl.sourcePath;
                    d.message = QString::fromStdString(it->second.compileError());
                    addFor(d);
                }
                for (const std::string &warning : it->second.compileWarnings()) {
                    Diagnostic d;
                    d.severity = Diagnostic::Warning;
                    d.rule = QStringLiteral("template.invalid-schema");
                    d.file = tmpl.sourcePath;
                    d.message = QString::fromStdString(warning);
                    addFor(d);
                }
            }
            engine = &it->second;
        }
        for (const OutputFile &f : outs.responses) {
            if (!f.standard && f.path != tmpl.responseFile) {
                Diagnostic d;
                d.severity = Diagnostic::Warning;
                d.rule = QStringLiteral("output.nonstandard-path");
                d.file = f.path;
                d.message = tr("the response belongs in %1").arg(tmpl.responseFile);
                addFor(d);
            }
            QByteArray bytes;
            if (readSmall(dir.filePath(f.path), ResponseValidator::kMaxResponseBytes, bytes)) {
                for (Diagnostic &d : ResponseValidator::validate(bytes, tmpl, engine, data.id, w, f.path))
                    addFor(d);
            }
        }
        responseOk = sink.errors() == beforeResponse;

        // The protocol checklist.
        WorkerChecklist cl;
        cl.worker = w;
        using S = ChecklistItem;
        const bool spawnedFirst = lc.spawned >= 0 && lc.spawned == lc.firstEvent;
        cl.items << item(tr("Spawned first"), lc.eventCount == 0 ? S::Pending : spawnedFirst ? S::Passed : S::Failed);
        cl.items << item(tr("Configured"), lc.configured >= 0 ? S::Passed : lc.finished() ? S::Failed : S::Pending);
        cl.items << item(tr("Analysis started"), lc.analysisStarted >= 0 ? S::Passed : lc.finished() ? S::Failed : S::Pending);
        ChecklistItem::State order = S::Pending;
        if (lc.notesCreated >= 0 && lc.jsonCreated >= 0)
            order = lc.notesCreated < lc.jsonCreated ? S::Passed : S::Failed;
        else if (lc.finished() && !failed)
            order = S::Failed;
        cl.items << item(tr("Notes, then JSON"), order);
        cl.items << item(tr("Completed"), lc.completed >= 0 ? S::Passed : lc.failed >= 0 ? S::Failed : S::Pending,
                         lc.failed >= 0 ? tr("worker_failed") : QString());
        auto placeState = [&](const QVector<OutputFile> &found, const QString &expected) {
            for (const OutputFile &f : found) {
                if (f.standard || f.path == expected)
                    return S::Passed;
            }
            if (!found.isEmpty())
                return S::Failed;
            return succeeded ? S::Failed : S::Pending;
        };
        cl.items << item(tr("Notes file in place"), placeState(outs.notes, tmpl.notesFile), tmpl.notesFile);
        cl.items << item(tr("Response file in place"), placeState(outs.responses, tmpl.responseFile), tmpl.responseFile);
        cl.items << item(tr("Notes valid"), outs.notes.isEmpty() ? S::Pending : notesOk ? S::Passed : S::Failed);
        cl.items << item(tr("Response valid"), outs.responses.isEmpty() ? S::Pending : responseOk ? S::Passed : S::Failed);
        report.checklists << cl;
    }

    report.errors = sink.errors();
    report.warnings = sink.warnings();
    report.diagnostics = sink.finish();
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    return report;
}

DoctorReport checkDir(const QString &sessionDir, const DoctorOptions &options)
{
    SessionData data;
    QString error;
    if (!SessionLoader::loadSync(sessionDir, data, &error, 1)) {
        DoctorReport r;
        r.sessionDir = sessionDir;
        r.sessionId = QDir(sessionDir).dirName();
        r.readable = false;
        r.error = error;
        return r;
    }
    return check(data, registryFor(data.dir, options));
}

}

DoctorCounts countDiagnostics(const QString &sessionDir, const DoctorOptions &options)
{
    const DoctorReport r = SessionDoctor::checkDir(sessionDir, options);
    DoctorCounts c;
    c.readable = r.readable;
    c.errors = r.errors;
    c.warnings = r.warnings;
    return c;
}
