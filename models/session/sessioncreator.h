#pragma once

#include <QDateTime>
#include <QString>

// "New session": a session folder with the files docs/FORMAT.md requires, so that
// a worker can be launched on it at once.
namespace SessionCreator {
// "Audit the K8s cluster!" → "audit-the-k8s-cluster" (ASCII, at most 40 characters).
QString slugFor(const QString &task);
// YYYY-MM-DD-HH-MM-<slug>, unique in sessionsDir (a -2, -3... suffix when taken).
QString newSessionId(const QString &sessionsDir, const QString &task,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
// Creates <sessionsDir>/<id>/ with STATE.json (version 2.0), empty EVENTS.jsonl,
// DEBUG.jsonl and BACKLOG.jsonl, SESSION.md holding the task, and the notes/,
// workers/json/, workers/prompts/ folders. Never touches an existing folder.
// Returns the session folder, or empty with *error.
QString create(const QString &sessionsDir, const QString &task, QString *error,
               const QDateTime &now = QDateTime::currentDateTimeUtc());
// The sessions folder for a path that is a project root or already one.
QString sessionsDirFor(const QString &path);
}
