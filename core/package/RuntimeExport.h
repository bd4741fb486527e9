#pragma once

#include "core/common/Instant.h"
#include "core/common/Progress.h"
#include "core/json/SourceText.h"

#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>
#include <string>
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

// The text of an audit entry's string members that had escapes, unescaped; every other member is a view of
// the export's own text. Deque: what it holds never moves.
class EntryText
{
public:
    std::string_view keep(std::string_view unescaped) { return m_strings.emplace_back(unescaped); }

private:
    std::deque<std::string> m_strings;
};

// One audit entry, read without a copy: the string members are views (unescaped) into the export's text or
// its EntryText, both kept by the RuntimeExport (and its copies); empty when absent or null.
struct RuntimeAuditEntry
{
    std::string_view id;
    std::optional<qint64> sequence;
    std::string_view timestamp; // as written
    std::optional<Instant> time;
    std::string_view agentId, actionType, actor, connector, operation, decision;
    std::optional<qint64> riskScore;
    bool hasInputHash = false, hasOutputHash = false;
    // How many members would carry raw payloads (input, output, prompt, ...), which the seed says never
    // appear.
    int rawPayloadMembers = 0;
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
    // The reading that names what is wrong with a file (a DOM parse of the whole text, then the walk), which
    // fromSource falls back to when its single validating pass gives up; the same result for a good file.
    static RuntimeExport fromSourceTwoPass(SourceText source, Progress *progress = nullptr);

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
    static RuntimeExport readValidating(std::shared_ptr<SourceText> source, Progress *progress);
    static RuntimeExport readTwoPass(std::shared_ptr<SourceText> source, Progress *progress);

    std::shared_ptr<SourceText> m_source;
    std::shared_ptr<EntryText> m_entryText = std::make_shared<EntryText>();
    QString m_fileName;
};

} // namespace ab
