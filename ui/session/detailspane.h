#pragma once

#include <QWidget>

class EventStore;
class QLabel;
class QPlainTextEdit;

// The selected event: where it is (file and line), the entry pretty-printed
// and its raw line exactly as it is on disk.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void showEntry(const EventStore &store, int index);
    void clear();
    QString text() const;

private:
    QLabel *m_header;
    QPlainTextEdit *m_pretty;
    QPlainTextEdit *m_raw;
};
