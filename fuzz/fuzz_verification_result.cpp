// A verification result read back (join reads the results of segments verified elsewhere).
#include "FuzzSupport.h"

#include "core/chain/VerificationResult.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    fuzz::refusedOrRead([&] {
        const VerificationResult r =
            VerificationResult::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
        (void)r.toJson();
    });
    return 0;
}
