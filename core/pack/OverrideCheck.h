#pragma once
// Seed 004's examiner question "what happens if a user overrides a policy?": every allow_with_override record
// must carry a non-empty override_reason and a user identity (user_id or user_email). The records that do not
// are listed (id, time, user) in the checklist, report.pdf and the Examination page.

#include "core/common/Instant.h"

#include <QList>
#include <QString>

namespace ab {
class WorkspaceStore;
}

namespace ab::pack {

struct OverrideViolation
{
    QString recordId, timestamp, user; // user: user_email, else user_id, else empty
    bool missingReason = false, missingUser = false;

    // "evt_000123 at 2025-03-01T10:00:00Z by alice@example.com: no override_reason" (evidence: no tr()).
    QString text() const;
};

struct OverrideCheckResult
{
    qint64 overrides = 0; // allow_with_override records in the period
    QList<OverrideViolation> violations;
};

OverrideCheckResult checkOverrides(const WorkspaceStore &store, const Instant &start, const Instant &end);

} // namespace ab::pack
