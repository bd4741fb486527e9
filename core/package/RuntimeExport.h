#pragma once

#include "core/common/Instant.h"
#include "core/common/Progress.h"
#include "core/json/SourceText.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace ab {

// An agent runtime export (docs/spec/formats.md §2): the raw material of a compliance package. Parsed once;
// the audit entries keep their exact text (`raw`) for digests and re-verification. Unknown members are
// accepted.
struct RuntimeAgent
{
    QString id, name, status, deployedAt, owner;
    bool hasIntentManifest = false;
    QStringList manifestSystems, manifestActions, manifestDataTypes;
};

struct ConnectorConfig
{
    QString agentId, connector, credentialStorage;
    QStringList operations;
};

struct PolicyRule
{
    QString id, agentId, name, effect;
    bool active = true;
    std::optional<qint64> riskThreshold;
};

struct DriftEvent
{
    QString id, agentId, detectedAt, severity, response, description;
};

struct RuntimeAuditEntry
{
    QString id;
    std::optional<qint64> sequence;
    QString timestamp; // as written
    std::optional<Instant> time;
    QString agentId, actionType, actor, connector, operation, decision;
    std::optional<qint64> riskScore;
    bool hasInputHash = false, hasOutputHash = false;
    // Members that would carry raw payloads (input, output, prompt, ...), which the seed says never appear.
    QStringList rawPayloadMembers;
    std::string_view raw; // exact text of the entry inside the export
};

class RuntimeExport
{
public:
    // Throws InputError ("file:line:column: what was expected") and CancelledError.
    static RuntimeExport fromFile(const QString &path, Progress *progress = nullptr);
    static RuntimeExport fromBytes(const QString &name, const QByteArray &bytes,
                                   Progress *progress = nullptr);
    static RuntimeExport fromSource(SourceText source, Progress *progress = nullptr);

    QString format, exportedAt;
    qint64 version = 0;
    QString organizationId, organizationName;
    std::vector<RuntimeAgent> agents;
    std::vector<ConnectorConfig> connectorConfigs;
    std::vector<PolicyRule> policyRules;
    std::vector<DriftEvent> driftEvents;
    std::vector<RuntimeAuditEntry> auditEntries; // in export order

    const RuntimeAgent *agent(const QString &id) const;
    const QString &fileName() const { return m_fileName; }
    // SHA-256 of the export's bytes as they were on disk, and the text the entries point into.
    const QString &inputSha256() const { return m_source->sha256(); }
    const SourceText &source() const { return *m_source; }

private:
    std::shared_ptr<SourceText> m_source;
    QString m_fileName;
};

} // namespace ab
