#include "schemaengine.h"
#include "jsonutil.h"
#include "schemarefs.h"
#include "subschemas.h"

#include "jsonlocator.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cctype>
#include <regex>
#include <stdexcept>

namespace {

struct Preparation {
    int maxDepth = 256;
    bool tooDeep = false;
    bool hasPatterns = false;
    bool stripAllPatterns = false;
    std::vector<std::string> warnings;
};

bool patternUsable(const std::string &pattern, Preparation &prep, const char *what)
{
    if (SchemaEngine::hasOverlongNumber(pattern)) {
        prep.warnings.push_back(std::string(what) + " '" + pattern
                                + "' has a count or back-reference std::regex cannot read; it is not checked");
        return false;
    }
    if (SchemaEngine::isRiskyPattern(pattern)) {
        prep.warnings.push_back(std::string(what) + " '" + pattern
                                + "' may backtrack catastrophically; it is not checked");
        return false;
    }
    try {
        std::regex re(pattern);
        (void)re;
    } catch (const std::exception &) {
        prep.warnings.push_back(std::string(what) + " '" + pattern + "' is not a valid regular expression; it is not checked");
        return false;
    }
    return true;
}

void prepare(nlohmann::json &schema, Preparation &prep, int depth)
{
    if (depth > prep.maxDepth) {
        prep.tooDeep = true;
        return;
    }
    if (!schema.is_object())
        return;
    schema.erase("format");
    auto pattern = schema.find("pattern");
    if (pattern != schema.end() && pattern->is_string()) {
        if (prep.stripAllPatterns || !patternUsable(pattern->get<std::string>(), prep, "pattern"))
            schema.erase(pattern);
        else
            prep.hasPatterns = true;
    }
    auto pp = schema.find("patternProperties");
    if (pp != schema.end() && pp->is_object()) {
        for (auto it = pp->begin(); it != pp->end();) {
            if (prep.stripAllPatterns || !patternUsable(it.key(), prep, "patternProperties key")) {
                it = pp->erase(it);
            } else {
                prep.hasPatterns = true;
                ++it;
            }
        }
    }
    forEachSubschema(schema, [&](nlohmann::json &child) { prepare(child, prep, depth + 1); });
}


size_t longestString(const nlohmann::json &v)
{
    size_t longest = 0;
    std::vector<const nlohmann::json *> stack{&v};
    while (!stack.empty()) {
        const nlohmann::json *cur = stack.back();
        stack.pop_back();
        if (cur->is_string()) {
            longest = std::max(longest, cur->get_ref<const std::string &>().size());
        } else if (cur->is_object()) {
            for (auto it = cur->begin(); it != cur->end(); ++it) {
                longest = std::max(longest, it.key().size());
                stack.push_back(&it.value());
            }
        } else if (cur->is_array()) {
            for (const auto &e : *cur)
                stack.push_back(&e);
        }
    }
    return longest;
}

}

SchemaEngine::SchemaEngine() = default;
SchemaEngine::SchemaEngine(const Limits &limits)
    : m_limits(limits)
{
}
SchemaEngine::~SchemaEngine() = default;

bool SchemaEngine::compile(const nlohmann::json &schema, const Fetch &fetch)
{
    m_schema.reset();
    m_schemaNoPattern.reset();
    m_original.reset();
    m_compileError.clear();
    m_compileWarnings.clear();
    m_hasPatterns = false;

    if (!schema.is_object() && !schema.is_boolean()) {
        m_compileError = "the schema is neither an object nor a boolean";
        return false;
    }
    if (depthOf(schema, m_limits.maxDepth) > m_limits.maxDepth) {
        m_compileError = "the schema is nested deeper than " + std::to_string(m_limits.maxDepth) + " levels";
        return false;
    }
    if (std::string why = SchemaRefs::refusal(schema, m_limits.maxRefHops); !why.empty()) {
        m_compileError = std::move(why);
        return false;
    }
    nlohmann::json prepared = schema;
    Preparation prep;
    prep.maxDepth = m_limits.maxDepth;
    prepare(prepared, prep, 0);
    m_compileWarnings = prep.warnings;
    m_hasPatterns = prep.hasPatterns;
    try {
        m_schema = SchemaRefs::parse(prepared, fetch);
        if (m_hasPatterns) {
            Preparation noPatterns;
            noPatterns.stripAllPatterns = true;
            prepare(prepared, noPatterns, 0);
            m_schemaNoPattern = SchemaRefs::parse(prepared, fetch);
        }
    } catch (const std::exception &e) {
        m_schema.reset();
        m_schemaNoPattern.reset();
        m_compileError = std::string("cannot compile the schema: ") + e.what();
        return false;
    }
    m_original = std::make_shared<const nlohmann::json>(schema);
    return true;
}

int SchemaEngine::depthOf(const nlohmann::json &value, int limit)
{
    int deepest = 0;
    std::vector<std::pair<const nlohmann::json *, int>> stack{{&value, 1}};
    while (!stack.empty()) {
        auto [cur, d] = stack.back();
        stack.pop_back();
        if (!cur->is_structured())
            continue;
        deepest = std::max(deepest, d);
        if (deepest > limit)
            return deepest;
        for (const auto &child : *cur)
            stack.emplace_back(&child, d + 1);
    }
    return deepest;
}

namespace {

// valijson reports a failing child and then every enclosing construct that
// failed because of it; only the leaf is a violation worth a diagnostic.
bool isAggregate(const std::string &d)
{
    static const char *const prefixes[] = {
        "Failed to validate item #",
        "Failed to validate against schema associated with property name",
        "Failed to validate against schema associated with pattern",
        "Failed to validate against additional properties schema",
        "Failed to validate against child schema #",
        "Failed to validate against dependent schema",
        "Failed to validate against additional items schema",
        "Cannot validate item #",
    };
    for (const char *p : prefixes) {
        if (d.rfind(p, 0) == 0)
            return true;
    }
    return false;
}

std::string keywordOf(const std::string &d)
{
    struct Rule {
        const char *needle;
        const char *keyword;
    };
    static const Rule rules[] = {
        {"Missing required property", "required"},
        {"'type' constraint", "type"},
        {"any enum values", "enum"},
        {"'const' constraint", "const"},
        {"comparison value are not equal", "const"},
        {"'pattern' constraint", "pattern"},
        {"String should be no more than", "maxLength"},
        {"String should be no fewer than", "minLength"},
        {"Expected number less than", "maximum"},
        {"Expected number greater than", "minimum"},
        {"Array should contain no more than", "maxItems"},
        {"Array should contain no fewer than", "minItems"},
        {"Object should have no more than", "maxProperties"},
        {"Object should have no fewer than", "minProperties"},
        {"multiple of", "multipleOf"},
        {"Elements at indexes", "uniqueItems"},
        {"could not be validated against", "additionalProperties"},
        {"Object contains a property", "additionalProperties"},
        {"more items than allowed", "additionalItems"},
        {"Missing dependency", "dependencies"},
        {"anyOf", "anyOf"},
        {"exactly one", "oneOf"},
        {"oneOf", "oneOf"},
        {"conditional schema", "if"},
        {"'contains' constraint", "contains"},
        {"should have failed", "not"},
        {"'not' constraint", "not"},
        {"propertyNames", "propertyNames"},
    };
    for (const Rule &r : rules) {
        if (d.find(r.needle) != std::string::npos)
            return r.keyword;
    }
    return "schema";
}

std::string typeName(const nlohmann::json &v)
{
    if (v.is_number_integer() || v.is_number_unsigned())
        return "integer";
    if (v.is_number())
        return "number";
    return v.type_name();
}

// valijson's context is {"<root>", "[key]", "[3]", ...}; walking the
// document tells an array index from an object key named "3".
std::string pointerOf(const std::vector<std::string> &context, const nlohmann::json &doc)
{
    std::string pointer;
    const nlohmann::json *cur = &doc;
    for (size_t i = 1; i < context.size(); ++i) {
        std::string token = context[i];
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']')
            token = token.substr(1, token.size() - 2);
        pointer += '/';
        if (cur && cur->is_array()) {
            pointer += token;
            char *end = nullptr;
            const unsigned long idx = std::strtoul(token.c_str(), &end, 10);
            cur = (end && *end == 0 && idx < cur->size()) ? &(*cur)[idx] : nullptr;
        } else {
            pointer += JsonUtil::escapePointerToken(token);
            if (cur && cur->is_object()) {
                auto it = cur->find(token);
                cur = it != cur->end() ? &*it : nullptr;
            } else {
                cur = nullptr;
            }
        }
    }
    return pointer;
}

const nlohmann::json *valueAt(const nlohmann::json &doc, const std::string &pointer)
{
    try {
        const nlohmann::json::json_pointer p(pointer);
        return doc.contains(p) ? &doc.at(p) : nullptr;
    } catch (const std::exception &) {
        return nullptr;
    }
}

std::string shortDump(const nlohmann::json &v)
{
    std::string s = v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (s.size() > 80)
        s = s.substr(0, 77) + "...";
    return s;
}


// The subschema that applies at an instance pointer, following properties,
// items and local $ref only (what inferred templates use); nullptr otherwise.
const nlohmann::json *schemaAt(const nlohmann::json &root, const std::string &pointer)
{
    const nlohmann::json *cur = &root;
    size_t pos = 0;
    for (int guard = 0; guard < 512 && cur; ++guard) {
        if (cur->is_object() && cur->contains("$ref") && cur->at("$ref").is_string()) {
            cur = SchemaRefs::resolveLocal(root, cur->at("$ref").get<std::string>());
            continue;
        }
        if (pos >= pointer.size())
            return cur;
        const size_t next = pointer.find('/', pos + 1);
        std::string token = pointer.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        pos = next == std::string::npos ? pointer.size() : next;
        token = JsonUtil::unescapePointerToken(std::move(token));
        if (!cur->is_object())
            return nullptr;
        auto props = cur->find("properties");
        if (props != cur->end() && props->is_object() && props->contains(token)) {
            cur = &props->at(token);
            continue;
        }
        auto items = cur->find("items");
        if (items != cur->end() && items->is_object()) {
            cur = &*items;
            continue;
        }
        return nullptr;
    }
    return nullptr;
}

std::string expectation(const nlohmann::json *sub, const std::string &keyword)
{
    if (!sub || !sub->is_object())
        return std::string();
    if (keyword == "enum" && sub->contains("enum")) {
        std::string values;
        for (const auto &v : sub->at("enum"))
            values += (values.empty() ? "" : ", ") + shortDump(v);
        return " Expected one of: " + values + ".";
    }
    if (keyword == "type" && sub->contains("type"))
        return " Expected " + shortDump(sub->at("type")) + ".";
    if (keyword == "const" && sub->contains("const"))
        return " Expected " + shortDump(sub->at("const")) + ".";
    return std::string();
}
}

SchemaEngine::Result SchemaEngine::validate(const nlohmann::json &document) const
{
    Result r;
    if (!m_schema) {
        r.error = m_compileError.empty() ? std::string("no schema compiled") : m_compileError;
        return r;
    }
    if (depthOf(document, m_limits.maxDepth) > m_limits.maxDepth) {
        r.error = "the document is nested deeper than " + std::to_string(m_limits.maxDepth) + " levels";
        return r;
    }
    const valijson::Schema *schema = m_schema.get();
    if (m_hasPatterns) {
        const size_t longest = longestString(document);
        if (longest > m_limits.maxPatternSubject) {
            schema = m_schemaNoPattern.get();
            r.notes.push_back("pattern: not checked, a string of " + std::to_string(longest)
                              + " characters exceeds the limit of " + std::to_string(m_limits.maxPatternSubject));
        }
    }
    valijson::ValidationResults results;
    bool ok = false;
    try {
        valijson::Validator validator; // one per call: it caches regexes and is not thread-safe
        valijson::adapters::NlohmannJsonAdapter target(document);
        ok = validator.validate(*schema, target, &results);
    } catch (const std::exception &e) {
        r.error = std::string("validation stopped: ") + e.what();
        return r;
    }
    r.checked = true;
    std::vector<Violation> aggregates;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        Violation v;
        v.pointer = pointerOf(error.context, document);
        v.keyword = keywordOf(error.description);
        std::string detail = error.description;
        if (v.keyword == "type" || v.keyword == "enum" || v.keyword == "const") {
            if (const nlohmann::json *value = valueAt(document, v.pointer)) {
                detail += " Found " + typeName(*value) + " " + shortDump(*value) + ".";
                v.data["found"] = *value;
            }
            if (m_original) {
                const nlohmann::json *sub = schemaAt(*m_original, v.pointer);
                detail += expectation(sub, v.keyword);
                if (sub && sub->is_object() && sub->contains(v.keyword))
                    v.data[v.keyword == "enum" ? "allowed" : "expected"] = sub->at(v.keyword);
            }
        }
        v.message = v.keyword + ": " + detail;
        (isAggregate(error.description) ? aggregates : r.violations).push_back(std::move(v));
    }
    // Some failures (a `false` schema) only produce enclosing messages, or
    // none: never report a failed document without a violation.
    if (!ok && r.violations.empty())
        r.violations = std::move(aggregates);
    if (!ok && r.violations.empty())
        r.violations.push_back({std::string(), "schema", "schema: the value is not allowed here (false schema)", nlohmann::json::object()});
    if (m_original)
        checkFormats(*m_original, document, std::string(), 0, r.violations);
    r.valid = ok && r.violations.empty();
    return r;
}

void SchemaEngine::checkFormats(const nlohmann::json &schema, const nlohmann::json &doc, const std::string &pointer,
                                int depth, std::vector<Violation> &out) const
{
    if (depth > m_limits.maxDepth + m_limits.maxRefHops || !schema.is_object())
        return;
    auto ref = schema.find("$ref");
    if (ref != schema.end() && ref->is_string()) {
        // draft-07: siblings of $ref are ignored.
        if (const nlohmann::json *target = SchemaRefs::resolveLocal(*m_original, ref->get<std::string>()))
            checkFormats(*target, doc, pointer, depth + 1, out);
        return;
    }
    auto format = schema.find("format");
    if (format != schema.end() && format->is_string() && doc.is_string()) {
        const std::string &f = format->get_ref<const std::string &>();
        const std::string &s = doc.get_ref<const std::string &>();
        const bool ok = f == "date-time" ? isDateTime(s) : f == "date" ? isDate(s) : f == "time" ? isTime(s) : true;
        if (!ok)
            out.push_back({pointer, "format", "format: \"" + s.substr(0, 60) + "\" is not a valid " + f, nlohmann::json::object()});
    }
    auto all = schema.find("allOf");
    if (all != schema.end() && all->is_array()) {
        for (const auto &s : *all)
            checkFormats(s, doc, pointer, depth + 1, out);
    }
    if (doc.is_object()) {
        auto props = schema.find("properties");
        auto additional = schema.find("additionalProperties");
        const bool usePattern = schema.contains("patternProperties");
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            const std::string child = pointer + '/' + JsonLocator::escapeToken(it.key());
            if (props != schema.end() && props->is_object() && props->contains(it.key()))
                checkFormats(props->at(it.key()), it.value(), child, depth + 1, out);
            else if (!usePattern && additional != schema.end() && additional->is_object())
                checkFormats(*additional, it.value(), child, depth + 1, out);
        }
    } else if (doc.is_array()) {
        auto items = schema.find("items");
        if (items != schema.end()) {
            for (size_t i = 0; i < doc.size(); ++i) {
                const nlohmann::json *sub = nullptr;
                if (items->is_object())
                    sub = &*items;
                else if (items->is_array() && i < items->size())
                    sub = &(*items)[i];
                if (sub)
                    checkFormats(*sub, doc[i], pointer + '/' + std::to_string(i), depth + 1, out);
            }
        }
    }
}
