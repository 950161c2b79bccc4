#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

// Markdown facts the templates and the notes rules need, read with md4c so
// that `#` lines inside code fences or HTML blocks are not taken for
// headings and setext headings are (docs/LIBRARIES.md measured how a line regex
// gets this wrong).
namespace TemplateMarkdown {

struct FrontMatter {
    bool present = false;
    QMap<QString, QString> scalars;      // key: value
    QMap<QString, QStringList> lists;    // key: [a, b] (flow or block style)
    qsizetype bodyOffset = 0;            // first byte after the closing ---
    int bodyLine = 1;                    // 1-based line of that byte
};

// YAML front matter is only the simple subset worker definitions use; md4c
// would read it as text plus a setext heading, so it is cut off first.
FrontMatter splitFrontMatter(const QByteArray &text);

struct Heading {
    int level = 0;
    QString text;
    int line = 0;          // 1-based, in the text given to scan()
    int contentBlocks = 0; // paragraphs, lists, code, tables... directly under it
};

struct CodeBlock {
    QString lang;          // info string's first word, lower-cased
    QByteArray text;
    int line = 0;          // line of the opening fence (0 when unknown)
    int headingIndex = -1; // the heading it sits under
};

struct Document {
    QVector<Heading> headings;
    QVector<CodeBlock> codeBlocks;
    int blocksBeforeFirstHeading = 0;
};

// `lineOffset` is added to every line number (for text after front matter).
Document scan(const QByteArray &text, int lineOffset = 0);

// Collapses runs of whitespace and trims; used to compare heading texts.
QString normalized(const QString &s);
}
