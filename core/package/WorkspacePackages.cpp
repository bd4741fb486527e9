#include "core/package/WorkspacePackages.h"

#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>

namespace ab {

struct WorkspacePackagesTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::WorkspacePackages)
};

GeneratedPackage generatePackageInWorkspace(WorkspaceStore &store, const QString &agentId,
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
        const QString scope = QStringLiteral("runtime:%1").arg(sourceId);
        for (const VerificationRun &run : store.verificationRuns()) { // newest first
            if (run.scope == scope) {
                options.chainVerification =
                    ChainVerificationCitation{QString::number(run.id), run.runAt, name, run.result};
                break;
            }
        }
    }
    GeneratedPackage package = PackageGenerator::generate(x, agentId, options, progress);
    throwIfCancelled(progress);
    store.storePackage(package.json, QStringLiteral("workbench"));
    return package;
}

} // namespace ab
