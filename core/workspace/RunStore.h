#pragma once
// Verification runs: the workspace's evidence verified with docs/spec/chain.md (ChainVerifier) and each
// result stored immutably (key ids and fingerprints only, never secrets) and logged.

#include "core/chain/ChainVerifier.h"
#include "core/common/Progress.h"
#include "core/workspace/AuditorIdentity.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceTypes.h"

#include <optional>

namespace ab {

class RunStore
{
public:
    RunStore(const SqlSession &sql, const AuditorIdentity &identity) : m_sql(sql), m_identity(identity) {}

    VerificationRun verifyGateway(const VerifyOptions &options, Progress *progress) const;
    // The agent runtime chain: the audit_entries of every imported agent runtime export as ONE input, stored
    // with scope "runtime" (see the .cpp for why they are combined).
    VerificationRun verifyRuntime(const VerifyOptions &options, Progress *progress) const;
    // One export's audit_entries on their own, stored with scope "runtime:<source id>": the form earlier
    // versions stored; the CLI and the GUI use verifyRuntime. Runs of both scopes stay readable and citable.
    VerificationRun verifyRuntimeExport(qint64 sourceId, const VerifyOptions &options,
                                        Progress *progress) const;
    QList<VerificationRun> runs() const; // newest first

private:
    // `recordMark`: the highest record rowid of the chain when the run began (ForkCheck.h), when known.
    VerificationRun store(const QString &scope, const VerificationResult &result,
                          std::optional<qint64> recordMark = std::nullopt) const;

    const SqlSession &m_sql;
    const AuditorIdentity &m_identity;
};

} // namespace ab
