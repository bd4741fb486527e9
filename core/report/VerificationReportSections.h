#pragma once
// The parts of the verification report that explain rather than list: what the verified records cover of the
// period asked about (docs/spec/chain.md "Coverage"), and how the chain works, for an examiner who has not
// read the specification. Report texts about the method, translated like all UI text; the result's own values
// (ids, timestamps, seconds) are printed as the result holds them.
#include "core/chain/VerificationResult.h"
#include "core/report/ReportDocument.h"

#include <QString>

namespace ab {

struct VerificationReportSections
{
    // "2 d 22 h 15 min": a gap's length for people; the result's whole seconds stay the evidence.
    static QString durationText(qint64 seconds);
    // "valid from A until B", "valid from A, no end", "valid until B, no start", "no window".
    static QString keyWindowText(const std::optional<QString> &notBefore,
                                 const std::optional<QString> &notAfter);
    // What the coverage leaves out, one phrase per shortfall ("no evidence from A to B (starts late)",
    // "2 gaps longer than 24 h"); empty when the coverage is complete.
    static QStringList coverageShortfalls(const VerificationResult::Coverage &coverage);

    // The "Coverage" section: requested period, covered span, max gap, every listed gap as a table row,
    // gap count, starts late / ends early in words, complete yes/no.
    static void addCoverage(ReportDocument &doc, const VerificationResult &result);
    // The "How the chain works" section: anchor, previous_hmac, per-record HMAC over the canonical form,
    // why a privileged database user cannot alter the records unseen, key windows, coverage.
    static void addHowTheChainWorks(ReportDocument &doc);
};

} // namespace ab
