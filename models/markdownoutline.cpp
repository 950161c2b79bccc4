#include "markdownoutline.h"

#include <QRegularExpression>

#include <md4c.h>

#include <algorithm>
#include <vector>

namespace {

struct ParseState {
    const char *begin = nullptr;
    const char *end = nullptr;
    std::vector<qsizetype> lineStarts;  // byte offsets
    int lineOffset = 0;                 // lines removed with the front matter
    QList<MarkdownHeading> headings;
    bool inHeading = false;
    bool sawText = false;
    QByteArray text;
    int lastLine = 0;

    int lineOf(const char *p) const
    {
        const qsizetype offset = p - begin;
        const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
        return int(it - lineStarts.begin()) - 1 + lineOffset;
    }
};

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *s = static_cast<ParseState *>(userdata);
    if (type == MD_BLOCK_H) {
        s->inHeading = true;
        s->sawText = false;
        s->text.clear();
        MarkdownHeading h;
        h.level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        h.line = s->lastLine;  // refined by the first text inside
        s->headings.append(h);
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<ParseState *>(userdata);
    if (type == MD_BLOCK_H && s->inHeading) {
        s->inHeading = false;
        s->headings.last().text = QString::fromUtf8(s->text).simplified();
    }
    return 0;
}

int enterSpan(MD_SPANTYPE, void *, void *) { return 0; }
int leaveSpan(MD_SPANTYPE, void *, void *) { return 0; }

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *s = static_cast<ParseState *>(userdata);
    // Entity and NUL replacement texts point outside the document.
    const bool inDocument = text >= s->begin && text < s->end;
    if (inDocument)
        s->lastLine = s->lineOf(text);
    if (!s->inHeading)
        return 0;
    if (inDocument && !s->sawText) {
        s->sawText = true;
        s->headings.last().line = s->lineOf(text);
    }
    if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR)
        s->text += ' ';
    else
        s->text.append(text, qsizetype(size));
    return 0;
}

// YAML front matter reads as a paragraph plus a setext heading: leave it out.
qsizetype frontMatterEnd(const QByteArray &utf8, int *lines)
{
    *lines = 0;
    if (!utf8.startsWith("---\n") && !utf8.startsWith("---\r\n"))
        return 0;
    qsizetype pos = utf8.indexOf('\n') + 1;
    int count = 1;
    while (pos < utf8.size()) {
        qsizetype next = utf8.indexOf('\n', pos);
        const qsizetype lineEnd = next < 0 ? utf8.size() : next;
        const QByteArray line = utf8.mid(pos, lineEnd - pos).trimmed();
        ++count;
        if (line == "---" || line == "...") {
            *lines = count;
            return next < 0 ? utf8.size() : next + 1;
        }
        if (next < 0)
            break;
        pos = next + 1;
    }
    return 0;  // never closed: not front matter
}

QString normalized(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[*_`]")));
    return text.simplified().toCaseFolded();
}

}

QList<MarkdownHeading> MarkdownOutline::headings(const QString &markdown)
{
    const QByteArray all = markdown.toUtf8();
    int skippedLines = 0;
    const qsizetype start = frontMatterEnd(all, &skippedLines);
    const QByteArray utf8 = all.mid(start);

    ParseState state;
    state.begin = utf8.constData();
    state.end = utf8.constData() + utf8.size();
    state.lineOffset = skippedLines;
    state.lastLine = skippedLines;
    state.lineStarts.push_back(0);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n')
            state.lineStarts.push_back(i + 1);
    }

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    return state.headings;
}

bool MarkdownOutline::matches(const RequiredHeading &required, const QString &headingText, int headingLevel)
{
    QString want = required.text;
    const qsizetype placeholder = want.indexOf(QRegularExpression(QStringLiteral("[\\[<]")));
    const QString have = normalized(headingText);
    if (placeholder >= 0) {
        want = normalized(want.left(placeholder));
        return !want.isEmpty() ? have.startsWith(want) : headingLevel == required.level;
    }
    return have == normalized(want);
}

QList<int> MarkdownOutline::match(const QList<MarkdownHeading> &doc, const QList<RequiredHeading> &required)
{
    QList<int> result(required.size(), -1);
    std::vector<bool> used(size_t(doc.size()), false);
    for (int r = 0; r < required.size(); ++r) {
        for (int d = 0; d < doc.size(); ++d) {
            if (!used[size_t(d)] && matches(required.at(r), doc.at(d).text, doc.at(d).level)) {
                used[size_t(d)] = true;
                result[r] = d;
                break;
            }
        }
    }
    return result;
}

QList<OutlineRow> MarkdownOutline::rows(const QList<MarkdownHeading> &doc, const QList<RequiredHeading> &required)
{
    const QList<int> matched = match(doc, required);
    QList<int> requiredOf(doc.size(), -1);
    for (int r = 0; r < matched.size(); ++r) {
        if (matched[r] >= 0)
            requiredOf[matched[r]] = r;
    }
    QList<OutlineRow> rows;
    int nextMissing = 0;
    auto emitMissingBefore = [&](int limit) {
        for (; nextMissing < limit; ++nextMissing) {
            if (matched[nextMissing] >= 0)
                continue;
            OutlineRow row;
            row.level = required.at(nextMissing).level;
            row.text = required.at(nextMissing).text;
            row.requiredIndex = nextMissing;
            row.missing = true;
            rows.append(row);
        }
    };
    for (int d = 0; d < doc.size(); ++d) {
        if (requiredOf[d] >= 0)
            emitMissingBefore(requiredOf[d]);
        OutlineRow row;
        row.level = doc.at(d).level;
        row.text = doc.at(d).text;
        row.line = doc.at(d).line;
        row.requiredIndex = requiredOf[d];
        rows.append(row);
    }
    emitMissingBefore(int(required.size()));
    return rows;
}

int MarkdownOutline::insertionLine(const QList<MarkdownHeading> &doc, const QList<RequiredHeading> &required, int index, int lineCount)
{
    const QList<int> matched = match(doc, required);
    for (int r = index + 1; r < matched.size(); ++r) {
        if (matched[r] >= 0)
            return doc.at(matched[r]).line;
    }
    return lineCount;
}

QString MarkdownOutline::fillPlaceholders(QString text, const QMap<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(u'[' + it.key() + u']', it.value());
    return text;
}

QString MarkdownOutline::insertHeading(const QString &markdown, const QList<RequiredHeading> &required, int index,
                                       const QMap<QString, QString> &values, int *insertedLine)
{
    if (index < 0 || index >= required.size())
        return markdown;
    QStringList lines = markdown.split(u'\n');
    const bool endsWithNewline = markdown.endsWith(u'\n');
    if (endsWithNewline)
        lines.removeLast();
    const int at = std::clamp(insertionLine(headings(markdown), required, index, int(lines.size())), 0, int(lines.size()));
    const RequiredHeading &h = required.at(index);
    QStringList block;
    // Keep a blank line before the heading when the text above has none.
    if (at > 0 && !lines.at(at - 1).trimmed().isEmpty())
        block << QString();
    block << QString(std::max(1, h.level), u'#') + u' ' + fillPlaceholders(h.text, values) << QString();
    if (insertedLine)
        *insertedLine = at + (block.first().isEmpty() ? 1 : 0);
    for (int i = 0; i < block.size(); ++i)
        lines.insert(at + i, block.at(i));
    QString out = lines.join(u'\n');
    if (endsWithNewline || at == lines.size() - int(block.size()))
        out += u'\n';
    return out;
}
