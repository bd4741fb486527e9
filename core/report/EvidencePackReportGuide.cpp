#include "core/report/EvidencePackReportGuide.h"

#include <QCoreApplication>

namespace ab {

namespace {
struct GuideTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::EvidencePackReportGuide)
};

void command(ReportDocument &doc, const QString &text)
{
    doc.add(ReportDocument::Paragraph{text, Tone::Neutral, true, true});
}
} // namespace

void EvidencePackReportGuide::addTalkingPoints(ReportDocument &doc)
{
    doc.heading(GuideTr::tr("Talking points for the examination"));
    const QList<QPair<QString, QString>> points = {
        {GuideTr::tr("Could the audit log have been altered?"),
         GuideTr::tr(
             "Each record carries an HMAC-SHA256 over its content and the previous record's HMAC. Changing, "
             "removing or reordering a record breaks the chain, whoever has database access. The chain in "
             "this pack was re-verified offline by the auditor with the auditor's own copy of the keys, not "
             "by asking the platform.")},
        {GuideTr::tr("Does the audit log itself hold sensitive data?"),
         GuideTr::tr(
             "Records keep what was detected (an entity type such as credit_card) and what was done (block, "
             "redact), not the matched text; prompts and completions are not logged. The one free text "
             "kept is the justification a user writes when overriding a policy.")},
        {GuideTr::tr("Were controls operating all period, not only at audit time?"),
         GuideTr::tr(
             "Events are written when each request is handled. The coverage section shows whether the "
             "verified records span the whole period without long silences; the OCSF export, when "
             "included, is the same stream a SIEM receives.")},
        {GuideTr::tr("What happens when a user overrides a policy?"),
         GuideTr::tr("A block cannot be overridden. Where a policy allows an override, the user must give a "
                     "reason, and the reason and the user's identity are logged before the request proceeds. "
                     "The override exceptions section lists every override record lacking either.")},
    };
    for (const auto &[question, answer] : points) {
        doc.heading(question, 2);
        doc.paragraph(answer);
    }
}

void EvidencePackReportGuide::addHowToCheck(ReportDocument &doc, bool signedPack)
{
    doc.heading(GuideTr::tr("Checking this pack"));
    doc.paragraph(GuideTr::tr("Nothing here needs AuditBench. In the pack's folder, check every file against "
                              "SHA256SUMS (each line must end in OK):"));
    command(doc, QStringLiteral("sha256sum -c SHA256SUMS"));
    if (signedPack) {
        doc.paragraph(GuideTr::tr("Check that MANIFEST.json is the one the auditor signed (the tool prints "
                                  "\"Signature Verified Successfully\"):"));
        command(doc, QStringLiteral("openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin "
                                    "-in MANIFEST.json -sigfile MANIFEST.json.sig"));
        doc.paragraph(
            GuideTr::tr("Check that signing-key.pub.pem is the auditor's key: its SHA-256 must equal the "
                        "signing key SHA-256 on the cover, obtained from the auditor separately:"));
        command(doc, QStringLiteral("openssl pkey -pubin -in signing-key.pub.pem -outform DER | sha256sum"));
    } else {
        doc.paragraph(GuideTr::tr("This pack is not signed: its integrity rests on SHA256SUMS reaching you "
                                  "unaltered."),
                      Tone::Warning);
    }
    doc.paragraph(
        GuideTr::tr("This report is one of the pack's files, so it cannot name MANIFEST.json's own "
                    "SHA-256. It names the files digest instead: the SHA-256 of the SHA256SUMS lines of "
                    "every file except report.pdf and MANIFEST.json. Recompute it with:"));
    command(doc, QStringLiteral("grep -v -e '  report.pdf$' -e '  MANIFEST.json$' SHA256SUMS | sha256sum"));
    doc.paragraph(
        GuideTr::tr("Then check that MANIFEST.json lists the same files and hashes. AuditBench users can "
                    "run all of this at once: auditbench-cli verify-pack FOLDER --public-key KEY.pem"));
}

} // namespace ab
