#pragma once

#include "diagnostic.h"
#include "protocolprofile.h"

#include <QSet>
#include <QString>

class EventStore;

// Collects diagnostics with a cap per rule, so that a log where every one of
// a million lines breaks a rule stays cheap to show; the true totals are
// still counted.
class DiagnosticSink
{
public:
    explicit DiagnosticSink(int capPerRule = 200)
        : m_cap(capPerRule)
    {
    }
    void add(Diagnostic d);
    // Appends one note per capped rule ("N more ... not shown").
    Diagnostics finish();
    int errors() const { return m_errors; }
    int warnings() const { return m_warnings; }

private:
    int m_cap;
    Diagnostics m_out;
    QHash<QString, int> m_perRule; // key: file + rule
    int m_errors = 0;
    int m_warnings = 0;
};

// The event-log rules (jsonl.*, event.*, debug.*). They read only what the
// loader recorded per entry (flags, interned ids, bad lines): never the file.
namespace EventLogRules {
// `workers`: agent names that are workers (their type/action prefixes are checked).
void checkEvents(const EventStore &events, const QString &file, const QSet<QString> &workers, DiagnosticSink &sink);
void checkDebug(const EventStore &debug, const QString &file, const ProtocolProfile &profile, DiagnosticSink &sink);
void checkBadLines(const EventStore &store, const QString &file, DiagnosticSink &sink);
}
