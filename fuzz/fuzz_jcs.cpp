// JCS (RFC 8785): canonicalizing is idempotent (the canonical form of a canonical text is itself), and the
// widening of integers beyond 64 bits keeps every other byte.
#include "FuzzSupport.h"

#include "core/json/Jcs.h"
#include "core/json/SourceText.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (firstInvalidUtf8(text) != std::string_view::npos)
        return 0; // every caller hands JCS validated UTF-8 (SourceText)
    if (const auto widened = jcs::widenBigIntegers(text))
        FUZZ_CHECK(widened->size() > text.size());
    fuzz::refusedOrRead([&] {
        const std::string canonical = jcs::canonicalize(text);
        FUZZ_CHECK(jcs::canonicalize(canonical) == canonical);
    });
    return 0;
}
