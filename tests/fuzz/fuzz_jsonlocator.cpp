// libFuzzer target: locating JSON pointers and byte offsets in a response
// file. The first line is the pointer to look up, the rest is the document;
// the offsets asked for include ones outside the text.
#include "jsonlocator.h"

#include <cstdint>
#include <cstring>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    const char *newline = static_cast<const char *>(std::memchr(bytes, '\n', size));
    const size_t pointerSize = newline ? size_t(newline - bytes) : 0;
    const std::string pointer(bytes, pointerSize);
    const size_t textStart = newline ? pointerSize + 1 : 0;
    const QByteArray text(bytes + textStart, qsizetype(size - textStart));

    const JsonLocator locator(text);
    for (const qint64 offset : {qint64(-1), qint64(0), qint64(text.size() / 2), qint64(text.size()), qint64(text.size()) + 7})
        locator.positionOfOffset(offset);
    locator.positionOfPointer(pointer);
    locator.positionOfPointer(std::string());
    locator.positionOfPointer(JsonLocator::escapeToken(pointer));
    return 0;
}
