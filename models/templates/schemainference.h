#pragma once

#include <nlohmann/json.hpp>

#include <string>

// Turns a worker definition's example response into a draft-07 JSON Schema
// by docs/FORMAT.md's placeholder rules: "string" -> a string, "ISO-8601" -> a
// date-time string, "a|b|c" -> one of these, true/false -> a boolean, a
// number -> a number, [] / [example] -> an array (of the example's kind),
// {} / {...} -> an object requiring every key of the example (extra keys are
// allowed), any other string -> exactly that value.
namespace SchemaInference {
nlohmann::json inferSchema(const nlohmann::ordered_json &example, const std::string &title = std::string());

// For the 2025-09-13 framework's <w>_output_template.json, whose strings
// are descriptions of what to write, not literal values: strings (and
// {{SESSION_ID}}-style placeholders) are any string; "a|b|c" of word
// alternatives is an enum unless its key names a list of free choices
// (*_stack, *_tools, *_requirements, constraints); numbers, booleans,
// objects and arrays as above, but only the keys of objects outside arrays
// are required (template entries of arrays are examples to replace or
// remove).
nlohmann::json inferFrameworkSchema(const nlohmann::ordered_json &example, const std::string &title = std::string());
bool isFrameworkEnum(const std::string &key, const std::string &value);
}
