#include "notesvalidator.h"

#include "schemaengine.h"
#include "templatemarkdown.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace NotesValidator {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("NotesValidator", s);
}

Diagnostic make(Diagnostic::Severity sev, const char *rule, const QString &file, int line, const QString &message)
{
    Diagnostic d;
    d.severity = sev;
    d.rule = QString::fromLatin1(rule);
    d.file = file;
    d.line = line;
    d.column = line > 0 ? 1 : 0;
    d.message = message;
    return d;
}

QString headingMarkup(const OutlineHeading &h)
{
    QString text = h.text;
    if (h.valueKind == OutlineHeading::SessionId)
        text += QStringLiteral(": [session-id]");
    else if (h.valueKind == OutlineHeading::Timestamp)
        text += QStringLiteral(": [timestamp]");
    return QString(h.level, u'#') + u' ' + text;
}

bool matches(const OutlineHeading &want, const TemplateMarkdown::Heading &have)
{
    if (want.valueKind == OutlineHeading::Fixed)
        return have.text.compare(want.text, Qt::CaseInsensitive) == 0;
    const qsizetype colon = have.text.indexOf(u':');
    return colon > 0 && have.text.left(colon).trimmed().compare(want.text, Qt::CaseInsensitive) == 0;
}

QString valueOf(const QString &headingText)
{
    QString v = headingText.mid(headingText.indexOf(u':') + 1).trimmed();
    // Writers decorate the value: `id`, **id**, "id".
    while (!v.isEmpty() && (v.startsWith(u'`') || v.startsWith(u'*') || v.startsWith(u'"') || v.startsWith(u'\'')))
        v.remove(0, 1);
    while (!v.isEmpty() && (v.endsWith(u'`') || v.endsWith(u'*') || v.endsWith(u'"') || v.endsWith(u'\'')))
        v.chop(1);
    return v.trimmed();
}

bool isPlaceholderValue(const QString &v)
{
    return v.startsWith(u'[') && v.endsWith(u']');
}

}

bool isGeneratedTimestamp(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2}(\\.\\d+)?)?\\s?(Z|UTC|[+-]\\d{2}:?\\d{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const QString time = m.captured(2);
    const int h = time.left(2).toInt();
    const int mi = time.mid(3, 2).toInt();
    return SchemaEngine::isDate(m.captured(1).toStdString()) && h < 24 && mi < 60;
}

Diagnostics validate(const QByteArray &bytes, const WorkerTemplate &tmpl, const QString &sessionId,
                     const QString &file)
{
    Diagnostics out;
    if (bytes.size() > kMaxNotesBytes) {
        out << make(Diagnostic::Error, "output.too-large", file, 0,
                    tr("%1 bytes is over the %2 MB limit for notes; not checked").arg(bytes.size()).arg(kMaxNotesBytes >> 20));
        return out;
    }
    if (bytes.trimmed().isEmpty()) {
        out << make(Diagnostic::Error, "output.empty-file", file, 0, tr("the notes file is empty"));
        return out;
    }
    const TemplateMarkdown::FrontMatter fm = TemplateMarkdown::splitFrontMatter(bytes);
    const QByteArray body = bytes.mid(fm.bodyOffset);
    const TemplateMarkdown::Document doc = TemplateMarkdown::scan(body, fm.bodyLine - 1);
    const QVector<TemplateMarkdown::Heading> &hs = doc.headings;

    int titleIndex = -1;
    for (int i = 0; i < hs.size(); ++i) {
        if (hs.at(i).level == 1) {
            titleIndex = i;
            break;
        }
    }
    if (titleIndex < 0)
        out << make(Diagnostic::Error, "notes.missing-title", file, 1, tr("no level-1 title (expected \"%1\")").arg(headingMarkup(tmpl.outline.title)));

    const QVector<OutlineHeading> &want = tmpl.outline.headings;
    QVector<int> found(want.size(), -1);
    QVector<bool> used(hs.size(), false);
    for (int w = 0; w < want.size(); ++w) {
        for (int i = 0; i < hs.size(); ++i) {
            if (!used.at(i) && i != titleIndex && matches(want.at(w), hs.at(i))) {
                found[w] = i;
                used[i] = true;
                break;
            }
        }
    }
    QStringList reportedPlaceholderLines;
    int maxIndex = -1;
    int maxWant = -1;
    for (int w = 0; w < want.size(); ++w) {
        const OutlineHeading &oh = want.at(w);
        const int i = found.at(w);
        if (i < 0) {
            out << make(Diagnostic::Error, "notes.missing-section", file, 0, tr("missing section \"%1\"").arg(headingMarkup(oh)));
            continue;
        }
        const TemplateMarkdown::Heading &h = hs.at(i);
        if (i < maxIndex) {
            out << make(Diagnostic::Warning, "notes.section-order", file, h.line,
                        tr("section \"%1\" should come after \"%2\"").arg(headingMarkup(oh), headingMarkup(want.at(maxWant))));
        } else {
            maxIndex = i;
            maxWant = w;
        }
        if (oh.valueKind == OutlineHeading::SessionId) {
            const QString v = valueOf(h.text);
            if (isPlaceholderValue(v) || v.isEmpty()) {
                out << make(Diagnostic::Error, "notes.placeholder-left", file, h.line, tr("the session id is still the placeholder \"%1\"").arg(v));
                reportedPlaceholderLines << QString::number(h.line);
            } else if (!sessionId.isEmpty() && v != sessionId) {
                out << make(Diagnostic::Error, "notes.session-mismatch", file, h.line,
                            tr("notes name session \"%1\", but this is session \"%2\"").arg(v, sessionId));
            }
        } else if (oh.valueKind == OutlineHeading::Timestamp) {
            const QString v = valueOf(h.text);
            if (isPlaceholderValue(v) || v.isEmpty()) {
                out << make(Diagnostic::Error, "notes.placeholder-left", file, h.line, tr("the timestamp is still the placeholder \"%1\"").arg(v));
                reportedPlaceholderLines << QString::number(h.line);
            } else if (!isGeneratedTimestamp(v)) {
                out << make(Diagnostic::Warning, "notes.bad-generated-timestamp", file, h.line,
                            tr("\"%1\" is not an ISO-8601 timestamp").arg(v));
            }
        } else {
            const bool hasSubsection = i + 1 < hs.size() && hs.at(i + 1).level > h.level;
            if (h.contentBlocks == 0 && !hasSubsection)
                out << make(Diagnostic::Warning, "notes.empty-section", file, h.line, tr("section \"%1\" is empty").arg(headingMarkup(oh)));
        }
    }

    // A setup-phase copy of a framework template left as it was: every
    // instruction line and {{PLACEHOLDER}} a worker must replace, by line.
    if (tmpl.unfilledMarkers) {
        static const QRegularExpression placeholder(QStringLiteral("\\{\\{[A-Z0-9_]+\\}\\}"));
        const QList<QByteArray> lines = body.split('\n');
        bool inFence = false;
        int reported = 0;
        for (int n = 0; n < lines.size() && reported < 200; ++n) {
            const QByteArray t = lines.at(n).trimmed();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence)
                continue;
            const int line = fm.bodyLine + n;
            if (t.startsWith("*REQUIRED:")) {
                Diagnostic d = make(Diagnostic::Error, "notes.unfilled", file, line,
                                    tr("the template's instruction is still here: %1").arg(QString::fromUtf8(t.left(120))));
                d.kind = QStringLiteral("required-line");
                out << d;
                ++reported;
                continue;
            }
            const QRegularExpressionMatch m = placeholder.match(QString::fromUtf8(t));
            if (m.hasMatch()) {
                Diagnostic d = make(Diagnostic::Error, "notes.unfilled", file, line,
                                    tr("template placeholder %1 left in the notes").arg(m.captured(0)));
                d.column = int(lines.at(n).indexOf(m.captured(0).toUtf8())) + 1;
                d.kind = QStringLiteral("placeholder");
                d.data = {{"placeholder", m.captured(0).toStdString()}};
                out << d;
                ++reported;
            }
        }
    }

    // Placeholder lines left from the skeleton ("[High-level overview]",
    // "[...]"), outside fenced code where brackets are just code.
    const QStringList &placeholders = tmpl.outline.placeholders;
    if (!placeholders.isEmpty()) {
        const QList<QByteArray> lines = body.split('\n');
        bool inFence = false;
        QByteArray fence;
        int reported = 0;
        for (int n = 0; n < lines.size() && reported < 50; ++n) {
            const QByteArray t = lines.at(n).trimmed();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                if (!inFence) {
                    inFence = true;
                    fence = t.left(3);
                } else if (t.startsWith(fence)) {
                    inFence = false;
                }
                continue;
            }
            if (inFence || !t.startsWith('['))
                continue;
            const QString s = QString::fromUtf8(t);
            if (placeholders.contains(s) || s == QLatin1String("[...]")) {
                const int line = fm.bodyLine + n;
                if (reportedPlaceholderLines.contains(QString::number(line)))
                    continue;
                out << make(Diagnostic::Error, "notes.placeholder-left", file, line, tr("template placeholder \"%1\" left in the notes").arg(s));
                ++reported;
            }
        }
    }
    return out;
}

}
