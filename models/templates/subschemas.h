#pragma once

// Calls f(child) for every subschema position of draft-07 (callers count the
// depth); values of enum/const/default/examples are data, never walked.
// Shared by the schema engine's preparation and the `$ref` checks.
template<typename J, typename F>
void forEachSubschema(J &schema, F &&f)
{
    if (!schema.is_object())
        return;
    for (const char *k : {"properties", "patternProperties", "definitions", "dependencies"}) {
        auto it = schema.find(k);
        if (it != schema.end() && it->is_object()) {
            for (auto &v : *it)
                f(v);
        }
    }
    for (const char *k : {"additionalItems", "additionalProperties", "contains", "propertyNames", "if", "then", "else",
                          "not"}) {
        auto it = schema.find(k);
        if (it != schema.end())
            f(*it);
    }
    for (const char *k : {"allOf", "anyOf", "oneOf"}) {
        auto it = schema.find(k);
        if (it != schema.end() && it->is_array()) {
            for (auto &v : *it)
                f(v);
        }
    }
    auto items = schema.find("items");
    if (items != schema.end()) {
        if (items->is_array()) {
            for (auto &v : *items)
                f(v);
        } else {
            f(*items);
        }
    }
}
