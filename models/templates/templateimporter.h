#pragma once

#include "template.h"

#include <QByteArray>
#include <QString>

// Turns a worker definition (`.claude/agents/<worker-type>.md`) into a
// template: front matter for the name, the first ```markdown and ```json
// blocks under its output section for the notes outline and the response
// schema (inferred, see SchemaInference). Parts it cannot read are listed in
// WorkerTemplate::problems and left empty, so that the registry can fill
// them from the next layer.
namespace TemplateImporter {
WorkerTemplate importDefinition(const QByteArray &bytes, const QString &path);
WorkerTemplate importFile(const QString &path);

// Reads the 2025-09-13 framework's two template files of one worker
// (agents/pydantic_ai/<w>/templates/<w>_notes_template.md and
// <w>_output_template.json): the notes outline (NotesOutline::
// fromFrameworkMarkdown) and a schema inferred from the output template
// (SchemaInference::inferFrameworkSchema). Either file may be missing; an
// invalid one is a problem, the other part still loads.
WorkerTemplate importFrameworkTemplates(const QString &notesTemplatePath, const QString &outputTemplatePath,
                                        const QString &workerType);

// Reads `<dir>/<type>.schema.json` and/or `<dir>/<type>.outline.md`.
WorkerTemplate loadTemplateFiles(const QString &dir, const QString &workerType, WorkerTemplate::Source source);

// Parses JSON read from disk with the guards docs/LIBRARIES.md asks for: no NUL
// bytes, bounded nesting. Returns false with a message and byte offset.
bool parseGuarded(const QByteArray &bytes, nlohmann::json &out, QString *error, qint64 *errorOffset = nullptr,
                  int maxDepth = 256);
bool parseGuardedOrdered(const QByteArray &bytes, nlohmann::ordered_json &out, QString *error,
                         qint64 *errorOffset = nullptr, int maxDepth = 256);

constexpr qint64 kMaxDefinitionBytes = 4 * 1024 * 1024;
}
