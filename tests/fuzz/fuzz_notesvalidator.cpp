// libFuzzer target: a worker's notes file (Markdown with optional YAML front
// matter) checked against the built-in devops-worker outline, as the session
// doctor and the notes editor do.
#include "notesvalidator.h"
#include "templateregistry.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const WorkerTemplate tmpl = TemplateRegistry().templateFor(QStringLiteral("devops-worker"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    NotesValidator::validate(bytes, tmpl, QStringLiteral("2025-08-30-14-16-session"), QStringLiteral("notes/devops_notes.md"));
    if (size < 256)
        NotesValidator::isGeneratedTimestamp(QString::fromUtf8(bytes));
    return 0;
}
