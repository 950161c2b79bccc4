#pragma once

#include "eventfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class EventStore;

// Agent, type, level and text/regex filters over the event table (and,
// through the main window, the timeline).
class EventFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit EventFilterBar(QWidget *parent = nullptr);

    EventFilterSpec spec() const;
    void setChoices(const EventStore &events, const EventStore &debug); // refreshes the combo entries
    void focusText();
    void clear();

Q_SIGNALS:
    void filterChanged(const EventFilterSpec &spec);

private:
    void emitSoon();
    QComboBox *m_agent, *m_type, *m_level;
    QLineEdit *m_text;
    QCheckBox *m_regex;
    QTimer m_debounce;
};
