#pragma once
// The engagement at a glance (issue 19, the workbench's Overview page): what a workspace holds and what the
// auditor did with it, every figure read through the core's own queries (the page holds no SQL): the sources
// with their SHA-256, the record counts, the latest verification of each chain with its coverage, packages,
// evidence packs (the activity log's "export" rows of what "evidence-pack"), samples, workpapers, the
// current ("open") notes by tag, and the activity log with its hash chain checked as `log --verify` checks
// it.

#include "core/workspace/WorkspaceTypes.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ab {
class WorkspaceStore;
}

namespace ab::annotations {

// The newest verification run of one chain ("gateway", "runtime", "runtime:<source id>").
struct ChainStatus
{
    QString scope;
    qint64 runId = 0;
    QString runAt, runBy;
    bool valid = false, macsVerified = false, coverageComplete = false;
    qint64 eventsChecked = 0, errorCount = 0, gapCount = 0;
    std::optional<QString> periodStart, periodEnd;
};

struct EngagementOverview
{
    QList<SourceInfo> sources; // import order
    qint64 gatewayRecords = 0, runtimeEntries = 0, ocsfEvents = 0;
    QList<ChainStatus> chains; // one per scope, the newest run first
    qint64 packages = 0, evidencePacks = 0, samples = 0, workpapers = 0;
    qint64 openNotes = 0;                 // current notes (not superseded)
    QMap<QString, qint64> openNotesByTag; // tag -> current notes carrying it
    QList<ActivityEntry> activity;        // oldest first
    ActivityLogCheck activityCheck;

    static EngagementOverview read(const WorkspaceStore &store);
};

} // namespace ab::annotations
