#pragma once

#include <QByteArray>

#include <string>
#include <unordered_map>
#include <vector>

// Maps JSON pointers ("/infrastructure/resources/0/status") and byte offsets
// of a JSON text to 1-based line and column (column in bytes, like compilers
// and the editor). The pointer index is built on the first lookup by one
// scan of the text, so files that validate cleanly never pay for it.
class JsonLocator
{
public:
    struct Position {
        int line = 0;
        int column = 0;
    };

    explicit JsonLocator(const QByteArray &text);

    Position positionOfOffset(qint64 offset) const;
    // The position of the value at `pointer`; falls back to the nearest
    // ancestor that exists (the root when nothing matches).
    Position positionOfPointer(const std::string &pointer) const;

    static std::string escapeToken(const std::string &token);

private:
    void buildIndex() const;

    QByteArray m_text;
    std::vector<qint64> m_lineStarts;
    mutable bool m_indexed = false;
    // The index is a tree of values, not a map from whole pointers: the sum
    // of every value's pointer length grows with nesting depth times value
    // count, which a hostile document makes quadratic.
    struct Child {
        int parent;
        std::string token;  // escaped, as in a pointer
        bool operator==(const Child &o) const { return parent == o.parent && token == o.token; }
    };
    struct ChildHash {
        size_t operator()(const Child &c) const { return std::hash<std::string>()(c.token) * 31 + size_t(c.parent); }
    };
    int childOf(int parent, std::string token, qint64 offset) const;
    mutable std::vector<qint64> m_valueOffsets;  // by value id; the root is 0
    mutable std::unordered_map<Child, int, ChildHash> m_children;
};
