#include "core/chain/ChainRecords.h"

#include "core/chain/Keyring.h"
#include "core/common/ComputePool.h"
#include "core/common/HugePages.h"
#include "core/common/InputError.h"
#include "core/common/Progress.h"
#include "core/crypto/Crypto.h"
#include "core/json/ExportReader.h"
#include "core/json/Jcs.h"
#include "core/json/JsonDiagnostics.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <simdjson.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>

namespace ab {

namespace {

struct ChainVerifierTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ChainVerifier)
};

constexpr size_t ChunkSize = 2048;

// Per-thread state for a chunk: a DOM parser, a JCS buffer and one keyed HMAC context per key.
struct Extractor
{
    simdjson::dom::parser parser;
    std::string jcsBuffer;
    std::map<const Keyring::Key *, std::unique_ptr<crypto::HmacSha256>> macs;
    const Keyring *keyring = nullptr;
    size_t hints[4] = {std::string_view::npos, std::string_view::npos, std::string_view::npos,
                       std::string_view::npos}; // see locate()

    crypto::HmacSha256 &macFor(const Keyring::Key *key)
    {
        auto &slot = macs[key];
        if (!slot)
            slot = std::make_unique<crypto::HmacSha256>(key->secret);
        return *slot;
    }
};

[[noreturn]] void throwDuplicate(const SourceText &src, std::string_view raw)
{
    std::string name;
    size_t at = findDuplicateMember(raw, &name);
    at = (at == std::string_view::npos ? 0 : at) + size_t(raw.data() - src.data());
    throw InputError::atOffset(src.name(), src.text(), at, duplicateMemberMessage(name));
}

// `raw` must lie inside a padded buffer (a SourceText), so it is parsed in place (no copy).
simdjson::error_code parseRecord(simdjson::dom::parser &parser, std::string_view raw,
                                 simdjson::dom::element &el)
{
    auto err = parser.parse(raw.data(), raw.size(), false).get(el);
    if (err == simdjson::NUMBER_ERROR) // perhaps an integer beyond 64 bits, which JCS reads as a double
        if (const auto widened = jcs::widenBigIntegers(raw))
            err = parser.parse(simdjson::padded_string(*widened)).get(el); // the DOM keeps no pointer into it
    return err;
}

simdjson::dom::element parseSpan(simdjson::dom::parser &parser, const SourceText &src, std::string_view raw)
{
    simdjson::dom::element el;
    if (auto err = parseRecord(parser, raw, el))
        throw jsonSyntaxError(src.name(), src.text(), raw, size_t(raw.data() - src.data()),
                              simdjson::error_message(err));
    return el;
}

// The record's canonical content, in `buffer` (reused: sized once per thread).
std::string_view canonicalContent(simdjson::dom::element el, const SourceText &src, std::string_view raw,
                                  std::string &buffer)
{
    // Most records hold no backslash at all; their strings are then copied without looking for characters
    // to escape (about a quarter of the canonical form's cost).
    const auto strings = std::memchr(raw.data(), '\\', raw.size()) ? jcs::Strings::MayNeedEscapes
                                                                   : jcs::Strings::NeedNoEscapes;
    try {
        return jcs::canonicalizeInto(el, buffer, {"hmac", "previous_hmac"}, strings);
    } catch (const jcs::DuplicateMemberError &) {
        throwDuplicate(src, raw);
    }
}

// Where `value` lies inside `raw`: first at the offset where the same member's value lay in the previous
// record of this chunk (`hint`, counted from the front or the back; an export's records share one layout, so
// this is one comparison), else by a search from the front or the back. npos when it is not there verbatim.
size_t locate(std::string_view raw, std::string_view value, bool fromBack, size_t &hint)
{
    if (value.empty())
        return 0;
    if (hint != std::string_view::npos && hint <= raw.size()) {
        const size_t at = fromBack ? raw.size() - hint : hint;
        if (at + value.size() <= raw.size() && std::memcmp(raw.data() + at, value.data(), value.size()) == 0)
            return at;
    }
    size_t at;
    if (!fromBack) {
        const void *p = memmem(raw.data(), raw.size(), value.data(), value.size());
        at = p ? size_t(static_cast<const char *>(p) - raw.data()) : std::string_view::npos;
    } else {
        at = raw.rfind(value);
    }
    if (at != std::string_view::npos)
        hint = fromBack ? raw.size() - at : at;
    return at;
}

// Refers the record's `slot` to `value`'s bytes inside the record's text (see locate), else to a copy in the
// record's spill slot.
void keep(Extractor &x, ChainRecord &r, ChainRecord::Slot slot, std::string_view value, bool fromBack)
{
    const size_t at =
        value.size() <= UINT16_MAX ? locate(r.raw(), value, fromBack, x.hints[slot]) : std::string_view::npos;
    if (at != std::string_view::npos) {
        r.refOffset[slot] = uint16_t(at);
        r.refSize[slot] = uint8_t(value.size());
        return;
    }
    if (!r.spill)
        r.spill = std::make_unique<std::array<std::string, 4>>();
    (*r.spill)[slot].assign(value);
    r.spilled |= uint8_t(1u << slot);
}

// Thrown by extractRecords when a provisional (ChainInput::Split::Deferred) span is not one well-formed
// record object: the caller re-splits strictly, which says what is wrong exactly as it always has.
struct ProvisionalSpanDeclined
{
};

// `provisional`: the span is an unparsed line, so it must also prove to be what ExportReader::split would
// have called a record: an object, and for an NDJSON line one with no array under a page key (items, ...).
void extractOne(Extractor &x, const SourceText &src, std::string_view raw, ChainRecord &r,
                ChainInput::Provisional provisional)
{
    using simdjson::dom::element_type;
    if (raw.size() > UINT32_MAX) // ChainRecord keeps 32-bit offsets
        throw InputError::atOffset(
            src.name(), src.text(), size_t(raw.data() - src.data()),
            ChainVerifierTr::tr("a record larger than 4 GiB: expected smaller records"));
    const simdjson::dom::element el = parseSpan(x.parser, src, raw);
    if (provisional != ChainInput::Provisional::No && el.type() != element_type::OBJECT)
        throw ProvisionalSpanDeclined();
    const bool linesOfPages = provisional == ChainInput::Provisional::Lines;
    r.rawData = raw.data();
    r.rawSize = uint32_t(raw.size());
    int hmacCount = 0, previousCount = 0;
    bool pageArray = false;
    for (auto field : simdjson::dom::object(el)) {
        const std::string_view k = field.key;
        const simdjson::dom::element v = field.value;
        const element_type t = v.type();
        if (linesOfPages)
            pageArray = pageArray || ExportReader::declinesProvisionalLine(k, t == element_type::ARRAY);
        if (k == "id") {
            if (t == element_type::STRING) {
                keep(x, r, ChainRecord::IdSlot, std::string_view(v), false);
                r.hasId = true;
            } else if (t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE) {
                std::string number;
                jcs::canonicalize(v, number);
                keep(x, r, ChainRecord::IdSlot, number, false);
                r.hasId = true;
            }
        } else if (k == "sequence") {
            if (t == element_type::INT64) {
                r.sequence = int64_t(v);
                r.hasSequence = true;
            } else if (t == element_type::UINT64 && uint64_t(v) <= uint64_t(INT64_MAX)) {
                r.sequence = int64_t(uint64_t(v));
                r.hasSequence = true;
            }
        } else if (k == "timestamp") {
            if (t == element_type::STRING) {
                if (auto inst = Instant::parse(std::string_view(v))) {
                    r.setTimestamp(*inst);
                    r.hasTimestamp = true;
                }
            }
        } else if (k == "hmac_key_id") {
            if (t == element_type::STRING) {
                keep(x, r, ChainRecord::KeyIdSlot, std::string_view(v), true);
                r.keyIdOk = true;
            }
        } else if (k == "previous_hmac") {
            ++previousCount;
            if (t == element_type::STRING) {
                keep(x, r, ChainRecord::PreviousHmacSlot, std::string_view(v), true);
                r.previousOk = true;
            }
        } else if (k == "hmac") {
            ++hmacCount;
            if (t == element_type::STRING) {
                keep(x, r, ChainRecord::HmacSlot, std::string_view(v), true);
                r.hmacOk = true;
            }
        }
    }
    if (pageArray)
        throw ProvisionalSpanDeclined();
    if (hmacCount > 1 || previousCount > 1) // JCS leaves these two out, so it cannot see them repeated
        throwDuplicate(src, raw);
    const std::string_view jcs = canonicalContent(el, src, raw, x.jcsBuffer); // also rejects repeated names

    if (!x.keyring || r.missingMember())
        return;
    const Keyring::Key *key = x.keyring->find(r.keyId());
    if (!key) {
        r.mac = ChainRecord::Mac::UnknownKey;
        return;
    }
    const crypto::Digest d = x.macFor(key).mac(jcs, r.previousHmac());
    char hex[64];
    crypto::toHex(d.data(), d.size(), hex);
    r.mac = (r.hmac().size() == 64 && std::memcmp(hex, r.hmac().data(), 64) == 0)
                ? ChainRecord::Mac::Match
                : ChainRecord::Mac::Mismatch;
}

} // namespace

// Parses every record (and validates every other page member) in parallel chunks. On bad input the error
// of the earliest span is thrown, so the message does not depend on thread timing.
namespace {

ChainRecordTable extractOnce(const ChainInput &input, const Keyring *keyring, Progress *progress,
                             ChainRecordTable::IdHashes keepIdHashes)
{
    const auto &spans = input.records();
    ChainRecordTable records(spans.size(), ChunkSize, keepIdHashes);
    size_t *const idHashes = records.idHashes();
    const size_t total = spans.size() + input.others().size();
    const size_t chunks = (total + ChunkSize - 1) / ChunkSize;
    std::vector<size_t> chunkIndex(chunks);
    std::iota(chunkIndex.begin(), chunkIndex.end(), 0);

    std::mutex errorMutex;
    size_t errorSpan = SIZE_MAX;
    std::optional<InputError> firstError;
    std::atomic<bool> cancelled{false}, declined{false};
    std::atomic<qint64> done{0};
    if (progress)
        progress->beginStage(ChainVerifierTr::tr("Parsing and authenticating records"), qint64(spans.size()));

    QtConcurrent::blockingMap(computePool(), chunkIndex, [&](size_t chunk) {
        if (cancelled.load(std::memory_order_relaxed) || declined.load(std::memory_order_relaxed))
            return;
        if (progress && progress->isCancelled()) {
            cancelled = true;
            return;
        }
        if (chunk * ChunkSize < spans.size())
            records.constructChunk(chunk);
        Extractor x;
        x.keyring = keyring;
        const size_t begin = chunk * ChunkSize, end = std::min(total, begin + ChunkSize);
        size_t i = begin;
        try {
            for (; i < end; ++i) {
                if (i < spans.size()) {
                    const SourceText &src = input.texts()[input.recordSource(i)];
                    ChainRecord &r = records[i];
                    extractOne(x, src, spans[i], r, input.provisional(input.recordSource(i)));
                    if (i > begin) // the predecessor is this chunk's: both texts are still in cache
                        r.compareWithInputPredecessor(records[i - 1]);
                    if (idHashes)
                        idHashes[i] = std::hash<std::string_view>()(r.id());
                } else {
                    const size_t o = i - spans.size();
                    const SourceText &src = input.texts()[input.otherSource()[o]];
                    const std::string_view raw = input.others()[o];
                    canonicalContent(parseSpan(x.parser, src, raw), src, raw, x.jcsBuffer);
                }
            }
        } catch (const ProvisionalSpanDeclined &) {
            declined = true;
        } catch (const InputError &e) {
            if (i < spans.size() && input.provisional(input.recordSource(i)) != ChainInput::Provisional::No) {
                declined = true; // the strict split decides what is wrong (and may find it earlier)
                return;
            }
            std::lock_guard lock(errorMutex);
            if (i < errorSpan) {
                errorSpan = i;
                firstError = e;
            }
        }
        if (progress) {
            const qint64 n = qint64(std::min(end, spans.size()) - std::min(begin, spans.size()));
            progress->report(done.fetch_add(n) + n);
        }
    });
    if (declined)
        throw ProvisionalSpanDeclined();
    if (firstError)
        throw *firstError;
    if (cancelled)
        throw CancelledError();
    return records;
}

} // namespace

ChainRecordTable extractRecords(const ChainInput &input, const Keyring *keyring, Progress *progress,
                                ChainRecordTable::IdHashes idHashes)
{
    try {
        return extractOnce(input, keyring, progress, idHashes);
    } catch (const ProvisionalSpanDeclined &) {
        input.splitStrictly(); // throws the split's InputError, or leaves only strict spans
        return extractOnce(input, keyring, progress, idHashes);
    }
}

// In the sanitizer build the storage of records not yet constructed is poisoned: reading or destroying one
// (a chunk the workers never reached, as when a run is cancelled) is then reported, where with fresh zeroed
// memory it would pass unnoticed (tst_chainverifier cancels a run after its first chunk).
#if defined(__SANITIZE_ADDRESS__)
static void poison(const void *p, size_t bytes)
{
    ASAN_POISON_MEMORY_REGION(p, bytes);
}
static void unpoison(const void *p, size_t bytes)
{
    ASAN_UNPOISON_MEMORY_REGION(p, bytes);
}
#else
static void poison(const void *, size_t) {}
static void unpoison(const void *, size_t) {}
#endif

ChainRecordTable::ChainRecordTable(size_t size, size_t chunkSize, IdHashes idHashes)
    : m_constructed(new bool[(size + chunkSize - 1) / chunkSize]()), m_size(size), m_chunkSize(chunkSize)
{
    // A constructor that throws gets no destructor: the id hashes are held here until the records' storage,
    // allocated last, is in hand, so that a bad_alloc leaks neither.
    const auto freeHashes = [](size_t *p) { std::free(p); };
    std::unique_ptr<size_t, decltype(freeHashes)> hashes(
        idHashes == IdHashes::Kept ? static_cast<size_t *>(allocateLarge(size * sizeof(size_t))) : nullptr,
        freeHashes);
    m_data = static_cast<ChainRecord *>(allocateLarge(size * sizeof(ChainRecord)));
    poison(m_data, size * sizeof(ChainRecord));
    m_idHashes = hashes.release();
}

ChainRecordTable::~ChainRecordTable()
{
    releaseIdHashes();
    if (!m_data)
        return;
    for (size_t chunk = 0; chunk * m_chunkSize < m_size; ++chunk)
        if (m_constructed[chunk])
            std::destroy(m_data + chunk * m_chunkSize, m_data + std::min(m_size, (chunk + 1) * m_chunkSize));
    unpoison(m_data, m_size * sizeof(ChainRecord));
    std::free(m_data);
}

void ChainRecordTable::releaseIdHashes()
{
    std::free(m_idHashes);
    m_idHashes = nullptr;
}

void ChainRecordTable::constructChunk(size_t chunk)
{
    ChainRecord *const begin = m_data + chunk * m_chunkSize;
    ChainRecord *const end = m_data + std::min(m_size, (chunk + 1) * m_chunkSize);
    unpoison(begin, size_t(end - begin) * sizeof(ChainRecord));
    std::uninitialized_value_construct(begin, end);
    m_constructed[chunk] = true;
}

void ChainRecordTable::swap(ChainRecordTable &other) noexcept
{
    std::swap(m_constructed, other.m_constructed);
    std::swap(m_data, other.m_data);
    std::swap(m_idHashes, other.m_idHashes);
    std::swap(m_size, other.m_size);
    std::swap(m_chunkSize, other.m_chunkSize);
}

QString storedTimestamp(const ChainRecord &r)
{
    simdjson::dom::parser parser;
    simdjson::dom::element el;
    std::string_view ts;
    if (!parseRecord(parser, r.raw(), el) && !el["timestamp"].get_string().get(ts))
        return QString::fromUtf8(ts.data(), qsizetype(ts.size()));
    return {};
}

std::string canonicalContentOf(const ChainInput &input, size_t index, const ChainRecord &r)
{
    thread_local simdjson::dom::parser
        parser; // a parser's first use allocates: reused for every error listed
    const SourceText &src = input.texts()[input.recordSource(index)];
    thread_local std::string buffer;
    return std::string(canonicalContent(parseSpan(parser, src, r.raw()), src, r.raw(), buffer));
}

std::string computedMacHex(const ChainInput &input, size_t index, const ChainRecord &r,
                           const Keyring &keyring)
{
    const Keyring::Key *key = keyring.find(r.keyId());
    if (!key)
        return {};
    const crypto::Digest d =
        crypto::HmacSha256(key->secret).mac(canonicalContentOf(input, index, r), r.previousHmac());
    std::string hex(64, '0');
    crypto::toHex(d.data(), d.size(), hex.data());
    return hex;
}

} // namespace ab
