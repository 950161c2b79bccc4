#pragma once

#include <QByteArray>
#include <QString>

// Captures the Python CLI's result block: a line "WORKER_OUTPUT_JSON:"
// followed by a multi-line JSON object (docs/RUNNERS.md). Lines are fed as they
// arrive; the block is complete when its braces balance (strings honoured).
class RunOutputCapture
{
public:
    void feed(const QByteArray &line);
    bool hasOutput() const { return m_done; }
    QByteArray json() const { return m_done ? m_buffer : QByteArray(); } // the raw object text
    QString pretty() const;                                             // re-indented, or raw when invalid

    static constexpr const char *marker() { return "WORKER_OUTPUT_JSON:"; }

private:
    void scan(const QByteArray &bytes);

    bool m_capturing = false;
    bool m_started = false; // first '{' seen
    bool m_done = false;
    bool m_inString = false, m_escape = false;
    int m_depth = 0;
    QByteArray m_buffer;
};
