#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <string>

// The small JSON helpers every feature needs, in one place.
namespace JsonUtil {

// RFC 6901: "~" -> "~0", "/" -> "~1" in one reference token, and back.
std::string escapePointerToken(const std::string &token);
std::string unescapePointerToken(std::string token);

// The string value of obj[key]; empty when absent, null, not a string or
// obj is no object.
QString stringField(const nlohmann::json &obj, const char *key);
// As stringField, but a present non-string value is shown as compact JSON
// (citations, one-line summaries); absent and null give an empty string.
QString fieldText(const nlohmann::json &obj, const char *key);

}
