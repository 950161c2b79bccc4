#pragma once

#include <QString>

// The sample project bundled in the resources: a queen, four workers (one
// devops-worker), notes, responses and a few deliberate problems.
namespace SampleSession {
QString sessionId();
// Copies the sample project to a writable per-user folder unless it is
// already there (edits and runs made on it are kept), and returns the
// session folder; empty with `error` set when it could not be written.
QString install(QString *error = nullptr, const QString &targetRoot = QString());
}
