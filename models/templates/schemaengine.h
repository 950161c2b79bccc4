#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace valijson {
class Schema;
}

// JSON Schema (draft-07) validation: valijson behind the guards
// docs/LIBRARIES.md asks for. Compiling refuses `$ref` cycles and over-deep
// schemas and drops patterns that std::regex cannot take (invalid, or
// prone to catastrophic backtracking); validating refuses over-deep and
// over-large documents and skips `pattern` when a string is long enough to
// overflow std::regex's recursion. `format` never reaches valijson (it builds
// a std::regex per value): date-time, date and time are checked here in C++.
//
// A compiled engine is immutable; validate() makes its own valijson
// Validator (which caches regexes and is not thread-safe) per call, so one
// engine may be used from several threads.
class SchemaEngine
{
public:
    struct Limits {
        int maxDepth = 256;                   // document and schema nesting
        size_t maxDocumentBytes = 16u << 20;  // checked by callers that read files
        size_t maxPatternSubject = 4000;      // longest string handed to std::regex
        int maxRefHops = 64;
    };
    struct Violation {
        std::string pointer;   // JSON pointer of the offending value ("" = root)
        std::string keyword;   // "required", "type", "enum", "const", "format", ...
        std::string message;   // starts with the keyword
        nlohmann::json data = nlohmann::json::object(); // "found", "allowed" (enum), "expected" (type, const)
    };
    struct Result {
        bool valid = false;
        bool checked = false;               // false when a guard refused the document
        std::vector<Violation> violations;
        std::vector<std::string> notes;     // what was not checked and why
        std::string error;                  // why not checked
    };
    // Returns the document for an absolute URI of a remote `$ref`, or nothing.
    using Fetch = std::function<std::optional<nlohmann::json>(const std::string &uri)>;

    SchemaEngine();
    explicit SchemaEngine(const Limits &limits);
    ~SchemaEngine();
    SchemaEngine(const SchemaEngine &) = default;
    SchemaEngine &operator=(const SchemaEngine &) = default;

    bool compile(const nlohmann::json &schema, const Fetch &fetch = Fetch());
    bool isCompiled() const { return bool(m_schema); }
    const std::string &compileError() const { return m_compileError; }
    const std::vector<std::string> &compileWarnings() const { return m_compileWarnings; }

    Result validate(const nlohmann::json &document) const;

    static bool isDateTime(std::string_view s);  // RFC 3339 date-time
    static bool isDate(std::string_view s);      // RFC 3339 full-date
    static bool isTime(std::string_view s);      // RFC 3339 full-time
    // True for patterns with a quantified group that itself holds a
    // quantifier, e.g. ^(a+)+$, which std::regex explores exponentially.
    static bool isRiskyPattern(const std::string &pattern);
    // True for a repetition count or back-reference number of more than 9
    // digits, e.g. a{2147483648}: libstdc++ 12 reads it without an overflow
    // check (undefined behaviour, in practice another count).
    static bool hasOverlongNumber(const std::string &pattern);
    static int depthOf(const nlohmann::json &value, int limit);

private:
    void checkFormats(const nlohmann::json &schema, const nlohmann::json &doc, const std::string &pointer, int depth,
                      std::vector<Violation> &out) const;

    Limits m_limits;
    std::shared_ptr<const nlohmann::json> m_original;    // as given (formats kept for the C++ check)
    std::shared_ptr<valijson::Schema> m_schema;          // format and risky patterns removed
    std::shared_ptr<valijson::Schema> m_schemaNoPattern; // also without any pattern: for long strings
    bool m_hasPatterns = false;
    std::string m_compileError;
    std::vector<std::string> m_compileWarnings;
};
