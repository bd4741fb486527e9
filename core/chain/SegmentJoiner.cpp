#include "core/chain/SegmentJoiner.h"

#include "core/common/InputError.h"
#include "core/common/Instant.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace ab {

namespace {

struct SegmentJoinerTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::SegmentJoiner)
};

using Result = VerificationResult;

// Whole seconds from a to b, rounded down; and "more than `limit` seconds apart" where a fraction beyond the
// limit counts: the same measure as a single verification's coverage (core/chain/Coverage.cpp).
int64_t secondsBetween(const Instant &a, const Instant &b)
{
    return b.seconds - a.seconds - (b.nanos < a.nanos ? 1 : 0);
}

bool moreThan(const Instant &a, const Instant &b, int64_t limit)
{
    const int64_t s = secondsBetween(a, b);
    return s > limit || (s == limit && b.nanos != a.nanos);
}

QString nameOf(const QStringList &names, qsizetype i)
{
    return i < names.size() ? names[i] : SegmentJoinerTr::tr("segment %1").arg(i + 1);
}

// Keys in the order a single verification lists them (by id as UTF-8 bytes, std::map's order), records
// summed per id. A key id with two fingerprints means the segments were verified with different keyrings:
// one joined result cannot say which key verified the records.
QList<Result::KeyUse> mergeKeys(const QList<Result> &segments, const QStringList &names)
{
    QList<Result::KeyUse> keys;
    QList<qsizetype> fingerprintFrom; // which segment gave keys[i] its fingerprint
    for (qsizetype s = 0; s < segments.size(); ++s) {
        for (const Result::KeyUse &use : segments[s].keys) {
            const auto it = std::find_if(keys.begin(), keys.end(),
                                         [&](const Result::KeyUse &k) { return k.id == use.id; });
            if (it == keys.end()) {
                keys << use;
                fingerprintFrom << s;
                continue;
            }
            it->records += use.records;
            const qsizetype i = it - keys.begin();
            if (it->fingerprint.isEmpty() && !use.fingerprint.isEmpty()) {
                it->fingerprint = use.fingerprint;
                it->notBefore = use.notBefore;
                it->notAfter = use.notAfter;
                fingerprintFrom[i] = s;
            } else if (!use.fingerprint.isEmpty() && use.fingerprint != it->fingerprint) {
                throw InputError(
                    nameOf(names, s),
                    SegmentJoinerTr::tr("key '%1' has fingerprint %2 here but %3 in %4: segments "
                                        "must be verified with the same keyring to be joined")
                        .arg(use.id, use.fingerprint, it->fingerprint, nameOf(names, fingerprintFrom[i])));
            }
        }
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Result::KeyUse &a, const Result::KeyUse &b) {
        return a.id.toUtf8() < b.id.toUtf8();
    });
    return keys;
}

std::optional<Instant> instantOf(const std::optional<QString> &text)
{
    return text ? Instant::parse(*text) : std::nullopt;
}

// docs/spec/chain.md "Coverage" over the whole: each segment's gaps in order, and between two segments a gap
// when the seam (the last record of one, the first of the next) is wider than max-gap. Empty segments add
// nothing, so a seam is measured between the non-empty segments on either side.
Result::Coverage joinCoverage(const QList<Result> &segments, qint64 eventsChecked, int maxErrors)
{
    Result::Coverage c;
    const Result &head = segments.front(), &tail = segments.back();
    c.maxGapHours = head.coverage.maxGapHours;
    const int64_t limit = int64_t(c.maxGapHours) * 3600;
    c.requested = head.coverage.requested || tail.coverage.requested;
    c.requestedStart = head.coverage.requestedStart;
    c.requestedEnd = tail.coverage.requestedEnd;
    const auto addGap = [&](const Result::Gap &gap) {
        ++c.gapCount;
        if (c.gaps.size() < maxErrors)
            c.gaps << gap;
    };
    const Result *firstFilled = nullptr, *lastFilled = nullptr;
    for (const Result &s : segments) {
        if (s.eventsChecked == 0)
            continue;
        if (lastFilled && lastFilled->lastEvent && s.firstEvent) {
            const Result::EventRef &a = *lastFilled->lastEvent, &b = *s.firstEvent;
            const auto from = Instant::parse(a.timestamp), to = Instant::parse(b.timestamp);
            if (from && to && moreThan(*from, *to, limit))
                addGap(Result::Gap{a.id, b.id, a.timestamp, b.timestamp, secondsBetween(*from, *to)});
        }
        // A segment lists at most its own --max-errors gaps but counts all of them.
        for (const Result::Gap &g : s.coverage.gaps)
            if (c.gaps.size() < maxErrors)
                c.gaps << g;
        c.gapCount += s.coverage.gapCount;
        if (!firstFilled)
            firstFilled = &s;
        lastFilled = &s;
    }
    if (firstFilled) {
        c.first = firstFilled->coverage.first;
        c.last = lastFilled->coverage.last;
    }
    // The ends are measured from the whole's first and last record. When that record has no parsable
    // timestamp the segment's own verdict is used if it was measured against the same bound (it then saw the
    // first record that has one); otherwise join cannot know and says "not covered" rather than "covered".
    if (const auto start = instantOf(c.requestedStart)) {
        const auto first = firstFilled ? instantOf(firstFilled->coverage.first) : std::nullopt;
        if (first)
            c.startsLate = moreThan(*start, *first, limit);
        else
            c.startsLate = !firstFilled || firstFilled->coverage.requestedStart != c.requestedStart ||
                           firstFilled->coverage.startsLate;
    }
    if (const auto end = instantOf(c.requestedEnd)) {
        const auto last = lastFilled ? instantOf(lastFilled->coverage.last) : std::nullopt;
        if (last)
            c.endsEarly = moreThan(*last, *end, limit);
        else
            c.endsEarly = !lastFilled || lastFilled->coverage.requestedEnd != c.requestedEnd ||
                          lastFilled->coverage.endsEarly;
    }
    c.complete = eventsChecked > 0 && c.gapCount == 0 && !c.startsLate && !c.endsEarly;
    return c;
}

} // namespace

QString SegmentJoiner::seamAnchorMismatch(qint64 seam)
{
    return QStringLiteral("Seam %1: anchor of segment %2 does not match the head of segment %1")
        .arg(seam)
        .arg(seam + 1);
}

QString SegmentJoiner::seamSequenceBreak(qint64 seam, qint64 expected, qint64 got)
{
    return QStringLiteral("Seam %1: sequence break (expected %2, got %3)").arg(seam).arg(expected).arg(got);
}

QString SegmentJoiner::segmentError(qint64 segment, const QString &error)
{
    return QStringLiteral("Segment %1: %2").arg(segment).arg(error);
}

VerificationResult SegmentJoiner::join(const QList<VerificationResult> &segments, const QStringList &names,
                                       int maxErrors)
{
    if (segments.isEmpty())
        throw InputError(QStringLiteral("join"), SegmentJoinerTr::tr("expected at least one result to join"));
    // A gap is only a gap against one max-gap: segments measured with different ones cannot be one coverage.
    for (qsizetype s = 1; s < segments.size(); ++s)
        if (segments[s].coverage.maxGapHours != segments.front().coverage.maxGapHours)
            throw InputError(
                nameOf(names, s),
                SegmentJoinerTr::tr("verified with --max-gap %1 but %2 with --max-gap %3: segments "
                                    "must be verified with the same --max-gap to be joined")
                    .arg(segments[s].coverage.maxGapHours)
                    .arg(nameOf(names, 0))
                    .arg(segments.front().coverage.maxGapHours));

    Result r;
    r.keys = mergeKeys(segments, names);
    const auto addError = [&](const QString &text) {
        ++r.errorCount;
        if (r.errors.size() < maxErrors)
            r.errors << text;
    };
    r.macsVerified = true;
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const Result &seg = segments[s];
        for (const QString &e : seg.errors)
            if (r.errors.size() < maxErrors)
                r.errors << segmentError(s + 1, e);
        // A segment lists at most its own --max-errors errors but counts all of them.
        r.errorCount += std::max<qint64>(seg.errorCount, seg.errors.size());
        r.eventsChecked += seg.eventsChecked;
        r.duplicatesMerged += seg.duplicatesMerged;
        r.macsVerified = r.macsVerified && seg.macsVerified;
        r.sources << seg.sources;
    }
    for (qsizetype s = 1; s < segments.size(); ++s) {
        const Result &a = segments[s - 1], &b = segments[s];
        if (b.anchor != a.headHmac)
            addError(seamAnchorMismatch(s));
        if (a.lastEvent && a.lastEvent->sequence && b.firstEvent && b.firstEvent->sequence &&
            *b.firstEvent->sequence != *a.lastEvent->sequence + 1)
            addError(seamSequenceBreak(s, *a.lastEvent->sequence + 1, *b.firstEvent->sequence));
    }
    r.valid = r.errorCount == 0;
    r.periodStart = segments.front().periodStart;
    r.periodEnd = segments.back().periodEnd;
    r.firstEvent = segments.front().firstEvent;
    r.lastEvent = segments.back().lastEvent;
    r.anchor = segments.front().anchor;
    r.headHmac = segments.back().headHmac;
    r.coverage = joinCoverage(segments, r.eventsChecked, maxErrors);
    return r;
}

} // namespace ab
