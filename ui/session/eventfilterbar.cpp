#include "eventfilterbar.h"

#include "eventstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace {
void refill(QComboBox *box, const QString &all, const QStringList &names)
{
    const QString current = box->currentIndex() > 0 ? box->currentData().toString() : QString();
    QStringList have;
    for (int i = 1; i < box->count(); ++i)
        have << box->itemData(i).toString();
    if (have == names && box->count() > 0)
        return;
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all);
    for (const QString &n : names)
        box->addItem(n.isEmpty() ? QObject::tr("(none)") : n, n);
    const int idx = current.isNull() ? 0 : box->findData(current);
    box->setCurrentIndex(idx < 0 ? 0 : idx);
}

QStringList namesIn(const EventStore &store, bool kinds)
{
    QStringList out;
    if (kinds) {
        std::vector<bool> seen(store.strings().size(), false);
        for (int i = 0; i < store.size(); ++i) {
            const quint32 k = store.kindId(i);
            if (!seen[k]) {
                seen[k] = true;
                out << store.strings().at(k);
            }
        }
        out.sort();
    } else {
        for (quint32 a : store.agentsInOrder())
            out << store.strings().at(a);
    }
    return out;
}
}

EventFilterBar::EventFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_agent(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
{
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_agent->addItem(tr("All agents"));
    m_type->addItem(tr("All types"));
    m_level->addItem(tr("All levels"));
    for (QComboBox *box : {m_agent, m_type, m_level})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setPlaceholderText(tr("Filter text (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_agent);
    layout->addWidget(m_type);
    layout->addWidget(m_level);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_regex);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250); // typing a filter should not restart a scan per key
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(spec()); });
    connect(m_text, &QLineEdit::textChanged, this, [this] { emitSoon(); });
    connect(m_regex, &QCheckBox::toggled, this, [this] { Q_EMIT filterChanged(spec()); });
    for (QComboBox *box : {m_agent, m_type, m_level})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT filterChanged(spec()); });
}

void EventFilterBar::emitSoon()
{
    const QString error = spec().validationError();
    m_text->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_text->setToolTip(error);
    m_debounce.start();
}

EventFilterSpec EventFilterBar::spec() const
{
    EventFilterSpec s;
    if (m_agent->currentIndex() > 0)
        s.agents << m_agent->currentData().toString();
    if (m_type->currentIndex() > 0)
        s.types << m_type->currentData().toString();
    if (m_level->currentIndex() > 0)
        s.levels << m_level->currentData().toString();
    s.text = m_text->text();
    s.regex = m_regex->isChecked();
    return s;
}

void EventFilterBar::setChoices(const EventStore &events, const EventStore &debug)
{
    refill(m_agent, tr("All agents"), namesIn(events, false));
    refill(m_type, tr("All types"), namesIn(events, true));
    refill(m_level, tr("All levels"), namesIn(debug, true));
}

void EventFilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

void EventFilterBar::clear()
{
    const QSignalBlocker b1(m_agent), b2(m_type), b3(m_level), b4(m_text), b5(m_regex);
    m_agent->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_level->setCurrentIndex(0);
    m_text->clear();
    m_regex->setChecked(false);
    Q_EMIT filterChanged(spec());
}
