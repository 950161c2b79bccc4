#pragma once

#include "template.h"

#include <QString>
#include <QVector>

// Finds the template for a worker type. Layers, first match wins per part
// (schema, outline, file names): the project's `.claude/agents/<type>.md`,
// the user folder (`<type>.schema.json`, `<type>.outline.md`), the built-in
// template of that type, the built-in generic template. A value type: copy
// it to a worker thread.
class TemplateRegistry
{
public:
    TemplateRegistry(); // built-ins only

    void setUserDir(const QString &dir);
    void setAgentsDir(const QString &dir);
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

private:
    QString m_userDir;
    QString m_agentsDir;
};
