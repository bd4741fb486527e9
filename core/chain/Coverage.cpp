#include "core/chain/Coverage.h"

namespace ab {

namespace {

QString idOf(const ChainRecord &r)
{
    return QString::fromUtf8(r.id().data(), qsizetype(r.id().size()));
}

// Whole seconds from a to b, rounded down (negative when b is earlier).
int64_t secondsBetween(const Instant &a, const Instant &b)
{
    return b.seconds - a.seconds - (b.nanos < a.nanos ? 1 : 0);
}

// b is more than `limit` seconds after a (exactly: a fraction beyond the limit counts).
bool moreThan(const Instant &a, const Instant &b, int64_t limit)
{
    const int64_t s = secondsBetween(a, b);
    return s > limit || (s == limit && b.nanos != a.nanos);
}

} // namespace

VerificationResult::Coverage computeCoverage(const ChainRecordTable &records,
                                             const std::vector<uint32_t> &selected,
                                             const VerifyOptions &options)
{
    VerificationResult::Coverage c;
    c.maxGapHours = options.maxGapHours;
    const int64_t limit = int64_t(options.maxGapHours) * 3600;
    if (options.start || options.end) {
        c.requested = true;
        if (options.start)
            c.requestedStart = options.startText.isEmpty() ? options.start->toString() : options.startText;
        if (options.end)
            c.requestedEnd = options.endText.isEmpty() ? options.end->toString() : options.endText;
    }
    if (!selected.empty()) {
        const QString first = storedTimestamp(records[selected.front()]);
        const QString last = storedTimestamp(records[selected.back()]);
        if (!first.isEmpty())
            c.first = first;
        if (!last.isEmpty())
            c.last = last;
    }
    // Records without a parsable timestamp are passed over: the gap is measured between their neighbours.
    const ChainRecord *firstTimed = nullptr, *prev = nullptr;
    for (uint32_t idx : selected) {
        const ChainRecord &r = records[idx];
        if (!r.hasTimestamp)
            continue;
        if (!firstTimed)
            firstTimed = &r;
        if (prev && moreThan(prev->timestamp(), r.timestamp(), limit)) {
            ++c.gapCount;
            if (c.gaps.size() < options.maxErrors)
                c.gaps << VerificationResult::Gap{idOf(*prev), idOf(r), storedTimestamp(*prev),
                                                  storedTimestamp(r),
                                                  secondsBetween(prev->timestamp(), r.timestamp())};
        }
        prev = &r;
    }
    const ChainRecord *lastTimed = prev;
    if (options.start)
        c.startsLate = !firstTimed || moreThan(*options.start, firstTimed->timestamp(), limit);
    if (options.end)
        c.endsEarly = !lastTimed || moreThan(lastTimed->timestamp(), *options.end, limit);
    c.complete = !selected.empty() && c.gapCount == 0 && !c.startsLate && !c.endsEarly;
    return c;
}

} // namespace ab
