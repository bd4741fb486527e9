// Re-performance: comparing two packages section by section finds exactly the differences there are.
#include "support/PackageFixture.h"

#include "core/common/InputError.h"
#include "core/package/PackageComparer.h"

#include <QTest>

using namespace ab;

class TestPackageComparer : public QObject
{
    Q_OBJECT
private slots:
    void identicalPackages();
    void oneTamperedCount();
    void oneAlteredEntry();
    void missingConnectorAndException();
    void reportJson();
    void notJson();
};

void TestPackageComparer::identicalPackages()
{
    const QByteArray a = fixture::generate(fixture::AgentA).json;
    PackageOptions o = fixture::fixedOptions();
    o.packageId = QStringLiteral("22222222-2222-4333-8444-555555555555");
    o.generatedAt = QStringLiteral("2026-03-05T00:00:00Z");
    const PackageComparison c = PackageComparer::compare(a, fixture::generate(fixture::AgentA, o).json);
    QVERIFY(c.equivalent());
    QCOMPARE(c.left.packageId, QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QCOMPARE(c.right.packageId, QStringLiteral("22222222-2222-4333-8444-555555555555"));
    QVERIFY(c.toText().contains(QLatin1String("No differences")));
}

void TestPackageComparer::oneTamperedCount()
{
    // The platform's package claims one more jira call than the audit trail shows.
    const QByteArray ours = fixture::generate(fixture::AgentA).json;
    QJsonObject platform = fixture::object(ours);
    QJsonObject graph = platform[QLatin1String("execution_graph")].toObject();
    QJsonArray connectors = graph[QLatin1String("connectors")].toArray();
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        QJsonObject c = connectors[i].toObject();
        if (c[QLatin1String("connector")].toString() == QLatin1String("jira")) {
            c[QStringLiteral("calls")] = 4;
            connectors[i] = c;
        }
    }
    graph[QStringLiteral("connectors")] = connectors;
    platform[QStringLiteral("execution_graph")] = graph;
    const PackageComparison c = PackageComparer::compare(
        QJsonDocument(platform).toJson(), ours, QStringLiteral("platform"), QStringLiteral("auditor"));
    QCOMPARE(c.differences.size(), 1);
    QCOMPARE(c.differences[0].section, QStringLiteral("execution_graph"));
    QCOMPARE(c.differences[0].path, QStringLiteral("connectors[jira].calls"));
    QCOMPARE(c.differences[0].left.toInt(), 4);
    QCOMPARE(c.differences[0].right.toInt(), 3);
    QVERIFY(c.toText().contains(QLatin1String("execution_graph: connectors[jira].calls: 4 -> 3")));
}

void TestPackageComparer::oneAlteredEntry()
{
    // Entry e05 (crowdstrike get_host) re-decided allow -> deny: exactly the four decision tallies it feeds.
    QByteArray json = fixture::readFile(fixture::smallPath());
    const qsizetype at = json.indexOf("\"id\": \"e05\"");
    const qsizetype decision = json.indexOf("\"decision\": \"allow\"", at);
    QVERIFY(at > 0 && decision > at);
    json.replace(decision, 19, "\"decision\": \"deny\" ");
    const RuntimeExport altered = RuntimeExport::fromBytes(QStringLiteral("altered.json"), json);
    const QByteArray right =
        PackageGenerator::generate(altered, fixture::AgentA, fixture::fixedOptions()).json;
    const PackageComparison c = PackageComparer::compare(fixture::generate(fixture::AgentA).json, right);
    QStringList paths;
    for (const PackageDifference &d : c.differences)
        paths << QStringLiteral("%1=%2>%3").arg(d.path).arg(d.left.toInt()).arg(d.right.toInt());
    QCOMPARE(paths, (QStringList{"connectors[crowdstrike].decisions.allow=3>2",
                                 "connectors[crowdstrike].decisions.deny=1>2",
                                 "connectors[crowdstrike].operations[get_host].decisions.allow=1>0",
                                 "connectors[crowdstrike].operations[get_host].decisions.deny=0>1"}));
}

void TestPackageComparer::missingConnectorAndException()
{
    const QByteArray ours = fixture::generate(fixture::AgentA).json;
    QJsonObject other = fixture::object(ours);
    QJsonArray sp = other[QLatin1String("sub_processors")].toArray();
    sp.removeAt(0); // the platform "forgot" the unmapped connector
    other[QStringLiteral("sub_processors")] = sp;
    const PackageComparison c = PackageComparer::compare(ours, QJsonDocument(other).toJson());
    QCOMPARE(c.differences.size(), 1);
    QCOMPARE(c.differences[0].section, QStringLiteral("sub_processors"));
    QCOMPARE(c.differences[0].path, QStringLiteral("sub_processors[acme_internal_cmdb]"));
    QVERIFY(c.differences[0].right.isNull());
}

void TestPackageComparer::reportJson()
{
    const QByteArray ours = fixture::generate(fixture::AgentA).json;
    QByteArray json = fixture::readFile(fixture::smallPath());
    json.replace("\"response\": \"alert\",\n   \"description\": \"called jira",
                 "\"response\": \"throttle\",\n   \"description\": \"called jira");
    const QByteArray right =
        PackageGenerator::generate(RuntimeExport::fromBytes(QStringLiteral("x.json"), json), fixture::AgentA,
                                   fixture::fixedOptions())
            .json;
    const QJsonObject report = fixture::object(PackageComparer::compare(ours, right).toJson());
    QCOMPARE(report[QLatin1String("format")].toString(), QStringLiteral("auditbench-package-comparison"));
    QCOMPARE(report[QLatin1String("difference_count")].toInt(), 1);
    const QJsonObject d = report[QLatin1String("differences")].toArray()[0].toObject();
    QCOMPARE(d[QLatin1String("section")].toString(), QStringLiteral("vsq"));
    QCOMPARE(d[QLatin1String("path")].toString(),
             QStringLiteral("answers[Incident Response].exceptions[drf_2]"));
    QCOMPARE(d[QLatin1String("left")].toString(), QStringLiteral("present"));
    QVERIFY(d[QLatin1String("right")].isNull());
}

void TestPackageComparer::notJson()
{
    QVERIFY_THROWS_EXCEPTION(InputError, PackageComparer::compare("{", "{}", QStringLiteral("a.json")));
}

QTEST_GUILESS_MAIN(TestPackageComparer)
#include "tst_packagecomparer.moc"
