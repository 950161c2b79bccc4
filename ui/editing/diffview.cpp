#include "diffview.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

DiffView::DiffView(const QString &title, const QString &diskText, const QString &editorText, QWidget *parent)
    : QDialog(parent)
    , m_diff(LineDiff::compute(diskText, editorText))
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Compare: %1").arg(title));
    resize(900, 600);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    QStringList rows;
    rows.reserve(m_diff.size());
    auto number = [](int n) { return n < 0 ? QString(5, u' ') : QString::number(n + 1).rightJustified(5); };
    for (const DiffLine &d : m_diff) {
        const QChar sign = d.kind == DiffLine::Removed ? u'-' : d.kind == DiffLine::Added ? u'+' : u' ';
        rows << number(d.leftLine) + u' ' + number(d.rightLine) + u' ' + sign + u' ' + d.text;
    }
    m_view->setPlainText(rows.join(u'\n'));

    QList<QTextEdit::ExtraSelection> marks;
    QTextBlock block = m_view->document()->firstBlock();
    for (const DiffLine &d : m_diff) {
        if (d.kind != DiffLine::Same) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(block);
            sel.format.setBackground(d.kind == DiffLine::Removed ? QColor(0xfd, 0xe2, 0xe2) : QColor(0xdc, 0xf5, 0xdc));
            sel.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks.append(sel);
        }
        block = block.next();
    }
    m_view->setExtraSelections(marks);

    auto *summary = new QLabel(this);
    const int changed = LineDiff::changedCount(m_diff);
    summary->setText(changed == 0 ? tr("The file on disk and your text are identical.")
                                  : tr("Left numbers: file on disk. Right numbers: your text. %n line(s) differ.", nullptr, changed));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("Reload From Disk"), QDialogButtonBox::DestructiveRole);
    QPushButton *keep = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(reload, &QPushButton::clicked, this, [this] { done(ReloadDisk); });
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { done(Close); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

QString DiffView::renderedText() const
{
    return m_view->toPlainText();
}
