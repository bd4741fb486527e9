#include "core/report/WorkpaperReport.h"

#include "core/analytics/WorkpaperStore.h"
#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ab {

namespace {

struct WorkpaperReportTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::WorkpaperReport)
};

using analytics::ItemResult;
using analytics::WorkpaperEvaluation;

QString count(qint64 n)
{
    return QLocale::c().toString(n);
}

QString percent(double value)
{
    return QStringLiteral("%1 %").arg(QLocale::c().toString(value, 'f', 2));
}

QString resultText(ItemResult r)
{
    switch (r) {
    case ItemResult::NoException:
        return WorkpaperReportTr::tr("No exception");
    case ItemResult::Exception:
        return WorkpaperReportTr::tr("EXCEPTION");
    case ItemResult::NotApplicable:
        return WorkpaperReportTr::tr("Not applicable");
    case ItemResult::Pending:
        break;
    }
    return WorkpaperReportTr::tr("Pending");
}

ReportDocument::Banner conclusionBanner(const WorkpaperEvaluation &e, const analytics::Workpaper &wp)
{
    const QString detail = e.conclusionText(wp.tolerableBp, wp.confidenceBp);
    switch (e.conclusion) {
    case WorkpaperEvaluation::Conclusion::SupportsReliance:
        return {Tone::Good, WorkpaperReportTr::tr("SUPPORTS RELIANCE on the control"), detail};
    case WorkpaperEvaluation::Conclusion::DoesNotSupportReliance:
        return {Tone::Bad, WorkpaperReportTr::tr("DOES NOT SUPPORT RELIANCE on the control"), detail};
    case WorkpaperEvaluation::Conclusion::Incomplete:
        break;
    }
    return {Tone::Warning, WorkpaperReportTr::tr("INCOMPLETE: no conclusion yet"), detail};
}

QString signOffLine(const analytics::Workpaper &wp, const QString &role)
{
    const analytics::WorkpaperSignOff *s = wp.signOff(role);
    if (!s)
        return WorkpaperReportTr::tr("not signed");
    return WorkpaperReportTr::tr("%1, %2 (SHA-256 %3…)").arg(s->name, s->signedAt, s->contentSha256.left(16));
}

} // namespace

ReportDocument WorkpaperReport::build(const analytics::Workpaper &wp, const QList<GatewayRecordRow> &records,
                                      const ReportBranding &branding, const QString &printedBy)
{
    using KV = ReportDocument::KeyValue;
    const WorkpaperEvaluation e = wp.evaluation();
    const QString sha = wp.contentSha256();
    const QString printedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    ReportDocument doc;
    doc.branding = branding;
    doc.title = WorkpaperReportTr::tr("Tests of Controls: %1").arg(wp.name);
    doc.subject = WorkpaperReportTr::tr("Workpaper %1 version %2 over sample %3")
                      .arg(wp.id)
                      .arg(wp.version)
                      .arg(wp.sample.id);
    doc.author = printedBy;
    doc.headerLeft = doc.title;
    doc.headerRight = WorkpaperReportTr::tr("Workpaper %1, version %2").arg(wp.id).arg(wp.version);
    doc.footerHashLabel = WorkpaperReportTr::tr("Workpaper SHA-256");
    doc.footerHash = sha;

    const ReportDocument::Banner verdict = conclusionBanner(e, wp);
    ReportDocument::Cover cover;
    cover.title = WorkpaperReportTr::tr("Tests of Controls Workpaper");
    cover.subtitle = wp.name;
    cover.facts = {
        KV{WorkpaperReportTr::tr("Workpaper"),
           WorkpaperReportTr::tr("%1, version %2 of %3").arg(wp.id).arg(wp.version).arg(wp.latestVersion)},
        KV{WorkpaperReportTr::tr("Sample"),
           WorkpaperReportTr::tr("%1 (%2): %3 of %4 records")
               .arg(wp.sample.id)
               .arg(wp.sample.name, count(wp.sample.size), count(wp.sample.populationCount))},
        KV{WorkpaperReportTr::tr("Confidence"), percent(wp.confidenceBp / 100.0)},
        KV{WorkpaperReportTr::tr("Tolerable rate"), percent(wp.tolerableBp / 100.0)},
        KV{WorkpaperReportTr::tr("Preparer"), signOffLine(wp, analytics::PreparerRole)},
        KV{WorkpaperReportTr::tr("Reviewer"), signOffLine(wp, analytics::ReviewerRole)},
        KV{WorkpaperReportTr::tr("Content SHA-256"), sha, true},
        KV{WorkpaperReportTr::tr("Printed"),
           printedBy.isEmpty() ? printedAt : WorkpaperReportTr::tr("%1 by %2").arg(printedAt, printedBy)},
    };
    cover.statusTone = verdict.tone;
    cover.statusTitle = verdict.title;
    cover.statusDetail = verdict.detail;
    doc.add(cover);
    doc.add(ReportDocument::TableOfContents{});

    doc.heading(WorkpaperReportTr::tr("Conclusion"));
    doc.add(verdict);
    doc.add(ReportDocument::KeyValues{{
        KV{WorkpaperReportTr::tr("Items"), count(e.size)},
        KV{WorkpaperReportTr::tr("Tested"), count(e.tested)},
        KV{WorkpaperReportTr::tr("Exceptions"), count(e.deviations)},
        KV{WorkpaperReportTr::tr("Not applicable"), count(e.notApplicable)},
        KV{WorkpaperReportTr::tr("Pending"), count(e.pending)},
        KV{WorkpaperReportTr::tr("Deviation rate"), percent(analytics::ratePercent(e.deviationRate))},
        KV{WorkpaperReportTr::tr("Upper deviation limit"),
           WorkpaperReportTr::tr("%1 at %2 confidence")
               .arg(percent(analytics::ratePercent(e.upperDeviationLimit)),
                    percent(wp.confidenceBp / 100.0))},
        KV{WorkpaperReportTr::tr("Tolerable rate"), percent(wp.tolerableBp / 100.0)},
    }});
    doc.note(WorkpaperReportTr::tr(
        "The upper deviation limit is the binomial rate p with P(X <= exceptions | tested, p) = 1 - "
        "confidence; "
        "not-applicable items are not tested items. The control is relied on when the limit does not exceed "
        "the tolerable rate."));

    doc.heading(WorkpaperReportTr::tr("Sample and population"), 2);
    doc.add(ReportDocument::KeyValues{{
        KV{WorkpaperReportTr::tr("Sample"), QStringLiteral("%1 (%2)").arg(wp.sample.id).arg(wp.sample.name)},
        KV{WorkpaperReportTr::tr("Population filters"), QString::fromUtf8(wp.sample.filtersJson), true},
        KV{WorkpaperReportTr::tr("Population"), count(wp.sample.populationCount)},
        KV{WorkpaperReportTr::tr("Verification run"),
           wp.sample.runId ? QString::number(*wp.sample.runId) : WorkpaperReportTr::tr("none covers it")},
        KV{WorkpaperReportTr::tr("Head HMAC"), wp.sample.headHmac.value_or(QString()), true},
        KV{WorkpaperReportTr::tr("Seed"), QString::number(wp.sample.seed), true},
        KV{WorkpaperReportTr::tr("Algorithm"), wp.sample.algorithm, true},
    }});

    // Two tables, so neither squeezes ids, instants or notes: the results, then the records they are about.
    doc.heading(WorkpaperReportTr::tr("Items"));
    ReportDocument::Table items;
    items.columns = {{QStringLiteral("#"), 0, false, true},
                     {WorkpaperReportTr::tr("Record"), 0, true},
                     {WorkpaperReportTr::tr("Result"), 0},
                     {WorkpaperReportTr::tr("Note"), 0}};
    ReportDocument::Table details;
    details.columns = {{QStringLiteral("#"), 0, false, true},
                       {WorkpaperReportTr::tr("Time"), 0, true},
                       {WorkpaperReportTr::tr("Action"), 0},
                       {WorkpaperReportTr::tr("User"), 0},
                       {WorkpaperReportTr::tr("Policy"), 0}};
    for (qsizetype i = 0; i < wp.items.size(); ++i) {
        const analytics::WorkpaperItem &item = wp.items[i];
        const GatewayRecordRow r = records.value(i);
        const QString number = QString::number(item.position + 1);
        items.rows.append({number, item.recordId, resultText(item.result), item.note});
        items.rowTones.append(item.result == ItemResult::Exception ? Tone::Bad
                              : item.result == ItemResult::Pending ? Tone::Warning
                                                                   : Tone::Neutral);
        details.rows.append(
            {number, r.timestamp, r.action, r.userEmail.isEmpty() ? r.userId : r.userEmail, r.policyName});
    }
    doc.add(items);
    doc.heading(WorkpaperReportTr::tr("Records tested"), 2);
    doc.add(details);

    doc.heading(WorkpaperReportTr::tr("Review notes"), 2);
    ReportDocument::Table notes;
    notes.columns = {{WorkpaperReportTr::tr("Version"), 0, false, true},
                     {WorkpaperReportTr::tr("Note"), 0},
                     {WorkpaperReportTr::tr("Written"), 0}};
    notes.emptyText = WorkpaperReportTr::tr("No review notes.");
    for (const analytics::WorkpaperReviewNote &n : wp.reviewNotes)
        notes.rows.append({QString::number(n.version), n.note,
                           WorkpaperReportTr::tr("%1 by %2").arg(n.writtenAt, n.writtenBy)});
    doc.add(notes);

    doc.heading(WorkpaperReportTr::tr("Sign-offs"), 2);
    ReportDocument::Table signs;
    signs.columns = {{WorkpaperReportTr::tr("Role"), 0},
                     {WorkpaperReportTr::tr("Name"), 0},
                     {WorkpaperReportTr::tr("Signed"), 0},
                     {WorkpaperReportTr::tr("Content SHA-256 signed"), 0, true},
                     {WorkpaperReportTr::tr("Matches"), 0}};
    signs.emptyText =
        WorkpaperReportTr::tr("Not signed: this version needs the preparer's and the reviewer's "
                              "sign-off.");
    for (const analytics::WorkpaperSignOff &s : wp.signOffs) {
        const bool matches = s.contentSha256 == sha;
        signs.rows.append(
            {s.role == analytics::PreparerRole ? WorkpaperReportTr::tr("Preparer")
                                               : WorkpaperReportTr::tr("Reviewer"),
             s.name, s.signedAt, s.contentSha256.left(16) + QStringLiteral("…"),
             matches ? WorkpaperReportTr::tr("yes") : WorkpaperReportTr::tr("NO: content changed")});
        signs.rowTones.append(matches ? Tone::Good : Tone::Bad);
    }
    doc.add(signs);
    doc.note(
        WorkpaperReportTr::tr("Each sign-off binds the SHA-256 of the workpaper's canonical (RFC 8785) "
                              "content; the full hash is in the footer. Re-compute it with 'auditbench-cli "
                              "workpaper show'."));
    return doc;
}

std::optional<ReportDocument> WorkpaperReport::document(const WorkspaceStore &store, qint64 workpaperId,
                                                        std::optional<int> version,
                                                        const ReportBranding &branding, QString *error)
{
    const std::optional<analytics::Workpaper> wp = analytics::storedWorkpaper(store, workpaperId, version);
    if (!wp) {
        if (error)
            *error = WorkpaperReportTr::tr("%1 has no workpaper %2").arg(store.path()).arg(workpaperId);
        return std::nullopt;
    }
    std::vector<qint64> ids;
    for (const analytics::WorkpaperItem &item : wp->items)
        ids.push_back(item.rowId);
    return build(*wp, store.recordsByRowIds(ids), branding, store.identity().display());
}

std::optional<ReportWriter::Output> WorkpaperReport::print(WorkspaceStore &store, qint64 workpaperId,
                                                           std::optional<int> version, const QString &path,
                                                           const ReportBranding &branding, Progress *progress,
                                                           QString *error)
{
    const auto doc = document(store, workpaperId, version, branding, error);
    if (!doc)
        return std::nullopt;
    const auto out = ReportWriter::write(*doc, path, progress, error);
    if (out)
        WorkspaceReports::logPdf(store, "workpaper", QStringLiteral("workpaper_sha256"), doc->footerHash,
                                 path, out->sha256, out->pageCount, out->pdf.size());
    return out;
}

} // namespace ab
