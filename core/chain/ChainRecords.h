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
    // 56 bytes per record (a million of them live at once, next to the text they point into): the four chain
    // values are offsets into the record's own text, or copies in `spill` when not there verbatim (escapes,
    // a numeric id, a value beyond 255 bytes or 64 KiB into the record). Which text:
    // ChainInput::recordSource.
    enum Slot : uint8_t
    {
        IdSlot,
        KeyIdSlot,
        PreviousHmacSlot,
        HmacSlot
    };
    enum class Mac : uint8_t
    {
        NotChecked,
        Match,
        Mismatch,
        UnknownKey
    };

    const char *rawData = nullptr;
    std::unique_ptr<std::array<std::string, 4>> spill; // by Slot
    int64_t sequence = 0;
    int64_t timestampSeconds = 0;
    uint32_t rawSize = 0;
    int32_t timestampNanos = 0;
    uint16_t refOffset[4] = {};
    uint8_t refSize[4] = {};
    uint8_t spilled = 0; // bit per Slot
    bool hasId : 1 = false, hasSequence : 1 = false, hasTimestamp : 1 = false;
    bool keyIdOk : 1 = false, previousOk : 1 = false, hmacOk : 1 = false;
    // The record before this one in input order is the checks' usual predecessor. Whether this record's
    // previous_hmac equals that record's hmac, and whether both have the same hmac_key_id, is decided during
    // extraction, while both texts are in cache (see linksTo(), sameKeyIdAs()); not for the first record of
    // each parallel chunk (`comparedWithInputPredecessor` false).
    bool comparedWithInputPredecessor : 1 = false, linksToInputPredecessor : 1 = false;
    bool sameKeyIdAsInputPredecessor : 1 = false, idAboveInputPredecessor : 1 = false;
    Mac mac = Mac::NotChecked;

    std::string_view raw() const { return {rawData, rawSize}; }
    std::string_view value(Slot slot) const
    {
        if (spilled & (1u << slot))
            return (*spill)[slot];
        return {rawData + refOffset[slot], refSize[slot]};
    }
    std::string_view id() const { return value(IdSlot); }
    std::string_view keyId() const { return value(KeyIdSlot); }
    std::string_view previousHmac() const { return value(PreviousHmacSlot); }
    std::string_view hmac() const { return value(HmacSlot); }
    Instant timestamp() const { return Instant{timestampSeconds, timestampNanos}; }
    void setTimestamp(const Instant &t)
    {
        timestampSeconds = t.seconds;
        timestampNanos = t.nanos;
    }

    // True when `prev` holds an hmac equal to this record's previous_hmac. `prev` must be in the same vector;
    // for the record just before this one the answer was found during extraction, without reading either
    // text again (a million records' texts are far beyond the cache).
    bool linksTo(const ChainRecord &prev) const
    {
        if (comparedWithInputPredecessor && &prev + 1 == this)
            return linksToInputPredecessor;
        return prev.hmacOk && previousOk && prev.hmac() == previousHmac();
    }
    // True when both records hold a string hmac_key_id and they are equal (`other` in the same vector).
    bool sameKeyIdAs(const ChainRecord &other) const
    {
        if (comparedWithInputPredecessor && &other + 1 == this)
            return sameKeyIdAsInputPredecessor;
        return other.keyIdOk && keyIdOk && other.keyId() == keyId();
    }
    // True when both records have an id and this one's sorts after `prev`'s, byte by byte (`prev` in the same
    // vector). Ids that rise through the whole input cannot repeat: exports with time-ordered ids (ULIDs,
    // UUIDv7, counters) need no search for repeated ids at all.
    bool idAbove(const ChainRecord &prev) const
    {
        if (comparedWithInputPredecessor && &prev + 1 == this)
            return idAboveInputPredecessor;
        return hasId && prev.hasId && prev.id() < id();
    }
    // Compares this record with `predecessor`, the record before it in the same vector (see above).
    void compareWithInputPredecessor(const ChainRecord &predecessor)
    {
        linksToInputPredecessor = linksTo(predecessor);
        sameKeyIdAsInputPredecessor = sameKeyIdAs(predecessor);
        idAboveInputPredecessor = idAbove(predecessor);
        comparedWithInputPredecessor = true;
    }

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

static_assert(sizeof(ChainRecord) <= 56, "ChainRecord is per record: keep it small");

// One ChainRecord per record span, built in parallel chunks. A std::vector would value-initialise all of them
// on the calling thread first: for a million records that is 56 MB of fresh pages zeroed on one core while
// the other waits (0.10-0.15 s on this project's VMs, docs/performance.md, sixth pass). Here the storage is
// only reserved, and each chunk constructs its own records just before it fills them. The same holds for
// the records' id hashes, when they are kept: each is written once, by the chunk that reads the id.
class ChainRecordTable
{
public:
    enum class IdHashes
    {
        None,
        Kept
    };
    ChainRecordTable(size_t size, size_t chunkSize, IdHashes idHashes);
    ChainRecordTable(ChainRecordTable &&other) noexcept { swap(other); }
    ChainRecordTable(const ChainRecordTable &) = delete;
    ChainRecordTable &operator=(const ChainRecordTable &) = delete;
    ChainRecordTable &operator=(ChainRecordTable &&) = delete;
    ~ChainRecordTable();

    // Constructs (default) the records of chunk `chunk`; each chunk once, from any thread.
    void constructChunk(size_t chunk);

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    ChainRecord &operator[](size_t i) { return m_data[i]; }
    const ChainRecord &operator[](size_t i) const { return m_data[i]; }
    const ChainRecord *begin() const { return m_data; }
    const ChainRecord *end() const { return m_data + m_size; }

    // std::hash of each record's id (any value for a record without one), by index, written during
    // extraction while the record's text is in cache; nullptr when not kept or released. Read only what
    // extraction wrote (every record, once it has returned).
    size_t *idHashes() { return m_idHashes; }
    void releaseIdHashes();

private:
    void swap(ChainRecordTable &other) noexcept;

    std::unique_ptr<bool[]> m_constructed; // by chunk; first, so that it is freed if the storage throws
    ChainRecord *m_data = nullptr;
    size_t *m_idHashes = nullptr;
    size_t m_size = 0;
    size_t m_chunkSize = 1;
};

// Throws InputError for the earliest unusable span (whatever the thread timing) and CancelledError. Every
// record of the table returned is constructed, and its id hash written when `idHashes` is Kept.
ChainRecordTable extractRecords(const ChainInput &input, const Keyring *keyring, Progress *progress,
                                ChainRecordTable::IdHashes idHashes = ChainRecordTable::IdHashes::None);
// The record's timestamp exactly as stored (empty without a string one).
QString storedTimestamp(const ChainRecord &r);
// The record's canonical (JCS) content, without hmac and previous_hmac: what the MAC covers. `index`: the
// record's position in ChainInput::records().
std::string canonicalContentOf(const ChainInput &input, size_t index, const ChainRecord &r);
// The MAC the keyring gives the record (64 hex digits), computed again: only mismatches need it, so it is
// not kept per record.
std::string computedMacHex(const ChainInput &input, size_t index, const ChainRecord &r,
                           const Keyring &keyring);

} // namespace ab
