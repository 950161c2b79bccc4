#include "schemarefs.h"
#include "subschemas.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/internal/uri.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

namespace {

const nlohmann::json *resolveFragment(const nlohmann::json &root, const std::string &ref)
{
    if (ref.empty())
        return &root;
    std::string fragment;
    for (size_t i = 1; i < ref.size(); ++i) {
        if (ref[i] == '%' && i + 2 < ref.size() && std::isxdigit((unsigned char)ref[i + 1])
            && std::isxdigit((unsigned char)ref[i + 2])) {
            fragment += char(std::stoi(ref.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            fragment += ref[i];
        }
    }
    if (fragment.empty())
        return &root;
    if (fragment[0] != '/')
        return nullptr; // a named anchor ($id-based): not followed here
    try {
        const nlohmann::json::json_pointer ptr(fragment);
        return root.contains(ptr) ? &root.at(ptr) : nullptr;
    } catch (const std::exception &) {
        return nullptr;
    }
}

size_t longestRefAt(const nlohmann::json &schema, int depth)
{
    if (depth > 512 || !schema.is_object())
        return 0;
    size_t longest = 0;
    auto ref = schema.find("$ref");
    if (ref != schema.end() && ref->is_string())
        longest = ref->get_ref<const std::string &>().size();
    forEachSubschema(schema, [&](const nlohmann::json &child) { longest = std::max(longest, longestRefAt(child, depth + 1)); });
    return longest;
}

std::string findCycleAt(const nlohmann::json &root, const nlohmann::json &schema, int depth, int maxHops)
{
    if (depth > 512 || !schema.is_object())
        return std::string();
    auto ref = schema.find("$ref");
    if (ref != schema.end() && ref->is_string()) {
        std::set<const nlohmann::json *> seen{&schema};
        std::string chain = ref->get<std::string>();
        const nlohmann::json *cur = &schema;
        for (int hop = 0; hop < maxHops; ++hop) {
            auto r = cur->find("$ref");
            if (r == cur->end() || !r->is_string())
                break;
            const nlohmann::json *next = SchemaRefs::resolveLocal(root, r->get<std::string>());
            if (!next)
                break;
            if (!seen.insert(next).second)
                return chain + " -> " + r->get<std::string>();
            if (next != cur && next->is_object() && next->contains("$ref") && next->at("$ref").is_string())
                chain += " -> " + next->at("$ref").get<std::string>();
            cur = next;
        }
    }
    std::string found;
    forEachSubschema(schema, [&](const nlohmann::json &child) {
        if (found.empty())
            found = findCycleAt(root, child, depth + 1, maxHops);
    });
    return found;
}

// Remote documents as valijson asks for them. valijson fetches again at every
// hop of a `$ref` chain and recurses without a cycle check ("TODO: Need to
// detect degenerate circular references"), so a chain that leaves the
// document and comes back (A -> B#/x -> A#/y -> ...) overflowed the stack, as
// did a cycle inside a fetched document. Here each document is fetched once
// (every further hop gets the same copy, which valijson frees once), checked
// for cycles of its own like the root, and the hops are counted.
class RemoteDocuments
{
public:
    RemoteDocuments(const SchemaEngine::Fetch &fetch, int maxHops)
        : m_fetch(fetch), m_maxHops(maxHops)
    {
    }

    const nlohmann::json *get(const std::string &uri)
    {
        if (++m_hops > m_maxHops)
            throw std::runtime_error("$ref cycle across documents: more than " + std::to_string(m_maxHops)
                                     + " remote $ref hops, the last to " + uri);
        auto known = m_documents.find(uri);
        if (known != m_documents.end())
            return known->second;
        std::optional<nlohmann::json> doc = m_fetch(uri);
        if (!doc)
            return nullptr;
        const std::string why = SchemaRefs::refusal(*doc, m_maxHops, " in " + uri);
        if (!why.empty())
            throw std::runtime_error(why);
        const nlohmann::json *owned = new nlohmann::json(std::move(*doc));
        m_documents.emplace(uri, owned);
        return owned;
    }

private:
    SchemaEngine::Fetch m_fetch;
    int m_maxHops;
    int m_hops = 0;
    std::map<std::string, const nlohmann::json *> m_documents; // freed by valijson's freeDoc
};

}

// "#/definitions/a%25b" -> the value, following JSON pointer escapes.
const nlohmann::json *SchemaRefs::resolveLocal(const nlohmann::json &root, const std::string &ref)
{
    // valijson reads a relative reference ("x/y", "!#/a") as this document
    // when no base URI is in scope, so "$ref": "x" at the root is a cycle
    // too; only absolute URIs and URNs leave the document.
    const size_t hash = ref.find('#');
    // valijson's own tests, so that both agree on what leaves the document:
    // "://" anywhere, or its RFC 8141 URN pattern ("URN:x/y" is not one, so
    // it is this document; the long fuzz run overflowed the stack on it).
    if (hash != 0) {
        const std::string uri = ref.substr(0, hash);
        if (valijson::internal::uri::isUriAbsolute(uri) || valijson::internal::uri::isUrn(uri))
            return nullptr;
    }
    const std::string local = hash == std::string::npos ? std::string() : ref.substr(hash);
    return resolveFragment(root, local);
}

std::string SchemaRefs::refusal(const nlohmann::json &document, int maxHops, const std::string &where)
{
    if (const size_t longest = longestRefAt(document, 0); longest > kMaxRefBytes)
        return "a $ref of " + std::to_string(longest) + " bytes (over " + std::to_string(kMaxRefBytes) + ")" + where;
    const std::string cycle = findCycleAt(document, document, 0, maxHops);
    return cycle.empty() ? std::string() : "$ref cycle" + where + ": " + cycle;
}

std::shared_ptr<valijson::Schema> SchemaRefs::parse(const nlohmann::json &schemaJson, const SchemaEngine::Fetch &fetch)
{
    auto schema = std::make_shared<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(schemaJson);
    if (fetch) {
        RemoteDocuments remote(fetch, kMaxRemoteHops);
        auto fetchDoc = [&remote](const std::string &uri) { return remote.get(uri); };
        auto freeDoc = [](const nlohmann::json *doc) { delete doc; };
        parser.populateSchema(adapter, *schema, fetchDoc, freeDoc);
    } else {
        parser.populateSchema(adapter, *schema);
    }
    return schema;
}
