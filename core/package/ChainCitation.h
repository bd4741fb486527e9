#pragma once
// What a compliance package says about the verification of the agent runtime chain it was built from: the
// Monitoring answer's evidence.chain_verification. Written when the package is generated, read back when it
// is printed (the PDF cover says what the package cites). Text written here is evidence (hashed into the
// package's content_sha256): plain English, never tr().

#include "core/chain/VerificationResult.h"
#include "core/package/PackageGenerator.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ab {

class JsonWriter;

// A citation as a package carries it.
struct CitedVerification
{
    QString runId, scope, verifiedAt, source, resultSha256;
    bool valid = false, macsVerified = false;
    qint64 eventsChecked = 0, errorCount = 0;
    std::optional<QString> first, last; // coverage: first and last verified record's timestamp
    qint64 gapCount = 0;
    bool complete = false;

    // The verdict members as a result, so that a report judges a citation with the same rule as a result
    // (VerificationReport::statusOf: green only when valid, MACs verified and coverage complete).
    VerificationResult verdict() const;
};

namespace ChainCitation {

// The plain statement of a package generated with no stored verification to cite.
QString noVerificationText();
// The Monitoring answer's sentence about the chain: run, result hash, verdict and coverage, or the statement.
QString sentence(const std::optional<ChainVerificationCitation> &citation);
// evidence.chain_verification: {run_id, scope, verified_at, source, result_sha256, valid, macs_verified,
// events_checked, error_count, head_hmac, period {start, end} | null, coverage {first, last, gap_count,
// complete}}, or null without a citation.
void write(JsonWriter &w, const std::optional<ChainVerificationCitation> &citation);
// The package's citation; nullopt when it cites none (null, absent, no Monitoring answer, not a package).
std::optional<CitedVerification> read(const QJsonObject &package);

} // namespace ChainCitation

} // namespace ab
