#pragma once
// Evidence listings on paper (issue 13): any filtered view (gateway records, OCSF events, runtime entries) as
// a branded PDF. The cover states the filter and the period, then the counts, the charts of enforcement
// frequency per month (by action and by framework), the records with the seed's compliance fields in a
// table whose header repeats on every page, and for overrides the user and the full justification. The page
// frame gives "Page N of M". The listing is landscape A4: its columns are many, and identifiers and
// timestamps must stay whole (core/report/render/LaidOutText breaks only after separators).
//
// Everything in the document that is evidence (filter text, values from the records) is never translated;
// headings and labels are UI text (tr()).

#include "core/report/ReportDocument.h"
#include "core/report/ReportWriter.h"
#include "core/views/ViewFilters.h"

#include <optional>

class QPagedPaintDevice;

namespace ab {

class Progress;
class WorkspaceStore;

struct ListingRequest
{
    views::RecordKind kind = views::RecordKind::Gateway;
    AuditFilter gateway;
    views::OcsfFilter ocsf;
    views::RuntimeFilter runtime;
    ReportBranding branding = ReportBranding::defaults();
    QString printedBy; // the auditor, for the cover and the PDF's Author

    QString filterText() const;
    qint64 count(const WorkspaceStore &store) const;
};

class EvidenceListing
{
public:
    // The document (cheap to build; rows read from the workspace).
    static ReportDocument document(const WorkspaceStore &store, const ListingRequest &request);
    // Renders it on landscape A4 into memory.
    static std::optional<ReportWriter::Output> render(const ReportDocument &document, Progress *progress,
                                                      QString *error = nullptr);
    // Renders, writes `path` atomically and records the listing in the activity log (action "listing":
    // what, filters, records, file, pages, bytes, sha256). nullopt with `error` when it cannot be written.
    static std::optional<ReportWriter::Output> write(WorkspaceStore &store, const ListingRequest &request,
                                                     const QString &path, Progress *progress,
                                                     QString *error = nullptr);
    // A listing sent to a printer, on the record (the printer's name instead of the file).
    static void logPrinted(WorkspaceStore &store, const ListingRequest &request, const QString &printer,
                           int pages);
};

} // namespace ab
