// Packages, VSQ verdicts and runtime-export verification through the store's API (used by the package and
// GUI areas): immutability, newest first, latest verdict wins, every action logged.
#include "support/WorkspaceFixture.h"

#include "core/workspace/WorkspaceStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace wsfixture;

class TestWorkspacePackages : public QObject
{
    Q_OBJECT

private slots:
    void packagesAreImmutableAndNewestFirst();
    void latestVerdictWins_data();
    void latestVerdictWins();
    void verifiesRuntimeExportChain();

private:
    QTemporaryDir m_dir;
};

void TestWorkspacePackages::packagesAreImmutableAndNewestFirst()
{
    auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("p.auditbench")));
    const QByteArray older = compliancePackage(QStringLiteral("p-old"), QStringLiteral("agent-1"),
                                               QStringLiteral("2026-01-01T00:00:00Z"));
    const QByteArray newer = compliancePackage(QStringLiteral("p-new"), QStringLiteral("agent-1"),
                                               QStringLiteral("2026-02-01T00:00:00Z"));
    const QByteArray other = compliancePackage(QStringLiteral("p-other"), QStringLiteral("agent-2"),
                                               QStringLiteral("2026-03-01T00:00:00Z"));
    const qint64 id = store->storePackage(older, QStringLiteral("workbench"));
    store->storePackage(newer, QStringLiteral("workbench"));
    store->importBytes({{QStringLiteral("platform-package.json"), other}});
    QCOMPARE(store->storePackage(older, QStringLiteral("workbench")), id); // same bytes: the existing row
    // Found by package_id, not by comparing the text handed in: the same package gzipped or padded is
    // the same row (the whole-JSON lookup returned 0 for these).
    QCOMPARE(store->storePackage(gzip(older), QStringLiteral("workbench")), id);
    QCOMPARE(store->storePackage("\n  " + older + "\n\n", QStringLiteral("workbench")), id);
    const qint64 platformRow = store->packages(QStringLiteral("agent-2")).value(0).id;
    QVERIFY(platformRow > 0);
    QCOMPARE(store->storePackage(other, QStringLiteral("platform")), platformRow);
    const qint64 logRows = store->activity().size();
    QCOMPARE(store->storePackage(older, QStringLiteral("workbench")), id);
    QCOMPARE(store->activity().size(), logRows); // nothing new stored, nothing logged

    QByteArray changed = older;
    changed.replace("triage-bot", "triage-bug");
    try {
        store->storePackage(changed, QStringLiteral("workbench"));
        QFAIL("a changed package replaced the stored one");
    } catch (const WorkspaceError &e) {
        QCOMPARE(
            e.message(),
            QStringLiteral("compliance package: compliance package p-old is already in the workspace with "
                           "different content: packages are immutable"));
    }
    QVERIFY_THROWS_EXCEPTION(WorkspaceError, store->storePackage(older, QStringLiteral("elsewhere")));

    const QList<PackageInfo> agent1 = store->packages(QStringLiteral("agent-1"));
    QCOMPARE(agent1.size(), 2);
    QCOMPARE(agent1[0].packageId, QStringLiteral("p-new"));
    QCOMPARE(agent1[1].packageId, QStringLiteral("p-old"));
    QCOMPARE(agent1[0].origin, QStringLiteral("workbench"));
    QCOMPARE(store->packages().size(), 3);
    QCOMPARE(store->packages(QStringLiteral("agent-2"))[0].origin, QStringLiteral("platform"));
    QCOMPARE(store->packageJson(QStringLiteral("p-old")), older.trimmed());
    QCOMPARE(store->packageJson(QStringLiteral("unknown")), QByteArray());

    QStringList actions;
    for (const ActivityEntry &e : store->activity())
        actions << e.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("compliance.generated"),
                                   QStringLiteral("compliance.generated"), QStringLiteral("import")}));
}

void TestWorkspacePackages::latestVerdictWins_data()
{
    QTest::addColumn<QStringList>("verdicts"); // appended in order for one answer
    QTest::addColumn<QString>("latest");
    QTest::newRow("one") << QStringList{QStringLiteral("agree")} << QStringLiteral("agree");
    QTest::newRow("changed mind") << QStringList{QStringLiteral("agree"), QStringLiteral("exception")}
                                  << QStringLiteral("exception");
    QTest::newRow("three") << QStringList{QStringLiteral("exception"), QStringLiteral("agree"),
                                          QStringLiteral("not_applicable")}
                           << QStringLiteral("not_applicable");
}

void TestWorkspacePackages::latestVerdictWins()
{
    QFETCH(QStringList, verdicts);
    QFETCH(QString, latest);
    auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("v-%1.auditbench")
                                                         .arg(QTest::currentDataTag())
                                                         .replace(QLatin1Char(' '), QLatin1Char('-'))),
                                      WorkspaceStore::OpenMode::CreateIfMissing,
                                      AuditorIdentity{QStringLiteral("Ana"), {}, {}});
    for (int i = 0; i < verdicts.size(); ++i)
        store->addVerdict(QStringLiteral("p1"), QStringLiteral("monitoring.2"), verdicts[i],
                          QStringLiteral("note %1").arg(i));
    store->addVerdict(QStringLiteral("p1"), QStringLiteral("access_control.1"), QStringLiteral("agree"), {});
    const auto latestMap = store->latestVerdicts(QStringLiteral("p1"));
    QCOMPARE(latestMap.size(), 2);
    QCOMPARE(latestMap[QStringLiteral("monitoring.2")].verdict, latest);
    QCOMPARE(latestMap[QStringLiteral("monitoring.2")].comment,
             QStringLiteral("note %1").arg(verdicts.size() - 1));
    QCOMPARE(latestMap[QStringLiteral("monitoring.2")].user, QStringLiteral("Ana"));
    QCOMPARE(store->verdictHistory(QStringLiteral("p1"), QStringLiteral("monitoring.2")).size(),
             verdicts.size());
    QVERIFY_THROWS_EXCEPTION(WorkspaceError, store->addVerdict(QStringLiteral("p1"), QStringLiteral("x"),
                                                               QStringLiteral("maybe"), {}));
    QCOMPARE(store->activity().size(), verdicts.size() + 1);
}

void TestWorkspacePackages::verifiesRuntimeExportChain()
{
    auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("r.auditbench")));
    QByteArray tampered = runtimeExport(12);
    QVERIFY(tampered.contains("\"sequence\": 7,"));
    tampered.replace("\"sequence\": 7,", "\"sequence\": 8,");
    const auto results = store->importBytes({{QStringLiteral("runtime.json"), tampered}});
    const VerificationRun run = store->verifyRuntimeExport(results[0].sourceId, VerifyOptions{});
    QCOMPARE(run.result.eventsChecked, qint64(12));
    QCOMPARE(run.result.errors, (QStringList{QStringLiteral("Event 7: sequence break (expected 7, got 8)"),
                                             QStringLiteral("Event 8: sequence break (expected 9, got 8)")}));
    QCOMPARE(run.result.exitCode(), 1);
    QCOMPARE(run.result.sources.size(), 1);
    QCOMPARE(run.result.sources[0].file, QStringLiteral("runtime.json"));
    QCOMPARE(run.result.sources[0].sha256, results[0].sha256);
    QCOMPARE(run.scope, QStringLiteral("runtime:%1").arg(results[0].sourceId));
    QCOMPARE(store->verificationRuns().size(), 1);
    QCOMPARE(store->verificationRuns()[0].result.errorCount, qint64(2));
    QVERIFY_THROWS_EXCEPTION(WorkspaceError,
                             store->verifyGateway(VerifyOptions{})); // no gateway export imported
    const auto intact = store->importBytes({{QStringLiteral("runtime-intact.json"), runtimeExport(12)}});
    const VerificationRun linkage = store->verifyRuntimeExport(intact[0].sourceId, VerifyOptions{});
    QVERIFY(linkage.result.valid);
    QCOMPARE(linkage.result.exitCode(), 3); // linkage only: no keyring
}

QTEST_GUILESS_MAIN(TestWorkspacePackages)
#include "tst_workspacepackages.moc"
