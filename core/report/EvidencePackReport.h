#pragma once
// report.pdf of an evidence pack (docs/spec/formats.md 6): the branded summary an examiner reads first.
// Cover (organisation, period, frameworks, made by and when, the files digest and the signing key's
// fingerprint), the checklist, the chain verdict with its coverage, per framework the files (title, query,
// records, SHA-256 prefix), the override exceptions, the bundles, talking points for the examination, and a
// last page on checking the pack with stock tools.
//
// The report is itself a file of the pack, so it cannot name MANIFEST.json's SHA-256 (which covers it); it
// names the "files digest" instead: the SHA-256 of the SHA256SUMS lines of every file written before it,
// which an examiner recomputes with grep and sha256sum (the last page says how).

#include "core/chain/VerificationResult.h"
#include "core/pack/PackChecklist.h"
#include "core/pack/PackManifest.h"
#include "core/pack/RetentionRules.h"
#include "core/report/ReportBranding.h"
#include "core/report/ReportDocument.h"

namespace ab {

class EvidencePackReport
{
public:
    struct Input
    {
        ReportBranding branding;
        pack::PackManifest manifest; // the files written before the report; signature set when signed
        VerificationResult chain;
        QList<pack::ChecklistItem> checklist;
        pack::OverrideCheckResult overrides;
        QList<pack::BundleSummary> bundles;
        QList<pack::RetentionCheck> retention;
        QString filesDigest;    // SHA-256 of the SHA256SUMS lines of manifest.files
        QString keyFingerprint; // SHA-256 of the public key's DER; empty when unsigned
    };
    static ReportDocument build(const Input &input);
};

} // namespace ab
