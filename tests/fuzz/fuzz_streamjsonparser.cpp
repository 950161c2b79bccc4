// libFuzzer target: a Claude Code run's stdout (stream-json, one JSON object
// per line), fed line by line into one parser as the runner does.
#include "streamjsonparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    StreamJsonParser parser;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype newline = bytes.indexOf('\n', start);
        if (newline < 0)
            newline = bytes.size();
        parser.feed(QByteArray(bytes.constData() + start, newline - start));
        start = newline + 1;
    }
    (void)parser.result();
    return 0;
}
