#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

// Schema-driven edits of a response document: "Insert missing keys" and the
// enum quick fix. Works on the JSON Schema (draft-07 subset the templates
// produce: type, properties, required, items, enum, const, format).
namespace JsonInsertMissing {

struct Result {
    bool ok = false;
    QString text;          // the new document (formatted, key order kept)
    QStringList added;     // JSON pointers of the keys added
    QString error;         // translated, when !ok
};

// A value of the type the schema asks for: const, else the first enum value,
// else an empty string / 0 / false / [] / an object with its own required
// keys; `date-time` strings get the current UTC time.
nlohmann::ordered_json defaultValue(const nlohmann::json &schema);

// Adds every missing required key, recursively (objects inside arrays too),
// at the end of its object, in the schema's `required` order. `known` gives
// values for top-level keys (session_id, worker, timestamp) instead of defaults.
Result apply(const QString &text, const nlohmann::json &schema,
             const std::map<std::string, nlohmann::ordered_json> &known = {});

// The sub-schema that governs the value at a JSON pointer, or nullptr.
const nlohmann::json *schemaAt(const nlohmann::json &schema, const std::string &pointer);
// The allowed values (JSON-encoded, e.g. "\"kubernetes\"") at a pointer.
QStringList enumValuesAt(const nlohmann::json &schema, const std::string &pointer);

// Where the value at `pointer` sits in the document, as UTF-16 offsets into
// `text` (end exclusive). Tolerates nothing: returns nullopt on a syntax error
// before the value or when the pointer does not exist.
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};
std::optional<Span> valueSpan(const QString &text, const std::string &pointer);
// Replaces the value at `pointer` with `jsonValue` (already JSON-encoded),
// leaving the rest of the text as it is.
std::optional<QString> replaceValue(const QString &text, const std::string &pointer, const QString &jsonValue);

}
