#include "core/report/EvidenceListing.h"

#include "auditbench_version.h"
#include "core/crypto/Crypto.h"
#include "core/json/JsonWriter.h"
#include "core/report/EvidenceListingData.h"
#include "core/report/render/PdfInfo.h"
#include "core/report/render/RenderStyle.h"
#include "core/workspace/WorkspaceStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace ab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ab::EvidenceListing)
};

std::pair<std::optional<Instant>, std::optional<Instant>> periodOf(const ListingRequest &r)
{
    switch (r.kind) {
    case views::RecordKind::Ocsf:
        return {r.ocsf.start, r.ocsf.end};
    case views::RecordKind::Runtime:
        return {r.runtime.start, r.runtime.end};
    case views::RecordKind::Gateway:
        break;
    }
    return {r.gateway.start, r.gateway.end};
}

QString periodText(const ListingRequest &r)
{
    const auto [start, end] = periodOf(r);
    if (!start && !end)
        return Tr::tr("all records (no period set)");
    return QStringLiteral("%1 – %2").arg(start ? start->toString() : QStringLiteral("…"),
                                         end ? end->toString() : QStringLiteral("…"));
}

void writeFilters(JsonWriter &w, const ListingRequest &r)
{
    switch (r.kind) {
    case views::RecordKind::Ocsf:
        views::writeFilter(w, r.ocsf);
        return;
    case views::RecordKind::Runtime:
        views::writeFilter(w, r.runtime);
        return;
    case views::RecordKind::Gateway:
        views::writeFilter(w, r.gateway);
        return;
    }
}

QList<ReportDocument::KeyValue> countsByKey(const QList<listing::Row> &rows, bool byFramework)
{
    QMap<QString, qint64> counts;
    for (const listing::Row &r : rows) {
        const QString key = byFramework ? r.frameworkKey : r.actionKey;
        ++counts[key.isEmpty() ? QStringLiteral("(none)") : key];
    }
    QList<ReportDocument::KeyValue> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << ReportDocument::KeyValue{it.key(), QString::number(it.value()), false};
    return out;
}

// The activity log's record of a listing (evidence: no tr()): what, filters, count, then where it went.
QByteArray activityDetails(const ListingRequest &r, qint64 records,
                           const std::function<void(JsonWriter &)> &where)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("what").value(views::kindName(r.kind));
    w.key("filters");
    writeFilters(w, r);
    w.key("records").value(records);
    where(w);
    w.endObject();
    return w.toByteArray();
}

} // namespace

QString ListingRequest::filterText() const
{
    switch (kind) {
    case views::RecordKind::Ocsf:
        return views::filterText(ocsf);
    case views::RecordKind::Runtime:
        return views::filterText(runtime);
    case views::RecordKind::Gateway:
        break;
    }
    return views::filterText(gateway);
}

qint64 ListingRequest::count(const WorkspaceStore &store) const
{
    switch (kind) {
    case views::RecordKind::Ocsf:
        return views::OcsfQueries(store).count(ocsf);
    case views::RecordKind::Runtime:
        return views::RuntimeQueries(store).count(runtime);
    case views::RecordKind::Gateway:
        break;
    }
    return store.count(gateway);
}

ReportDocument EvidenceListing::document(const WorkspaceStore &store, const ListingRequest &request)
{
    const listing::Data data = listing::read(store, request);
    const QString records = QString::number(data.rows.size());
    ReportDocument doc;
    doc.title = Tr::tr("Evidence listing: %1").arg(data.kindTitle);
    doc.subject = request.filterText();
    doc.author = request.printedBy;
    doc.branding = request.branding;
    doc.headerLeft = data.kindTitle;
    doc.headerRight = Tr::tr("Filter: %1").arg(request.filterText());
    doc.footerHashLabel = Tr::tr("Workspace");
    doc.footerHash = QFileInfo(store.path()).fileName();

    ReportDocument::Cover cover;
    cover.title = Tr::tr("Evidence Listing");
    cover.subtitle = data.kindTitle;
    cover.facts = {{Tr::tr("Filter"), request.filterText(), true},
                   {Tr::tr("Period"), periodText(request), true},
                   {Tr::tr("Records"), records, false}};
    if (request.kind == views::RecordKind::Gateway)
        cover.facts << ReportDocument::KeyValue{Tr::tr("Overrides"), QString::number(data.overrides.size()),
                                                false};
    cover.facts << ReportDocument::KeyValue{Tr::tr("Notes"), QString::number(data.notes.size()), false};
    cover.facts << ReportDocument::KeyValue{Tr::tr("Workspace"), QFileInfo(store.path()).fileName(), false}
                << ReportDocument::KeyValue{Tr::tr("Printed by"), request.printedBy, false}
                << ReportDocument::KeyValue{
                       Tr::tr("Printed at"),
                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")),
                       true};
    doc.add(cover);

    doc.heading(Tr::tr("Counts"));
    doc.paragraph(Tr::tr("%n record(s) match the filter.", nullptr, int(data.rows.size())));
    doc.heading(Tr::tr("By %1").arg(data.actionLabel), 2);
    doc.add(ReportDocument::KeyValues{countsByKey(data.rows, false)});
    doc.heading(Tr::tr("By %1").arg(data.frameworkLabel), 2);
    doc.add(ReportDocument::KeyValues{countsByKey(data.rows, true)});

    doc.heading(Tr::tr("Frequency per month"));
    for (const bool byFramework : {false, true}) {
        const QString label = byFramework ? data.frameworkLabel : data.actionLabel;
        const listing::MonthlyCounts counts = listing::monthly(data.rows, byFramework);
        if (counts.isEmpty()) {
            doc.note(Tr::tr("No record with a time: nothing to chart by %1.").arg(label));
            continue;
        }
        doc.add(ReportDocument::Svg{
            listing::monthlyChartSvg(counts, Tr::tr("Records per month by %1").arg(label)),
            Tr::tr("Records per month (UTC) by %1").arg(label)});
    }

    if (request.kind == views::RecordKind::Gateway) {
        doc.heading(Tr::tr("Overrides"));
        ReportDocument::Table overrides;
        overrides.columns = {{Tr::tr("Time"), 0, true, false},
                             {Tr::tr("Record id"), 0, true, false},
                             {Tr::tr("User"), 0, false, false},
                             {Tr::tr("Justification"), 0, false, false}};
        for (const listing::Override &o : data.overrides)
            overrides.rows << QStringList{o.time, o.id, o.user, o.justification};
        overrides.emptyText = Tr::tr("No override among these records.");
        doc.add(overrides);
    }

    // The auditor's notes on the listed records (issue 19), before the records: the last table is the
    // records.
    doc.heading(Tr::tr("Notes"));
    ReportDocument::Table notes;
    notes.columns = {{Tr::tr("Record id"), 0, true, false},
                     {Tr::tr("Tags"), 0, false, false},
                     {Tr::tr("Note"), 0, false, false},
                     {Tr::tr("By"), 0, false, false},
                     {Tr::tr("At"), 0, true, false}};
    for (const listing::NoteLine &n : data.notes)
        notes.rows << QStringList{n.recordId, n.tags, n.text, n.by, n.at};
    notes.emptyText = Tr::tr("No note on these records.");
    doc.add(notes);

    doc.heading(Tr::tr("Records"));
    ReportDocument::Table table;
    table.columns = data.columns;
    table.emptyText = Tr::tr("No record matches the filter.");
    for (const listing::Row &r : data.rows) {
        table.rows << r.cells;
        table.rowTones << (r.override ? Tone::Warning : Tone::Neutral);
    }
    doc.add(table);
    return doc;
}

std::optional<ReportWriter::Output> EvidenceListing::render(const ReportDocument &document,
                                                            Progress *progress, QString *error)
{
    const QString creator = QStringLiteral(AUDITBENCH_NAME " " AUDITBENCH_VERSION);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(render::Resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(creator);
    writer.setDocumentXmpMetadata(
        render::xmpMetadata(document.title, document.author, document.subject, creator));
    const auto pages = ReportWriter::paint(document, &writer, progress, error);
    if (!pages)
        return std::nullopt;
    buffer.close();
    ReportWriter::Output out;
    out.pdf = render::withInfo(buffer.data(), document.title, document.author, document.subject, creator);
    out.pageCount = *pages;
    out.sha256 = crypto::sha256Hex(out.pdf);
    return out;
}

std::optional<ReportWriter::Output> EvidenceListing::write(WorkspaceStore &store,
                                                           const ListingRequest &request, const QString &path,
                                                           Progress *progress, QString *error)
{
    const ReportDocument doc = document(store, request);
    auto out = render(doc, progress, error);
    if (!out)
        return std::nullopt;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out->pdf) != out->pdf.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("%1: cannot be written (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    qint64 rows = 0;
    for (const ReportDocument::Block &b : doc.blocks)
        if (const auto *t = std::get_if<ReportDocument::Table>(&b))
            rows = t->rows.size(); // the last table is the records
    store.appendActivity(QStringLiteral("listing"), activityDetails(request, rows, [&](JsonWriter &w) {
                             w.key("file").value(QFileInfo(path).absoluteFilePath());
                             w.key("sha256").value(out->sha256);
                             w.key("pages").value(qint64(out->pageCount));
                             w.key("bytes").value(qint64(out->pdf.size()));
                         }));
    return out;
}

void EvidenceListing::logPrinted(WorkspaceStore &store, const ListingRequest &request, const QString &printer,
                                 int pages)
{
    store.appendActivity(QStringLiteral("listing"),
                         activityDetails(request, request.count(store), [&](JsonWriter &w) {
                             w.key("printer").value(printer);
                             w.key("pages").value(qint64(pages));
                         }));
}

} // namespace ab
