#include "outputrules.h"
#include "responsevalidator.h"

void DoctorRules::checkResponses(DoctorContext &context, DiagnosticSink &sink)
{
    for (const QString &w : context.workers()) {
        const WorkerTemplate &tmpl = context.templateFor(w);
        const WorkerOutputs outs = context.outputsOf(w);
        const bool finished = context.succeeded(w) || context.failed(w);
        const int before = sink.errors();
        SchemaEngine *engine = outs.responses.isEmpty() ? nullptr : context.engineFor(w, sink);
        for (const OutputFile &f : outs.responses) {
            OutputRules::checkPlace(w, f, tmpl.responseFile, sink);
            QByteArray bytes;
            if (!OutputRules::read(context, w, f, ResponseValidator::kMaxResponseBytes, bytes, sink))
                continue;
            for (Diagnostic &d : ResponseValidator::validate(bytes, tmpl, engine, context.data.id, w, f.path)) {
                d.agent = w;
                OutputRules::grade(d, finished, context.profile);
                sink.add(std::move(d));
            }
        }
        context.responseOk[w] = sink.errors() == before;
    }
}
