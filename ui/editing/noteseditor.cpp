#include "noteseditor.h"

#include "editor.h"
#include "notesvalidator.h"
#include "outlinepane.h"

#include <Qsci/qscilexermarkdown.h>

#include <QAction>
#include <QDateTime>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
struct ViewResult {
    QList<MarkdownHeading> headings;
    MarkdownPreview::Rendered rendered;
};
}

NotesEditor::NotesEditor(QWidget *parent)
    : EditorPage(parent)
    , m_outline(new OutlinePane(this))
    , m_preview(new MarkdownPreview(this))
    , m_toolBar(new QToolBar(this))
    , m_viewTimer(new QTimer(this))
{
    auto *lexer = new QsciLexerMarkdown(editor());
    lexer->setDefaultFont(editor()->font());
    editor()->setLexer(lexer);
    editor()->setWrapMode(QsciScintilla::WrapWord);

    splitter()->insertWidget(0, m_outline);
    splitter()->addWidget(m_preview);
    // The editor gets most of the room; the outline only what its headings need.
    splitter()->setStretchFactor(0, 0);
    splitter()->setStretchFactor(1, 3);
    splitter()->setStretchFactor(2, 2);
    splitter()->setSizes({170, 560, 340});

    m_toolBar->setIconSize(QSize(16, 16));
    QAction *outlineToggle = m_toolBar->addAction(tr("Outline"));
    outlineToggle->setCheckable(true);
    outlineToggle->setChecked(true);
    connect(outlineToggle, &QAction::toggled, m_outline, &QWidget::setVisible);
    QAction *previewToggle = m_toolBar->addAction(tr("Preview"));
    previewToggle->setCheckable(true);
    previewToggle->setChecked(true);
    connect(previewToggle, &QAction::toggled, m_preview, &QWidget::setVisible);
    QAction *insertAll = m_toolBar->addAction(tr("Insert Missing Headings"));
    connect(insertAll, &QAction::triggered, this, [this] { insertAllMissing(); });
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_toolBar);

    m_viewTimer->setSingleShot(true);
    m_viewTimer->setInterval(300);
    connect(m_viewTimer, &QTimer::timeout, this, &NotesEditor::refreshViews);
    connect(m_outline, &OutlinePane::lineActivated, this, [this](int line) { editor()->goToLine(line + 1); });
    connect(m_outline, &OutlinePane::insertRequested, this, [this](int index) { insertRequiredHeading(index); });
    connect(m_outline, &OutlinePane::insertAllRequested, this, [this] { insertAllMissing(); });
    connect(editor(), &QsciScintilla::cursorPositionChanged, this, [this](int line, int) { m_preview->followLine(line); });
}

QList<RequiredHeading> NotesEditor::requiredHeadingsOf(const WorkerTemplate &tmpl)
{
    QList<RequiredHeading> out;
    if (!tmpl.outline.title.text.isEmpty())
        out.append({tmpl.outline.title.level > 0 ? tmpl.outline.title.level : 1, tmpl.outline.title.text});
    for (const OutlineHeading &h : tmpl.outline.headings) {
        QString text = h.text;
        if (h.valueKind == OutlineHeading::SessionId)
            text += QStringLiteral(": [session-id]");
        else if (h.valueKind == OutlineHeading::Timestamp)
            text += QStringLiteral(": [timestamp]");
        out.append({h.level, text});
    }
    return out;
}

QString NotesEditor::skeleton(const WorkerTemplate &tmpl, const QString &sessionId, const QString &timestamp)
{
    QMap<QString, QString> values;
    values.insert(QStringLiteral("session-id"), sessionId);
    values.insert(QStringLiteral("timestamp"), timestamp);
    QString text = tmpl.outline.markdown;
    if (text.trimmed().isEmpty()) {
        for (const RequiredHeading &h : requiredHeadingsOf(tmpl))
            text += QString(h.level, u'#') + u' ' + h.text + QStringLiteral("\n\n");
    }
    text = MarkdownOutline::fillPlaceholders(text, values);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

QMap<QString, QString> NotesEditor::placeholderValues() const
{
    QMap<QString, QString> values;
    if (!context().sessionId.isEmpty())
        values.insert(QStringLiteral("session-id"), context().sessionId);
    values.insert(QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return values;
}

void NotesEditor::contextChangedHook()
{
    m_required = requiredHeadingsOf(context().workerTemplate);
    const WorkerTemplate tmpl = context().workerTemplate;
    if (!tmpl.isValid()) {
        setValidator({});
        return;
    }
    const QString sessionId = context().sessionId;
    const QString file = context().relativePath;
    setValidator([tmpl, sessionId, file](const QString &text) {
        return NotesValidator::validate(text.toUtf8(), tmpl, sessionId, file);
    });
}

void NotesEditor::textChangedHook()
{
    m_viewTimer->start();
}

void NotesEditor::documentResetHook()
{
    refreshViews();
}

void NotesEditor::refreshViews()
{
    m_viewTimer->stop();
    m_viewsBusy = true;
    const QString text = editor()->text();
    const QList<RequiredHeading> required = m_required;
    // The newest text wins: an older result still on its way is dropped.
    m_viewJobs.start([text] {
        ViewResult r;
        r.headings = MarkdownOutline::headings(text);
        QList<int> lines;
        for (const MarkdownHeading &h : r.headings)
            lines.append(h.line);
        r.rendered = MarkdownPreview::render(text, lines);
        return r;
    }, [this, required](const ViewResult &r) {
        m_viewsBusy = false;
        m_outline->setRows(MarkdownOutline::rows(r.headings, required));
        m_preview->setRendered(r.rendered);
        Q_EMIT viewsRefreshed();
    });
}

bool NotesEditor::insertRequiredHeading(int index)
{
    if (index < 0 || index >= m_required.size() || editor()->isReadOnly())
        return false;
    const QString text = editor()->text();
    const QList<MarkdownHeading> doc = MarkdownOutline::headings(text);
    if (MarkdownOutline::match(doc, m_required).value(index, -1) >= 0)
        return false;  // already there
    const int lineCount = editor()->lines();
    // A last line without a newline counts as a line; insert after it properly.
    int at = MarkdownOutline::insertionLine(doc, m_required, index, lineCount);
    const RequiredHeading &h = m_required.at(index);
    const QString eol = lineEnding() == DocumentBuffer::LineEnding::CRLF ? QStringLiteral("\r\n")
                      : lineEnding() == DocumentBuffer::LineEnding::CR   ? QStringLiteral("\r")
                                                                         : QStringLiteral("\n");
    const QString heading = QString(std::max(1, h.level), u'#') + u' ' + MarkdownOutline::fillPlaceholders(h.text, placeholderValues());
    QString block;
    editor()->beginUndoAction();
    if (at >= lineCount) {
        at = lineCount - 1;
        const QString last = editor()->text(at);
        const bool endsWithBreak = last.endsWith(u'\n') || last.endsWith(u'\r');
        block = (endsWithBreak || last.isEmpty() ? QString() : eol) + (last.trimmed().isEmpty() ? QString() : eol) + heading + eol + eol;
        editor()->insertAt(block, at, int(last.size()));
        editor()->goToLine(editor()->lines());
    } else {
        const QString previous = at > 0 ? editor()->text(at - 1) : QString();
        block = (at > 0 && !previous.trimmed().isEmpty() ? eol : QString()) + heading + eol + eol;
        editor()->insertAt(block, at, 0);
        editor()->goToLine(at + (block.startsWith(eol) ? 3 : 2));
    }
    editor()->endUndoAction();
    refreshViews();
    revalidate();
    return true;
}

int NotesEditor::insertAllMissing()
{
    int count = 0;
    for (int i = 0; i < m_required.size(); ++i) {
        if (insertRequiredHeading(i))
            ++count;
    }
    return count;
}
