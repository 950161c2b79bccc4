#pragma once

#include <QString>

#include <nlohmann/json.hpp>

// STATE.json is written by read-merge-write, so a reader can catch it
// missing or half-written. read() says which; callers keep their last good
// copy when it fails.
namespace StateFile {
struct Result {
    bool ok = false;
    bool missing = false;
    nlohmann::json json;
    QString error;
};
Result read(const QString &path);
// Applies a read to the caller's copy: on failure the last good copy stays
// and `message` says so. Returns true when `state` changed.
bool apply(const Result &r, nlohmann::json &state, bool &stateOk, QString &message);
}
