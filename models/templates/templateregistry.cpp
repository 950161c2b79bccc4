#include "templateregistry.h"

#include "templateimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace {

QStringList typesIn(const QString &dir, const QString &suffix)
{
    QStringList out;
    if (dir.isEmpty())
        return out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*") + suffix}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString type = f.left(f.size() - suffix.size());
        if (!type.isEmpty() && !out.contains(type))
            out << type;
    }
    return out;
}

// Fills the parts `into` lacks from `from`.
void fillFrom(WorkerTemplate &into, const WorkerTemplate &from)
{
    if (!from.isValid())
        return;
    if (into.schema.is_null() && !from.schema.is_null()) {
        into.schema = from.schema;
        into.responsePlaceholders = from.responsePlaceholders;
    }
    if (into.outline.markdown.isEmpty() && !from.outline.markdown.isEmpty())
        into.outline = from.outline;
}

}

TemplateRegistry::TemplateRegistry() = default;

void TemplateRegistry::setUserDir(const QString &dir)
{
    m_userDir = dir;
}

void TemplateRegistry::setAgentsDir(const QString &dir)
{
    m_agentsDir = dir;
}

QString TemplateRegistry::defaultUserDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates");
}

QVector<WorkerTemplate> TemplateRegistry::builtIns()
{
    // Read once per process: the resources never change.
    static const QVector<WorkerTemplate> cached = [] {
        QVector<WorkerTemplate> out;
        QStringList types = typesIn(builtInDir(), QStringLiteral(".schema.json"));
        for (const QString &t : typesIn(builtInDir(), QStringLiteral(".outline.md"))) {
            if (!types.contains(t))
                types << t;
        }
        for (const QString &type : types) {
            WorkerTemplate t = TemplateImporter::loadTemplateFiles(builtInDir(), type, WorkerTemplate::BuiltIn);
            if (t.isValid())
                out << t;
        }
        if (out.isEmpty())
            spdlog::warn("no built-in templates in :/templates (is templates.qrc linked?)");
        return out;
    }();
    return cached;
}

WorkerTemplate TemplateRegistry::templateFor(const QString &workerType) const
{
    WorkerTemplate result;
    QVector<WorkerTemplate> layers;
    if (!m_agentsDir.isEmpty()) {
        const QString path = QDir(m_agentsDir).filePath(workerType + QStringLiteral(".md"));
        if (QFileInfo::exists(path)) {
            WorkerTemplate t = TemplateImporter::importFile(path);
            t.source = WorkerTemplate::ProjectAgents;
            if (t.isValid())
                t.workerType = workerType; // the file name decides the lookup, not its front matter
            layers << t;
        }
    }
    if (!m_userDir.isEmpty())
        layers << TemplateImporter::loadTemplateFiles(m_userDir, workerType, WorkerTemplate::UserFolder);
    const QVector<WorkerTemplate> builtIn = builtIns();
    for (const WorkerTemplate &t : builtIn) {
        if (t.workerType == workerType)
            layers << t;
    }
    // The generic template: a user copy overrides the built-in one.
    if (!m_userDir.isEmpty())
        layers << TemplateImporter::loadTemplateFiles(m_userDir, QStringLiteral("generic"), WorkerTemplate::UserFolder);
    for (const WorkerTemplate &t : builtIn) {
        if (t.workerType == QLatin1String("generic"))
            layers << t;
    }
    for (const WorkerTemplate &layer : layers) {
        if (!layer.isValid())
            continue;
        if (!result.isValid()) {
            result = layer;
            result.workerType = workerType;
            const QString w = workerShortName(workerType);
            if (layer.workerType == QLatin1String("generic") || layer.source != WorkerTemplate::ProjectAgents) {
                result.notesFile = QStringLiteral("notes/") + w + QStringLiteral("_notes.md");
                result.responseFile = QStringLiteral("workers/json/") + w + QStringLiteral("_response.json");
            }
        } else {
            fillFrom(result, layer);
        }
    }
    if (!result.isValid()) {
        result.workerType = workerType;
        const QString w = workerShortName(workerType);
        result.notesFile = QStringLiteral("notes/") + w + QStringLiteral("_notes.md");
        result.responseFile = QStringLiteral("workers/json/") + w + QStringLiteral("_response.json");
        result.problems << QCoreApplication::translate("TemplateRegistry", "no template found, not even the built-in one");
    }
    return result;
}

QVector<WorkerTemplate> TemplateRegistry::allTemplates() const
{
    QVector<WorkerTemplate> out;
    if (!m_agentsDir.isEmpty()) {
        for (const QString &type : typesIn(m_agentsDir, QStringLiteral(".md"))) {
            WorkerTemplate t = TemplateImporter::importFile(QDir(m_agentsDir).filePath(type + QStringLiteral(".md")));
            t.source = WorkerTemplate::ProjectAgents;
            if (t.isValid())
                t.workerType = type;
            out << t;
        }
    }
    if (!m_userDir.isEmpty()) {
        QStringList types = typesIn(m_userDir, QStringLiteral(".schema.json"));
        for (const QString &t : typesIn(m_userDir, QStringLiteral(".outline.md"))) {
            if (!types.contains(t))
                types << t;
        }
        for (const QString &type : types)
            out << TemplateImporter::loadTemplateFiles(m_userDir, type, WorkerTemplate::UserFolder);
    }
    out << builtIns();
    return out;
}
