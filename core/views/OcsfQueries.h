#pragma once
// Imported OCSF v1.1 events (docs/spec/formats.md 5) filtered as an auditor reads them: by class, activity,
// time, the seed's metadata members (framework_reference, entity_type, action) and user. Matching:
//   - class: class_uid in the list;
//   - activity: a number matches activity_id, anything else activity_name (ASCII case-insensitive);
//   - start/end: `time` (epoch ms), inclusive; events without a time never fall inside a period;
//   - framework reference: a case-insensitive substring of metadata.framework_reference ("Requirement 3"
//     finds "PCI-DSS Requirement 3.4");
//   - entity type, action: metadata.entity_type / metadata.action, any of the list, case-insensitive (the
//     seed writes "BLOCK" where the gateway record says "block");
//   - user: actor.user.email_addr, actor.user.uid or actor.user.name equal to it.
// Events are ordered by time (events without one last), then import order.

#include "core/common/Instant.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ab {
class WorkspaceStore;
}

namespace ab::views {

struct OcsfFilter
{
    QList<int> classUids;
    QStringList activities, entityTypes, actions;
    QString frameworkReference, user;
    std::optional<Instant> start, end;
    qint64 limit = -1; // < 0: no limit
    qint64 offset = 0;
};

struct OcsfEventRow
{
    qint64 rowId = 0;
    qint64 sourceId = 0;
    QString sourceFile;
    int classUid = 0;
    QString className, activity; // activity: activity_name, else the id as digits
    std::optional<qint64> timeMs;
    QString uid; // metadata.uid (the gateway record's id when the workbench wrote it)
    QString frameworkReference, entityType, action, policyName, user, severity;
};

class OcsfQueries
{
public:
    explicit OcsfQueries(const WorkspaceStore &store) : m_store(store) {}

    qint64 count(const OcsfFilter &filter = {}) const;
    QList<OcsfEventRow> rows(const OcsfFilter &filter = {}) const;
    // Raw JSON of the matching events, exactly as imported, in the same order.
    QList<QByteArray> rawEvents(const OcsfFilter &filter = {}) const;
    QByteArray rawEvent(qint64 rowId) const;
    // Events whose metadata.uid or finding.uid is `uid` (a gateway record id), in import order.
    std::vector<qint64> rowIdsOfUid(const QString &uid) const;
    QList<int> classUids() const; // distinct, ascending

    // The seed's class names (2001 "Security Finding", 3001 "Account Change", 3002 "Authentication", ...).
    static QString classNameOf(int classUid);

private:
    const WorkspaceStore &m_store;
};

} // namespace ab::views
