#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include <nlohmann/json.hpp>

// One finding of the session doctor. `rule` is a stable id (e.g.
// "lifecycle.out-of-order") that scripts and filters may rely on; `file` is
// relative to the session folder; line/column are 1-based, 0 when they don't
// apply; `pointer` is a JSON pointer into a response file, empty otherwise.
struct Diagnostic {
    enum Severity { Error, Warning, Info };

    Severity severity = Error;
    QString rule;
    QString file;
    int line = 0;
    int column = 0;
    QString pointer;
    QString message;
    // What exactly was found, as data: quick fixes and tools read these,
    // never `message` (whose wording may change or be translated). `kind`
    // names the finding within its rule ("enum", "type", "required", ...);
    // `data` holds its typed facts, e.g. for a schema enum violation
    // {"found": <value>, "allowed": [<values>]}. Empty when the rule has no
    // finer kinds. Derived from the finding: not part of operator==.
    QString kind;
    nlohmann::json data;
    // Not part of the output formats: for filtering and navigation in the GUI.
    QString agent;        // the worker it concerns, when known
    int eventIndex = -1;  // index into the session's EventStore, when it is about an event

    static QString severityName(Severity s); // "error", "warning", "note"
    // `file:line:column: severity: message [rule]` like a compiler; missing
    // parts are left out rather than printed as 0.
    QString toText() const;
    nlohmann::ordered_json toJson() const; // keys in the documented order
    bool operator==(const Diagnostic &o) const;
};
using Diagnostics = QVector<Diagnostic>;

struct DoctorCounts {
    int errors = 0;
    int warnings = 0;
    bool readable = true; // false when the session folder could not be read
};

DoctorCounts countOf(const Diagnostics &diagnostics);

Q_DECLARE_METATYPE(Diagnostic)
