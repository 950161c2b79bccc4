#include "externalchangebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ExternalChangeBanner::ExternalChangeBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_keep(new QPushButton(tr("Keep Mine"), this))
    , m_compare(new QPushButton(tr("Compare…"), this))
{
    setObjectName(QStringLiteral("externalChangeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    pal.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    setPalette(pal);
    m_label->setWordWrap(true);
    m_reload->setToolTip(tr("Replace your edits with the file on disk (Undo brings them back)"));
    m_keep->setToolTip(tr("Keep your edits; saving will overwrite the file on disk"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_compare);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT reloadRequested();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT keepMineRequested();
    });
    connect(m_compare, &QPushButton::clicked, this, &ExternalChangeBanner::compareRequested);
    hide();
}

void ExternalChangeBanner::showChanged(const QString &fileName)
{
    m_label->setText(tr("%1 was changed on disk, and you have unsaved edits.").arg(fileName));
    m_reload->setEnabled(true);
    m_compare->setEnabled(true);
    show();
}

void ExternalChangeBanner::showRemoved(const QString &fileName)
{
    m_label->setText(tr("%1 was deleted or moved on disk. Saving will write it again.").arg(fileName));
    m_reload->setEnabled(false);
    m_compare->setEnabled(false);
    show();
}

QString ExternalChangeBanner::message() const
{
    return m_label->text();
}
