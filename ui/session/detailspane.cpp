#include "detailspane.h"

#include "eventdetails.h"
#include "eventstore.h"
#include "isotime.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_pretty(new QPlainTextEdit(this))
    , m_raw(new QPlainTextEdit(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_pretty, m_raw}) {
        e->setReadOnly(true);
        e->setFont(mono);
    }
    m_pretty->setObjectName(QStringLiteral("detailsPretty"));
    m_raw->setObjectName(QStringLiteral("detailsRaw"));
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_pretty);
    auto *rawBox = new QWidget(split);
    auto *rawLayout = new QVBoxLayout(rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(new QLabel(tr("Raw line"), rawBox));
    rawLayout->addWidget(m_raw);
    split->addWidget(rawBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    clear();
}

void DetailsPane::clear()
{
    m_header->setText(tr("No event selected"));
    m_pretty->clear();
    m_raw->clear();
}

void DetailsPane::showEntry(const EventStore &store, int i)
{
    if (i < 0 || i >= store.size()) {
        clear();
        return;
    }
    const QByteArray raw = store.rawLine(i);
    const QString file = QFileInfo(store.filePath()).fileName();
    QString header = tr("<b>%1</b> line %2 · %3 · %4")
                         .arg(file.toHtmlEscaped())
                         .arg(store.lineNumber(i))
                         .arg(IsoTime::toIso(store.timeMs(i)), store.agentId(i) ? store.agent(i).toHtmlEscaped() : tr("(no agent)"));
    const quint16 f = store.flags(i);
    QStringList notes;
    if (f & EntryFlag::MissingTimestamp)
        notes << tr("no timestamp: placed by file order");
    else if (f & EntryFlag::BadTimestamp)
        notes << tr("unreadable timestamp: placed by file order");
    if (f & EntryFlag::MissingAgent)
        notes << tr("no agent");
    if (f & EntryFlag::MissingKind)
        notes << (store.logKind() == LogKind::Events ? tr("no type") : tr("no level"));
    if (f & EntryFlag::MissingPayload)
        notes << (store.logKind() == LogKind::Events ? tr("no details") : tr("no message"));
    if (!notes.isEmpty())
        header += QStringLiteral("<br><span style='color:#b26a00'>") + notes.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("</span>");
    m_header->setText(header);
    if (raw.isEmpty() && store.lineLength(i) > 0) {
        m_pretty->setPlainText(tr("The file changed on disk since this line was read; it is being reloaded."));
        m_raw->clear();
        return;
    }
    const QString pretty = EventDetails::pretty(raw, store.logKind());
    m_pretty->setPlainText(pretty.isEmpty() ? tr("(details too deeply nested or not readable as JSON: see the raw line)") : pretty);
    // A 10 MB line is shown cut: the widget would spend seconds laying it out.
    constexpr int kRawShown = 200000;
    m_raw->setPlainText(raw.size() > kRawShown ? QString::fromUtf8(raw.left(kRawShown)) + tr("… (%1 more bytes)").arg(raw.size() - kRawShown)
                                               : QString::fromUtf8(raw));
}

QString DetailsPane::text() const
{
    return m_header->text() + QLatin1Char('\n') + m_pretty->toPlainText() + QLatin1Char('\n') + m_raw->toPlainText();
}
