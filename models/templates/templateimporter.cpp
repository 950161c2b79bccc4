#include "templateimporter.h"

#include "safefile.h"
#include "schemainference.h"
#include "templatemarkdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace TemplateImporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateImporter", text);
}

// Bracket depth outside strings, and the first NUL byte: both checked before
// nlohmann sees the text (it stops silently at a NUL and its dump() of very
// deep values overflows the stack).
bool preflight(const QByteArray &bytes, int maxDepth, QString *error, qint64 *offset)
{
    int depth = 0;
    bool inString = false;
    const char *p = bytes.constData();
    const qint64 n = bytes.size();
    for (qint64 i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == 0) {
            if (error)
                *error = tr("NUL byte at offset %1").arg(i);
            if (offset)
                *offset = i;
            return false;
        }
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth) {
                if (error)
                    *error = tr("nested deeper than %1 levels").arg(maxDepth);
                if (offset)
                    *offset = i;
                return false;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return true;
}

template<typename Json>
bool parseImpl(const QByteArray &bytes, Json &out, QString *error, qint64 *errorOffset, int maxDepth)
{
    if (!preflight(bytes, maxDepth, error, errorOffset))
        return false;
    try {
        out = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
        return true;
    } catch (const nlohmann::json::parse_error &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        if (errorOffset)
            *errorOffset = e.byte > 0 ? qint64(e.byte) - 1 : 0;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        if (errorOffset)
            *errorOffset = 0;
    }
    return false;
}

QString fileNameIn(const QString &headingText, const QString &extension)
{
    static const QRegularExpression re(QStringLiteral("([A-Za-z0-9_.-]+)\\.(md|json)\\b"));
    auto it = re.globalMatch(headingText);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2) == extension)
            return m.captured(0);
    }
    return QString();
}

bool isSafeName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && !name.contains(QLatin1String(".."))
        && !name.contains(QChar(0));
}

}

bool parseGuarded(const QByteArray &bytes, nlohmann::json &out, QString *error, qint64 *errorOffset, int maxDepth)
{
    return parseImpl(bytes, out, error, errorOffset, maxDepth);
}

bool parseGuardedOrdered(const QByteArray &bytes, nlohmann::ordered_json &out, QString *error, qint64 *errorOffset,
                         int maxDepth)
{
    return parseImpl(bytes, out, error, errorOffset, maxDepth);
}

WorkerTemplate importDefinition(const QByteArray &bytes, const QString &path)
{
    WorkerTemplate t;
    t.source = WorkerTemplate::Imported;
    t.sourcePath = path;
    const TemplateMarkdown::FrontMatter fm = TemplateMarkdown::splitFrontMatter(bytes);
    QString type = fm.scalars.value(QStringLiteral("name"));
    if (!isSafeName(type))
        type = QFileInfo(path).completeBaseName();
    if (!isSafeName(type)) {
        t.problems << tr("no usable worker name in the front matter or the file name");
        return t;
    }
    t.workerType = type;
    t.displayName = fm.scalars.value(QStringLiteral("description"), type);
    const QString w = workerShortName(type);
    t.notesFile = QStringLiteral("notes/") + w + QStringLiteral("_notes.md");
    t.responseFile = QStringLiteral("workers/json/") + w + QStringLiteral("_response.json");

    const QByteArray body = bytes.mid(fm.bodyOffset);
    const TemplateMarkdown::Document doc = TemplateMarkdown::scan(body, fm.bodyLine - 1);

    // The output section: the first heading that talks about output. Blocks
    // before it (examples in the prose) are not the template.
    int outputHeading = -1;
    for (int i = 0; i < doc.headings.size(); ++i) {
        if (doc.headings.at(i).text.contains(QLatin1String("output"), Qt::CaseInsensitive)) {
            outputHeading = i;
            break;
        }
    }
    const TemplateMarkdown::CodeBlock *md = nullptr;
    const TemplateMarkdown::CodeBlock *json = nullptr;
    for (int pass = 0; pass < 2 && (!md || !json); ++pass) {
        for (const TemplateMarkdown::CodeBlock &c : doc.codeBlocks) {
            if (pass == 0 && c.headingIndex < outputHeading)
                continue;
            if (!md && (c.lang == QLatin1String("markdown") || c.lang == QLatin1String("md")))
                md = &c;
            else if (!json && c.lang == QLatin1String("json"))
                json = &c;
        }
        if (outputHeading < 0)
            break;
    }

    if (md) {
        t.outline = NotesOutline::fromMarkdown(md->text);
        if (md->headingIndex >= 0) {
            const QString name = fileNameIn(doc.headings.at(md->headingIndex).text, QStringLiteral("md"));
            if (isSafeName(name))
                t.notesFile = QStringLiteral("notes/") + name;
        }
    } else {
        t.problems << tr("no ```markdown block with a notes outline");
    }
    if (json) {
        nlohmann::ordered_json example;
        QString error;
        if (parseGuardedOrdered(json->text, example, &error)) {
            t.schema = SchemaInference::inferSchema(example, type.toStdString() + " response");
            t.responsePlaceholders = WorkerTemplate::placeholdersOf(t.schema);
        } else {
            t.problems << tr("the ```json example at line %1 is not valid JSON: %2").arg(json->line).arg(error);
        }
        if (json->headingIndex >= 0) {
            const QString name = fileNameIn(doc.headings.at(json->headingIndex).text, QStringLiteral("json"));
            if (isSafeName(name))
                t.responseFile = QStringLiteral("workers/json/") + name;
        }
    } else {
        t.problems << tr("no ```json block with an example response");
    }
    return t;
}

WorkerTemplate importFile(const QString &path)
{
    const SafeFile::Result read = SafeFile::read(path, kMaxDefinitionBytes);
    if (!read.ok()) {
        WorkerTemplate t;
        t.sourcePath = path;
        t.problems << (read.status == SafeFile::Status::TooLarge ? tr("%1 is larger than %2 bytes").arg(path).arg(kMaxDefinitionBytes)
                                                                 : read.error);
        return t;
    }
    return importDefinition(read.bytes, path);
}

WorkerTemplate importFrameworkTemplates(const QString &notesTemplatePath, const QString &outputTemplatePath,
                                        const QString &workerType)
{
    WorkerTemplate t;
    t.source = WorkerTemplate::FrameworkTemplates;
    t.workerType = workerType;
    t.displayName = workerType;
    t.unfilledMarkers = true;
    t.notesTemplatePath = notesTemplatePath;
    t.responseTemplatePath = outputTemplatePath;
    const SafeFile::Result notes = SafeFile::read(notesTemplatePath, kMaxDefinitionBytes);
    if (notes.ok()) {
        t.sourcePath = notesTemplatePath;
        t.outline = NotesOutline::fromFrameworkMarkdown(notes.bytes);
    } else if (notes.status != SafeFile::Status::Missing) {
        t.problems << notes.error;
    }
    const SafeFile::Result output = SafeFile::read(outputTemplatePath, kMaxDefinitionBytes);
    if (output.ok()) {
        if (t.sourcePath.isEmpty())
            t.sourcePath = outputTemplatePath;
        nlohmann::ordered_json example;
        QString error;
        if (parseGuardedOrdered(output.bytes, example, &error)) {
            t.schema = SchemaInference::inferFrameworkSchema(example, workerType.toStdString() + " output");
            t.responsePlaceholders = WorkerTemplate::placeholdersOf(t.schema);
        } else {
            t.problems << tr("%1 is not valid JSON: %2").arg(outputTemplatePath, error);
        }
    } else if (output.status != SafeFile::Status::Missing) {
        t.problems << output.error;
    }
    if (t.sourcePath.isEmpty() && t.problems.isEmpty())
        t.workerType.clear(); // neither file there: not a template
    return t;
}

WorkerTemplate loadTemplateFiles(const QString &dir, const QString &workerType, WorkerTemplate::Source source)
{
    WorkerTemplate t;
    t.source = source;
    t.workerType = workerType;
    t.displayName = workerType;
    const QString w = workerShortName(workerType);
    t.notesFile = QStringLiteral("notes/") + w + QStringLiteral("_notes.md");
    t.responseFile = QStringLiteral("workers/json/") + w + QStringLiteral("_response.json");
    const QString schemaPath = QDir(dir).filePath(workerType + QStringLiteral(".schema.json"));
    const QString outlinePath = QDir(dir).filePath(workerType + QStringLiteral(".outline.md"));
    const SafeFile::Result schemaFile = SafeFile::read(schemaPath, kMaxDefinitionBytes);
    if (schemaFile.status != SafeFile::Status::Missing) {
        t.sourcePath = schemaPath;
        if (!schemaFile.ok()) {
            t.problems << schemaFile.error;
        } else {
            QString error;
            nlohmann::json schema;
            if (parseGuarded(schemaFile.bytes, schema, &error)) {
                t.schema = std::move(schema);
                t.responsePlaceholders = WorkerTemplate::placeholdersOf(t.schema);
            } else {
                t.problems << tr("%1 is not valid JSON: %2").arg(schemaPath, error);
            }
        }
    }
    const SafeFile::Result outlineFile = SafeFile::read(outlinePath, kMaxDefinitionBytes);
    if (outlineFile.status != SafeFile::Status::Missing) {
        if (t.sourcePath.isEmpty())
            t.sourcePath = outlinePath;
        if (!outlineFile.ok())
            t.problems << outlineFile.error;
        else
            t.outline = NotesOutline::fromMarkdown(outlineFile.bytes);
    }
    if (t.sourcePath.isEmpty())
        t.workerType.clear(); // nothing there
    return t;
}

}
