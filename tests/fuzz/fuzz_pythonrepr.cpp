// libFuzzer target: Python repr literals as the reference logger writes them
// (`str(details)[:500]`, so often cut mid-token). Whatever it reads must be
// JSON that nlohmann can print.
#include "pythonrepr.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    PythonRepr::looksLikeRepr(text);
    bool truncated = false;
    if (const auto value = PythonRepr::parse(text, &truncated))
        (void)value->dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return 0;
}
