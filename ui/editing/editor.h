#pragma once

#include "diagnostic.h"

#include <Qsci/qsciscintilla.h>

// The code editor both document editors build on: line numbers, a marker
// margin and squiggles for diagnostics with the message on hover, F8 /
// Shift+F8 to walk the problems, UTF-8 throughout.
class Editor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit Editor(QWidget *parent = nullptr);

    // Diagnostics of this document (line/column 1-based, column in bytes;
    // column 0 marks the whole line).
    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // The diagnostics on a 0-based line.
    Diagnostics diagnosticsOnLine(int line) const;

    void goToLine(int line, int column = 0);  // 1-based line; column in bytes, 0-based
    int currentLine() const;                  // 0-based
    // Moves the cursor to the next / previous diagnostic (wrapping);
    // returns false when there is none.
    bool nextDiagnostic();
    bool previousDiagnostic();

    // Byte position in the document of a diagnostic's start.
    int positionOf(const Diagnostic &d) const;
    QString toolTipAt(const QPoint &viewportPos) const;

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void updateLineNumberWidth();
    int diagnosticEnd(int start, bool wholeLine) const;
    bool jump(bool forward);

    Diagnostics m_diagnostics;
    struct Range {
        int start, end, index;
    };
    QVector<Range> m_ranges;  // squiggle ranges in byte positions
};
