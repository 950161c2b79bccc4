#pragma once

#include "doctorrule.h"
#include "safefile.h"

#include <QCoreApplication>

// Shared by the notes and the response rules (one place for the file
// reading and the unfinished-worker grading).
namespace OutputRules {

// output.nonstandard-path: an output found where its generation does not put it.
inline void checkPlace(const QString &worker, const OutputFile &f, const QString &expected, DiagnosticSink &sink)
{
    if (f.standard || f.path == expected)
        return;
    Diagnostic d;
    d.severity = Diagnostic::Warning;
    d.rule = QStringLiteral("output.nonstandard-path");
    d.file = f.path;
    d.agent = worker;
    d.message = f.kind == OutputFile::Notes
        ? QCoreApplication::translate("SessionDoctor", "notes belong in %1").arg(expected)
        : QCoreApplication::translate("SessionDoctor", "the response belongs in %1").arg(expected);
    d.kind = QStringLiteral("path");
    d.data = {{"expected", expected.toStdString()}};
    sink.add(std::move(d));
}

// Reads an output; an unreadable one is a finding (output.unreadable), not
// a silent skip. Oversized files come back as a marker of limit + 1 bytes
// that the validators report.
inline bool read(const DoctorContext &context, const QString &worker, const OutputFile &f, qint64 limit,
                 QByteArray &bytes, DiagnosticSink &sink)
{
    const SafeFile::Result r = SafeFile::read(context.dir.filePath(f.path), limit);
    if (r.ok()) {
        bytes = r.bytes;
        return true;
    }
    if (r.status == SafeFile::Status::TooLarge) {
        bytes = QByteArray();
        bytes.resize(qsizetype(limit + 1));
        return true;
    }
    Diagnostic d;
    d.rule = QStringLiteral("output.unreadable");
    d.file = f.path;
    d.agent = worker;
    d.message = r.error;
    sink.add(std::move(d));
    return false;
}

// Where setup copies the templates (2025-09-13), a worker's files are work
// in progress until it logs its finish event: what they lack is a note, not
// an error, so that a working worker and a finished one never look alike.
inline void grade(Diagnostic &d, bool workerFinished, const ProtocolProfile &profile)
{
    if (workerFinished || !profile.outputsCreatedAtSetup || d.severity == Diagnostic::Info)
        return;
    if (!d.rule.startsWith(QLatin1String("notes.")) && !d.rule.startsWith(QLatin1String("response.")))
        return;
    d.severity = Diagnostic::Info;
    d.message += QCoreApplication::translate("SessionDoctor", " (the worker has not finished yet)");
}

}
