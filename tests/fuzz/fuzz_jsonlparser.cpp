// libFuzzer target: JSONL event and debug logs as they come off disk.
// The first byte picks the log kind and how many bytes the parser may read
// past the data (a mapped file's readable tail), the rest is the file.
#include "eventdetails.h"
#include "jsonlparser.h"

#include <cstdint>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const LogKind kind = (data[0] & 1) ? LogKind::Debug : LogKind::Events;
    const size_t slack = (data[0] & 2) ? 64 : 0;
    ++data;
    --size;
    // An exact-size heap copy so that ASan sees any read past `readable`.
    std::vector<char> bytes(size + slack);
    if (size > 0)
        std::memcpy(bytes.data(), data, size);
    // One parser per kind for the whole run, as the loader keeps one per
    // thread: its simdjson buffers are reused, and state leaking from one
    // input into the next is a bug worth finding too.
    static JsonlParser eventsParser(LogKind::Events);
    static JsonlParser debugParser(LogKind::Debug);
    JsonlParser &parser = kind == LogKind::Debug ? debugParser : eventsParser;
    const LogChunk chunk = parser.parse(bytes.data(), size, size + slack, 0, 1);

    // Only what was consumed is complete lines; the details view reads them.
    // The first four are enough to reach every branch of the details code
    // (the fuzzer moves any line there); sixteen halved the run's speed.
    const size_t consumed = std::min<size_t>(chunk.bytesConsumed, size);
    const char *line = bytes.data();
    const char *end = bytes.data() + consumed;
    for (int lines = 0; line < end && lines < 4; ++lines) {
        const char *newline = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        const char *stop = newline ? newline : end;
        const QByteArray raw(line, qsizetype(stop - line));
        EventDetails::summary(raw, kind);
        EventDetails::pretty(raw, kind);
        line = stop + 1;
    }
    JsonText::firstInvalidUtf8(bytes.data(), size);
    JsonText::nestingExceeds(bytes.data(), size, 64);
    if (size < 4096)
        JsonText::describeJsonError(bytes.data(), size);
    return 0;
}
