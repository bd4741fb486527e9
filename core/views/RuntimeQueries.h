#pragma once
// The agent runtime's audit entries (docs/spec/formats.md 2) browsed by agent, action type, connector,
// decision and time. Every list matches any of its values exactly; start/end are inclusive instants over the
// entry's timestamp (entries without one never fall inside a period). Entries are ordered by timestamp
// (entries without one last), then import order.

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

struct RuntimeFilter
{
    QStringList agentIds, actionTypes, connectors, decisions;
    std::optional<Instant> start, end;
    qint64 limit = -1; // < 0: no limit
    qint64 offset = 0;
};

struct RuntimeEntryRow
{
    qint64 rowId = 0;
    qint64 sourceId = 0;
    QString sourceFile;
    QString entryId, timestamp, agentId, agentName, actionType, actor, connector, operation, decision;
    std::optional<qint64> sequence, timeMs;
    QString riskScore; // as in the entry (digits), empty when absent
};

class RuntimeQueries
{
public:
    explicit RuntimeQueries(const WorkspaceStore &store) : m_store(store) {}

    qint64 count(const RuntimeFilter &filter = {}) const;
    QList<RuntimeEntryRow> rows(const RuntimeFilter &filter = {}) const;
    // Raw JSON of the matching entries, exactly as imported, in the same order.
    QList<QByteArray> rawEntries(const RuntimeFilter &filter = {}) const;
    QByteArray rawEntry(qint64 rowId) const;
    // Entries whose `id` is `entryId` (a questionnaire's evidence id), in import order.
    std::vector<qint64> rowIdsOfEntryId(const QString &entryId) const;
    // Distinct values for filter pickers: "agent_id", "action_type", "connector" or "decision"; sorted.
    QStringList distinctValues(const QString &column) const;

private:
    const WorkspaceStore &m_store;
};

} // namespace ab::views
