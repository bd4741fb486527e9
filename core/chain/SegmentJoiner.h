#pragma once
// docs/spec/chain.md "Segments: verifying an archive in parallel": an archive too large for one process is
// verified in consecutive segments, anywhere, and the segments' results are joined here into the one result
// the whole archive would give, with the seams between them checked.
#include "core/chain/VerificationResult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ab {

class SegmentJoiner
{
public:
    // Joins results given in chain order. `names` (parallel to `segments`, may be empty) name the segments in
    // errors about unusable input. Throws InputError when the segments cannot be joined: none given,
    // verified with different --max-gap, or a key id whose fingerprint differs between segments (two
    // keyrings). Everything else joins, broken seams included: they are findings, not unusable input.
    static VerificationResult join(const QList<VerificationResult> &segments, const QStringList &names = {},
                                   int maxErrors = 1000);

    // The seam errors of docs/spec/chain.md (contract text, never translated); `seam` k is between segment k
    // and k+1 (1-based).
    static QString seamAnchorMismatch(qint64 seam);
    static QString seamSequenceBreak(qint64 seam, qint64 expected, qint64 got);
    // "Segment k: " + a segment's own error.
    static QString segmentError(qint64 segment, const QString &error);
};

} // namespace ab
