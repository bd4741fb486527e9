#include "core/chain/ChainVerifier.h"

#include "core/chain/Keyring.h"
#include "core/common/InputError.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonDiagnostics.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace ab {

// Only the progress stages a user watches are translated. The error texts are docs/spec/chain.md's exact
// words: evidence that is stored, hashed, printed and compared with the platform's own verifier, so they are
// built without tr() and read the same whatever the UI language.
struct ChainVerifierTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ChainVerifier)
};

namespace {

// What the checks need of one record; the JSON itself stays in its source text.
struct ChainRecord
{
    std::string_view raw;
    uint32_t source = 0;
    std::string id;
    std::string keyId, previousHmac, hmac;
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

constexpr size_t ChunkSize = 2048;

// Per-thread state for a chunk: a DOM parser, a JCS buffer and one keyed HMAC context per key.
struct Extractor
{
    simdjson::dom::parser parser;
    std::string jcs;
    std::map<const Keyring::Key *, std::unique_ptr<crypto::HmacSha256>> macs;
    const Keyring *keyring = nullptr;

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

void canonicalContent(simdjson::dom::element el, const SourceText &src, std::string_view raw,
                      std::string &out)
{
    out.clear();
    try {
        jcs::canonicalize(el, out, {"hmac", "previous_hmac"});
    } catch (const jcs::DuplicateMemberError &) {
        throwDuplicate(src, raw);
    }
}

void extractOne(Extractor &x, const SourceText &src, std::string_view raw, ChainRecord &r)
{
    using simdjson::dom::element_type;
    const simdjson::dom::element el = parseSpan(x.parser, src, raw);
    r.raw = raw;
    int hmacCount = 0, previousCount = 0;
    for (auto field : simdjson::dom::object(el)) {
        const std::string_view k = field.key;
        const simdjson::dom::element v = field.value;
        const element_type t = v.type();
        if (k == "id") {
            if (t == element_type::STRING) {
                r.id = std::string(std::string_view(v));
                r.hasId = true;
            } else if (t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE) {
                r.id.clear();
                jcs::canonicalize(v, r.id);
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
                    r.timestamp = *inst;
                    r.hasTimestamp = true;
                }
            }
        } else if (k == "hmac_key_id") {
            if (t == element_type::STRING) {
                r.keyId = std::string(std::string_view(v));
                r.keyIdOk = true;
            }
        } else if (k == "previous_hmac") {
            ++previousCount;
            if (t == element_type::STRING) {
                r.previousHmac = std::string(std::string_view(v));
                r.previousOk = true;
            }
        } else if (k == "hmac") {
            ++hmacCount;
            if (t == element_type::STRING) {
                r.hmac = std::string(std::string_view(v));
                r.hmacOk = true;
            }
        }
    }
    if (hmacCount > 1 || previousCount > 1) // JCS leaves these two out, so it cannot see them repeated
        throwDuplicate(src, raw);
    canonicalContent(el, src, raw, x.jcs); // also rejects duplicate names anywhere in the record

    if (!x.keyring || r.missingMember())
        return;
    const Keyring::Key *key = x.keyring->find(r.keyId);
    if (!key) {
        r.mac = ChainRecord::Mac::UnknownKey;
        return;
    }
    const crypto::Digest d = x.macFor(key).mac(x.jcs, r.previousHmac);
    char hex[64];
    crypto::toHex(d.data(), d.size(), hex);
    std::memcpy(r.computed, hex, sizeof r.computed);
    r.mac = (r.hmac.size() == 64 && std::memcmp(hex, r.hmac.data(), 64) == 0) ? ChainRecord::Mac::Match
                                                                              : ChainRecord::Mac::Mismatch;
}

// Parses every record (and validates every other page member) in parallel chunks. On bad input the error
// of the earliest span is thrown, so the message does not depend on thread timing.
std::vector<ChainRecord> extractAll(const ChainInput &input, const Keyring *keyring, Progress *progress)
{
    const auto &spans = input.records();
    std::vector<ChainRecord> records(spans.size());
    const size_t total = spans.size() + input.others().size();
    const size_t chunks = (total + ChunkSize - 1) / ChunkSize;
    std::vector<size_t> chunkIndex(chunks);
    std::iota(chunkIndex.begin(), chunkIndex.end(), 0);

    std::mutex errorMutex;
    size_t errorSpan = SIZE_MAX;
    std::optional<InputError> firstError;
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    if (progress)
        progress->beginStage(ChainVerifierTr::tr("Parsing and authenticating records"), qint64(spans.size()));

    QtConcurrent::blockingMap(chunkIndex, [&](size_t chunk) {
        if (cancelled.load(std::memory_order_relaxed))
            return;
        if (progress && progress->isCancelled()) {
            cancelled = true;
            return;
        }
        Extractor x;
        x.keyring = keyring;
        const size_t begin = chunk * ChunkSize, end = std::min(total, begin + ChunkSize);
        size_t i = begin;
        try {
            for (; i < end; ++i) {
                if (i < spans.size()) {
                    const SourceText &src = input.texts()[input.recordSource()[i]];
                    records[i].source = input.recordSource()[i];
                    extractOne(x, src, spans[i], records[i]);
                } else {
                    const size_t o = i - spans.size();
                    const SourceText &src = input.texts()[input.otherSource()[o]];
                    const std::string_view raw = input.others()[o];
                    canonicalContent(parseSpan(x.parser, src, raw), src, raw, x.jcs);
                }
            }
        } catch (const InputError &e) {
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
    if (firstError)
        throw *firstError;
    if (cancelled)
        throw CancelledError();
    return records;
}

QString prefix8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(8, s.size())));
}

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString timestampText(const ChainRecord &r)
{
    simdjson::dom::parser parser;
    simdjson::dom::element el;
    std::string_view ts;
    if (!parseRecord(parser, r.raw, el) && !el["timestamp"].get_string().get(ts))
        return qstr(ts);
    return {};
}

std::string contentOf(const ChainInput &input, const ChainRecord &r)
{
    simdjson::dom::parser parser;
    const SourceText &src = input.texts()[r.source];
    std::string out;
    canonicalContent(parseSpan(parser, src, r.raw), src, r.raw, out);
    return out;
}

} // namespace

VerificationResult ChainVerifier::verify(const ChainInput &input, const VerifyOptions &options,
                                         Progress *progress)
{
    std::vector<ChainRecord> records = extractAll(input, options.keyring, progress);
    throwIfCancelled(progress);
    if (progress)
        progress->beginStage(ChainVerifierTr::tr("Checking the chain"), qint64(records.size()));

    // Order: by sequence when every record has an integer sequence, else by timestamp as an instant.
    // Stable: ties keep input order. Records without a usable timestamp sort last.
    std::vector<uint32_t> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    const bool bySequence =
        std::all_of(records.begin(), records.end(), [](const ChainRecord &r) { return r.hasSequence; });
    // Exports are usually already in order: checking that is one pass, sorting is not.
    if (bySequence) {
        const auto bySeq = [&](uint32_t a, uint32_t b) { return records[a].sequence < records[b].sequence; };
        if (!std::is_sorted(order.begin(), order.end(), bySeq))
            std::stable_sort(order.begin(), order.end(), bySeq);
    } else {
        const auto byTime = [&](uint32_t a, uint32_t b) {
            const ChainRecord &x = records[a], &y = records[b];
            if (x.hasTimestamp != y.hasTimestamp)
                return x.hasTimestamp;
            return x.hasTimestamp && x.timestamp < y.timestamp;
        };
        if (!std::is_sorted(order.begin(), order.end(), byTime))
            std::stable_sort(order.begin(), order.end(), byTime);
    }

    // Merge records that repeat an earlier one's id with byte-identical JCS content (overlapping pages).
    VerificationResult result;
    bool repeatedIds = false; // some id is held by two kept records (else the duplicate-id check cannot fire)
    {
        // Only when some id may repeat: one map entry per id; ids held by more than one record (rare) keep
        // their further records in a second map.
        std::vector<uint32_t> kept;
        std::unordered_map<std::string_view, uint32_t> firstById;
        std::unordered_map<std::string_view, std::vector<uint32_t>> moreById;
        // Most exports repeat no id at all: hashes sorted once prove that without a map node per record.
        bool maybeRepeated = false;
        {
            std::vector<size_t> hashes;
            hashes.reserve(order.size());
            for (const ChainRecord &r : records)
                if (r.hasId)
                    hashes.push_back(std::hash<std::string_view>()(r.id));
            std::sort(hashes.begin(), hashes.end());
            maybeRepeated = std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end();
        }
        if (maybeRepeated) {
            kept.reserve(order.size());
            firstById.reserve(order.size());
            for (uint32_t idx : order) {
                const ChainRecord &r = records[idx];
                if (r.hasId) {
                    const auto [first, inserted] = firstById.try_emplace(r.id, idx);
                    if (!inserted) {
                        auto &more = moreById[r.id];
                        const std::string content = contentOf(input, r);
                        // The chain members count too: merging a same-content record with another hmac would
                        // let the order of the files decide which copy is verified.
                        const auto same = [&](uint32_t other) {
                            const ChainRecord &o = records[other];
                            return o.hmacOk == r.hmacOk && o.hmac == r.hmac && o.previousOk == r.previousOk &&
                                   o.previousHmac == r.previousHmac && contentOf(input, o) == content;
                        };
                        bool merged = same(first->second);
                        for (size_t k = 0; !merged && k < more.size(); ++k)
                            merged = same(more[k]);
                        if (merged) {
                            ++result.duplicatesMerged;
                            continue;
                        }
                        more.push_back(idx);
                    }
                }
                kept.push_back(idx);
            }
            repeatedIds = !moreById.empty();
            order.swap(kept);
        }
    }

    // Examination period: only records whose timestamp falls inside, renumbered from 1.
    const ChainRecord *predecessor = nullptr;
    std::vector<uint32_t> selected;
    if (options.start || options.end) {
        for (size_t i = 0; i < order.size(); ++i) {
            const ChainRecord &r = records[order[i]];
            const bool inside = r.hasTimestamp && (!options.start || !(r.timestamp < *options.start)) &&
                                (!options.end || !(*options.end < r.timestamp));
            if (inside) {
                if (selected.empty() && i > 0)
                    predecessor = &records[order[i - 1]];
                selected.push_back(order[i]);
            }
        }
        if (options.start)
            result.periodStart = options.startText.isEmpty() ? options.start->toString() : options.startText;
        if (options.end)
            result.periodEnd = options.endText.isEmpty() ? options.end->toString() : options.endText;
    } else {
        selected = std::move(order);
    }

    const auto addError = [&](qint64 event, const ChainRecord *r, const QString &text) {
        ++result.errorCount;
        if (result.errors.size() < options.maxErrors) {
            result.errors << text;
            result.errorLocations << VerificationResult::ErrorLocation{event, r && r->hasId ? qstr(r->id)
                                                                                            : QString()};
        }
    };
    const auto eventText = [](qint64 n, const QString &what) {
        return QStringLiteral("Event %1: %2").arg(n).arg(what);
    };

    std::unordered_set<std::string_view> seenIds;
    if (repeatedIds)
        seenIds.reserve(selected.size());
    std::map<std::string, qint64> keyCounts;
    const ChainRecord *prev = predecessor;
    for (size_t i = 0; i < selected.size(); ++i) {
        const qint64 n = qint64(i) + 1;
        const ChainRecord &r = records[selected[i]];
        if (r.keyIdOk)
            ++keyCounts[r.keyId];
        const bool repeatedId = repeatedIds && r.hasId && !seenIds.insert(r.id).second;
        if (const char *missing = r.missingMember()) {
            addError(
                n, &r,
                eventText(n, QStringLiteral("malformed record (missing '%1')").arg(QLatin1String(missing))));
            prev = &r;
            continue;
        }
        if (repeatedId)
            addError(
                n, &r,
                eventText(n, QStringLiteral("duplicate id '%1' with differing content").arg(qstr(r.id))));
        if (prev && prev->hasSequence && r.hasSequence && r.sequence != prev->sequence + 1)
            addError(n, &r,
                     eventText(n, QStringLiteral("sequence break (expected %1, got %2)")
                                      .arg(prev->sequence + 1)
                                      .arg(r.sequence)));
        if (i == 0)
            result.anchor = qstr(r.previousHmac);
        if (prev) {
            if (!prev->hmacOk || prev->hmac != r.previousHmac)
                addError(n, &r, eventText(n, QStringLiteral("previous_hmac mismatch")));
        } else if (options.anchor && *options.anchor != r.previousHmac) {
            addError(n, &r, eventText(n, QStringLiteral("previous_hmac mismatch")));
        }
        if (options.keyring) {
            if (r.mac == ChainRecord::Mac::UnknownKey)
                addError(n, &r, eventText(n, QStringLiteral("unknown hmac_key_id '%1'").arg(qstr(r.keyId))));
            else if (r.mac == ChainRecord::Mac::Mismatch)
                addError(n, &r,
                         eventText(n, QStringLiteral("HMAC mismatch (expected '%1...', got '%2...')")
                                          .arg(QString::fromLatin1(r.computed, 8), prefix8(r.hmac))));
        }
        prev = &r;
        if (progress && (i & 0xFFFF) == 0)
            progress->report(qint64(i));
    }
    if (!selected.empty()) {
        const ChainRecord &first = records[selected.front()];
        const ChainRecord &last = records[selected.back()];
        result.firstEvent = VerificationResult::EventRef{qstr(first.id), timestampText(first)};
        result.lastEvent = VerificationResult::EventRef{qstr(last.id), timestampText(last)};
        if (last.hmacOk)
            result.headHmac = qstr(last.hmac);
    }
    if (options.expectHead) {
        const std::string head = (!selected.empty() && records[selected.back()].hmacOk)
                                     ? records[selected.back()].hmac
                                     : std::string();
        if (head != *options.expectHead)
            addError(0, nullptr,
                     QStringLiteral("Chain head mismatch (expected '%1...', got '%2...')")
                         .arg(prefix8(*options.expectHead), prefix8(head)));
    }

    result.eventsChecked = qint64(selected.size());
    result.valid = result.errorCount == 0;
    result.macsVerified = options.keyring != nullptr;
    for (const auto &[id, count] : keyCounts)
        result.keys << VerificationResult::KeyUse{
            qstr(id), options.keyring ? options.keyring->fingerprint(id) : QString(), count};
    for (const ChainInput::Source &s : input.sources())
        result.sources << VerificationResult::Source{s.file, s.sha256, s.records};
    if (progress)
        progress->report(qint64(selected.size()));
    return result;
}

VerificationResult ChainVerifier::verifyFiles(const QStringList &paths, const VerifyOptions &options,
                                              Progress *progress)
{
    ChainInput input;
    for (const QString &path : paths) {
        if (progress)
            progress->beginStage(ChainVerifierTr::tr("Reading %1").arg(path), 0);
        input.addFile(path, progress);
        throwIfCancelled(progress);
    }
    return verify(input, options, progress);
}

} // namespace ab
