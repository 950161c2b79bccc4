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

void TemplateRegistry::setProtocol(const ProtocolProfile &profile, const QString &projectRoot, const QString &reason)
{
    m_profile = profile;
    m_projectRoot = projectRoot;
    m_protocolReason = reason;
}

QStringList TemplateRegistry::frameworkTemplateFiles(const QString &workerType) const
{
    const QString w = workerShortName(workerType);
    const QString notesName = w + QStringLiteral("_notes_template.md");
    const QString outputName = w + QStringLiteral("_output_template.json");
    QStringList folders;
    // A folder given by the user may be the templates folder itself, the
    // pydantic_ai folder or the agents folder holding it.
    for (const QString &base : {m_userDir, m_agentsDir}) {
        if (base.isEmpty())
            continue;
        folders << base << base + u'/' + w + QStringLiteral("/templates")
                << base + QStringLiteral("/pydantic_ai/") + w + QStringLiteral("/templates");
    }
    if (!m_projectRoot.isEmpty() && !m_profile.notesTemplatePattern.isEmpty())
        folders << QFileInfo(QDir(m_projectRoot).filePath(m_profile.notesTemplatePattern.arg(w))).absolutePath();
    for (const QString &folder : std::as_const(folders)) {
        const QString notes = QDir(folder).filePath(notesName);
        const QString output = QDir(folder).filePath(outputName);
        if (QFileInfo(notes).isFile() || QFileInfo(output).isFile())
            return {notes, output};
    }
    return {};
}

WorkerTemplate TemplateRegistry::frameworkLayer(const QString &workerType) const
{
    const QStringList files = frameworkTemplateFiles(workerType);
    if (files.size() != 2)
        return WorkerTemplate();
    return TemplateImporter::importFrameworkTemplates(files.at(0), files.at(1), workerType);
}

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
    const bool frameworkFiles = m_profile.templateSource == ProtocolProfile::TemplateSource::TemplateFiles;
    // Framework template files win wherever they are found (a user may
    // point --template-dir at them for any generation).
    const WorkerTemplate framework = frameworkLayer(workerType);
    if (framework.isValid()) {
        WorkerTemplate t = framework;
        t.notesFile = m_profile.notesPath(workerType);
        t.responseFile = m_profile.responsePath(workerType);
        return t;
    }
    if (!m_agentsDir.isEmpty() && !frameworkFiles) {
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
    // The built-ins describe the 2025-08-30 generation's outputs; checked
    // against a later generation's files they would only raise false errors.
    const QVector<WorkerTemplate> builtIn = frameworkFiles ? QVector<WorkerTemplate>() : builtIns();
    for (const WorkerTemplate &t : builtIn) {
        if (t.workerType == workerType)
            layers << t;
    }
    // The generic template: a user copy overrides the built-in one.
    if (!m_userDir.isEmpty() && !frameworkFiles)
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
                result.notesFile = m_profile.notesPath(workerType);
                result.responseFile = m_profile.responsePath(workerType);
            }
        } else {
            fillFrom(result, layer);
        }
    }
    if (!result.isValid()) {
        result.workerType = workerType;
        result.notesFile = m_profile.notesPath(workerType);
        result.responseFile = m_profile.responsePath(workerType);
        if (frameworkFiles) {
            const QString w = workerShortName(workerType);
            if (!m_projectRoot.isEmpty())
                result.sourcePath = QDir(m_projectRoot).filePath(m_profile.notesTemplatePattern.arg(w));
            result.problems << QCoreApplication::translate("TemplateRegistry", "no framework templates for %1 (looked for %2 and %3): its outputs are not checked against a template")
                                   .arg(workerType, m_profile.notesTemplatePattern.arg(w), m_profile.responseTemplatePattern.arg(w));
        } else {
            result.problems << QCoreApplication::translate("TemplateRegistry", "no template found, not even the built-in one");
        }
    }
    return result;
}

QVector<WorkerTemplate> TemplateRegistry::allTemplates() const
{
    QVector<WorkerTemplate> out;
    // The framework's template folders (one per worker stem).
    QStringList roots;
    if (!m_projectRoot.isEmpty())
        roots << QDir(m_projectRoot).filePath(QStringLiteral(".claude/agents/pydantic_ai"));
    if (!m_agentsDir.isEmpty())
        roots << QDir(m_agentsDir).filePath(QStringLiteral("pydantic_ai"));
    QStringList seen;
    for (const QString &root : std::as_const(roots)) {
        for (const QString &stem : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString dir = root + u'/' + stem + QStringLiteral("/templates");
            const QString notes = dir + u'/' + stem + QStringLiteral("_notes_template.md");
            const QString output = dir + u'/' + stem + QStringLiteral("_output_template.json");
            if (seen.contains(stem) || (!QFileInfo(notes).isFile() && !QFileInfo(output).isFile()))
                continue;
            seen << stem;
            const QString type = stem + QStringLiteral("-worker");
            WorkerTemplate t = TemplateImporter::importFrameworkTemplates(notes, output, type);
            t.notesFile = m_profile.notesPath(type);
            t.responseFile = m_profile.responsePath(type);
            out << t;
        }
    }
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
