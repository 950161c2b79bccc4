#include "doctorrule.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("SessionDoctor", s);
}
}

// output.missing-notes / output.missing-response: a worker that finished
// (or announced the file) without leaving it. A failed worker owes nothing.
void DoctorRules::checkOutputPresence(DoctorContext &context, DiagnosticSink &sink)
{
    for (const QString &w : context.workers()) {
        const WorkerTemplate &tmpl = context.templateFor(w);
        const WorkerLifecycle lc = context.lifecycles.value(w);
        const WorkerOutputs outs = context.outputsOf(w);
        const bool succeeded = context.succeeded(w);
        if (context.failed(w))
            continue;
        if (outs.notes.isEmpty() && (succeeded || lc.notesCreated >= 0)) {
            Diagnostic d;
            d.rule = QStringLiteral("output.missing-notes");
            d.file = tmpl.notesFile;
            d.agent = w;
            d.message = tr("%1 wrote no notes (expected %2)").arg(w, tmpl.notesFile);
            d.kind = QStringLiteral("notes");
            d.data = {{"expected", tmpl.notesFile.toStdString()}};
            sink.add(std::move(d));
        }
        if (outs.responses.isEmpty() && (succeeded || lc.jsonCreated >= 0)) {
            Diagnostic d;
            d.rule = QStringLiteral("output.missing-response");
            d.file = tmpl.responseFile;
            d.agent = w;
            d.message = tr("%1 wrote no JSON response (expected %2)").arg(w, tmpl.responseFile);
            d.kind = QStringLiteral("response");
            d.data = {{"expected", tmpl.responseFile.toStdString()}};
            sink.add(std::move(d));
        }
    }
}
