// Packages in a workspace: generated from the imported runtime export, citing the workspace's latest
// verification run of that export's chain, stored immutably, listed newest first and logged.
#include "support/PackageFixture.h"

#include "core/package/WorkspacePackages.h"
#include "core/workspace/WorkspaceStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ab;

class TestWorkspacePackages : public QObject
{
    Q_OBJECT
private slots:
    void generateStoreAndCite();
    void unknownAgent();
};

static AuditorIdentity auditor()
{
    AuditorIdentity id;
    id.name = QStringLiteral("Ada Auditor");
    id.email = QStringLiteral("ada@example.com");
    return id;
}

void TestWorkspacePackages::generateStoreAndCite()
{
    QTemporaryDir tmp;
    auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing, auditor());
    const QList<ImportFileResult> imported = store->importFiles({fixture::smallPath()});
    QCOMPARE(imported.size(), 1);
    const VerificationRun run = store->verifyRuntimeExport(imported[0].sourceId, VerifyOptions{});

    PackageOptions o;
    o.generatedAt = QStringLiteral("2026-03-02T10:00:00Z");
    const GeneratedPackage p = generatePackageInWorkspace(*store, fixture::AgentA, o);
    const QJsonObject pkg = fixture::object(p.json);
    QCOMPARE(pkg[QLatin1String("generated_by")].toString(), auditor().display());
    QCOMPARE(pkg[QLatin1String("source")][QLatin1String("input_sha256")].toString(), imported[0].sha256);
    QJsonObject monitoring;
    for (const QJsonValue &a : pkg[QLatin1String("vsq")][QLatin1String("answers")].toArray())
        if (a[QLatin1String("category")].toString() == QLatin1String("Monitoring"))
            monitoring = a.toObject();
    const QJsonObject chain =
        monitoring[QLatin1String("evidence")][QLatin1String("chain_verification")].toObject();
    QCOMPARE(chain[QLatin1String("run_id")].toString(), QString::number(run.id));
    QCOMPARE(chain[QLatin1String("valid")].toBool(), run.result.valid);
    QCOMPARE(chain[QLatin1String("events_checked")].toInt(), int(run.result.eventsChecked));
    QVERIFY(monitoring[QLatin1String("answer")].toString().contains(QStringLiteral("run %1").arg(run.id)));

    o.generatedAt = QStringLiteral("2026-03-03T10:00:00Z");
    const GeneratedPackage newer = generatePackageInWorkspace(*store, fixture::AgentA, o);
    const QList<PackageInfo> list = store->packages(fixture::AgentA);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].packageId, newer.packageId);
    QCOMPARE(list[1].packageId, p.packageId);
    QCOMPARE(list[1].contentSha256, p.contentSha256);
    // The store keeps the package text without its trailing newline; the content hash still verifies.
    QCOMPARE(store->packageJson(p.packageId), p.json.trimmed());
    QVERIFY(PackageGenerator::contentSha256Matches(store->packageJson(p.packageId)));
    int logged = 0;
    for (const ActivityEntry &e : store->activity())
        logged += e.action == QLatin1String("compliance.generated") ? 1 : 0;
    QCOMPARE(logged, 2);
}

void TestWorkspacePackages::unknownAgent()
{
    QTemporaryDir tmp;
    auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing, auditor());
    store->importFiles({fixture::smallPath()});
    try {
        generatePackageInWorkspace(*store, QStringLiteral("nope"), {});
        QFAIL("expected WorkspaceError");
    } catch (const WorkspaceError &e) {
        QCOMPARE(
            e.message(),
            QStringLiteral("%1: no imported agent runtime export lists agent \"nope\"").arg(store->path()));
    }
}

QTEST_GUILESS_MAIN(TestWorkspacePackages)
#include "tst_packagegeneration_workspace.moc"
