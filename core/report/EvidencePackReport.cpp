#include "core/report/EvidencePackReport.h"

#include "core/report/EvidencePackReportGuide.h"
#include "core/report/VerificationReport.h"
#include "core/report/VerificationReportSections.h"

#include <QCoreApplication>
#include <QLocale>

namespace ab {

namespace {

struct PackReportTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::EvidencePackReport)
};

using KV = ReportDocument::KeyValue;

QString count(qint64 n)
{
    return QLocale::c().toString(n);
}

Tone toneOf(const QString &status)
{
    if (status == QLatin1String(pack::Status::Done))
        return Tone::Good;
    return status == QLatin1String(pack::Status::Failed) ? Tone::Bad : Tone::Warning;
}

QString queryText(const pack::PackFile &f)
{
    QStringList parts;
    for (const auto &[name, value] : f.query)
        if (name != QLatin1String("start") && name != QLatin1String("end"))
            parts << name + QLatin1Char('=') + value;
    return parts.isEmpty() ? PackReportTr::tr("all records of the period")
                           : parts.join(QStringLiteral(" & "));
}

void addChecklist(ReportDocument &doc, const EvidencePackReport::Input &in)
{
    doc.heading(PackReportTr::tr("Pre-examination checklist"));
    doc.note(
        PackReportTr::tr("Computed from the workspace when the pack was made (checklist.json holds the same "
                         "items). Statuses: done, open (to be completed or explained), failed."));
    ReportDocument::Table t;
    t.columns = {
        {PackReportTr::tr("Item"), 0}, {PackReportTr::tr("Status"), 0}, {PackReportTr::tr("Detail"), 0}};
    for (const pack::ChecklistItem &i : in.checklist) {
        t.rows.append({i.id, i.status.toUpper(), i.detail});
        t.rowTones.append(toneOf(i.status));
    }
    doc.add(t);
    doc.heading(PackReportTr::tr("Retention"), 2);
    ReportDocument::Table r;
    r.columns = {{PackReportTr::tr("Framework"), 0},
                 {PackReportTr::tr("Minimum"), 0},
                 {PackReportTr::tr("Evidence needed from"), 0, true},
                 {PackReportTr::tr("Covered"), 0}};
    for (const pack::RetentionCheck &c : in.retention) {
        r.rows.append({c.framework, c.minimum ? c.minimum->title : PackReportTr::tr("no rule"),
                       c.requiredFrom.toString(),
                       c.covered ? PackReportTr::tr("yes") : PackReportTr::tr("NO")});
        r.rowTones.append(c.covered ? Tone::Good : Tone::Warning);
    }
    doc.add(r);
    for (const pack::RetentionCheck &c : in.retention)
        if (c.minimum)
            doc.note(QStringLiteral("%1: %2").arg(c.framework, c.minimum->source));
}

void addChain(ReportDocument &doc, const EvidencePackReport::Input &in)
{
    const VerificationResult &r = in.chain;
    doc.heading(PackReportTr::tr("Chain verification for the period"));
    doc.add(VerificationReport::banner(VerificationReport::statusOf(r), r.errorCount));
    doc.add(ReportDocument::KeyValues{{
        KV{PackReportTr::tr("File"), in.manifest.chain.file},
        KV{PackReportTr::tr("Events checked"), count(r.eventsChecked)},
        KV{PackReportTr::tr("Errors"), count(r.errorCount)},
        KV{PackReportTr::tr("MACs verified"),
           r.macsVerified ? PackReportTr::tr("yes") : PackReportTr::tr("no")},
        KV{PackReportTr::tr("Head HMAC"), r.headHmac.value_or(QString()), true},
    }});
    for (const QString &e : r.errors.mid(0, 20))
        doc.add(ReportDocument::Paragraph{e, Tone::Bad, true, true});
    VerificationReportSections::addCoverage(doc, r);
}

void addFiles(ReportDocument &doc, const EvidencePackReport::Input &in)
{
    doc.heading(PackReportTr::tr("Files by framework"));
    doc.note(
        PackReportTr::tr("Each query file holds the records the query selects in the period, exactly as "
                         "imported; SHA-256 shows the first 16 hex digits (SHA256SUMS has them in full)."));
    // Every column has a share, so a file name gets the room to stay on one line (pdftotext finds it whole).
    for (const QString &framework : in.manifest.frameworks) {
        ReportDocument::Table t;
        t.columns = {{PackReportTr::tr("File and title"), 0.42},
                     {PackReportTr::tr("Query"), 0.26},
                     {PackReportTr::tr("Records"), 0.1, false, true},
                     {PackReportTr::tr("SHA-256"), 0.22, true}};
        QString folder;
        for (const pack::PackFile &f : in.manifest.files) {
            if (f.framework != framework)
                continue;
            folder = f.path.section(QLatin1Char('/'), 0, -2);
            t.rows.append({f.path.section(QLatin1Char('/'), -1) + QLatin1Char('\n') + f.title,
                           f.kind == QLatin1String(pack::FileKind::Query)
                               ? queryText(f)
                               : PackReportTr::tr("chain verification"),
                           f.records >= 0 ? count(f.records) : QString(), f.sha256.left(16)});
        }
        doc.heading(PackReportTr::tr("%1 (folder %2/)").arg(framework, folder), 2);
        doc.add(t);
    }
    doc.heading(PackReportTr::tr("Other files"), 2);
    ReportDocument::Table t;
    t.columns = {{PackReportTr::tr("File"), 0.52},
                 {PackReportTr::tr("Kind"), 0.16},
                 {PackReportTr::tr("Records"), 0.1, false, true},
                 {PackReportTr::tr("SHA-256"), 0.22, true}};
    for (const pack::PackFile &f : in.manifest.files)
        if (f.framework.isEmpty())
            t.rows.append({f.path, f.kind, f.records >= 0 ? count(f.records) : QString(), f.sha256.left(16)});
    doc.add(t);
}

void addOverridesAndBundles(ReportDocument &doc, const EvidencePackReport::Input &in)
{
    doc.heading(PackReportTr::tr("Override exceptions"));
    doc.paragraph(
        PackReportTr::tr("%1 allow_with_override record(s) in the period; %2 without an override_reason "
                         "or a user identity.")
            .arg(count(in.overrides.overrides), count(in.overrides.violations.size())),
        in.overrides.violations.isEmpty() ? Tone::Good : Tone::Bad);
    ReportDocument::Table t;
    t.columns = {{PackReportTr::tr("Record"), 0, true},
                 {PackReportTr::tr("Time"), 0, true},
                 {PackReportTr::tr("User"), 0},
                 {PackReportTr::tr("Missing"), 0}};
    t.emptyText = PackReportTr::tr("None: every override carries a reason and a user.");
    for (const pack::OverrideViolation &v : in.overrides.violations) {
        QStringList missing;
        if (v.missingReason)
            missing << QStringLiteral("override_reason");
        if (v.missingUser)
            missing << PackReportTr::tr("user identity");
        t.rows.append({v.recordId, v.timestamp, v.user, missing.join(QStringLiteral(", "))});
        t.rowTones.append(Tone::Bad);
    }
    doc.add(t);

    doc.heading(PackReportTr::tr("Compliance bundles"), 2);
    ReportDocument::Table b;
    b.columns = {{PackReportTr::tr("Bundle"), 0},
                 {PackReportTr::tr("Framework"), 0},
                 {PackReportTr::tr("Enabled"), 0}};
    b.emptyText = PackReportTr::tr("No compliance bundle export was imported.");
    for (const pack::BundleSummary &s : in.bundles) {
        b.rows.append({s.name, s.framework, s.enabled ? PackReportTr::tr("yes") : PackReportTr::tr("no")});
        b.rowTones.append(s.enabled ? Tone::Good : Tone::Warning);
    }
    doc.add(b);
}

} // namespace

ReportDocument EvidencePackReport::build(const Input &in)
{
    const pack::PackManifest &m = in.manifest;
    ReportDocument doc;
    doc.branding = in.branding;
    const QString period = PackReportTr::tr("%1 to %2").arg(m.start, m.end);
    doc.title = PackReportTr::tr("Examination Evidence Pack");
    doc.subject = PackReportTr::tr("Evidence pack, period %1").arg(period);
    doc.author = m.createdBy;
    doc.headerLeft = doc.title;
    doc.headerRight = PackReportTr::tr("Period %1").arg(period);
    doc.footerHashLabel = PackReportTr::tr("Files digest");
    doc.footerHash = in.filesDigest;

    const ReportDocument::Banner verdict =
        VerificationReport::banner(VerificationReport::statusOf(in.chain), in.chain.errorCount);
    ReportDocument::Cover cover;
    cover.title = doc.title;
    cover.subtitle = in.branding.organisation.isEmpty() ? period : in.branding.organisation;
    cover.facts = {
        KV{PackReportTr::tr("Organisation"), in.branding.organisation},
        KV{PackReportTr::tr("Period"), period},
        KV{PackReportTr::tr("Frameworks"), m.frameworks.join(QStringLiteral(", "))},
        KV{PackReportTr::tr("Made"), PackReportTr::tr("%1 by %2").arg(m.createdAt, m.createdBy)},
        KV{PackReportTr::tr("Workspace"), m.workspaceFile},
        KV{PackReportTr::tr("Files digest"), in.filesDigest, true},
        KV{PackReportTr::tr("Signing key SHA-256"),
           in.keyFingerprint.isEmpty() ? PackReportTr::tr("not signed") : in.keyFingerprint,
           !in.keyFingerprint.isEmpty()},
    };
    cover.statusTone = verdict.tone;
    cover.statusTitle = verdict.title;
    cover.statusDetail = verdict.detail;
    doc.add(cover);
    doc.add(ReportDocument::TableOfContents{});
    addChecklist(doc, in);
    addChain(doc, in);
    addFiles(doc, in);
    addOverridesAndBundles(doc, in);
    EvidencePackReportGuide::addTalkingPoints(doc);
    EvidencePackReportGuide::addHowToCheck(doc, !in.keyFingerprint.isEmpty());
    return doc;
}

} // namespace ab
