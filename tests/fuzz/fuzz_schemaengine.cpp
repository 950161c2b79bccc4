// libFuzzer target: the JSON Schema engine. Input "SCHEMA\0DOCUMENT" compiles
// the fuzzed schema and validates the document against it; input without a
// NUL is a response validated against the built-in devops-worker schema.
// Both halves also go through the engine's own RFC 3339 and pattern checks.
#include "schemaengine.h"
#include "templateregistry.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace {
nlohmann::json parsed(const char *begin, const char *end)
{
    return nlohmann::json::parse(begin, end, nullptr, false);
}

void checkStrings(const std::string &text)
{
    if (text.size() > 256)
        return;
    SchemaEngine::isDateTime(text);
    SchemaEngine::isDate(text);
    SchemaEngine::isTime(text);
    SchemaEngine::isRiskyPattern(text);
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SchemaEngine responseEngine = [] {
        SchemaEngine engine;
        engine.compile(TemplateRegistry().templateFor(QStringLiteral("devops-worker")).schema);
        return engine;
    }();

    const char *bytes = reinterpret_cast<const char *>(data);
    const char *nul = static_cast<const char *>(std::memchr(bytes, '\0', size));
    if (!nul) {
        checkStrings(std::string(bytes, size));
        const nlohmann::json document = parsed(bytes, bytes + size);
        if (!document.is_discarded())
            responseEngine.validate(document);
        return 0;
    }
    checkStrings(std::string(bytes, nul));
    const nlohmann::json schema = parsed(bytes, nul);
    const nlohmann::json document = parsed(nul + 1, bytes + size);
    if (schema.is_discarded() || document.is_discarded())
        return 0;
    SchemaEngine engine;
    // No fetcher, as in the app (doctor, response editor): remote `$ref`s
    // are refused. With a fetcher, a cycle of `$ref`s across documents still
    // overflows valijson's stack: tests/fuzz/crashes/schemaengine/.
    if (engine.compile(schema))
        engine.validate(document);
    SchemaEngine::depthOf(document, 64);
    return 0;
}
