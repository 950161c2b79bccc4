#include "doctorrule.h"

#include "jsonlocator.h"
#include "jsonutil.h"
#include "safefile.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("SessionDoctor", s);
}
}

// state.worker-status-mismatch: STATE.json and the log tell different
// endings for a worker.
void DoctorRules::checkStateStatus(DoctorContext &context, DiagnosticSink &sink)
{
    for (const QString &w : std::as_const(context.stateWorkers)) {
        const QString status = context.stateStatus(w);
        const WorkerLifecycle lc = context.lifecycles.value(w);
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
        d.kind = QStringLiteral("status");
        d.data = {{"state", status.toStdString()}};
        const QString section = context.state.contains("worker_states") ? QStringLiteral("worker_states") : QStringLiteral("workers");
        d.pointer = u'/' + section + u'/' + QString::fromStdString(JsonUtil::escapePointerToken(w.toStdString())) + QStringLiteral("/status");
        const SafeFile::Result file = SafeFile::read(context.dir.filePath(d.file), FileRules::kMaxStateBytes);
        if (file.ok()) {
            const JsonLocator::Position p = JsonLocator(file.bytes).positionOfPointer(d.pointer.toStdString());
            d.line = p.line;
            d.column = p.column;
        }
        sink.add(d);
    }
}
