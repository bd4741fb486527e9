#include "core/report/SummaryReport.h"

#include "core/crypto/Crypto.h"
#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace ab {

namespace {

struct SummaryReportTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::SummaryReport)
};

QString count(qint64 n)
{
    return QLocale::c().toString(n);
}

} // namespace

ReportDocument SummaryReport::build(const analytics::SummaryTable &s, const QString &workspaceName,
                                    const ReportBranding &branding, const QString &printedBy)
{
    using KV = ReportDocument::KeyValue;
    const QString printedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString what = s.across.isEmpty() ? SummaryReportTr::tr("Records by %1").arg(s.by)
                                            : SummaryReportTr::tr("Records by %1 and %2").arg(s.by, s.across);
    const QString sha = crypto::sha256Hex(s.toJson(false));
    ReportDocument doc;
    doc.branding = branding;
    doc.title = SummaryReportTr::tr("Summary: %1").arg(what);
    doc.subject = SummaryReportTr::tr("Filter: %1").arg(s.filterText);
    doc.author = printedBy;
    doc.headerLeft = doc.title;
    doc.headerRight = workspaceName;
    doc.footerHashLabel = SummaryReportTr::tr("Summary SHA-256");
    doc.footerHash = sha;

    ReportDocument::Cover cover;
    cover.title = SummaryReportTr::tr("Record Summary");
    cover.subtitle = what;
    cover.facts = {
        KV{SummaryReportTr::tr("Workspace"), workspaceName},
        KV{SummaryReportTr::tr("Filter"), s.filterText},
        KV{SummaryReportTr::tr("Records counted"), count(s.total)},
        KV{SummaryReportTr::tr("Summary SHA-256"), sha, true},
        KV{SummaryReportTr::tr("Printed"),
           printedBy.isEmpty() ? printedAt : SummaryReportTr::tr("%1 by %2").arg(printedAt, printedBy)},
    };
    doc.add(cover);

    doc.heading(what);
    doc.paragraph(SummaryReportTr::tr("Filter: %1 (%2 records).").arg(s.filterText, count(s.total)));
    ReportDocument::Table table;
    table.columns.append({s.by, 0});
    for (const QString &c : s.columnValues)
        table.columns.append({c, 0, false, true});
    if (!s.across.isEmpty())
        table.columns.append({SummaryReportTr::tr("Total"), 0, false, true});
    table.emptyText = SummaryReportTr::tr("No record matches the filter.");
    for (qsizetype r = 0; r < s.rowValues.size(); ++r) {
        QStringList cells{s.rowValues[r]};
        for (const qint64 c : s.counts[r])
            cells << count(c);
        if (!s.across.isEmpty())
            cells << count(s.rowTotal(r));
        table.rows.append(cells);
        table.rowTones.append(Tone::Neutral);
    }
    if (!s.rowValues.isEmpty()) {
        QStringList totals{SummaryReportTr::tr("Total")};
        for (qsizetype c = 0; c < s.columnValues.size(); ++c)
            totals << count(s.columnTotal(c));
        if (!s.across.isEmpty())
            totals << count(s.total);
        table.rows.append(totals);
        table.rowTones.append(Tone::Neutral);
    }
    doc.add(table);
    doc.note(
        SummaryReportTr::tr("Months are UTC calendar months of each record's timestamp; \"%1\" counts the "
                            "records without the value.")
            .arg(QLatin1String(analytics::NoValue)));
    return doc;
}

std::optional<ReportWriter::Output> SummaryReport::print(WorkspaceStore &store,
                                                         const analytics::SummaryTable &s,
                                                         const QString &path, const ReportBranding &branding,
                                                         Progress *progress, QString *error)
{
    const ReportDocument doc =
        build(s, QFileInfo(store.path()).fileName(), branding, store.identity().display());
    const auto out = ReportWriter::write(doc, path, progress, error);
    if (out)
        WorkspaceReports::logPdf(store, "summary", QStringLiteral("summary_sha256"), doc.footerHash, path,
                                 out->sha256, out->pageCount, out->pdf.size());
    return out;
}

} // namespace ab
