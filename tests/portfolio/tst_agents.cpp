// The agents a workspace knows (core/portfolio/AgentDirectory, `auditbench-cli agents`) and the agent's
// profile each package now carries (status, owner, deployed_at, intent manifest) and its PDF prints.
#include "PortfolioFixture.h"
#include "core/package/WorkspacePackages.h"
#include "core/portfolio/AgentDirectory.h"
#include "core/report/PackageReport.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/CliRun.h"
#include "support/PackageFixture.h"
#include "support/WorkspaceFixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace portfolio_fixture;

class TestAgents : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryAgentWithProfileAndCounts();
    void cliPrintsTheListing();
    void packageCarriesTheProfile();
    void reportPrintsTheProfileAndReadsOldPackages();

private:
    std::unique_ptr<WorkspaceStore> workspace(QTemporaryDir &tmp)
    {
        auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")),
                                          WorkspaceStore::OpenMode::CreateIfMissing,
                                          AuditorIdentity{QStringLiteral("auditor@example.com"), {}});
        store->importBytes({{QStringLiteral("runtime.json"), runtimeExport()}});
        return store;
    }
};

void TestAgents::listsEveryAgentWithProfileAndCounts()
{
    QTemporaryDir tmp;
    auto store = workspace(tmp);
    QList<portfolio::AgentProfile> agents = portfolio::listAgents(*store);
    QCOMPARE(agents.size(), 3);
    QCOMPARE(agents[0].agentId, Triage); // sorted by id
    QCOMPARE(agents[1].agentId, Paused);
    QCOMPARE(agents[2].agentId, Markup);
    QCOMPARE(agents[2].name, MarkupName);
    QCOMPARE(agents[0].status, QStringLiteral("active"));
    QCOMPARE(agents[1].status, QStringLiteral("suspended"));
    QVERIFY(agents[0].isActive());
    QVERIFY(!agents[1].isActive());
    QCOMPARE(agents[1].owner, QStringLiteral("it@example.com"));
    QCOMPARE(agents[1].deployedAt, QStringLiteral("2026-01-15T09:00:00Z"));
    QCOMPARE(agents[0].entries, 6);
    QCOMPARE(agents[1].entries, 3);
    QCOMPARE(agents[2].entries, 5);
    QCOMPARE(agents[0].connectors, 1);
    QCOMPARE(agents[0].driftEvents, 0);
    QCOMPARE(agents[2].driftEvents, 1);
    QVERIFY(!agents[0].latestPackage);

    const GeneratedPackage g = generatePackageInWorkspace(*store, Paused, fixture::fixedOptions());
    agents = portfolio::listAgents(*store);
    QVERIFY(agents[1].latestPackage);
    QCOMPARE(agents[1].latestPackage->packageId, g.packageId);
    QCOMPARE(agents[1].latestPackage->contentSha256, g.contentSha256);
    QVERIFY(!agents[0].latestPackage);
}

void TestAgents::cliPrintsTheListing()
{
    QTemporaryDir tmp;
    auto store = workspace(tmp);
    const GeneratedPackage g = generatePackageInWorkspace(*store, Triage, fixture::fixedOptions());
    const auto run = test::runCli({QStringLiteral("agents"), QStringLiteral("--workspace"), store->path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(list.size(), 3);
    const QJsonObject first = list[0].toObject();
    QCOMPARE(first[QLatin1String("agent_id")].toString(), Triage);
    QCOMPARE(first[QLatin1String("name")].toString(), QStringLiteral("triage-bot"));
    QCOMPARE(first[QLatin1String("status")].toString(), QStringLiteral("active"));
    QCOMPARE(first[QLatin1String("owner")].toString(), QStringLiteral("secops@example.com"));
    QCOMPARE(first[QLatin1String("deployed_at")].toString(), QStringLiteral("2026-01-15T09:00:00Z"));
    QCOMPARE(first[QLatin1String("entries")].toInt(), 6);
    QCOMPARE(first[QLatin1String("connectors")].toInt(), 1);
    QCOMPARE(first[QLatin1String("drift_events")].toInt(), 0);
    QCOMPARE(first[QLatin1String("latest_package")].toObject()[QLatin1String("package_id")].toString(),
             g.packageId);
    QCOMPARE(list[1].toObject()[QLatin1String("status")].toString(), QStringLiteral("suspended"));
    QVERIFY(list[1].toObject()[QLatin1String("latest_package")].isNull());
    QCOMPARE(list[2].toObject()[QLatin1String("name")].toString(), MarkupName);
    QCOMPARE(list[2].toObject()[QLatin1String("drift_events")].toInt(), 1);
}

void TestAgents::packageCarriesTheProfile()
{
    const QJsonObject pkg = fixture::object(fixture::generate(fixture::AgentA).json);
    const QJsonObject profile = pkg[QLatin1String("agent_profile")].toObject();
    QCOMPARE(profile[QLatin1String("status")].toString(), QStringLiteral("active"));
    QCOMPARE(profile[QLatin1String("owner")].toString(), QStringLiteral("secops@example.com"));
    QCOMPARE(profile[QLatin1String("deployed_at")].toString(), QStringLiteral("2026-02-01T09:00:00Z"));
    const QJsonObject manifest = profile[QLatin1String("intent_manifest")].toObject();
    QCOMPARE(manifest[QLatin1String("systems")].toArray(),
             (QJsonArray{QStringLiteral("crowdstrike"), QStringLiteral("jira")}));
    QCOMPARE(manifest[QLatin1String("actions")].toArray(),
             (QJsonArray{QStringLiteral("read"), QStringLiteral("create_ticket")}));
    QCOMPARE(manifest[QLatin1String("data_types")].toArray(),
             (QJsonArray{QStringLiteral("endpoint telemetry"), QStringLiteral("ticket metadata")}));
    // The profile is hashed with the rest of the package.
    QVERIFY(PackageGenerator::contentSha256Matches(fixture::generate(fixture::AgentA).json));
}

// Every key/value and paragraph text of a report, to find what it prints without rendering it.
static QStringList texts(const ReportDocument &doc)
{
    QStringList out;
    for (const ReportDocument::Block &b : doc.blocks) {
        if (const auto *kv = std::get_if<ReportDocument::KeyValues>(&b))
            for (const auto &row : kv->rows)
                out << row.key + QStringLiteral(": ") + row.value;
        if (const auto *c = std::get_if<ReportDocument::Cover>(&b))
            for (const auto &row : c->facts)
                out << row.key + QStringLiteral(": ") + row.value;
        if (const auto *p = std::get_if<ReportDocument::Paragraph>(&b))
            out << p->text;
        if (const auto *h = std::get_if<ReportDocument::Heading>(&b))
            out << QStringLiteral("# ") + h->text;
    }
    return out;
}

void TestAgents::reportPrintsTheProfileAndReadsOldPackages()
{
    const auto doc = PackageReport::build(fixture::generate(fixture::AgentA).json, {});
    QVERIFY(doc);
    const QStringList lines = texts(*doc);
    QVERIFY(lines.contains(QStringLiteral("# Agent Profile")));
    QVERIFY(lines.contains(QStringLiteral("Status at generation: active")));
    QVERIFY(lines.contains(QStringLiteral("Owner: secops@example.com")));
    QVERIFY(lines.contains(QStringLiteral("Deployed at: 2026-02-01T09:00:00Z")));
    QVERIFY(lines.contains(QStringLiteral("Systems: crowdstrike, jira")));
    QVERIFY(lines.contains(QStringLiteral("Data types: endpoint telemetry, ticket metadata")));

    // A package made before profiles (the fixture's platform package has none) still prints, and says so.
    const auto old =
        PackageReport::build(wsfixture::compliancePackage(QStringLiteral("p-1"), fixture::AgentA,
                                                          QStringLiteral("2026-01-01T00:00:00Z")),
                             {});
    QVERIFY(old);
    const QStringList oldLines = texts(*old);
    QVERIFY(oldLines.contains(QStringLiteral("Status at generation: not provided")));
    QVERIFY(std::any_of(oldLines.cbegin(), oldLines.cend(), [](const QString &l) {
        return l.startsWith(QStringLiteral("Agent profile: not provided (the package was generated before"));
    }));
}

QTEST_GUILESS_MAIN(TestAgents)
#include "tst_agents.moc"
