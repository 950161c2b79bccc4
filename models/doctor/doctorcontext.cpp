#include "doctorcontext.h"

DoctorContext::DoctorContext(const SessionData &d, const TemplateRegistry &r)
    : data(d)
    , registry(r)
    , profile(r.protocol())
    , dir(d.dir)
    , files(d.files) // the loader scanned them with the snapshot: no second scan
{
    // Outputs on disk, grouped by the worker they belong to. Agents that are
    // not analysis workers (scribe's own output model) are not outputs.
    for (const QString &p : files.notes) {
        const OutputFile f = FileRules::classify(p, OutputFile::Notes, profile);
        if (!f.shortName.isEmpty() && profile.isAnalysisWorker(f.shortName + QStringLiteral("-worker")))
            outputs[f.shortName].notes << f;
    }
    for (const QString &p : files.responses) {
        const OutputFile f = FileRules::classify(p, OutputFile::Response, profile);
        if (!f.shortName.isEmpty() && profile.isAnalysisWorker(f.shortName + QStringLiteral("-worker")))
            outputs[f.shortName].responses << f;
    }
}

QSet<QString> DoctorContext::workerSet()
{
    const QStringList &w = workers();
    return QSet<QString>(w.cbegin(), w.cend());
}

const QStringList &DoctorContext::workers()
{
    if (m_workersKnown)
        return m_workers;
    m_workersKnown = true;
    QSet<QString> set = LifecycleRules::workersOf(data.events, stateWorkers, profile);
    QSet<QString> stems;
    for (const QString &w : std::as_const(set))
        stems.insert(workerShortName(w));
    for (const auto &[stem, outs] : outputs) {
        Q_UNUSED(outs);
        if (!stems.contains(stem))
            set.insert(stem + QStringLiteral("-worker"));
    }
    m_workers = QStringList(set.cbegin(), set.cend());
    std::sort(m_workers.begin(), m_workers.end());
    return m_workers;
}

const WorkerTemplate &DoctorContext::templateFor(const QString &worker)
{
    auto it = m_templates.find(worker);
    if (it == m_templates.end())
        it = m_templates.emplace(worker, registry.templateFor(worker)).first;
    return it->second;
}

SchemaEngine *DoctorContext::engineFor(const QString &worker, DiagnosticSink &sink)
{
    const WorkerTemplate &tmpl = templateFor(worker);
    if (!tmpl.schema.is_object())
        return nullptr;
    auto it = m_engines.find(worker);
    if (it != m_engines.end())
        return &it->second;
    it = m_engines.emplace(worker, SchemaEngine()).first;
    auto report = [&](Diagnostic::Severity severity, const QString &message) {
        Diagnostic d;
        d.severity = severity;
        d.rule = QStringLiteral("template.invalid-schema");
        d.file = tmpl.sourcePath;
        d.agent = worker;
        d.message = message;
        sink.add(std::move(d));
    };
    if (!it->second.compile(tmpl.schema))
        report(Diagnostic::Error, QString::fromStdString(it->second.compileError()));
    for (const std::string &warning : it->second.compileWarnings())
        report(Diagnostic::Warning, QString::fromStdString(warning));
    return &it->second;
}

WorkerOutputs DoctorContext::outputsOf(const QString &worker) const
{
    const auto it = outputs.find(workerShortName(worker));
    return it != outputs.end() ? it->second : WorkerOutputs();
}

QString DoctorContext::stateStatus(const QString &worker) const
{
    return FileRules::stateStatus(state, worker);
}

bool DoctorContext::succeeded(const QString &worker) const
{
    const WorkerLifecycle lc = lifecycles.value(worker);
    return (lc.completed >= 0 || stateStatus(worker) == QLatin1String("completed")) && lc.failed < 0;
}

bool DoctorContext::failed(const QString &worker) const
{
    return lifecycles.value(worker).failed >= 0 || stateStatus(worker) == QLatin1String("failed");
}

bool DoctorContext::outputsUnknown(bool notes) const
{
    for (const SessionFiles::Unreadable &u : files.unreadableFolders) {
        if (u.path == QLatin1String("workers") || u.path == (notes ? QLatin1String("notes") : QLatin1String("workers/json"))
            || (notes && u.path == QLatin1String("workers/notes")))
            return true;
    }
    return false;
}
