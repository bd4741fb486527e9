#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportWriter.h"
#include "core/report/VerificationReport.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace ab {

// An auditor's review of one VSQ answer, printed beside it.
struct AuditorVerdict
{
    enum Kind
    {
        Agree,
        Exception,
        NotApplicable
    };
    Kind kind = Agree;
    QString comment;
    QString by;
    QString at; // RFC 3339
};

// A compliance package (docs/spec/formats.md §3) as a printable report for auditors: cover with the audit
// trail's verification status, contents, and the five sections "Execution Graph", "Data Flow Diagram",
// "Vendor Security Questionnaire", "Sub-Processor List", "SOC 2 Control Mappings".
// Reads defensively: a missing or mistyped member prints as "not provided", never fails the report.
class PackageReport
{
public:
    enum class TrailBasis
    {
        Cited,    // as the package cites it, not re-checked: reported so, never green
        Checked,  // the citation matched the stored run (WorkspaceReports)
        Mismatch, // the cited run is missing or its result hash differs: never green
        Given     // trailResult, a verification result given with the package (pdf --verification-json)
    };
    struct Options
    {
        ReportBranding branding = ReportBranding::defaults();
        QString printedBy; // PDF author; defaults to the package's generated_by
        // The cover's audit-trail status always starts from what the package cites (its Monitoring answer's
        // chain_verification, core/package/ChainCitation.h); trailBasis says how far that was checked.
        // Only a checked citation or a given result can be green (valid, MACs verified, coverage complete).
        TrailBasis trailBasis = TrailBasis::Cited;
        std::optional<VerificationResult> trailResult; // Given: the result to print
        QString trailNote; // Mismatch: why the citation does not match; Given: which result (file, SHA-256)
        // Keyed by answerKey(): the answer's "id" when it has one, else its "category".
        QHash<QString, AuditorVerdict> verdicts;
        // The workspace's activity log when printed (rows, last hash): a log whose tail was deleted later
        // shows against the paper. Empty outside a workspace.
        QString logHead;
    };

    static QString answerKey(const QJsonObject &answer);
    static QString verdictText(AuditorVerdict::Kind kind);
    // {"<answer key>": {"verdict": "agree" | "exception" | "not_applicable", "comment", "by", "at"}, ...}
    static std::optional<QHash<QString, AuditorVerdict>> parseVerdicts(const QByteArray &json,
                                                                       QString *error = nullptr);

    // Returns nullopt with `error` when the bytes are not a JSON object at all.
    // The content_sha256 is checked against the content before it is printed: a package whose claim does not
    // match prints so on its cover and in every page's footer, never as if it did.
    static std::optional<ReportDocument> build(const QByteArray &packageJson, const Options &options,
                                               QString *error = nullptr);
    static std::optional<ReportWriter::Output> write(const QByteArray &packageJson, const Options &options,
                                                     const QString &path, Progress *progress,
                                                     QString *error = nullptr);
};

} // namespace ab
