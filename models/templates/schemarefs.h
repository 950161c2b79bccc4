#pragma once

#include "schemaengine.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

// The `$ref` guards valijson lacks, kept apart from the engine's validation.
// valijson compiles a `$ref` chain by recursing without a cycle check ("TODO:
// Need to detect degenerate circular references"), fetches a remote document
// again at every hop, and matches every `$ref` against a recursive std::regex;
// each of these overflowed the stack on hostile schemas (tests/fuzz/crashes).
// These checks run before valijson sees a schema, and parse() hands valijson a
// fetcher that checks each remote document the same way.
class SchemaRefs
{
public:
    // A `$ref` longer than this is refused: valijson's URN test is a
    // std::regex whose matcher recurses once per character.
    static constexpr size_t kMaxRefBytes = 4096;
    // Remote `$ref` resolutions one compile may make: the JSON Schema Test
    // Suite needs a handful; a cycle across documents needs them all.
    static constexpr int kMaxRemoteHops = 1000;

    // The schema a `$ref` names inside root, as valijson resolves it; null
    // when it leaves the document (an absolute URI or a URN) or names
    // nothing there (a missing pointer, a named anchor).
    static const nlohmann::json *resolveLocal(const nlohmann::json &root, const std::string &ref);
    // Why valijson must not compile this document, or empty: a `$ref` over
    // kMaxRefBytes, or a chain of schemas that are nothing but `$ref` and
    // come back to where it started ("$ref cycle: a -> b -> a"; at most
    // maxHops references of one chain are followed). `where` (" in <uri>"
    // for a fetched document) is said in the message.
    static std::string refusal(const nlohmann::json &document, int maxHops, const std::string &where = std::string());
    // valijson's draft-07 parse, with remote documents from fetch (each
    // fetched once, refused when it has a cycle or an over-long `$ref`, at
    // most kMaxRemoteHops hops). Throws std::exception on what it refuses.
    static std::shared_ptr<valijson::Schema> parse(const nlohmann::json &schema, const SchemaEngine::Fetch &fetch);
};
