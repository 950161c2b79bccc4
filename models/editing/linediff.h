#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Line diff for the "compare" view (disk version vs. the editor's). A
// longest-common-subsequence diff after trimming the common head and tail;
// when the changed middle is too large for that (more than kMaxCells
// comparisons), the middle is shown as one removed block and one added block
// rather than stalling.
struct DiffLine {
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text;
    int leftLine = -1;   // 0-based, -1 for Added
    int rightLine = -1;  // 0-based, -1 for Removed
};

class LineDiff
{
public:
    static constexpr qint64 kMaxCells = 16 * 1024 * 1024;
    static QList<DiffLine> compute(const QStringList &left, const QStringList &right);
    static QList<DiffLine> compute(const QString &left, const QString &right);
    static QStringList splitLines(const QString &text);  // on \n, \r\n or \r
    static int changedCount(const QList<DiffLine> &diff);
};
