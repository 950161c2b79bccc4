#include "jsonformatter.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace {

struct Abort {
    QString message;
};

void positionOf(const QByteArray &utf8, size_t byteOffset, int *line, int *column)
{
    int l = 1, c = 1;
    const size_t end = std::min<size_t>(byteOffset, size_t(utf8.size()));
    for (size_t i = 0; i < end; ++i) {
        const unsigned char ch = static_cast<unsigned char>(utf8.at(qsizetype(i)));
        if (ch == '\n') {
            ++l;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            ++c;  // count characters, not continuation bytes
        }
    }
    *line = l;
    *column = c;
}

}

JsonFormatter::Result JsonFormatter::format(const QString &text, int indent)
{
    Result result;
    const QByteArray utf8 = text.toUtf8();
    const qsizetype nul = utf8.indexOf('\0');
    if (nul >= 0) {
        result.error = QCoreApplication::translate("JsonFormatter", "The document contains a NUL character.");
        positionOf(utf8, size_t(nul), &result.line, &result.column);
        return result;
    }

    using Json = nlohmann::ordered_json;
    std::vector<std::set<std::string>> keys;  // keys seen per open object
    int depth = 0;
    Json::parser_callback_t guard = [&](int, Json::parse_event_t event, Json &parsed) -> bool {
        switch (event) {
        case Json::parse_event_t::object_start:
            keys.emplace_back();
            [[fallthrough]];
        case Json::parse_event_t::array_start:
            if (++depth > kMaxDepth)
                throw Abort{QCoreApplication::translate("JsonFormatter", "Nested deeper than %1 levels.").arg(kMaxDepth)};
            break;
        case Json::parse_event_t::object_end:
            if (!keys.empty())
                keys.pop_back();
            [[fallthrough]];
        case Json::parse_event_t::array_end:
            --depth;
            break;
        case Json::parse_event_t::key:
            if (!keys.empty() && !keys.back().insert(parsed.get<std::string>()).second)
                throw Abort{QCoreApplication::translate("JsonFormatter", "Duplicate key \"%1\": formatting would drop one of its values.")
                                .arg(QString::fromStdString(parsed.get<std::string>()))};
            break;
        case Json::parse_event_t::value:
            break;
        }
        return true;
    };

    try {
        const Json doc = Json::parse(utf8.constData(), utf8.constData() + utf8.size(), guard);
        const std::string out = doc.dump(indent, ' ', false, Json::error_handler_t::replace);
        result.text = QString::fromStdString(out) + u'\n';
        result.ok = true;
    } catch (const Abort &abort) {
        result.error = abort.message;
    } catch (const nlohmann::json::parse_error &e) {
        result.error = QCoreApplication::translate("JsonFormatter", "Not valid JSON: %1").arg(QString::fromUtf8(e.what()));
        positionOf(utf8, e.byte > 0 ? e.byte - 1 : 0, &result.line, &result.column);
    } catch (const std::exception &e) {
        result.error = QCoreApplication::translate("JsonFormatter", "Can't format: %1").arg(QString::fromUtf8(e.what()));
    }
    return result;
}
