#pragma once
// The first half of a verification: every record of a ChainInput parsed (and every other page member
// validated), its chain members read, and, with a keyring, its MAC recomputed, in parallel chunks on all
// cores. What the checks need of a record is kept; the JSON itself stays in its source text.
#include "core/chain/ChainInput.h"
#include "core/common/Instant.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

class Keyring;
class Progress;

// What the checks need of one record: its id, order keys and chain members (each flagged whether present
// as the type chain.md requires), and the outcome of its MAC with the computed value's first 8 hex digits
// for the error text.
//
// The four texts are views, not copies (a million records would otherwise make ~3 million allocations and
// hold ~300 MB): into the record's own text where the value's bytes stand there verbatim (always, unless a
// string holds escapes or the id is a number), else into `spill`, which this record owns.
struct ChainRecord
{
    std::string_view raw;
    uint32_t source = 0;
    std::string_view id;
    std::string_view keyId, previousHmac, hmac;
    std::unique_ptr<std::array<std::string, 4>> spill; // id, keyId, previousHmac, hmac when not verbatim
    int64_t sequence = 0;
    Instant timestamp;
    bool hasId = false, hasSequence = false, hasTimestamp = false;
    bool keyIdOk = false, previousOk = false, hmacOk = false;
    enum class Mac : uint8_t
    {
        NotChecked,
        Match,
        Mismatch,
        UnknownKey
    } mac = Mac::NotChecked;
    char computed[8] = {};

    const char *missingMember() const
    {
        if (!keyIdOk)
            return "hmac_key_id";
        if (!previousOk)
            return "previous_hmac";
        if (!hmacOk)
            return "hmac";
        return nullptr;
    }
};

// Throws InputError for the earliest unusable span (whatever the thread timing) and CancelledError.
std::vector<ChainRecord> extractRecords(const ChainInput &input, const Keyring *keyring, Progress *progress);
// The record's timestamp exactly as stored (empty without a string one).
QString storedTimestamp(const ChainRecord &r);
// The record's canonical (JCS) content, without hmac and previous_hmac: what the MAC covers.
std::string canonicalContentOf(const ChainInput &input, const ChainRecord &r);

} // namespace ab
