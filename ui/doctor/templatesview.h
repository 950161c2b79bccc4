#pragma once

#include "templateregistry.h"

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

// Lists every template (built-in, user folder, project agents), with its
// source, and shows the selected one's response schema and notes outline.
class TemplatesView : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesView(QWidget *parent = nullptr);
    void setRegistry(const TemplateRegistry &registry);
    QTreeWidget *list() const { return m_list; }
    QString shownSchema() const;
    QString shownOutline() const;

private:
    void showTemplate(int index);

    QVector<WorkerTemplate> m_templates;
    QTreeWidget *m_list;
    QPlainTextEdit *m_schema;
    QPlainTextEdit *m_outline;
    QPlainTextEdit *m_problems;
};
