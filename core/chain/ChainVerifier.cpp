#include "core/chain/ChainVerifier.h"

#include "core/chain/ChainErrorText.h"
#include "core/chain/ChainRecords.h"
#include "core/chain/Coverage.h"
#include "core/chain/Keyring.h"
#include "core/common/ComputePool.h"
#include "core/common/InputError.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace ab {

namespace {

// Only the progress stages a user watches are translated; the error texts are contract data
// (ChainErrorText).
struct ChainVerifierTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::ChainVerifier)
};

QString prefix8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(8, s.size())));
}

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// What one pass over the records in input order shows about that order (a range of it, then the whole).
struct InputOrder
{
    bool idsRise = true;         // every record has an id, each sorting after the one before it
    bool allHaveSequence = true; // every record has an integer sequence
    bool sequencesAscend = true; // ... and none is below the one before it (meaningful with allHaveSequence)
};

// One pass instead of three over a million records: whether ids rise (then no id repeats, which one
// comparison per record proves, made during extraction for most records) and whether the sequences are
// already in order (exports usually are: checking that is one pass, sorting is not). Records [begin, end),
// each compared with the one before it from begin + 1 on.
InputOrder scanInputOrder(const ChainRecordTable &records, size_t begin, size_t end)
{
    InputOrder o;
    for (size_t i = begin; i < end && (o.idsRise || o.allHaveSequence); ++i) {
        const ChainRecord &r = records[i];
        if (o.idsRise && !(r.hasId && (i == begin || r.idAbove(records[i - 1]))))
            o.idsRise = false;
        if (o.allHaveSequence && !r.hasSequence)
            o.allHaveSequence = false;
        else if (o.allHaveSequence && i > begin && r.sequence < records[i - 1].sequence)
            o.sequencesAscend = false;
    }
    return o;
}

// The same over all records, its two halves on two threads; the halves' join is compared here.
InputOrder scanInputOrder(const ChainRecordTable &records)
{
    if (records.empty())
        return {false, true, true};
    const size_t middle = records.size() / 2;
    // On the compute pool; waiting runs the task here when no pool thread has started it (ComputePool.h).
    QFuture<InputOrder> back = QtConcurrent::run(
        computePool(), [&records, middle] { return scanInputOrder(records, middle, records.size()); });
    InputOrder o = scanInputOrder(records, 0, middle);
    const InputOrder b = back.result();
    if (middle > 0) {
        const ChainRecord &last = records[middle - 1], &first = records[middle];
        o.idsRise = o.idsRise && b.idsRise && first.idAbove(last);
        o.allHaveSequence = o.allHaveSequence && b.allHaveSequence;
        o.sequencesAscend = o.sequencesAscend && b.sequencesAscend && !(first.sequence < last.sequence);
    } else {
        o = b;
    }
    return o;
}

// Most exports repeat no id at all: the ids' hashes (computed during extraction) sorted once prove that
// without a map node per record. False positives only cost the exact check. The hashes are split in place by
// their top bit (a repeated id's hashes always land in one part) and the two parts sorted on two threads.
bool idsMayRepeat(ChainRecordTable &records)
{
    constexpr int TopBit = int(sizeof(size_t) * 8 - 1);
    size_t *const hashes = records.idHashes();
    size_t kept = 0; // only records with an id take part
    for (size_t i = 0; i < records.size(); ++i)
        if (records[i].hasId)
            hashes[kept++] = hashes[i];
    size_t *const middle = std::partition(hashes, hashes + kept, [](size_t h) { return (h >> TopBit) == 0; });
    const auto sortedHasPair = [](size_t *b, size_t *e) {
        std::sort(b, e);
        return std::adjacent_find(b, e) != e;
    };
    // On the compute pool; waiting runs the task here when no pool thread has started it (ComputePool.h).
    QFuture<bool> high = QtConcurrent::run(computePool(), sortedHasPair, middle, hashes + kept);
    const bool low = sortedHasPair(hashes, middle);
    return high.result() || low;
}

} // namespace

VerificationResult ChainVerifier::verify(const ChainInput &input, const VerifyOptions &options,
                                         Progress *progress)
{
    ChainRecordTable records =
        extractRecords(input, options.keyring, progress, ChainRecordTable::IdHashes::Kept);
    throwIfCancelled(progress);
    if (progress)
        progress->beginStage(ChainVerifierTr::tr("Checking the chain"), qint64(records.size()));

    const InputOrder inputOrder = scanInputOrder(records);
    // Before the order vector exists (peak memory: one of the two at a time).
    const bool maybeRepeated = !inputOrder.idsRise && idsMayRepeat(records);
    records.releaseIdHashes();

    // Order: by sequence when every record has an integer sequence, else by timestamp as an instant.
    // Stable: ties keep input order. Records without a usable timestamp sort last.
    std::vector<uint32_t> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    if (inputOrder.allHaveSequence) {
        const auto bySeq = [&](uint32_t a, uint32_t b) { return records[a].sequence < records[b].sequence; };
        if (!inputOrder.sequencesAscend)
            std::stable_sort(order.begin(), order.end(), bySeq);
    } else {
        const auto byTime = [&](uint32_t a, uint32_t b) {
            const ChainRecord &x = records[a], &y = records[b];
            if (x.hasTimestamp != y.hasTimestamp)
                return x.hasTimestamp;
            return x.hasTimestamp && x.timestamp() < y.timestamp();
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
        if (maybeRepeated) {
            kept.reserve(order.size());
            firstById.reserve(order.size());
            for (uint32_t idx : order) {
                const ChainRecord &r = records[idx];
                if (r.hasId) {
                    const auto [first, inserted] = firstById.try_emplace(r.id(), idx);
                    if (!inserted) {
                        auto &more = moreById[r.id()];
                        const std::string content = canonicalContentOf(input, idx, r);
                        // The chain members count too: merging a same-content record with another hmac would
                        // let the order of the files decide which copy is verified.
                        const auto same = [&](uint32_t other) {
                            const ChainRecord &o = records[other];
                            return o.hmacOk == r.hmacOk && o.hmac() == r.hmac() &&
                                   o.previousOk == r.previousOk && o.previousHmac() == r.previousHmac() &&
                                   canonicalContentOf(input, other, o) == content;
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
    std::vector<uint32_t> unplaceable; // records a period cannot place: reported in input order
    const bool periodGiven = options.start || options.end;
    if (periodGiven) {
        for (size_t i = 0; i < order.size(); ++i) {
            const ChainRecord &r = records[order[i]];
            if (!r.hasTimestamp)
                unplaceable.push_back(order[i]);
            const bool inside = r.hasTimestamp && (!options.start || !(r.timestamp() < *options.start)) &&
                                (!options.end || !(*options.end < r.timestamp()));
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
            result.errorLocations << VerificationResult::ErrorLocation{event, r && r->hasId ? qstr(r->id())
                                                                                            : QString()};
        }
    };

    // Before the numbered errors, not numbered, not otherwise checked (docs/spec/chain.md "Examination
    // period").
    std::sort(unplaceable.begin(), unplaceable.end());
    for (uint32_t idx : unplaceable) {
        const ChainRecord &r = records[idx];
        addError(0, &r, chaintext::unplaceableRecord(r.hasId ? qstr(r.id()) : QString()));
    }

    // The coverage (gaps between timestamps) reads the records in the same order as the checks below: on the
    // compute pool beside them, waited for before anything they read goes away.
    QFuture<VerificationResult::Coverage> coverage =
        QtConcurrent::run(computePool(), [&records, &selected, &options] {
            return computeCoverage(records, selected, options);
        });
    const auto waitForCoverage = qScopeGuard([&coverage] { coverage.waitForFinished(); });

    std::unordered_set<std::string_view> seenIds;
    if (repeatedIds)
        seenIds.reserve(selected.size());
    std::map<std::string, qint64> keyCounts;
    // Records come in long runs of one key: one map update and one keyring look-up (for the key-window
    // check) per run, not a string and look-ups per record. A run's records are compared with its last one,
    // usually the input predecessor, whose comparison extraction has made (ChainRecord::sameKeyIdAs).
    const ChainRecord *runLast = nullptr;
    const Keyring::Key *runKeyInKeyring = nullptr;
    qint64 runLength = 0;
    const auto countRun = [&] {
        if (runLength)
            keyCounts[std::string(runLast->keyId())] += runLength;
        runLength = 0;
    };
    const ChainRecord *prev = predecessor;
    for (size_t i = 0; i < selected.size(); ++i) {
        const qint64 n = qint64(i) + 1;
        const ChainRecord &r = records[selected[i]];
        if (r.keyIdOk) {
            if (runLength && !r.sameKeyIdAs(*runLast))
                countRun();
            if (!runLength)
                runKeyInKeyring = options.keyring ? options.keyring->find(r.keyId()) : nullptr;
            runLast = &r;
            ++runLength;
        }
        const bool repeatedId = repeatedIds && r.hasId && !seenIds.insert(r.id()).second;
        if (const char *missing = r.missingMember()) {
            addError(n, &r, chaintext::malformedRecord(n, QLatin1String(missing)));
            prev = &r;
            continue;
        }
        if (repeatedId)
            addError(n, &r, chaintext::duplicateId(n, qstr(r.id())));
        if (prev && prev->hasSequence && r.hasSequence && r.sequence != prev->sequence + 1)
            addError(n, &r, chaintext::sequenceBreak(n, prev->sequence + 1, r.sequence));
        if (i == 0)
            result.anchor = qstr(r.previousHmac());
        if (prev) {
            if (!r.linksTo(*prev))
                addError(n, &r, chaintext::previousHmacMismatch(n));
        } else if (options.anchor && *options.anchor != r.previousHmac()) {
            addError(n, &r, chaintext::previousHmacMismatch(n));
        }
        if (options.keyring) {
            if (r.mac == ChainRecord::Mac::UnknownKey) {
                addError(n, &r, chaintext::unknownKeyId(n, qstr(r.keyId())));
            } else if (const Keyring::Key *key = runKeyInKeyring; // r's key: past missingMember(), keyIdOk
                       key && key->hasWindow() && !(r.hasTimestamp && key->validAt(r.timestamp()))) {
                addError(n, &r, chaintext::keyNotValidAt(n, qstr(r.keyId()), storedTimestamp(r)));
            }
            if (r.mac == ChainRecord::Mac::Mismatch) // the computed MAC only for the errors listed
                addError(n, &r,
                         result.errors.size() < options.maxErrors
                             ? chaintext::hmacMismatch(
                                   n, prefix8(computedMacHex(input, selected[i], r, *options.keyring)),
                                   prefix8(r.hmac()))
                             : QString());
        }
        prev = &r;
        if (progress && (i & 0xFFFF) == 0)
            progress->report(qint64(i));
    }
    countRun();
    if (!selected.empty()) {
        const ChainRecord &first = records[selected.front()];
        const ChainRecord &last = records[selected.back()];
        const auto ref = [](const ChainRecord &r) {
            return VerificationResult::EventRef{qstr(r.id()), storedTimestamp(r),
                                                r.hasSequence ? std::optional<qint64>(r.sequence)
                                                              : std::nullopt};
        };
        result.firstEvent = ref(first);
        result.lastEvent = ref(last);
        if (last.hmacOk)
            result.headHmac = qstr(last.hmac());
    }
    if (selected.empty()) {
        // Nothing verified proves nothing: exactly one error, and --expect-head adds nothing.
        result.errors.clear();
        result.errorLocations.clear();
        result.errorCount = 0;
        addError(0, nullptr, chaintext::noEventsToVerify(periodGiven));
    } else if (options.expectHead) {
        const std::string head =
            records[selected.back()].hmacOk ? std::string(records[selected.back()].hmac()) : std::string();
        if (head != *options.expectHead)
            addError(0, nullptr, chaintext::chainHeadMismatch(prefix8(*options.expectHead), prefix8(head)));
    }

    result.coverage = coverage.result();
    result.eventsChecked = qint64(selected.size());
    result.valid = result.errorCount == 0;
    result.macsVerified = options.keyring != nullptr;
    for (const auto &[id, count] : keyCounts) {
        VerificationResult::KeyUse use{qstr(id), QString(), count, std::nullopt, std::nullopt};
        if (const Keyring::Key *key = options.keyring ? options.keyring->find(id) : nullptr) {
            use.fingerprint = key->fingerprint;
            if (key->notBefore)
                use.notBefore = key->notBeforeText;
            if (key->notAfter)
                use.notAfter = key->notAfterText;
        }
        result.keys << use;
    }
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
        try {
            // NDJSON is split line by line and parsed once, on all cores (see ChainInput::Split).
            input.addFile(path, progress, ChainInput::Split::Deferred, ChainInput::Access::Map);
        } catch (const InputError &) {
            input.confirmUnchanged(); // a file changing under the reader explains any error it caused
            input.splitStrictly(); // an earlier file's own error comes first, as when files split one by one
            throw;
        }
        throwIfCancelled(progress);
    }
    // The files are mapped, not copied (see MappedFile): a verdict counts only if no file changed meanwhile.
    VerificationResult result;
    try {
        result = verify(input, options, progress);
    } catch (const InputError &) {
        input.confirmUnchanged();
        throw;
    }
    input.confirmUnchanged();
    return result;
}

} // namespace ab
