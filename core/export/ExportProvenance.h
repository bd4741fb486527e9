#pragma once
// What every export says about itself (issue 19, "Exports carry provenance"): a default file name built from
// the filter and period that produced it (safe on every file system: anything from input is sanitised), and a
// small JSON written beside the exported file, `<file>.provenance.json`:
//   {"format": "auditbench-export-provenance", "version": 1,
//    "file": NAME, "sha256": HEX, "bytes": N,            (of the exported file as on disk)
//    "what": "audit-log" | "ocsf" | "listing" | ..., "export_format": "csv" | "xlsx" | "pdf" | ...,
//    "filter": {...}, "filter_text": "framework = pci_dss; ..." (or "none"), "records": N,
//    "workspace": {"path": ABSOLUTE PATH, "id": HEX},     (id: the hash of the activity log's first row)
//    "exported_by": {"name", "email", "firm"}, "exported_at": RFC 3339 UTC}
// The workbench (every export path) and the command line's --out exports both write it through this file.
// Evidence: built without tr().

#include "core/ocsf/OcsfExport.h"
#include "core/views/ViewFilters.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ab {

class WorkspaceStore;
struct ListingRequest;

struct ExportProvenance
{
    QString what;             // what was exported: "audit-log", "ocsf", "listing", "query", ...
    QString format;           // the file's format: "csv", "json", "ndjson", "xlsx", "pdf"
    QByteArray filter = "{}"; // a JSON object (views::writeFilter)
    QString filterText = QStringLiteral("none");
    qint64 records = 0;

    // The filter of a view, as JSON and as one line of text.
    void setFilter(const AuditFilter &f);
    void setFilter(const views::OcsfFilter &f);
    void setFilter(const views::RuntimeFilter &f);

    // An evidence listing's: what "listing", format "pdf", the filter of the view it lists.
    static ExportProvenance ofListing(const ListingRequest &request, qint64 records);

    // "<path>.provenance.json"
    static QString sidecarPath(const QString &exportPath);
    // Hashes `exportPath` as on disk and writes the sidecar beside it (complete or not at all); who, when
    // and the workspace come from `store`. Returns the sidecar's path. Throws WorkspaceError.
    QString writeBeside(const WorkspaceStore &store, const QString &exportPath) const;
    // The same for a caller whose export already stands: a failure comes back as its message ("" when the
    // sidecar was written), never as an exception.
    QString tryWriteBeside(const WorkspaceStore &store, const QString &exportPath) const;
    // The sidecar's JSON for a file with this name, hash and size (pretty, members in the order above).
    QByteArray toJson(const WorkspaceStore &store, const QString &fileName, const QString &sha256,
                      qint64 bytes) const;

    // The id the provenance names a workspace by: the hash of its activity log's first row (a workspace
    // whose log is empty has none yet: "").
    static QString workspaceId(const WorkspaceStore &store);

    // A file-name-safe form of `text`: letters, digits, '.', '_' and '-' kept, every other run of characters
    // becomes one '-', no leading '.' or '-', no "..", at most `maxLength` characters; "export" when nothing
    // is left.
    static QString safeName(const QString &text, int maxLength = 100);
    // "<stem>_<filter values>_<start date>_<end date>.<suffix>", e.g.
    // "audit-log_pci_dss_block_2025-01-01_2025-12-31.csv"; "<stem>.<suffix>" when nothing filters.
    static QString defaultFileName(const QString &stem, const AuditFilter &f, const QString &suffix);
    static QString defaultFileName(const QString &stem, const views::OcsfFilter &f, const QString &suffix);
    static QString defaultFileName(const QString &stem, const views::RuntimeFilter &f, const QString &suffix);

    // The activity log's record of an OCSF export (the CLI's and the workbench's, identical members):
    // {"what":"ocsf","file","format","filters":{...},"summary":{...},"bytes","sha256"}.
    static QByteArray ocsfActivityDetails(const QString &path, ocsf::OcsfFormat format, const AuditFilter &f,
                                          const ocsf::OcsfSummary &summary);
};

} // namespace ab
