#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

// The reference logger stores `str(details)[:500]`, so object details often
// arrive as a Python repr string ("{'action': 'scan', 'ok': True}"), possibly
// cut mid-token. This reads such a literal (dicts, lists, tuples, sets,
// quoted strings with escapes, numbers, True/False/None) into JSON. A cut
// literal is closed where it stops and `truncated` is set.
namespace PythonRepr {
bool looksLikeRepr(std::string_view text);
std::optional<nlohmann::ordered_json> parse(std::string_view text, bool *truncated = nullptr);
}
