#pragma once
// The OCSF export of a workspace's gateway records (docs/spec/formats.md 5): the records an AuditFilter
// matches, in the query order, one OCSF v1.1 event each (OcsfEvent), as NDJSON (one event per line) or a JSON
// array ("[", events joined by ",\n", "]"). Records whose category has no class in the seed's table, and
// records without a timestamp (OCSF requires `time`), are counted in the summary, never dropped silently.
// The bytes are hashed as written, so the caller logs what was written without reading the file again.
#include "core/common/Progress.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

class QIODevice;

namespace ab {

class WorkspaceStore;

namespace ocsf {

enum class OcsfFormat
{
    Ndjson,
    Json
};

std::optional<OcsfFormat> formatFromName(const QString &name); // ndjson, json
QString formatName(OcsfFormat format);

// Records skipped because they have no timestamp are counted under this key of `skipped`.
inline constexpr std::string_view NoTimestamp = "(no timestamp)";
// ... and records without a category under this one.
inline constexpr std::string_view NoCategory = "(no category)";

struct OcsfSummary
{
    qint64 events = 0;
    std::map<int, qint64> byClass;         // class_uid -> events
    std::map<std::string, qint64> skipped; // category (or NoTimestamp / NoCategory) -> records
    qint64 bytes = 0;
    QString sha256; // hex, of exactly the bytes written

    // {"events": N, "by_class": {"2001": n, ...}, "skipped": {"model_routing": n, ...}} (formats.md 5).
    QByteArray toJson() const;
};

class OcsfExport
{
public:
    // Writes the events to `out` (open for writing). Throws WorkspaceError when the device fails,
    // CancelledError when `progress` is cancelled.
    static OcsfSummary write(const WorkspaceStore &store, const AuditFilter &filter, OcsfFormat format,
                             QIODevice &out, Progress *progress = nullptr);
    // The same into a file that appears only complete (QSaveFile): an error or cancel leaves no file.
    static OcsfSummary writeFile(const WorkspaceStore &store, const AuditFilter &filter, OcsfFormat format,
                                 const QString &path, Progress *progress = nullptr);
};

} // namespace ocsf
} // namespace ab
