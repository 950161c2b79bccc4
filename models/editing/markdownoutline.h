#pragma once

#include <QList>
#include <QMap>
#include <QString>

// The headings of a markdown document as CommonMark sees them (md4c: `#`
// lines inside fenced code are not headings, setext headings are), and how
// they line up with a template's required headings.
struct MarkdownHeading {
    int level = 0;
    QString text;
    int line = 0;      // 0-based line of the heading's text
};

struct RequiredHeading {
    int level = 0;
    QString text;      // may hold placeholders: "Session: [session-id]"
};

struct OutlineRow {
    int level = 0;
    QString text;
    int line = -1;           // in the document; -1 for a missing required heading
    int requiredIndex = -1;  // into the required list; -1 for an extra heading
    bool missing = false;
};

class MarkdownOutline
{
public:
    static QList<MarkdownHeading> headings(const QString &markdown);
    // Text match, ignoring case, spacing and emphasis markers; a required
    // heading with a placeholder matches on the text before it.
    // A required heading that is only a placeholder ("<Worker> Report")
    // matches any heading of its level.
    static bool matches(const RequiredHeading &required, const QString &headingText, int headingLevel);
    // For each required heading, the index of the document heading that
    // satisfies it (in order), or -1.
    static QList<int> match(const QList<MarkdownHeading> &doc, const QList<RequiredHeading> &required);
    // Document headings in order, with missing required ones placed where
    // they belong.
    static QList<OutlineRow> rows(const QList<MarkdownHeading> &doc, const QList<RequiredHeading> &required);
    // The 0-based line before which required[index] belongs: before the next
    // required heading that is present, else at the end.
    static int insertionLine(const QList<MarkdownHeading> &doc, const QList<RequiredHeading> &required, int index, int lineCount);
    // The document with required[index] inserted; placeholders like
    // "[session-id]" are replaced from `values` (key without brackets).
    static QString insertHeading(const QString &markdown, const QList<RequiredHeading> &required, int index,
                                 const QMap<QString, QString> &values = {}, int *insertedLine = nullptr);
    static QString fillPlaceholders(QString text, const QMap<QString, QString> &values);
};
