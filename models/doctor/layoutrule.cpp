#include "doctorrule.h"

#include <QCoreApplication>
#include <QFileInfo>

// session.missing-file / session.missing-folder: what the generation's own
// code creates for every session (ensure_session_exists in 2025-09-13).
// STATE.json is the state rule's. session.unreadable-folder: below.
void DoctorRules::checkLayout(DoctorContext &context, DiagnosticSink &sink)
{
    auto require = [&](const QString &path, bool folder) {
        const QFileInfo fi(context.dir.filePath(path));
        if (folder ? fi.isDir() : fi.exists())
            return;
        for (const SessionFiles::Unreadable &u : context.files.unreadableFolders) {
            if (u.path == path)
                return; // there, but unreadable: said below
        }
        Diagnostic d;
        d.severity = Diagnostic::Warning;
        d.rule = folder ? QStringLiteral("session.missing-folder") : QStringLiteral("session.missing-file");
        d.file = path;
        d.message = (folder ? QCoreApplication::translate("DoctorRules", "the session has no folder %1/ (the %2 generation creates it)")
                            : QCoreApplication::translate("DoctorRules", "the session has no %1 (the %2 generation creates it)"))
                        .arg(path, context.profile.id);
        d.kind = folder ? QStringLiteral("folder") : QStringLiteral("file");
        d.data = {{"path", path.toStdString()}};
        sink.add(std::move(d));
    };
    for (const QString &f : context.profile.requiredFiles) {
        if (f != QLatin1String("STATE.json"))
            require(f, false);
    }
    for (const QString &f : context.profile.requiredDirs)
        require(f, true);

    // session.unreadable-folder: an output folder that is there but cannot be
    // listed. Said once here; the output rules then say nothing of files
    // that folder may hold (see DoctorContext::outputsUnknown).
    for (const SessionFiles::Unreadable &u : context.files.unreadableFolders) {
        Diagnostic d;
        d.severity = Diagnostic::Error;
        d.rule = QStringLiteral("session.unreadable-folder");
        d.file = u.path;
        d.message = QCoreApplication::translate("DoctorRules", "the folder %1/ cannot be read: %2; the outputs in it are not checked")
                        .arg(u.path, u.reason);
        d.kind = QStringLiteral("folder");
        d.data = {{"path", u.path.toStdString()}, {"reason", u.reason.toStdString()}};
        sink.add(std::move(d));
    }
}
