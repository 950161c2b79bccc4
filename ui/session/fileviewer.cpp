#include "fileviewer.h"

#include <QFile>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>

FileViewer::FileViewer(const QString &path, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_path(path)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    reload();
}

void FileViewer::reload()
{
    QFile f(m_path);
    const int scroll = verticalScrollBar()->value();
    if (!f.open(QIODevice::ReadOnly)) {
        setPlainText(tr("Can't read %1: %2").arg(m_path, f.errorString()));
        return;
    }
    // Viewers are for documents; a huge log is for the event table.
    constexpr qint64 kMax = 8 << 20;
    QByteArray bytes = f.read(kMax);
    QString text = QString::fromUtf8(bytes);
    if (f.size() > kMax)
        text += tr("\n… (%1 MB more not shown)").arg((f.size() - kMax) >> 20);
    setPlainText(text);
    verticalScrollBar()->setValue(scroll);
}

void FileViewer::goToLine(int line)
{
    if (line <= 0)
        return;
    QTextCursor c(document()->findBlockByNumber(line - 1));
    setTextCursor(c);
    centerCursor();
}
