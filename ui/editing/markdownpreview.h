#pragma once

#include <QList>
#include <QTextBrowser>

// The rendered notes beside the editor (md4c-html), following the cursor:
// the document is rendered section by section (split at its headings) with
// an anchor per section, so the view can scroll to the section being edited.
class MarkdownPreview : public QTextBrowser
{
    Q_OBJECT
public:
    struct Rendered {
        QString html;
        QList<int> sectionLines;  // 0-based first line of each section
    };
    // Pure: safe on a worker thread.
    static Rendered render(const QString &markdown, const QList<int> &headingLines);

    explicit MarkdownPreview(QWidget *parent = nullptr);
    void setRendered(const Rendered &rendered);
    void followLine(int line);
    int currentSection() const { return m_section; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    Rendered m_rendered;
    int m_section = -1;
};
