#include "templatesview.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

TemplatesView::TemplatesView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_schema(new QPlainTextEdit(this))
    , m_outline(new QPlainTextEdit(this))
    , m_problems(new QPlainTextEdit(this))
{
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Worker type"), tr("Source"), tr("Files"), tr("Path")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_schema, m_outline, m_problems}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_schema, tr("Response schema"));
    tabs->addTab(m_outline, tr("Notes outline"));
    tabs->addTab(m_problems, tr("Problems"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(tabs);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showTemplate(item ? item->data(0, Qt::UserRole).toInt() : -1);
    });
}

void TemplatesView::setRegistry(const TemplateRegistry &registry)
{
    m_templates = registry.allTemplates();
    m_list->clear();
    for (int i = 0; i < m_templates.size(); ++i) {
        const WorkerTemplate &t = m_templates.at(i);
        auto *item = new QTreeWidgetItem(m_list, {t.workerType.isEmpty() ? tr("(unreadable)") : t.workerType,
                                                  WorkerTemplate::sourceName(t.source),
                                                  t.notesFile + QStringLiteral(", ") + t.responseFile, t.sourcePath});
        item->setData(0, Qt::UserRole, i);
        if (!t.problems.isEmpty())
            item->setToolTip(0, t.problems.join(u'\n'));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        showTemplate(-1);
}

void TemplatesView::showTemplate(int index)
{
    if (index < 0 || index >= m_templates.size()) {
        m_schema->clear();
        m_outline->clear();
        m_problems->clear();
        return;
    }
    const WorkerTemplate &t = m_templates.at(index);
    m_schema->setPlainText(t.schema.is_null()
                               ? tr("(none: the next template in line provides it)")
                               : QString::fromStdString(t.schema.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
    m_outline->setPlainText(t.outline.markdown.isEmpty() ? tr("(none: the next template in line provides it)") : t.outline.markdown);
    m_problems->setPlainText(t.problems.join(u'\n'));
}

QString TemplatesView::shownSchema() const
{
    return m_schema->toPlainText();
}

QString TemplatesView::shownOutline() const
{
    return m_outline->toPlainText();
}
