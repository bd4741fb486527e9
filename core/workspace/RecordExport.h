#pragma once
// The one export of gateway records, used by `auditbench-cli query` and the workbench's Export Visible
// Records alike: the records an AuditFilter matches, in the query order, as
//   - json:   an array of the records exactly as imported ("[", records joined by ",\n", "]"),
//   - ndjson: one record per line (minified when it spans lines in its file),
//   - csv:    RFC 4180 (comma, double-quote quoting, CRLF, UTF-8) with a header row and the columns
//             csvColumns() lists; a cell beginning with = + - @ TAB or CR gets a leading single quote so a
//             spreadsheet never runs it as a formula.
// The bytes are hashed (SHA-256) as they are written, so the caller logs what was written without reading
// the file again.

#include "core/common/Progress.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace ab {

class WorkspaceStore;

enum class RecordExportFormat
{
    Json,
    Ndjson,
    Csv
};

struct RecordExportResult
{
    qint64 records = 0;
    qint64 bytes = 0;
    QString sha256; // hex, of exactly the bytes written
};

class RecordExport
{
public:
    static std::optional<RecordExportFormat> formatFromName(const QString &name); // json, ndjson, csv
    static QString formatName(RecordExportFormat format);
    // The CSV header: timestamp, id, sequence, ..., override_reason, source.
    static const QStringList &csvColumns();
    // One record's cells in csvColumns() order, as plain text (not escaped): what every tabular export
    // (CSV, core/export's xlsx) writes for it.
    static QStringList rowCells(const GatewayRecordRow &row, const QByteArray &raw);
    // One CSV cell, quoted when needed and formula-escaped.
    static QByteArray csvCell(const QString &value);

    // Writes the export to `out` (open for writing). Throws WorkspaceError when the device fails,
    // CancelledError when `progress` is cancelled (what was written stays: see writeFile).
    static RecordExportResult write(const WorkspaceStore &store, const AuditFilter &filter,
                                    RecordExportFormat format, QIODevice &out, Progress *progress = nullptr);
    // The same into a file that appears only complete (QSaveFile): an error or cancel leaves no file.
    static RecordExportResult writeFile(const WorkspaceStore &store, const AuditFilter &filter,
                                        RecordExportFormat format, const QString &path,
                                        Progress *progress = nullptr);
};

} // namespace ab
