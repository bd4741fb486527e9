// The keyring reader (docs/spec/chain.md "The keyring").
#include "FuzzSupport.h"

#include "core/chain/Keyring.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    fuzz::refusedOrRead([&] {
        const Keyring k = Keyring::fromBytes(QStringLiteral("fuzz-keyring.json"), fuzz::bytes(data, size));
        FUZZ_CHECK(k.size() <= size);
    });
    return 0;
}
