#pragma once

#include "core/chain/ChainInput.h"
#include "core/chain/VerificationResult.h"
#include "core/common/Instant.h"
#include "core/common/Progress.h"

#include <optional>
#include <string>

namespace ab {

class Keyring;

struct VerifyOptions
{
    const Keyring *keyring = nullptr;  // null: linkage-only mode (macs_verified false)
    std::optional<Instant> start, end; // examination period, both inclusive
    QString startText, endText;        // as given, echoed in the result's period
    std::optional<std::string> anchor; // --anchor: what record 1 must link to
    std::optional<std::string> expectHead;
    int maxErrors = 1000;
    int maxGapHours = 24; // --max-gap: a longer silence between consecutive records is a coverage gap
};

// Offline verification of an HMAC-chained audit export, exactly as docs/spec/chain.md specifies: ordering,
// duplicate merging, the six checks in order with their exact texts, anchor, head, period. MACs are computed
// in parallel on all cores while the records are parsed.
class ChainVerifier
{
public:
    // Throws InputError when a record is not valid JSON (the whole input is unusable) and CancelledError.
    static VerificationResult verify(const ChainInput &input, const VerifyOptions &options,
                                     Progress *progress = nullptr);
    // Reads the files (throws InputError naming file, line and column) and verifies them as one chain.
    static VerificationResult verifyFiles(const QStringList &paths, const VerifyOptions &options,
                                          Progress *progress = nullptr);

    static constexpr const char *GenesisHmac =
        "0000000000000000000000000000000000000000000000000000000000000000";
};

} // namespace ab
