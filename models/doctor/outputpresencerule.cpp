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
// Unknown when its folder cannot be read (session.unreadable-folder).
void DoctorRules::checkOutputPresence(DoctorContext &context, DiagnosticSink &sink)
{
    for (const QString &w : context.workers()) {
        const WorkerTemplate &tmpl = context.templateFor(w);
        const WorkerLifecycle lc = context.lifecycles.value(w);
        const WorkerOutputs outs = context.outputsOf(w);
        const bool succeeded = context.succeeded(w);
        if (context.failed(w))
            continue;
        auto missing = [&](bool notes) {
            Diagnostic d;
            d.rule = notes ? QStringLiteral("output.missing-notes") : QStringLiteral("output.missing-response");
            d.file = notes ? tmpl.notesFile : tmpl.responseFile;
            d.agent = w;
            d.message = (notes ? tr("%1 wrote no notes (expected %2)") : tr("%1 wrote no JSON response (expected %2)")).arg(w, d.file);
            d.kind = notes ? QStringLiteral("notes") : QStringLiteral("response");
            d.data = {{"expected", d.file.toStdString()}};
            sink.add(std::move(d));
        };
        // Not said when the folder could not be read: the layout rule said
        // that, and "wrote no notes" might be false.
        if (outs.notes.isEmpty() && (succeeded || lc.notesCreated >= 0) && !context.outputsUnknown(true))
            missing(true);
        if (outs.responses.isEmpty() && (succeeded || lc.jsonCreated >= 0) && !context.outputsUnknown(false))
            missing(false);
    }
}
