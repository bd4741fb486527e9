#pragma once
// The workspace's activity log: what the auditor did, one row per action, SHA-256 hash-chained
// (hash = SHA-256 hex(prev_hash + JCS({action, at, details, seq, user}))) so that edits made behind the
// append-only triggers' back are detectable.

#include "core/workspace/AuditorIdentity.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceTypes.h"

namespace ab {

class ActivityLog
{
public:
    ActivityLog(const SqlSession &sql, const AuditorIdentity &identity) : m_sql(sql), m_identity(identity) {}

    // Appends a row inside the caller's transaction; `detailsJson` must be a JSON object (stored as JCS).
    // The details are evidence: callers build them without tr().
    void append(const QString &action, const QByteArray &detailsJson) const;
    QList<ActivityEntry> entries() const; // oldest first
    ActivityLogCheck verify() const;
    ActivityLogHead head() const;

private:
    const SqlSession &m_sql;
    const AuditorIdentity &m_identity;
};

} // namespace ab
