#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct RunSpec;

// The prompt file workers/prompts/<worker-type>.prompt (FORMAT.md): YAML
// front matter, then markdown that names the session with "Session ID: <id>".
namespace RunPrompt {
QString body(const RunSpec &spec);                      // the markdown part, also the launch prompt
QByteArray render(const RunSpec &spec, const QDateTime &now = QDateTime::currentDateTimeUtc());
// Writes the file atomically (creating workers/prompts/); returns the SHA-256
// of what was written in hex, empty with *error set on failure.
QString write(const RunSpec &spec, const QByteArray &content, QString *error);
}
