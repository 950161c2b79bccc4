#include "doctorrule.h"

// template.import-problem: a worker template that could not be read whole.
// When a lower layer filled in what was missing (a definition without
// output blocks falls back to the generic template) it is a note, not a
// warning: the session is still checked in full.
void DoctorRules::checkTemplates(DoctorContext &context, DiagnosticSink &sink)
{
    for (const QString &w : context.workers()) {
        const WorkerTemplate &tmpl = context.templateFor(w);
        const bool complete = !tmpl.outline.markdown.isEmpty() && tmpl.schema.is_object();
        for (const QString &problem : tmpl.problems) {
            Diagnostic d;
            d.severity = complete ? Diagnostic::Info : Diagnostic::Warning;
            d.rule = QStringLiteral("template.import-problem");
            d.file = tmpl.sourcePath;
            d.agent = w;
            d.message = problem;
            sink.add(std::move(d));
        }
    }
}
