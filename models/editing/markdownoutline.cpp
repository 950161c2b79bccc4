#include "markdownoutline.h"

#include "templatemarkdown.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace {

QString normalized(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[*_`]")));
    return text.simplified().toCaseFolded();
}

}

QList<MarkdownHeading> MarkdownOutline::headings(const QString &markdown)
{
    // One CommonMark reading for the doctor and the editors: the notes
    // validator's TemplateMarkdown::scan (front matter cut off first).
    const QByteArray all = markdown.toUtf8();
    const TemplateMarkdown::FrontMatter fm = TemplateMarkdown::splitFrontMatter(all);
    const TemplateMarkdown::Document doc = TemplateMarkdown::scan(fm.present ? all.mid(fm.bodyOffset) : all,
                                                                  fm.present ? fm.bodyLine - 1 : 0);
    QList<MarkdownHeading> out;
    for (const TemplateMarkdown::Heading &h : doc.headings)
        out.append(MarkdownHeading{h.level, h.text, h.line - 1}); // scan counts from 1
    return out;
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
