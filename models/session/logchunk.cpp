#include "logchunk.h"

const char *BadLine::reasonKey(Reason r)
{
    switch (r) {
    case InvalidJson: return "invalid-json";
    case InvalidUtf8: return "invalid-utf8";
    case NotObject: return "not-object";
    case Empty: return "empty";
    case NulByte: return "nul-byte";
    case TooDeep: return "too-deep";
    case TooLong: return "too-long";
    }
    return "invalid-json";
}

void LogChunk::reserve(size_t n)
{
    time.reserve(n);
    agent.reserve(n);
    kind.reserve(n);
    status.reserve(n);
    action.reserve(n);
    offset.reserve(n);
    length.reserve(n);
    line.reserve(n);
    flags.reserve(n);
}
