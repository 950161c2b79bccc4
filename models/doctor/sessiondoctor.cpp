#include "sessiondoctor.h"

#include "checklist.h"
#include "doctorrule.h"
#include "sessiondata.h"
#include "sessionloader.h"
#include "sessionlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace SessionDoctor {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("SessionDoctor", s);
}
}

TemplateRegistry registryFor(const QString &sessionDir, const DoctorOptions &options)
{
    TemplateRegistry reg;
    reg.setUserDir(options.templateDir.isEmpty() ? TemplateRegistry::defaultUserDir() : options.templateDir);
    const QString root = SessionLocator::findProjectRoot(sessionDir);
    QString agents = options.agentsDir;
    if (agents.isEmpty() && !root.isEmpty())
        agents = QDir(root).filePath(QStringLiteral(".claude/agents"));
    reg.setAgentsDir(agents);
    QString why;
    const ProtocolProfile profile = ProtocolProfile::resolve(options.protocol, sessionDir, root, &why);
    reg.setProtocol(profile, root, why);
    return reg;
}

DoctorReport check(const SessionData &data, const TemplateRegistry &registry)
{
    DoctorReport report;
    report.sessionDir = data.dir;
    report.sessionId = data.id;
    report.protocol = registry.protocol().id;
    report.protocolReason = registry.protocolReason();
    if (data.dir.isEmpty()) {
        // Nothing loaded yet: scanning "" would scan the working directory.
        report.readable = false;
        report.error = tr("no session folder");
        return report;
    }
    DiagnosticSink sink;
    DoctorContext context(data, registry);
    for (const DoctorRule &rule : DoctorRules::all())
        rule.run(context, sink);
    for (const QString &w : context.workers()) {
        report.checklists << Checklist::build(context, w);
        const WorkerTemplate &t = context.templateFor(w);
        QString from = t.source == WorkerTemplate::FrameworkTemplates
            ? QStringLiteral("%1, %2").arg(t.notesTemplatePath, t.responseTemplatePath)
            : t.sourcePath;
        QString line = tr("%1: %2%3").arg(w, WorkerTemplate::sourceName(t.source),
                                                    from.isEmpty() ? QString() : QStringLiteral(" (") + from + u')');
        if (!t.problems.isEmpty())
            line += QStringLiteral("; ") + t.problems.join(QStringLiteral("; "));
        report.templateSources << line;
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
