#include "notesvalidator.h"
#include "outputrules.h"

void DoctorRules::checkNotes(DoctorContext &context, DiagnosticSink &sink)
{
    for (const QString &w : context.workers()) {
        const WorkerTemplate &tmpl = context.templateFor(w);
        const bool finished = context.succeeded(w) || context.failed(w);
        const int before = sink.errors();
        for (const OutputFile &f : context.outputsOf(w).notes) {
            OutputRules::checkPlace(w, f, tmpl.notesFile, sink);
            QByteArray bytes;
            if (!OutputRules::read(context, w, f, NotesValidator::kMaxNotesBytes, bytes, sink))
                continue;
            for (Diagnostic &d : NotesValidator::validate(bytes, tmpl, context.data.id, f.path)) {
                d.agent = w;
                OutputRules::grade(d, finished, context.profile);
                sink.add(std::move(d));
            }
        }
        context.notesOk[w] = sink.errors() == before;
    }
}
