#include "templatemarkdown.h"

#include <md4c.h>

#include <algorithm>
#include <vector>

namespace TemplateMarkdown {

namespace {

QByteArray lineAt(const QByteArray &text, qsizetype &pos)
{
    const qsizetype nl = text.indexOf('\n', pos);
    const qsizetype end = nl < 0 ? text.size() : nl;
    QByteArray line = text.mid(pos, end - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    pos = nl < 0 ? text.size() : nl + 1;
    return line;
}

QStringList splitFlowList(QString inner)
{
    inner = inner.trimmed();
    if (inner.startsWith(u'['))
        inner.remove(0, 1);
    if (inner.endsWith(u']'))
        inner.chop(1);
    QStringList out;
    const QStringList parts = inner.split(u',');
    for (QString p : parts) {
        p = p.trimmed();
        if (p.size() >= 2 && (p.startsWith(u'"') || p.startsWith(u'\'')) && p.endsWith(p.at(0)))
            p = p.mid(1, p.size() - 2);
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith(u'"') || v.startsWith(u'\'')) && v.endsWith(v.at(0)))
        v = v.mid(1, v.size() - 2);
    return v;
}

}

FrontMatter splitFrontMatter(const QByteArray &text)
{
    FrontMatter fm;
    qsizetype pos = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray first = lineAt(text, pos).trimmed();
    if (first != "---" && first != "\xEF\xBB\xBF---")
        return fm;
    int line = 1;
    QString pendingKey;   // a key whose value continues on the next lines
    QString flowBuffer;   // an unfinished [ ... ] list
    while (pos < text.size()) {
        const QByteArray raw = lineAt(text, pos);
        ++line;
        const QString l = QString::fromUtf8(raw);
        const QString t = l.trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("...")) {
            fm.present = true;
            fm.bodyOffset = pos;
            fm.bodyLine = line + 1;
            return fm;
        }
        if (!flowBuffer.isEmpty()) {
            flowBuffer += t;
            if (t.contains(u']')) {
                fm.lists[pendingKey] = splitFlowList(flowBuffer);
                flowBuffer.clear();
                pendingKey.clear();
            }
            continue;
        }
        if (!pendingKey.isEmpty() && t.startsWith(QLatin1String("- "))) {
            fm.lists[pendingKey] << unquote(t.mid(2));
            continue;
        }
        if (!pendingKey.isEmpty() && t.startsWith(u'[')) {
            flowBuffer = t;
            if (t.contains(u']')) {
                fm.lists[pendingKey] = splitFlowList(flowBuffer);
                flowBuffer.clear();
                pendingKey.clear();
            }
            continue;
        }
        const qsizetype colon = l.indexOf(u':');
        if (colon <= 0 || l.at(0).isSpace() || t.startsWith(u'#'))
            continue;
        const QString key = l.left(colon).trimmed();
        const QString value = l.mid(colon + 1).trimmed();
        pendingKey.clear();
        if (value.isEmpty()) {
            pendingKey = key;
        } else if (value.startsWith(u'[')) {
            if (value.contains(u']')) {
                fm.lists[key] = splitFlowList(value);
            } else {
                pendingKey = key;
                flowBuffer = value;
            }
        } else {
            fm.scalars[key] = unquote(value);
        }
    }
    // No closing fence: not front matter after all; the whole text is body.
    return FrontMatter();
}

namespace {

struct ScanState {
    const char *begin = nullptr;
    qsizetype size = 0;
    std::vector<qsizetype> lineStarts;
    int lineOffset = 0;
    Document doc;
    int headingDepth = 0;   // inside an MD_BLOCK_H
    bool headingHasPos = false;
    int codeDepth = 0;      // inside an MD_BLOCK_CODE
    bool codeHasPos = false;
    QByteArray headingText;

    int lineOf(const char *p) const
    {
        const qsizetype off = p - begin;
        auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), off);
        return int(it - lineStarts.begin()) + lineOffset;
    }
    bool inside(const char *p) const { return p >= begin && p < begin + size; }
    void countContent()
    {
        if (doc.headings.isEmpty())
            ++doc.blocksBeforeFirstHeading;
        else
            ++doc.headings.last().contentBlocks;
    }
};

QString attributeText(const MD_ATTRIBUTE &a)
{
    return QString::fromUtf8(a.text, qsizetype(a.size));
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *user)
{
    auto *s = static_cast<ScanState *>(user);
    switch (type) {
    case MD_BLOCK_H: {
        Heading h;
        h.level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        s->doc.headings.push_back(h);
        s->headingDepth = 1;
        s->headingHasPos = false;
        s->headingText.clear();
        break;
    }
    case MD_BLOCK_CODE: {
        const auto *d = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
        CodeBlock c;
        c.lang = attributeText(d->lang).trimmed().toLower();
        c.headingIndex = int(s->doc.headings.size()) - 1;
        s->doc.codeBlocks.push_back(c);
        s->codeDepth = 1;
        s->codeHasPos = false;
        s->countContent();
        break;
    }
    case MD_BLOCK_P:
    case MD_BLOCK_HTML:
    case MD_BLOCK_TABLE:
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
    case MD_BLOCK_QUOTE:
        // Nested blocks count again (a paragraph in a list item); only
        // "has any content" matters to the rules.
        s->countContent();
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *user)
{
    auto *s = static_cast<ScanState *>(user);
    if (type == MD_BLOCK_H) {
        s->headingDepth = 0;
        s->doc.headings.last().text = normalized(QString::fromUtf8(s->headingText));
    } else if (type == MD_BLOCK_CODE) {
        s->codeDepth = 0;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE, void *, void *) { return 0; }
int leaveSpan(MD_SPANTYPE, void *, void *) { return 0; }

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *user)
{
    auto *s = static_cast<ScanState *>(user);
    if (s->headingDepth) {
        if (!s->headingHasPos && s->inside(text)) {
            s->doc.headings.last().line = s->lineOf(text);
            s->headingHasPos = true;
        }
        if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR)
            s->headingText += ' ';
        else if (type == MD_TEXT_NULLCHAR)
            s->headingText += "\xEF\xBF\xBD";
        else
            s->headingText.append(text, qsizetype(size));
    } else if (s->codeDepth) {
        CodeBlock &c = s->doc.codeBlocks.last();
        if (!s->codeHasPos && s->inside(text)) {
            c.line = std::max(1, s->lineOf(text) - 1);
            s->codeHasPos = true;
        }
        if (type == MD_TEXT_NULLCHAR)
            c.text += "\xEF\xBF\xBD";
        else
            c.text.append(text, qsizetype(size));
    }
    return 0;
}

}

Document scan(const QByteArray &text, int lineOffset)
{
    ScanState s;
    s.begin = text.constData();
    s.size = text.size();
    s.lineOffset = lineOffset;
    s.lineStarts.push_back(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            s.lineStarts.push_back(i + 1);
    }
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    md_parse(text.constData(), MD_SIZE(text.size()), &parser, &s);

    // Headings without text (`#` alone) got no position from md4c: place
    // them after the previous heading so ordering messages still make sense.
    int last = lineOffset + 1;
    for (Heading &h : s.doc.headings) {
        if (h.line == 0)
            h.line = last;
        last = h.line;
    }
    return s.doc;
}

QString normalized(const QString &s)
{
    return s.simplified();
}

}
