#include "core/workspace/WorkspaceCheck.h"

#include "core/json/JsonWriter.h"
#include "core/workspace/WorkspaceCheckParts.h"
#include "core/workspace/WorkspaceStore.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace ab {

namespace check {

void Findings::add(const QString &code, const QString &where, const QString &message)
{
    if (++m_counts[code] <= MaxPerCode)
        m_out << CheckFinding{code, where, message};
}

void Findings::finish()
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() > MaxPerCode)
            m_out << CheckFinding{it.key(), QString(),
                                  WorkspaceTr::tr("... and %1 more findings of the kind '%2'")
                                      .arg(it.value() - MaxPerCode)
                                      .arg(it.key())};
    }
}

} // namespace check

namespace {

// A part that cannot finish (a damaged page under it) is itself a finding; the other parts still run.
template <typename Part> void runPart(check::Findings &findings, const QString &what, Part &&part)
{
    try {
        part();
    } catch (const CancelledError &) {
        throw;
    } catch (const Error &e) {
        findings.add(QStringLiteral("check_incomplete"), what,
                     WorkspaceTr::tr("%1 could not be checked: %2").arg(what, e.text()));
    }
}

} // namespace

WorkspaceCheckResult WorkspaceCheck::run(const WorkspaceStore &store, Depth depth, Progress *progress)
{
    WorkspaceCheckResult result;
    result.path = store.path();
    result.full = depth == Depth::Full;
    check::Findings findings(result.findings);
    check::Context c{store.sqlSession(), findings, progress};
    // One snapshot for every part: an import committing meanwhile (the workbench checks in the background)
    // must not look like a source missing from the log or a log entry without its source.
    c.sql.exec(QStringLiteral("BEGIN"));
    const auto end = qScopeGuard([&] { QSqlQuery(c.sql.db()).exec(QStringLiteral("ROLLBACK")); });
    if (result.full)
        runPart(findings, WorkspaceTr::tr("The database file"), [&] { check::integrity(c); });
    runPart(findings, WorkspaceTr::tr("The evidence"), [&] { check::evidence(c, result.full, result); });
    QList<ActivityEntry> log;
    runPart(findings, WorkspaceTr::tr("The activity log"), [&] {
        const ActivityLogCheck chain = store.verifyActivityLog();
        if (!chain.intact)
            findings.add(QStringLiteral("activity_log_broken"),
                         WorkspaceTr::tr("activity_log row %1").arg(chain.firstBrokenSeq), chain.message);
        log = store.activity();
        result.head = store.activityHead();
    });
    runPart(findings, WorkspaceTr::tr("The runs and packages"), [&] {
        check::againstActivityLog(c, log);
        result.runs = c.sql.scalar(QStringLiteral("SELECT COUNT(*) FROM verification_runs")).toLongLong();
        result.packages = c.sql.scalar(QStringLiteral("SELECT COUNT(*) FROM packages")).toLongLong();
    });
    findings.finish();
    return result;
}

QByteArray WorkspaceCheckResult::toJson() const
{
    JsonWriter w;
    w.beginObject();
    w.key("workspace").value(path);
    w.key("check").value(full ? "full" : "quick");
    w.key("intact").value(intact());
    w.key("checked").beginObject();
    w.key("sources").value(sources);
    w.key("records").value(records);
    w.key("verification_runs").value(runs);
    w.key("packages").value(packages);
    w.endObject();
    w.key("activity_log").beginObject();
    w.key("rows").value(head.rows);
    w.key("head").value(head.hash);
    w.endObject();
    w.key("findings").beginArray();
    for (const CheckFinding &f : findings) {
        w.beginObject();
        w.key("code").value(f.code);
        w.key("where").value(f.where);
        w.key("message").value(f.message);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.toByteArray();
}

} // namespace ab
