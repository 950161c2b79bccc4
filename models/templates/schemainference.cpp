#include "schemainference.h"

#include <cctype>

namespace SchemaInference {

namespace {

bool isEnumPlaceholder(const std::string &s)
{
    // "created|updated|deleted": at least two non-empty alternatives without
    // spaces; "P1/P2" or prose with a bar stays a literal.
    if (s.find('|') == std::string::npos)
        return false;
    size_t start = 0;
    for (;;) {
        const size_t bar = s.find('|', start);
        const std::string part = s.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        if (part.empty() || part.find(' ') != std::string::npos)
            return false;
        if (bar == std::string::npos)
            return true;
        start = bar + 1;
    }
}

nlohmann::json splitEnum(const std::string &s)
{
    nlohmann::json values = nlohmann::json::array();
    size_t start = 0;
    for (;;) {
        const size_t bar = s.find('|', start);
        values.push_back(s.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (bar == std::string::npos)
            return values;
        start = bar + 1;
    }
}

nlohmann::json infer(const nlohmann::ordered_json &v, int depth)
{
    if (depth > 64)
        return nlohmann::json::object(); // anything: examples are never this deep
    switch (v.type()) {
    case nlohmann::ordered_json::value_t::string: {
        const std::string s = v.get<std::string>();
        if (s == "string")
            return {{"type", "string"}};
        if (s == "ISO-8601")
            return {{"type", "string"}, {"format", "date-time"}};
        if (isEnumPlaceholder(s))
            return {{"type", "string"}, {"enum", splitEnum(s)}};
        return {{"const", s}};
    }
    case nlohmann::ordered_json::value_t::boolean:
        return {{"type", "boolean"}};
    case nlohmann::ordered_json::value_t::number_integer:
    case nlohmann::ordered_json::value_t::number_unsigned:
    case nlohmann::ordered_json::value_t::number_float:
        return {{"type", "number"}};
    case nlohmann::ordered_json::value_t::array: {
        nlohmann::json s = {{"type", "array"}};
        if (!v.empty())
            s["items"] = infer(v.front(), depth + 1);
        return s;
    }
    case nlohmann::ordered_json::value_t::object: {
        nlohmann::json s = {{"type", "object"}};
        if (v.empty())
            return s;
        nlohmann::json props = nlohmann::json::object();
        nlohmann::json required = nlohmann::json::array();
        for (auto it = v.begin(); it != v.end(); ++it) {
            props[it.key()] = infer(it.value(), depth + 1);
            required.push_back(it.key());
        }
        s["properties"] = std::move(props);
        s["required"] = std::move(required);
        return s;
    }
    case nlohmann::ordered_json::value_t::null:
    default:
        return nlohmann::json::object();
    }
}

}

namespace {

bool endsWith(const std::string &s, const char *suffix)
{
    const size_t n = std::char_traits<char>::length(suffix);
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

nlohmann::json inferFramework(const nlohmann::ordered_json &v, const std::string &key, bool inArray, int depth)
{
    if (depth > 64)
        return nlohmann::json::object();
    switch (v.type()) {
    case nlohmann::ordered_json::value_t::string: {
        const std::string s = v.get<std::string>();
        if (isFrameworkEnum(key, s))
            return {{"type", "string"}, {"enum", splitEnum(s)}};
        return {{"type", "string"}};
    }
    case nlohmann::ordered_json::value_t::array: {
        nlohmann::json s = {{"type", "array"}};
        if (!v.empty())
            s["items"] = inferFramework(v.front(), key, true, depth + 1);
        return s;
    }
    case nlohmann::ordered_json::value_t::object: {
        nlohmann::json s = {{"type", "object"}};
        nlohmann::json props = nlohmann::json::object();
        nlohmann::json required = nlohmann::json::array();
        for (auto it = v.begin(); it != v.end(); ++it) {
            props[it.key()] = inferFramework(it.value(), it.key(), inArray, depth + 1);
            required.push_back(it.key());
        }
        if (!props.empty())
            s["properties"] = std::move(props);
        if (!inArray && !required.empty())
            s["required"] = std::move(required);
        return s;
    }
    default:
        return infer(v, depth);
    }
}

}

bool isFrameworkEnum(const std::string &key, const std::string &value)
{
    if (!isEnumPlaceholder(value))
        return false;
    for (char c : value) {
        if (c != '|' && c != '_' && !std::isalnum(static_cast<unsigned char>(c)))
            return false;
    }
    return !(endsWith(key, "_stack") || endsWith(key, "_tools") || endsWith(key, "_requirements") || key == "constraints");
}

nlohmann::json inferFrameworkSchema(const nlohmann::ordered_json &example, const std::string &title)
{
    nlohmann::json schema = inferFramework(example, std::string(), false, 0);
    schema["$schema"] = "http://json-schema.org/draft-07/schema#";
    if (!title.empty())
        schema["title"] = title;
    return schema;
}

nlohmann::json inferSchema(const nlohmann::ordered_json &example, const std::string &title)
{
    nlohmann::json schema = infer(example, 0);
    schema["$schema"] = "http://json-schema.org/draft-07/schema#";
    if (!title.empty())
        schema["title"] = title;
    return schema;
}

}
