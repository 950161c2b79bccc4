#include "markdownpreview.h"

#include <QScrollBar>

#include <md4c-html.h>
#include <md4c.h>

#include <algorithm>

namespace {
void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}
}

MarkdownPreview::Rendered MarkdownPreview::render(const QString &markdown, const QList<int> &headingLines)
{
    Rendered out;
    const QStringList lines = markdown.split(u'\n');
    QList<int> starts{0};
    for (int line : headingLines) {
        if (line > starts.last() && line < lines.size())
            starts.append(line);
    }
    QByteArray html;
    for (int s = 0; s < starts.size(); ++s) {
        const int from = starts.at(s);
        const int to = s + 1 < starts.size() ? starts.at(s + 1) : int(lines.size());
        const QByteArray chunk = lines.mid(from, to - from).join(u'\n').toUtf8();
        html += "<a name=\"s" + QByteArray::number(s) + "\"></a>";
        md_html(chunk.constData(), MD_SIZE(chunk.size()), appendOutput, &html,
                MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_NOHTML, 0);
    }
    out.html = QString::fromUtf8(html);
    out.sectionLines = starts;
    return out;
}

MarkdownPreview::MarkdownPreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant MarkdownPreview::loadResource(int, const QUrl &)
{
    // Never fetch what a document links to (images, remote files): the
    // preview shows the text only.
    return QVariant();
}

void MarkdownPreview::setRendered(const Rendered &rendered)
{
    const int scroll = verticalScrollBar()->value();
    m_rendered = rendered;
    setHtml(rendered.html);
    verticalScrollBar()->setValue(scroll);
    if (m_section >= 0) {
        const int section = m_section;
        m_section = -1;
        followLine(section < m_rendered.sectionLines.size() ? m_rendered.sectionLines.at(section) : 0);
    }
}

void MarkdownPreview::followLine(int line)
{
    const auto it = std::upper_bound(m_rendered.sectionLines.begin(), m_rendered.sectionLines.end(), line);
    const int section = std::max(0, int(it - m_rendered.sectionLines.begin()) - 1);
    if (section == m_section)
        return;
    m_section = section;
    scrollToAnchor(QStringLiteral("s%1").arg(section));
}
