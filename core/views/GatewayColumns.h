#pragma once
// The members of gateway records that have no column of their own in the workspace (docs/spec/formats.md 1:
// framework_reference, override_reason, model, provider, source_ip, rule_name), read for a page of records
// at once by SQLite's json_extract over the stored record: the audit log's table shows them without parsing
// any JSON itself, and only for the rows it shows.

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace ab {
class WorkspaceStore;
}

namespace ab::views {

enum class GatewayMember
{
    FrameworkReference,
    OverrideReason,
    Model,
    Provider,
    SourceIp,
    RuleName,
    Count
};
// The member's name in the record ("framework_reference", ...).
QString memberName(GatewayMember member);

// One record's members, in GatewayMember order, as text; empty when absent or null.
using GatewayMembers = std::array<QString, size_t(GatewayMember::Count)>;

// The members of the records with these rowids (gateway_records.id), by rowid; unknown rowids are missing.
QHash<qint64, GatewayMembers> gatewayMembers(const WorkspaceStore &store, const std::vector<qint64> &rowIds);

} // namespace ab::views
