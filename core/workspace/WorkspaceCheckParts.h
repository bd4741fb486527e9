#pragma once
// The parts of WorkspaceCheck (WorkspaceCheck.h), each in the file that does its job:
// WorkspaceCheckEvidence.cpp (SQLite's integrity check, sources, originals, gateway records re-read),
// WorkspaceCheckRows.cpp (runtime entries, bundles and OCSF events re-read) and WorkspaceCheckLog.cpp
// (sources, runs and packages against the activity log).

#include "core/json/SourceText.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceCheck.h"

#include <QHash>

namespace ab::check {

// Collects findings; after MaxPerCode findings of one kind the rest are only counted (a table whose every
// row was edited must not make a million lines).
class Findings
{
public:
    static constexpr int MaxPerCode = 20;
    explicit Findings(QList<CheckFinding> &out) : m_out(out) {}
    void add(const QString &code, const QString &where, const QString &message);
    // Appends "... and N more" for every code that overflowed.
    void finish();

private:
    QList<CheckFinding> &m_out;
    QHash<QString, qint64> m_counts;
};

struct Context
{
    const SqlSession &sql;
    Findings &findings;
    Progress *progress = nullptr;
};

void integrity(Context &c);
// Rows per source against record_count, duplicated ordinals; with `reread`, every original re-hashed and
// its gateway records compared with the stored rows (text and query columns).
void evidence(Context &c, bool reread, WorkspaceCheckResult &counts);
// Compares the stored rows of `table` (agent_entries, compliance_bundles or ocsf_events) of one source with
// the records of its original, text and query columns; returns the format the original was read as.
QString recheckRows(Context &c, qint64 sourceId, const QString &where, const QString &table,
                    const SourceText &original);
// Sources, runs and packages against the activity-log entries that recorded them.
void againstActivityLog(Context &c, const QList<ActivityEntry> &log);

} // namespace ab::check
