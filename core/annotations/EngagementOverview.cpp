#include "core/annotations/EngagementOverview.h"

#include "core/analytics/SampleStore.h"
#include "core/analytics/WorkpaperStore.h"
#include "core/annotations/NoteStore.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ab::annotations {

EngagementOverview EngagementOverview::read(const WorkspaceStore &store)
{
    EngagementOverview o;
    o.sources = store.sources();
    o.gatewayRecords = store.count();
    o.runtimeEntries = store.agentEntryCount();
    o.ocsfEvents = store.ocsfEventCount();
    for (const VerificationRun &run : store.verificationRuns()) { // newest first: the first of a scope wins
        const bool seen = std::any_of(o.chains.cbegin(), o.chains.cend(),
                                      [&](const ChainStatus &c) { return c.scope == run.scope; });
        if (seen)
            continue;
        const VerificationResult &r = run.result;
        o.chains << ChainStatus{run.scope,           run.id,          run.runAt,
                                run.runBy,           r.valid,         r.macsVerified,
                                r.coverage.complete, r.eventsChecked, r.errorCount,
                                r.coverage.gapCount, r.periodStart,   r.periodEnd};
    }
    o.packages = store.packages().size();
    o.samples = analytics::storedSamples(store).size();
    o.workpapers = analytics::storedWorkpapers(store).size();
    for (const Note &n : notes(store)) {
        ++o.openNotes;
        for (const QString &tag : n.tags)
            ++o.openNotesByTag[tag];
    }
    o.activity = store.activity();
    for (const ActivityEntry &e : std::as_const(o.activity))
        if (e.action == QLatin1String("export") &&
            QJsonDocument::fromJson(e.details).object().value(QLatin1String("what")).toString() ==
                QLatin1String("evidence-pack"))
            ++o.evidencePacks;
    o.activityCheck = store.verifyActivityLog();
    return o;
}

} // namespace ab::annotations
