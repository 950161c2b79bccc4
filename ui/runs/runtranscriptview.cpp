#include "runtranscriptview.h"

#include "runner.h"
#include "streamjsonparser.h"

#include <QFile>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
constexpr int kMaxShownChars = 4000; // a 1 MB tool result is read in the console, not here

QString esc(const QString &s)
{
    QString t = s.left(kMaxShownChars).toHtmlEscaped();
    if (s.size() > kMaxShownChars)
        t += QStringLiteral(" …");
    return t;
}
}

RunTranscriptView::RunTranscriptView(QWidget *parent) : QWidget(parent), m_view(new QTextBrowser(this))
{
    m_view->setOpenLinks(false);
    m_view->setPlaceholderText(tr("No transcript: the run prints no stream-json."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void RunTranscriptView::clear()
{
    if (m_run)
        m_run->disconnect(this);
    m_run = nullptr;
    m_view->clear();
}

void RunTranscriptView::setRunner(Runner *run)
{
    clear();
    m_run = run;
    if (!run)
        return;
    appendEntries(0, int(run->transcript().size()));
    connect(run, &Runner::transcriptAppended, this, &RunTranscriptView::appendEntries);
}

void RunTranscriptView::showStdoutFile(const QString &path)
{
    clear();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024)
        return;
    StreamJsonParser parser;
    QString html;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(16 * 1024 * 1024);
        for (const TranscriptEntry &e : parser.feed(line))
            html += entryHtml(e);
    }
    m_view->setHtml(html);
}

void RunTranscriptView::appendEntries(int first, int count)
{
    if (!m_run)
        return;
    QScrollBar *sb = m_view->verticalScrollBar();
    const bool follow = sb->value() >= sb->maximum() - 2;
    const QList<TranscriptEntry> &all = m_run->transcript();
    for (int i = first; i < first + count && i < all.size(); ++i)
        m_view->append(entryHtml(all.at(i)));
    if (follow)
        sb->setValue(sb->maximum());
}

QString RunTranscriptView::plainText() const
{
    return m_view->toPlainText();
}

QString RunTranscriptView::entryHtml(const TranscriptEntry &e)
{
    const QString indent = e.inSubagent ? QStringLiteral("margin-left:24px;") : QString();
    const QString sub = e.inSubagent ? tr("(subagent) ") : QString();
    switch (e.kind) {
    case TranscriptEntry::Init:
        return QStringLiteral("<p style='color:gray;%1'>%2</p>").arg(indent, tr("Started: %1").arg(esc(e.text)));
    case TranscriptEntry::AssistantText:
        return QStringLiteral("<p style='%1'>%2%3</p>").arg(indent, sub, esc(e.text).replace(u'\n', QLatin1String("<br>")));
    case TranscriptEntry::ToolUse:
        return QStringLiteral("<p style='%1'><b>▶ %2</b> <span style='color:gray'>%3</span><pre>%4</pre></p>")
            .arg(indent, sub + esc(e.toolName), esc(e.toolId), esc(e.inputJson));
    case TranscriptEntry::ToolResult:
        return QStringLiteral("<p style='%1'><span style='color:%2'>%3</span><pre>%4</pre></p>")
            .arg(indent, e.isError ? QStringLiteral("#c0392b") : QStringLiteral("#2e7d32"),
                 e.isError ? tr("◀ tool error") : tr("◀ tool result"), esc(e.text));
    case TranscriptEntry::Result:
        return QStringLiteral("<hr><p><b style='color:%1'>%2</b></p><p>%3</p>")
            .arg(e.isError ? QStringLiteral("#c0392b") : QStringLiteral("#2e7d32"),
                 tr("Result: %1").arg(esc(e.toolName)), esc(e.text).replace(u'\n', QLatin1String("<br>")));
    case TranscriptEntry::Other:
        break;
    }
    return QStringLiteral("<p style='color:gray;%1'>%2</p>").arg(indent, esc(e.text));
}
