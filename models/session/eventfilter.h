#pragma once

#include "eventstore.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

// What the event table (and with it the timeline) shows: agents, types and
// debug levels to keep (empty = all), and a text or regular expression that
// must occur in the raw line.
struct EventFilterSpec {
    QStringList agents;
    QStringList types;
    QStringList levels;   // applies to DEBUG.jsonl entries
    QString text;
    bool regex = false;

    bool isEmpty() const { return agents.isEmpty() && types.isEmpty() && text.isEmpty(); }
    bool operator==(const EventFilterSpec &o) const
    {
        return agents == o.agents && types == o.types && levels == o.levels && text == o.text && regex == o.regex;
    }
    bool operator!=(const EventFilterSpec &o) const { return !(*this == o); }
    QString validationError() const; // e.g. an invalid regular expression
};

// Evaluates a spec against a store. Cheap column tests first; the text test
// reads raw lines in large blocks, so it belongs on a worker thread for big logs.
class EventMatcher
{
public:
    EventMatcher(const EventStore &store, const EventFilterSpec &spec);
    bool matches(int i);
    bool needsText() const { return !m_text.isEmpty(); }
    // Fills mask (size = store size) and returns the matching indices in file order.
    std::vector<quint32> matchAll(std::vector<bool> &mask, const std::atomic<bool> *cancel = nullptr);

private:
    bool textMatches(const QByteArray &line) const;
    QByteArray lineOf(int i);

    const EventStore &m_store;
    std::vector<bool> m_agentOk, m_kindOk;
    bool m_anyAgent = true, m_anyKind = true;
    QString m_text;
    QRegularExpression m_re;
    bool m_regex = false;
    QByteArray m_block;
    quint64 m_blockStart = 0;
};
