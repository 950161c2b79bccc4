#include "runconsole.h"

#include "runner.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr qint64 kMaxLogBytes = 32 * 1024 * 1024; // the tail of a huge log is what matters
}

RunConsole::RunConsole(QWidget *parent) : QWidget(parent)
{
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(Runner::kMaxConsoleLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the console (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    m_flush->setInterval(100);
    connect(m_flush, &QTimer::timeout, this, &RunConsole::flush);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const bool back = QGuiApplication::keyboardModifiers() & Qt::ShiftModifier;
        find(m_search->text(), back);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (!t.isEmpty()) {
            QTextCursor c = m_text->textCursor();
            c.movePosition(QTextCursor::Start);
            m_text->setTextCursor(c);
            find(t);
        } else {
            m_status->clear();
        }
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
}

void RunConsole::clear()
{
    if (m_run)
        m_run->disconnect(this);
    m_run = nullptr;
    m_pending.clear();
    m_flush->stop();
    m_text->clear();
    m_status->clear();
}

void RunConsole::setRunner(Runner *run)
{
    clear();
    m_run = run;
    if (!run)
        return;
    for (const ConsoleLine &l : run->console())
        append(l);
    flush();
    connect(run, &Runner::consoleLineAdded, this, &RunConsole::append);
}

void RunConsole::showLog(const QString &logPath)
{
    clear();
    QFile f(logPath);
    if (!f.open(QIODevice::ReadOnly)) {
        m_text->setPlainText(tr("No console log: %1").arg(logPath));
        return;
    }
    if (f.size() > kMaxLogBytes)
        f.seek(f.size() - kMaxLogBytes);
    m_text->setPlainText(QString::fromUtf8(f.readAll()));
    m_text->moveCursor(QTextCursor::End);
}

void RunConsole::append(const ConsoleLine &line)
{
    static const char *const tags[] = {"out", "err", "run"};
    m_pending.append(line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1String(" [")
                     + QLatin1String(tags[line.stream]) + QLatin1String("] ") + line.text.left(20000));
    if (m_pending.size() > Runner::kMaxConsoleLines)
        m_pending.erase(m_pending.begin(), m_pending.begin() + (m_pending.size() - Runner::kMaxConsoleLines));
    if (!m_flush->isActive())
        m_flush->start();
}

void RunConsole::flush()
{
    m_flush->stop();
    if (m_pending.isEmpty())
        return;
    QScrollBar *sb = m_text->verticalScrollBar();
    const bool follow = sb->value() >= sb->maximum() - 2; // stay put when the user scrolled up
    m_text->appendPlainText(m_pending.join(u'\n'));
    m_pending.clear();
    if (follow)
        sb->setValue(sb->maximum());
}

QString RunConsole::text() const
{
    const_cast<RunConsole *>(this)->flush();
    return m_text->toPlainText();
}

bool RunConsole::find(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    flush();
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_text->find(text, flags);
    if (!found) { // wrap around
        QTextCursor c = m_text->textCursor();
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(c);
        found = m_text->find(text, flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}
