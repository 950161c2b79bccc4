#pragma once

#include <nlohmann/json.hpp>

#include <string>

// Turns a worker definition's example response into a draft-07 JSON Schema
// by FORMAT.md's placeholder rules: "string" -> a string, "ISO-8601" -> a
// date-time string, "a|b|c" -> one of these, true/false -> a boolean, a
// number -> a number, [] / [example] -> an array (of the example's kind),
// {} / {...} -> an object requiring every key of the example (extra keys are
// allowed), any other string -> exactly that value.
namespace SchemaInference {
nlohmann::json inferSchema(const nlohmann::ordered_json &example, const std::string &title = std::string());
}
