// libFuzzer target: worker definitions (`.claude/agents/<type>.md`: front
// matter, an output section with ```markdown and ```json blocks) and the
// guarded JSON reader every template file goes through.
#include "templateimporter.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const WorkerTemplate tmpl = TemplateImporter::importDefinition(bytes, QStringLiteral("fuzz-worker.md"));
    (void)tmpl.schema.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

    nlohmann::json plain;
    nlohmann::ordered_json ordered;
    QString error;
    qint64 offset = -1;
    TemplateImporter::parseGuarded(bytes, plain, &error, &offset);
    TemplateImporter::parseGuardedOrdered(bytes, ordered, &error, &offset, 16);
    return 0;
}
