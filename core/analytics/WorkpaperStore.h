#pragma once
// Tests-of-controls workpapers stored in a workspace (issue 17; tables workpapers, workpaper_versions,
// workpaper_results, workpaper_review_notes, workpaper_signoffs, schema version 4). Each change is one
// transaction with its activity-log entry ("workpaper.created", "workpaper.result", "workpaper.version",
// "workpaper.review_note", "workpaper.signoff"), every entry carrying the content SHA-256 after the change.
//
// A version with a sign-off is immutable (the schema's triggers refuse it, and so does this API when asked
// to change that version): recording a result on a workpaper whose latest version is signed makes the next
// version (the results copied, then the change applied), which needs new sign-offs. A preparer signs only a
// version with no pending item; a reviewer signs only what the preparer signed (same version and hash) and
// is not the preparer. Everything stored is evidence: built without tr().

#include "core/analytics/Workpaper.h"
#include "core/common/Error.h"
#include "core/workspace/WorkspaceStore.h"

#include <optional>

namespace ab::analytics {

// A change the workpaper refuses (unknown sample or item, a signed version, a sign-off out of order).
class WorkpaperError : public Error
{
public:
    explicit WorkpaperError(const QString &message) : Error(message) {}
};

inline const QString PreparerRole = QStringLiteral("preparer");
inline const QString ReviewerRole = QStringLiteral("reviewer");

// Creates workpaper version 1 over a stored sample, every item pending. `name` empty: "workpaper <id>".
Workpaper createWorkpaper(WorkspaceStore &store, qint64 sampleId, const QString &name, int confidenceBp,
                          int tolerableBp);

// Records the result of the item at `position` (0-based draw order). With `version` set, the change must go
// to exactly that version: refused when it is not the latest or is signed. Without it, a signed latest
// version is carried into a new version first. Returns the workpaper as changed.
Workpaper recordResult(WorkspaceStore &store, qint64 workpaperId, qint64 position, ItemResult result,
                       const QString &note, std::optional<int> version = std::nullopt);

// A review note on the latest version (refused once the reviewer signed it).
Workpaper addReviewNote(WorkspaceStore &store, qint64 workpaperId, const QString &note);

// Signs the latest version as `role` (PreparerRole / ReviewerRole) under `name`, bound to its content
// SHA-256. `expectedSha256` (a prefix of at least 8 hex digits, or empty) must match the content signed: a
// signer states what they saw.
Workpaper signWorkpaper(WorkspaceStore &store, qint64 workpaperId, const QString &role, const QString &name,
                        const QString &expectedSha256 = {});

// A workpaper at `version` (latest when unset); nothing when unknown.
std::optional<Workpaper> storedWorkpaper(const WorkspaceStore &store, qint64 workpaperId,
                                         std::optional<int> version = std::nullopt);
// Every workpaper's latest version, oldest workpaper first.
QList<Workpaper> storedWorkpapers(const WorkspaceStore &store);

} // namespace ab::analytics
