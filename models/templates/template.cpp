#include "template.h"

#include "templatemarkdown.h"

#include <QCoreApplication>

namespace {

OutlineHeading headingOf(const TemplateMarkdown::Heading &h)
{
    OutlineHeading o;
    o.level = h.level;
    o.text = h.text;
    const bool session = h.text.contains(QLatin1String("[session-id]"), Qt::CaseInsensitive);
    const bool time = h.text.contains(QLatin1String("[timestamp]"), Qt::CaseInsensitive);
    if ((session || time) && h.text.contains(u':')) {
        o.valueKind = session ? OutlineHeading::SessionId : OutlineHeading::Timestamp;
        o.text = h.text.left(h.text.indexOf(u':')).trimmed();
    }
    return o;
}

void collectPlaceholders(const nlohmann::json &s, QStringList &out, int depth)
{
    if (depth > 64)
        return;
    if (s.is_object()) {
        auto e = s.find("enum");
        if (e != s.end() && e->is_array() && e->size() > 1) {
            QString joined;
            bool allStrings = true;
            for (const auto &v : *e) {
                if (!v.is_string()) {
                    allStrings = false;
                    break;
                }
                if (!joined.isEmpty())
                    joined += u'|';
                joined += QString::fromStdString(v.get<std::string>());
            }
            if (allStrings && !out.contains(joined))
                out << joined;
        }
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (it.key() != "enum" && it.key() != "const" && it.key() != "default" && it.key() != "examples")
                collectPlaceholders(it.value(), out, depth + 1);
        }
    } else if (s.is_array()) {
        for (const auto &v : s)
            collectPlaceholders(v, out, depth + 1);
    }
}

}

NotesOutline NotesOutline::fromMarkdown(const QByteArray &markdown)
{
    NotesOutline o;
    o.markdown = QString::fromUtf8(markdown);
    const TemplateMarkdown::Document doc = TemplateMarkdown::scan(markdown);
    bool haveTitle = false;
    for (const TemplateMarkdown::Heading &h : doc.headings) {
        if (!haveTitle && h.level == 1) {
            o.title = headingOf(h);
            haveTitle = true;
            continue;
        }
        o.headings.push_back(headingOf(h));
    }
    // Placeholder lines are the skeleton's "[...]" lines; code fences do not
    // occur in outlines, so a line scan is exact here.
    const QStringList lines = o.markdown.split(u'\n');
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.size() > 2 && t.startsWith(u'[') && t.endsWith(u']') && !o.placeholders.contains(t))
            o.placeholders << t;
    }
    return o;
}

NotesOutline NotesOutline::fromFrameworkMarkdown(const QByteArray &markdown)
{
    NotesOutline o;
    o.markdown = QString::fromUtf8(markdown);
    const TemplateMarkdown::Document doc = TemplateMarkdown::scan(markdown);
    const QList<QByteArray> lines = markdown.split('\n');
    auto isInstructionsOnly = [&](int headingIndex) {
        const int from = doc.headings.at(headingIndex).line; // 1-based: the body starts on the next line
        int to = int(lines.size());
        for (int k = headingIndex + 1; k < doc.headings.size(); ++k) {
            if (doc.headings.at(k).level <= 2) {
                to = doc.headings.at(k).line - 1;
                break;
            }
        }
        bool sawFirst = false, firstIsNote = false;
        for (int n = from; n < to && n < lines.size(); ++n) {
            const QByteArray t = lines.at(n).trimmed();
            if (t.startsWith("*REQUIRED:"))
                return false;
            if (!sawFirst && !t.isEmpty()) {
                sawFirst = true;
                firstIsNote = t.startsWith('*') && !t.startsWith("**");
            }
        }
        return firstIsNote;
    };
    bool haveTitle = false;
    for (int k = 0; k < doc.headings.size(); ++k) {
        const TemplateMarkdown::Heading &h = doc.headings.at(k);
        if (!haveTitle && h.level == 1) {
            o.title = headingOf(h);
            haveTitle = true;
            continue;
        }
        if (h.level == 2 && !isInstructionsOnly(k))
            o.headings.push_back(headingOf(h));
    }
    return o;
}

QString WorkerTemplate::sourceName(Source s)
{
    switch (s) {
    case BuiltIn: return QCoreApplication::translate("WorkerTemplate", "built-in");
    case UserFolder: return QCoreApplication::translate("WorkerTemplate", "user folder");
    case ProjectAgents: return QCoreApplication::translate("WorkerTemplate", "project .claude/agents");
    case Imported: return QCoreApplication::translate("WorkerTemplate", "imported");
    case FrameworkTemplates: return QCoreApplication::translate("WorkerTemplate", "framework templates");
    }
    return QString();
}

QStringList WorkerTemplate::placeholdersOf(const nlohmann::json &schema)
{
    QStringList out{QStringLiteral("string"), QStringLiteral("ISO-8601")};
    collectPlaceholders(schema, out, 0);
    return out;
}

QString workerShortName(const QString &workerType)
{
    QString w = workerType;
    if (w.endsWith(QLatin1String("-worker")))
        w.chop(7);
    return w;
}
