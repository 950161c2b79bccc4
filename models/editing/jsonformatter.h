#pragma once

#include <QString>

// "Format" for the response editor: pretty-prints a JSON document keeping
// the key order and every value. Refuses (with the reason and where) rather
// than changes content: invalid JSON, NUL bytes, nesting deeper than
// kMaxDepth, and duplicate keys (which a JSON library would silently merge).
class JsonFormatter
{
public:
    static constexpr int kMaxDepth = 512;

    struct Result {
        bool ok = false;
        QString text;     // formatted, ending with one newline
        QString error;    // translated
        int line = 0;     // 1-based position of the problem, 0 when unknown
        int column = 0;
    };

    static Result format(const QString &text, int indent = 2);
};
