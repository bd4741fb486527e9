#include "ui/verification/WorkspaceCheckGate.h"

#include "core/workspace/WorkspaceCheck.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>

namespace ab {

namespace {
struct GateTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::WorkspaceCheckGate)
};
} // namespace

void requireCheckedWorkspace(const WorkspaceStore &store, Progress *progress)
{
    const WorkspaceCheckResult check = WorkspaceCheck::run(store, WorkspaceCheck::Depth::Quick, progress);
    if (check.intact())
        return;
    throw WorkspaceError(
        GateTr::tr("%1: the workspace failed its check (%Ln finding(s)), so nothing was "
                   "verified and no verdict is shown: %2. The issues dock lists the findings "
                   "of the full check.",
                   nullptr, int(check.findings.size()))
            .arg(store.path(), check.findings.front().message));
}

} // namespace ab
