#include "linediff.h"

#include <QRegularExpression>

#include <vector>

QStringList LineDiff::splitLines(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\r\n|\r|\n"));
    QStringList lines = text.split(breaks);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();  // a final newline ends the last line, it does not start one
    return lines;
}

QList<DiffLine> LineDiff::compute(const QString &left, const QString &right)
{
    return compute(splitLines(left), splitLines(right));
}

int LineDiff::changedCount(const QList<DiffLine> &diff)
{
    int n = 0;
    for (const DiffLine &d : diff)
        n += d.kind != DiffLine::Same;
    return n;
}

QList<DiffLine> LineDiff::compute(const QStringList &left, const QStringList &right)
{
    QList<DiffLine> out;
    const int n = int(left.size()), m = int(right.size());
    int head = 0;
    while (head < n && head < m && left.at(head) == right.at(head))
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && left.at(n - 1 - tail) == right.at(m - 1 - tail))
        ++tail;

    for (int i = 0; i < head; ++i)
        out.append({DiffLine::Same, left.at(i), i, i});

    const int a = n - head - tail, b = m - head - tail;
    auto removed = [&](int i) { out.append({DiffLine::Removed, left.at(head + i), head + i, -1}); };
    auto added = [&](int j) { out.append({DiffLine::Added, right.at(head + j), -1, head + j}); };

    if (qint64(a + 1) * qint64(b + 1) > kMaxCells) {
        for (int i = 0; i < a; ++i)
            removed(i);
        for (int j = 0; j < b; ++j)
            added(j);
    } else if (a > 0 || b > 0) {
        // lcs[i][j]: common length of left[i..] and right[j..] in the middle.
        std::vector<int> lcs(size_t(a + 1) * size_t(b + 1), 0);
        auto at = [&](int i, int j) -> int & { return lcs[size_t(i) * size_t(b + 1) + size_t(j)]; };
        for (int i = a - 1; i >= 0; --i) {
            for (int j = b - 1; j >= 0; --j)
                at(i, j) = left.at(head + i) == right.at(head + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        int i = 0, j = 0;
        while (i < a && j < b) {
            if (left.at(head + i) == right.at(head + j)) {
                out.append({DiffLine::Same, left.at(head + i), head + i, head + j});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                removed(i++);
            } else {
                added(j++);
            }
        }
        while (i < a)
            removed(i++);
        while (j < b)
            added(j++);
    }

    for (int k = tail; k > 0; --k)
        out.append({DiffLine::Same, left.at(n - k), n - k, m - k});
    return out;
}
