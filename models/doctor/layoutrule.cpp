#include "doctorrule.h"

#include <QCoreApplication>
#include <QFileInfo>

// session.missing-file / session.missing-folder: what the generation's own
// code creates for every session (ensure_session_exists in 2025-09-13).
// STATE.json is the state rule's.
void DoctorRules::checkLayout(DoctorContext &context, DiagnosticSink &sink)
{
    for (const QString &f : context.profile.requiredFiles) {
        if (f == QLatin1String("STATE.json") || QFileInfo(context.dir.filePath(f)).exists())
            continue;
        Diagnostic d;
        d.severity = Diagnostic::Warning;
        d.rule = QStringLiteral("session.missing-file");
        d.file = f;
        d.message = QCoreApplication::translate("DoctorRules", "the session has no %1 (the %2 generation creates it)")
                        .arg(f, context.profile.id);
        d.kind = QStringLiteral("file");
        d.data = {{"path", f.toStdString()}};
        sink.add(std::move(d));
    }
    for (const QString &f : context.profile.requiredDirs) {
        if (QFileInfo(context.dir.filePath(f)).isDir())
            continue;
        Diagnostic d;
        d.severity = Diagnostic::Warning;
        d.rule = QStringLiteral("session.missing-folder");
        d.file = f;
        d.message = QCoreApplication::translate("DoctorRules", "the session has no folder %1/ (the %2 generation creates it)")
                        .arg(f, context.profile.id);
        d.kind = QStringLiteral("folder");
        d.data = {{"path", f.toStdString()}};
        sink.add(std::move(d));
    }
}
