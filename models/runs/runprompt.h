#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct RunSpec;

// Prompts of a run. The queen's prompt file workers/prompts/<worker-type>.prompt
// belongs to the queen: a run reads it, shows it and quotes it in its own
// prompt, creates it only when it is absent, and never overwrites it. The
// run's own prompt (YAML front matter, then markdown naming the session with
// "Session ID: <id>", docs/FORMAT.md) is written to workers/runs/<run-id>.prompt.
namespace RunPrompt {
// The markdown part, also the launch prompt ({prompt}); quotes
// spec.queenPromptText when there is one.
QString body(const RunSpec &spec);
QByteArray render(const RunSpec &spec, const QDateTime &now = QDateTime::currentDateTimeUtc());
// What a run puts in the queen's prompt file when the queen wrote none: the
// 2025-08-30 format (front matter + markdown), or the 2025-09-13 plain text
// (TASK:/SCOPE:, no front matter, no "Session ID:" line).
QByteArray queenFileContent(const RunSpec &spec, const QDateTime &now = QDateTime::currentDateTimeUtc());

// Reads at most 1 MB of a prompt file; false when it does not exist or cannot be read.
bool read(const QString &path, QByteArray *content);
// Writes the file atomically (creating its folder); returns the SHA-256 of
// what was written in hex, empty with *error set on failure.
QString write(const QString &path, const QByteArray &content, QString *error);
// Creates the file only if it does not exist (O_EXCL): false with *error when
// it could not, *existed true when someone else's file was there (left as is).
bool createIfAbsent(const QString &path, const QByteArray &content, bool *existed, QString *error);
QString sha256(const QByteArray &content);
}
