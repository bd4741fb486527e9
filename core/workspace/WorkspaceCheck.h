#pragma once
// `auditbench-cli check` and the workbench's check at open (issue 16): is what the workspace holds what
// AuditBench stored? The append-only triggers stop an honest mistake, not a privileged user with the file;
// this re-performs what can be re-performed from the evidence itself:
//   - SQLite's own integrity check (damaged pages, broken indexes);
//   - every original re-hashed against its SHA-256, every source row against its import's log entry;
//   - every stored record compared with the record read again from the original (rows missing, added or
//     duplicated, the raw text and the query columns derived from it);
//   - every verification run and package matched against the activity-log entry that recorded it (and a
//     package's content against its content_sha256); the activity log's own hash chain.
// Each finding says what is wrong and where, in the user's words (tr()); `code` is stable for scripts.
// The quick form (what verify --workspace runs before trusting the workspace) leaves out the costly parts:
// the integrity check and re-reading every original.

#include "core/common/Progress.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ab {

class WorkspaceStore;

struct CheckFinding
{
    QString code;    // e.g. "record_changed" (stable, never translated)
    QString where;   // e.g. "gateway_records row 17", "source 2 (gateway.json)"
    QString message; // one line: what is wrong, where
};

struct WorkspaceCheckResult
{
    QString path;
    bool full = true;
    QList<CheckFinding> findings;
    ActivityLogHead head;
    qint64 sources = 0, records = 0, runs = 0, packages = 0; // what was checked

    bool intact() const { return findings.isEmpty(); }
    int exitCode() const { return intact() ? 0 : 1; } // 2 (unusable) is the caller's: open failed
    QByteArray toJson() const;
};

class WorkspaceCheck
{
public:
    enum class Depth
    {
        Quick, // counts, logs, runs, packages, duplicates: what verify --workspace checks first
        Full   // and the integrity check, every original re-hashed and re-read
    };
    // Throws WorkspaceError only when the workspace cannot be read at all; a part that fails on a damaged
    // file becomes a finding and the other parts go on. CancelledError when cancelled.
    static WorkspaceCheckResult run(const WorkspaceStore &store, Depth depth, Progress *progress = nullptr);
};

} // namespace ab
