#include "core/package/WorkspacePackages.h"

#include "core/crypto/Crypto.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace ab {

namespace {

struct WorkspacePackagesTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::WorkspacePackages)
};

// A period bound as stored; an end given to the second ("...:59Z") includes that whole second, as the
// verifier's own inclusive bound does for the GUI's period.
std::optional<Instant> bound(const std::optional<QString> &text, bool end)
{
    if (!text)
        return std::nullopt;
    auto instant = Instant::parse(*text);
    if (instant && end && instant->nanos == 0)
        instant->nanos = 999999999;
    return instant;
}

// Whether a stored run covers the agent's entries of the export the package is built from: the run verified
// that export (a "runtime" run lists every export it read with its SHA-256; a "runtime:N" run of earlier
// versions names the source) and its period, if it had one, contains every entry of the agent.
bool covers(const VerificationRun &run, qint64 sourceId, const QString &exportSha256,
            const std::optional<Instant> &first, const std::optional<Instant> &last)
{
    if (run.scope == QLatin1String("runtime")) {
        const bool read =
            std::any_of(run.result.sources.cbegin(), run.result.sources.cend(),
                        [&](const VerificationResult::Source &s) { return s.sha256 == exportSha256; });
        if (!read)
            return false;
    } else if (run.scope != QStringLiteral("runtime:%1").arg(sourceId)) {
        return false;
    }
    const auto start = bound(run.result.periodStart, false);
    const auto end = bound(run.result.periodEnd, true);
    if (run.result.periodStart && (!start || !first || *first < *start))
        return false;
    if (run.result.periodEnd && (!end || !last || *end < *last))
        return false;
    return true;
}

} // namespace

GeneratedPackage generatePackageFromWorkspace(const WorkspaceStore &store, const QString &agentId,
                                              PackageOptions options, Progress *progress)
{
    qint64 sourceId = 0;
    for (const AgentInfo &a : store.agents())
        if (a.agentId == agentId && a.sourceId > sourceId)
            sourceId = a.sourceId;
    if (sourceId == 0)
        throw WorkspaceError(
            WorkspacePackagesTr::tr("%1: no imported agent runtime export lists agent \"%2\"")
                .arg(store.path(), agentId));
    const std::optional<SourceInfo> info = store.source(sourceId);
    const QString name = info ? info->fileName : QString::number(sourceId);
    const RuntimeExport x = RuntimeExport::fromBytes(name, store.sourceBytes(sourceId), progress);
    if (options.generatedBy.isEmpty())
        options.generatedBy = store.identity().display();
    if (options.generatedBy.isEmpty())
        options.generatedBy = PackageGenerator::unknownAuditor(); // evidence: not translated
    if (!options.chainVerification) {
        std::optional<Instant> first, last; // the agent's entries, as instants
        const QByteArray agent = agentId.toUtf8();
        for (const RuntimeAuditEntry &e : x.auditEntries) {
            if (e.agentId != std::string_view(agent.constData(), size_t(agent.size())) || !e.time)
                continue;
            if (!first || *e.time < *first)
                first = e.time;
            if (!last || *last < *e.time)
                last = e.time;
        }
        for (const VerificationRun &run : store.verificationRuns()) { // newest first
            if (covers(run, sourceId, x.inputSha256(), first, last)) {
                options.chainVerification = ChainVerificationCitation{
                    QString::number(run.id),          run.runAt, name, run.result, run.scope,
                    crypto::sha256Hex(run.resultJson)};
                break;
            }
        }
    }
    return PackageGenerator::generate(x, agentId, options, progress);
}

GeneratedPackage generatePackageInWorkspace(WorkspaceStore &store, const QString &agentId,
                                            PackageOptions options, Progress *progress)
{
    GeneratedPackage package = generatePackageFromWorkspace(store, agentId, std::move(options), progress);
    throwIfCancelled(progress);
    store.storePackage(package.json, QStringLiteral("workbench"));
    return package;
}

} // namespace ab
