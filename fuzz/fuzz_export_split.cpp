// Export splitting (array, pages, NDJSON; gzip inflated first, within small limits) and the chain verifier
// over what it splits: every record span lies inside the text; verifying never crashes.
#include "FuzzSupport.h"

#include "core/chain/ChainInput.h"
#include "core/chain/ChainVerifier.h"
#include "core/json/ExportReader.h"
#include "core/json/SourceText.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    InflateLimits limits;
    limits.maxSize = qint64(1) << 20;
    fuzz::refusedOrRead([&] {
        SourceText source =
            SourceText::fromBytes(QStringLiteral("fuzz.json"), fuzz::bytes(data, size), limits);
        FUZZ_CHECK(qint64(source.size()) <= limits.maxSize);
        const ExportSplit split = ExportReader::split(source);
        const char *begin = source.data(), *end = source.data() + source.size();
        for (const std::string_view r : split.records)
            FUZZ_CHECK(r.data() >= begin && r.data() + r.size() <= end);
        for (const std::string_view o : split.others)
            FUZZ_CHECK(o.data() >= begin && o.data() + o.size() <= end);
        ChainInput input;
        input.addSource(std::move(source));
        VerifyOptions options;
        const VerificationResult result = ChainVerifier::verify(input, options);
        (void)result;
    });
    return 0;
}
