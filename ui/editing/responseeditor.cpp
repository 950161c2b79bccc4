#include "responseeditor.h"

#include "citation.h"
#include "editor.h"
#include "jsonformatter.h"
#include "jsoninsertmissing.h"
#include "responsevalidator.h"
#include "schemaengine.h"

#include <Qsci/qscilexerjson.h>

#include <QAction>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QMenu>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
bool isEnumViolation(const Diagnostic &d)
{
    return d.rule == u"response.schema" && d.kind == u"enum" && !d.pointer.isNull();
}
}

ResponseEditor::ResponseEditor(QWidget *parent)
    : EditorPage(parent)
    , m_toolBar(new QToolBar(this))
{
    auto *lexer = new QsciLexerJSON(editor());
    lexer->setDefaultFont(editor()->font());
    lexer->setFoldCompact(false);
    editor()->setLexer(lexer);
    editor()->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);

    QAction *formatAction = m_toolBar->addAction(tr("Format"));
    formatAction->setToolTip(tr("Pretty-print, keeping key order and values (Ctrl+Shift+I)"));
    addEditorKey(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { format(); });
    connect(formatAction, &QAction::triggered, this, [this] { format(); });
    QAction *insertAction = m_toolBar->addAction(tr("Insert Missing Keys"));
    insertAction->setToolTip(tr("Add the keys the template requires, with values of the right type"));
    connect(insertAction, &QAction::triggered, this, [this] { insertMissingKeys(); });
    QAction *fixAction = m_toolBar->addAction(tr("Quick Fix…"));
    fixAction->setToolTip(tr("Fixes for the problem at the cursor (Ctrl+.)"));
    addEditorKey(QKeySequence(Qt::CTRL | Qt::Key_Period), [this] { showQuickFixes(); });
    connect(fixAction, &QAction::triggered, this, &ResponseEditor::showQuickFixes);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_toolBar);
    connect(editor(), &QsciScintilla::textChanged, this, [this] { ++m_edits; });
}

ResponseEditor::~ResponseEditor() = default;

QString ResponseEditor::skeleton(const WorkerTemplate &tmpl, const QString &sessionId, const QString &timestamp)
{
    std::map<std::string, nlohmann::ordered_json> known;
    known["session_id"] = sessionId.toStdString();
    known["worker"] = tmpl.workerType.toStdString();
    known["timestamp"] = timestamp.toStdString();
    const JsonInsertMissing::Result r = JsonInsertMissing::apply(QStringLiteral("{}"), tmpl.schema, known);
    return r.ok ? r.text : QStringLiteral("{}\n");
}

void ResponseEditor::contextChangedHook()
{
    const WorkerTemplate tmpl = context().workerTemplate;
    if (!tmpl.isValid()) {
        m_engine.reset();
        setValidator({});
        return;
    }
    auto engine = std::make_shared<SchemaEngine>();
    if (!engine->compile(tmpl.schema))
        showMessage(tr("The template's schema can't be used: %1").arg(QString::fromStdString(engine->compileError())), true);
    m_engine = engine;
    const QString sessionId = context().sessionId;
    const QString worker = context().workerType;
    const QString file = context().relativePath;
    // The engine is immutable once compiled and safe to share between threads.
    setValidator([tmpl, engine, sessionId, worker, file](const QString &text) {
        return ResponseValidator::validate(text.toUtf8(), tmpl, engine.get(), sessionId, worker, file);
    });
}

QString ResponseEditor::citationText(int eventLine, const QString &type, const QString &agent, const QString &timestamp) const
{
    return CitationFormat::jsonString(eventLine, type, agent, timestamp);
}

void ResponseEditor::replaceAllUndoable(const QString &text)
{
    int line = 0, index = 0;
    editor()->getCursorPosition(&line, &index);
    replaceText(text);
    editor()->setCursorPosition(std::min(line, std::max(0, editor()->lines() - 1)), 0);
}

void ResponseEditor::format()
{
    if (editor()->isReadOnly()) {
        Q_EMIT formatFinished(false);
        return;
    }
    const quint64 edits = m_edits;
    m_formatJob.start([text = text()] { return JsonFormatter::format(text); },
                      [this, edits](const JsonFormatter::Result &r) {
        // Typing while a large document formats: what was typed wins, and
        // formatting the old text would undo it.
        if (edits != m_edits || editor()->isReadOnly()) {
            Q_EMIT formatFinished(false);
            return;
        }
        if (!r.ok) {
            showMessage(r.line > 0 ? tr("Can't format (line %1, column %2): %3").arg(r.line).arg(r.column).arg(r.error)
                                   : tr("Can't format: %1").arg(r.error),
                        true);
            if (r.line > 0)
                editor()->goToLine(r.line, r.column - 1);
            Q_EMIT formatFinished(false);
            return;
        }
        if (r.text != text())
            replaceAllUndoable(r.text);
        Q_EMIT formatFinished(true);
    });
}

int ResponseEditor::insertMissingKeys()
{
    if (editor()->isReadOnly())
        return -1;
    const WorkerTemplate &tmpl = context().workerTemplate;
    std::map<std::string, nlohmann::ordered_json> known;
    if (!context().sessionId.isEmpty())
        known["session_id"] = context().sessionId.toStdString();
    if (!tmpl.workerType.isEmpty() && tmpl.workerType != u"generic")
        known["worker"] = tmpl.workerType.toStdString();
    const JsonInsertMissing::Result r = JsonInsertMissing::apply(text(), tmpl.schema, known);
    if (!r.ok) {
        showMessage(tr("Can't insert missing keys: %1").arg(r.error), true);
        return -1;
    }
    if (!r.added.isEmpty())
        replaceAllUndoable(r.text);
    showMessage(r.added.isEmpty() ? tr("No required key is missing.")
                                  : tr("Added %n key(s): %1", nullptr, int(r.added.size())).arg(r.added.join(QStringLiteral(", "))));
    revalidate();
    return int(r.added.size());
}

Diagnostics ResponseEditor::enumViolations(int line) const
{
    Diagnostics out;
    for (const Diagnostic &d : diagnostics()) {
        if (isEnumViolation(d) && (line < 0 || d.line - 1 == line))
            out.append(d);
    }
    return out;
}

QStringList ResponseEditor::allowedValues(const Diagnostic &violation) const
{
    return JsonInsertMissing::enumValuesAt(context().workerTemplate.schema, violation.pointer.toStdString());
}

bool ResponseEditor::applyEnumFix(const Diagnostic &violation, const QString &jsonValue)
{
    if (editor()->isReadOnly())
        return false;
    const QString current = text();
    const auto span = JsonInsertMissing::valueSpan(current, violation.pointer.toStdString());
    if (!span)
        return false;
    // Select the old value and type over it: one undo step, the rest untouched.
    const int startLine = int(QStringView(current).left(span->start).count(u'\n'));
    const int endLine = int(QStringView(current).left(span->end).count(u'\n'));
    const qsizetype startLineOffset = current.lastIndexOf(u'\n', span->start - 1) + 1;
    const qsizetype endLineOffset = current.lastIndexOf(u'\n', span->end - 1) + 1;
    const long from = editor()->positionFromLineIndex(startLine, 0)
        + long(current.mid(startLineOffset, span->start - startLineOffset).toUtf8().size());
    const long to = editor()->positionFromLineIndex(endLine, 0)
        + long(current.mid(endLineOffset, span->end - endLineOffset).toUtf8().size());
    editor()->SendScintilla(QsciScintilla::SCI_SETSEL, from, to);
    insertAtCursor(jsonValue);
    revalidate();
    return true;
}

void ResponseEditor::showQuickFixes()
{
    QMenu menu(this);
    const Diagnostics violations = enumViolations(editor()->currentLine());
    for (const Diagnostic &d : violations) {
        const QStringList values = allowedValues(d);
        if (values.isEmpty())
            continue;
        menu.addSection(tr("%1: change to").arg(d.pointer));
        for (const QString &v : values)
            menu.addAction(v, this, [this, d, v] { applyEnumFix(d, v); });
    }
    if (!context().workerTemplate.schema.is_null())
        menu.addAction(tr("Insert Missing Keys"), this, [this] { insertMissingKeys(); });
    menu.addAction(tr("Format"), this, [this] { format(); });
    const long pos = editor()->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS);
    const QPoint at(int(editor()->SendScintilla(QsciScintilla::SCI_POINTXFROMPOSITION, 0, pos)),
                    int(editor()->SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0, pos)) + editor()->textHeight(0));
    menu.exec(editor()->viewport()->mapToGlobal(at));
}

bool ResponseEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == editor() && event->type() == QEvent::ContextMenu) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        QMenu *menu = editor()->createStandardContextMenu();
        const long pos = editor()->SendScintilla(QsciScintilla::SCI_POSITIONFROMPOINT, e->pos().x(), e->pos().y());
        const int line = int(editor()->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, pos));
        const Diagnostics violations = enumViolations(line);
        QAction *first = menu->actions().value(0);
        for (const Diagnostic &d : violations) {
            const QStringList values = allowedValues(d);
            if (values.isEmpty())
                continue;
            QMenu *sub = new QMenu(tr("Change %1 to", "enum quick fix").arg(d.pointer), menu);
            for (const QString &v : values)
                sub->addAction(v, this, [this, d, v] { applyEnumFix(d, v); });
            menu->insertMenu(first, sub);
        }
        if (!violations.isEmpty())
            menu->insertSeparator(first);
        menu->exec(e->globalPos());
        delete menu;
        return true;
    }
    return EditorPage::eventFilter(watched, event);
}
