#pragma once

#include <QString>
#include <QStringList>

// What a path given by the user points at: one session folder, a sessions
// folder (Docs/hive-mind/sessions) or a project root holding one.
struct SessionLocation {
    enum Kind { Invalid, Session, SessionsFolder, ProjectRoot };
    Kind kind = Invalid;
    QString path;          // absolute, cleaned
    QString projectRoot;   // folder holding .claude/ or Docs/hive-mind, when found
    QString sessionsDir;   // the sessions folder, when known
    QStringList sessions;  // absolute session folders, sorted by name
    QString error;         // why Invalid
};

namespace SessionLocator {
SessionLocation locate(const QString &path);
bool looksLikeSession(const QString &dir);
// Walks up from a session folder to the project root (a folder holding
// .claude/ or Docs/hive-mind/); empty when none.
QString findProjectRoot(const QString &sessionDir);
// A session id must be one safe path component (docs/FORMAT.md).
bool isSafeSessionId(const QString &id);
}
