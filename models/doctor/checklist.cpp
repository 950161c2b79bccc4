#include "checklist.h"

#include <QCoreApplication>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("SessionDoctor", s);
}

ChecklistItem item(const QString &label, ChecklistItem::State s, const QString &detail = QString())
{
    return ChecklistItem{label, s, detail};
}

}

WorkerChecklist Checklist::build(DoctorContext &context, const QString &w)
{
    const WorkerTemplate &tmpl = context.templateFor(w);
    const WorkerLifecycle lc = context.lifecycles.value(w);
    const WorkerOutputs outs = context.outputsOf(w);
    const bool succeeded = context.succeeded(w);
    const bool failed = context.failed(w);
    using S = ChecklistItem;

    WorkerChecklist cl;
    cl.worker = w;
    const bool spawnedFirst = lc.spawned >= 0 && lc.spawned == lc.firstEvent;
    cl.items << item(tr("Spawned first"), lc.eventCount == 0 ? S::Pending : spawnedFirst ? S::Passed : S::Failed);
    if (context.profile.phaseEvents.contains(QStringLiteral("setup_completed"))) {
        // The 3-phase lifecycle: setup, silent work, output.
        cl.items << item(tr("Setup completed"), lc.setupCompleted >= 0 ? S::Passed : lc.finished() ? S::Failed : S::Pending);
        cl.items << item(tr("Outputs completed"), lc.completed >= 0 ? S::Passed : S::Pending,
                         lc.setupCompleted >= 0 && lc.completed < 0 ? tr("working on its files") : QString());
    } else {
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
    }
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
    // A setup copy is not valid work until the worker says it finished.
    const bool unfinishedCopy = context.profile.outputsCreatedAtSetup && !succeeded && !failed;
    auto validState = [&](bool empty, bool ok) {
        if (empty || unfinishedCopy)
            return S::Pending;
        return ok ? S::Passed : S::Failed;
    };
    cl.items << item(tr("Notes valid"), validState(outs.notes.isEmpty(), context.notesOk.value(w, true)));
    cl.items << item(tr("Response valid"), validState(outs.responses.isEmpty(), context.responseOk.value(w, true)));
    return cl;
}
