#pragma once

#include "protocolprofile.h"
#include "template.h"

#include <QString>
#include <QVector>

// Finds the template for a worker type. Layers, first match wins per part
// (schema, outline, file names):
//  - the framework's own template files (2025-09-13: agents/pydantic_ai/<w>/
//    templates/), looked for in the user folder, the agents folder and the
//    project; they are complete: nothing is filled in from lower layers;
//  - the project's `.claude/agents/<type>.md` (2025-08-30 generation only:
//    later definitions hold no output templates);
//  - the user folder (`<type>.schema.json`, `<type>.outline.md`);
//  - the built-in template of that type, then the built-in generic one
//    (2025-08-30 only).
// File names follow the session's generation (ProtocolProfile). A value
// type: copy it to a worker thread.
class TemplateRegistry
{
public:
    TemplateRegistry(); // built-ins only

    void setUserDir(const QString &dir);
    void setAgentsDir(const QString &dir);
    // The session's generation and its project root (where the framework's
    // templates live). Default: the 2025-08-30 generation, no project.
    void setProtocol(const ProtocolProfile &profile, const QString &projectRoot, const QString &reason = QString());
    const ProtocolProfile &protocol() const { return m_profile; }
    QString protocolReason() const { return m_protocolReason; } // what chose the generation
    QString projectRoot() const { return m_projectRoot; }
    QString userDir() const { return m_userDir; }
    QString agentsDir() const { return m_agentsDir; }

    // The effective template; never invalid (the generic one as a last resort).
    WorkerTemplate templateFor(const QString &workerType) const;

    // Every template found in every layer, overridden ones included (for the
    // Templates view), each with its source.
    QVector<WorkerTemplate> allTemplates() const;

    static QVector<WorkerTemplate> builtIns();   // from :/templates
    static QString defaultUserDir();             // per-user folder
    static QString builtInDir() { return QStringLiteral(":/templates"); }

    // The framework template files found for a worker (notes, output), with
    // the folder they were found in; empty when none.
    QStringList frameworkTemplateFiles(const QString &workerType) const;

private:
    WorkerTemplate frameworkLayer(const QString &workerType) const;
    QString m_userDir;
    QString m_agentsDir;
    ProtocolProfile m_profile = ProtocolProfile::generation20250830();
    QString m_projectRoot;
    QString m_protocolReason;
};
