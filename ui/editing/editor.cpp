#include "editor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int kLineMargin = 0;
constexpr int kMarkerMargin = 1;
constexpr int kFoldMargin = 2;
constexpr int kIndicatorBase = 8;  // + severity (Error, Warning, Info)
constexpr int kMarkerBase = 1;     // + severity

QColor colorOf(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Error: return QColor(0xd3, 0x2f, 0x2f);
    case Diagnostic::Warning: return QColor(0xe0, 0x8e, 0x0b);
    case Diagnostic::Info: break;
    }
    return QColor(0x1e, 0x88, 0xe5);
}
}

Editor::Editor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setMarginsFont(mono);
    setMarginType(kLineMargin, NumberMargin);
    setMarginLineNumbers(kLineMargin, true);
    setMarginType(kMarkerMargin, SymbolMargin);
    setMarginWidth(kMarkerMargin, 14);
    setMarginSensitivity(kMarkerMargin, false);
    setMarginWidth(kFoldMargin, 0);
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(2);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(QColor(0xf3, 0xf6, 0xfa));
    setWrapMode(WrapNone);

    for (int s = Diagnostic::Error; s <= Diagnostic::Info; ++s) {
        const auto severity = static_cast<Diagnostic::Severity>(s);
        indicatorDefine(s == Diagnostic::Info ? DotsIndicator : SquiggleIndicator, kIndicatorBase + s);
        setIndicatorForegroundColor(colorOf(severity), kIndicatorBase + s);
        markerDefine(s == Diagnostic::Error ? Circle : s == Diagnostic::Warning ? RightTriangle : SmallRectangle, kMarkerBase + s);
        setMarkerBackgroundColor(colorOf(severity), kMarkerBase + s);
        setMarkerForegroundColor(colorOf(severity), kMarkerBase + s);
    }
    setMarginMarkerMask(kMarkerMargin, (1 << (kMarkerBase + 0)) | (1 << (kMarkerBase + 1)) | (1 << (kMarkerBase + 2)));

    connect(this, &QsciScintilla::linesChanged, this, &Editor::updateLineNumberWidth);
    updateLineNumberWidth();
    viewport()->installEventFilter(this);
}

void Editor::updateLineNumberWidth()
{
    setMarginWidth(kLineMargin, QString(QString::number(std::max(lines(), 100)).size() + 1, u'9'));
}

int Editor::currentLine() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    return line;
}

void Editor::goToLine(int line, int column)
{
    const int l = std::clamp(line - 1, 0, std::max(0, lines() - 1));
    const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, l));
    const int lineEnd = int(SendScintilla(SCI_GETLINEENDPOSITION, l));
    const int pos = std::clamp(lineStart + std::max(0, column), lineStart, lineEnd);
    SendScintilla(SCI_GOTOPOS, pos);
    SendScintilla(SCI_SCROLLCARET);
    ensureLineVisible(l);
    setFocus();
}

int Editor::positionOf(const Diagnostic &d) const
{
    const int last = std::max(0, lines() - 1);
    const int line = std::clamp(d.line > 0 ? d.line - 1 : 0, 0, last);
    const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, line));
    const int lineEnd = int(SendScintilla(SCI_GETLINEENDPOSITION, line));
    if (d.column <= 0) {
        int pos = lineStart;  // the line's first visible character
        while (pos < lineEnd) {
            const int ch = int(SendScintilla(SCI_GETCHARAT, pos));
            if (ch != ' ' && ch != '\t')
                break;
            ++pos;
        }
        return pos;
    }
    return std::clamp(lineStart + d.column - 1, lineStart, lineEnd);
}

int Editor::diagnosticEnd(int start, bool wholeLine) const
{
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, start));
    const int lineEnd = int(SendScintilla(SCI_GETLINEENDPOSITION, line));
    if (wholeLine || start >= lineEnd)
        return std::max(lineEnd, start + 1);
    const int ch = int(SendScintilla(SCI_GETCHARAT, start));
    if (ch == '"') {
        // A JSON string: up to its closing quote on this line.
        for (int pos = start + 1; pos < lineEnd; ++pos) {
            const int c = int(SendScintilla(SCI_GETCHARAT, pos));
            if (c == '\\')
                ++pos;
            else if (c == '"')
                return pos + 1;
        }
        return lineEnd;
    }
    if (ch == '{' || ch == '[')
        return start + 1;
    const int wordEnd = int(SendScintilla(SCI_WORDENDPOSITION, start, true));
    return wordEnd > start ? wordEnd : std::min(lineEnd, start + 1);
}

void Editor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
    const int length = int(SendScintilla(SCI_GETLENGTH));
    for (int s = Diagnostic::Error; s <= Diagnostic::Info; ++s) {
        SendScintilla(SCI_SETINDICATORCURRENT, kIndicatorBase + s);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
        markerDeleteAll(kMarkerBase + s);
    }
    m_ranges.clear();
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const Diagnostic &d = m_diagnostics.at(i);
        const int start = positionOf(d);
        const int end = std::min(length, diagnosticEnd(start, d.column <= 0));
        m_ranges.append({start, std::max(end, start), i});
        SendScintilla(SCI_SETINDICATORCURRENT, kIndicatorBase + int(d.severity));
        if (end > start)
            SendScintilla(SCI_INDICATORFILLRANGE, start, end - start);
        markerAdd(int(SendScintilla(SCI_LINEFROMPOSITION, start)), kMarkerBase + int(d.severity));
    }
}

Diagnostics Editor::diagnosticsOnLine(int line) const
{
    Diagnostics out;
    for (const Range &r : m_ranges) {
        if (int(SendScintilla(SCI_LINEFROMPOSITION, r.start)) == line)
            out.append(m_diagnostics.at(r.index));
    }
    return out;
}

bool Editor::jump(bool forward)
{
    if (m_ranges.isEmpty())
        return false;
    const int caret = int(SendScintilla(SCI_GETCURRENTPOS));
    const Range *target = nullptr;
    if (forward) {
        for (const Range &r : m_ranges) {
            if (r.start > caret) {
                target = &r;
                break;
            }
        }
        if (!target)
            target = &m_ranges.first();
    } else {
        for (auto it = m_ranges.crbegin(); it != m_ranges.crend(); ++it) {
            if (it->start < caret) {
                target = &*it;
                break;
            }
        }
        if (!target)
            target = &m_ranges.last();
    }
    SendScintilla(SCI_GOTOPOS, target->start);
    SendScintilla(SCI_SCROLLCARET);
    const QPoint at(int(SendScintilla(SCI_POINTXFROMPOSITION, 0, target->start)),
                    int(SendScintilla(SCI_POINTYFROMPOSITION, 0, target->start)) + textHeight(0));
    const QString tip = m_diagnostics.at(target->index).message;
    if (isVisible())
        QToolTip::showText(viewport()->mapToGlobal(at), tip, viewport());
    return true;
}

bool Editor::nextDiagnostic() { return jump(true); }
bool Editor::previousDiagnostic() { return jump(false); }

QString Editor::toolTipAt(const QPoint &viewportPos) const
{
    QStringList messages;
    auto describe = [](const Diagnostic &d) -> QString {
        return Diagnostic::severityName(d.severity) + QStringLiteral(": ") + d.message
            + (d.rule.isEmpty() ? QString() : QStringLiteral(" [") + d.rule + u']');
    };
    int marginsWidth = 0;
    for (int m = 0; m <= kFoldMargin; ++m)
        marginsWidth += marginWidth(m);
    if (viewportPos.x() < marginsWidth) {
        const int pos = int(SendScintilla(SCI_POSITIONFROMPOINT, marginsWidth + 1, viewportPos.y()));
        const int line = int(SendScintilla(SCI_LINEFROMPOSITION, pos));
        for (const Diagnostic &d : diagnosticsOnLine(line))
            messages << describe(d);
    } else {
        const long pos = SendScintilla(SCI_POSITIONFROMPOINTCLOSE, viewportPos.x(), viewportPos.y());
        if (pos >= 0) {
            for (const Range &r : m_ranges) {
                if (pos >= r.start && pos <= r.end)
                    messages << describe(m_diagnostics.at(r.index));
            }
        }
    }
    return messages.join(u'\n');
}

bool Editor::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == viewport() && e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QsciScintilla::eventFilter(watched, e);
}
