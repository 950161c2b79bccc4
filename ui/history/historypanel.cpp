#include "historypanel.h"

#include "isotime.h"
#include "snippetdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int HitRole = Qt::UserRole + 41; // index into m_hits + 1 (0: a session row)

QString whereOf(const SearchHit &h)
{
    QString w = h.file;
    if (h.line > 0)
        w += QLatin1Char(':') + QString::number(h.line);
    if (!h.pointer.isEmpty())
        w += QStringLiteral("  ") + h.pointer;
    return w;
}
} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit)
    , m_order(new QComboBox)
    , m_index(new QToolButton)
    , m_cancel(new QToolButton)
    , m_roots(new QToolButton)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_indexStatus(new QLabel)
    , m_results(new QTreeWidget)
{
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search every session: words, \"a phrase\", prefix*, NOT word, worker:, kind:, from:, to:"));
    m_order->addItem(tr("Newest first"));
    m_order->addItem(tr("Best match first"));
    m_index->setText(tr("Index now"));
    m_index->setToolTip(tr("Bring the index up to date with every remembered root (unchanged sessions are not read again)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(false);
    m_roots->setText(tr("Roots…"));
    m_roots->setToolTip(tr("The folders whose sessions are indexed"));
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(16);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_indexStatus->setObjectName(QStringLiteral("historyIndexStatus"));
    m_indexStatus->setWordWrap(true);
    m_indexStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_results->setObjectName(QStringLiteral("historyResults"));
    m_results->setColumnCount(5);
    m_results->setHeaderLabels({tr("Session / time"), tr("Kind"), tr("Worker"), tr("Where"), tr("Match")});
    m_results->setRootIsDecorated(true);
    m_results->setUniformRowHeights(true);
    m_results->setItemDelegateForColumn(4, new SnippetDelegate(m_results));
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->setColumnWidth(0, 230);
    m_results->setColumnWidth(1, 80);
    m_results->setColumnWidth(2, 130);
    m_results->setColumnWidth(3, 200);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_order);
    top->addWidget(m_index);
    top->addWidget(m_cancel);
    top->addWidget(m_roots);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_indexStatus);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::queryChanged);
    connect(m_order, &QComboBox::currentIndexChanged, this, &HistoryPanel::queryChanged);
    connect(m_index, &QToolButton::clicked, this, &HistoryPanel::indexRequested);
    connect(m_cancel, &QToolButton::clicked, this, &HistoryPanel::cancelRequested);
    connect(m_roots, &QToolButton::clicked, this, &HistoryPanel::rootsRequested);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const SearchHit *h = hitOf(item))
            Q_EMIT hitActivated(*h);
    });
}

QString HistoryPanel::query() const
{
    return m_search->text();
}

bool HistoryPanel::rankOrder() const
{
    return m_order->currentIndex() == 1;
}

const SearchHit *HistoryPanel::hitOf(QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const int i = item->data(0, HitRole).toInt() - 1;
    return i >= 0 && i < int(m_hits.size()) ? &m_hits[size_t(i)] : nullptr;
}

void HistoryPanel::showHits(const std::vector<SearchHit> &hits, qint64 total)
{
    m_hits = hits;
    m_results->clear();
    QHash<QString, QTreeWidgetItem *> sessions;
    for (size_t i = 0; i < m_hits.size(); ++i) {
        const SearchHit &h = m_hits[i];
        QTreeWidgetItem *&session = sessions[h.sessionPath];
        if (!session) {
            session = new QTreeWidgetItem(m_results);
            // One line across the columns: the session, its project and status.
            QStringList facts{h.sessionId};
            if (!h.project.isEmpty())
                facts << h.project;
            if (!h.status.isEmpty())
                facts << h.status;
            session->setText(0, facts.join(QStringLiteral("  ·  ")));
            session->setToolTip(0, h.sessionPath);
            QFont bold = session->font(0);
            bold.setBold(true);
            session->setFont(0, bold);
            session->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(session);
        item->setText(0, h.timeMs > 0 ? IsoTime::toIso(h.timeMs) : QStringLiteral("–"));
        item->setText(1, h.kind);
        item->setText(2, h.worker);
        item->setText(3, whereOf(h));
        item->setToolTip(3, h.sessionPath + QLatin1Char('/') + h.file);
        item->setData(4, SnippetDelegate::HtmlRole, HistorySearch::snippetHtml(h.snippet));
        item->setToolTip(4, HistorySearch::snippetText(h.snippet, false));
        item->setData(0, HitRole, int(i) + 1);
    }
    for (QTreeWidgetItem *s : sessions) {
        s->setFirstColumnSpanned(true);
        s->setExpanded(true);
    }
    if (total < 0)
        m_status->setText(tr("%n hit(s)", nullptr, int(m_hits.size())));
    else if (qint64(m_hits.size()) < total)
        m_status->setText(tr("%1 hits in %2 sessions shown of %3 in all").arg(m_hits.size()).arg(sessions.size()).arg(total));
    else
        m_status->setText(tr("%n hit(s)", nullptr, int(total)) + QStringLiteral(" · ") + tr("%n session(s)", nullptr, int(sessions.size())));
}

void HistoryPanel::showMessage(const QString &text)
{
    m_hits.clear();
    m_results->clear();
    m_status->setText(text);
}

void HistoryPanel::setIndexing(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setEnabled(running);
    m_index->setEnabled(!running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Indexing…"));
    }
}

void HistoryPanel::setIndexProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("Indexing %1 of %2 sessions").arg(done).arg(total));
}

void HistoryPanel::setIndexStatus(const QString &text)
{
    m_indexStatus->setText(text);
}
