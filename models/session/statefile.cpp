#include "statefile.h"

#include "safefile.h"

#include "jsonlparser.h"

#include <QFile>

namespace StateFile {

Result read(const QString &path)
{
    Result r;
    // A state file is a few KB; 64 MB means something is badly wrong. Read
    // through SafeFile: a FIFO or a link to /dev/zero in its place must
    // neither block nor grow without end.
    const SafeFile::Result file = SafeFile::read(path, 64 << 20);
    if (file.status == SafeFile::Status::Missing) {
        r.missing = true;
        r.error = QStringLiteral("STATE.json is missing");
        return r;
    }
    if (file.status == SafeFile::Status::TooLarge) {
        r.error = QStringLiteral("STATE.json is over the 64 MB limit");
        return r;
    }
    if (!file.ok()) {
        r.error = file.error;
        return r;
    }
    const QByteArray &bytes = file.bytes;
    if (bytes.trimmed().isEmpty()) {
        r.error = QStringLiteral("STATE.json is empty (being rewritten?)");
        return r;
    }
    if (bytes.contains('\0')) {
        r.error = QStringLiteral("STATE.json contains a NUL byte");
        return r;
    }
    if (JsonText::nestingExceeds(bytes.constData(), size_t(bytes.size()), 256)) {
        r.error = QStringLiteral("STATE.json is nested deeper than 256 levels");
        return r;
    }
    r.json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (r.json.is_discarded()) {
        r.json = nullptr;
        r.error = QStringLiteral("STATE.json is not valid JSON (half-written?): ")
            + JsonText::describeJsonError(bytes.constData(), size_t(bytes.size()));
        return r;
    }
    if (!r.json.is_object()) {
        r.json = nullptr;
        r.error = QStringLiteral("STATE.json is not a JSON object");
        return r;
    }
    r.ok = true;
    return r;
}

bool apply(const Result &r, nlohmann::json &state, bool &stateOk, QString &message)
{
    if (r.ok) {
        const bool changed = !stateOk || state != r.json;
        state = r.json;
        stateOk = true;
        message.clear();
        return changed;
    }
    stateOk = false;
    message = state.is_null() ? r.error : r.error + QStringLiteral("; showing the last good copy");
    return false;
}

}
