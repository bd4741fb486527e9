// The data shipped for packages: the sub-processor registry (>= 80 complete entries across the seed's
// categories, the two always-included vendors, user overrides) and the seed's SOC 2 table (criterion ids
// exist).
#include "support/PackageFixture.h"

#include "core/common/InputError.h"
#include "core/package/ComplianceData.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ab;

class TestComplianceData : public QObject
{
    Q_OBJECT
private slots:
    void registryComplete();
    void alwaysIncluded();
    void userOverrides();
    void badUserRegistry_data();
    void badUserRegistry();
    void soc2TableMatchesSeed();
    void connectorKeyNormalised();
};

void TestComplianceData::registryComplete()
{
    const SubProcessorRegistry r = SubProcessorRegistry::builtIn();
    QVERIFY2(r.entries().size() >= 80, qPrintable(QString::number(r.entries().size())));
    QSet<QString> categories, keys;
    for (const SubProcessorInfo &e : r.entries()) {
        QVERIFY(!e.name.isEmpty() && !e.service.isEmpty() && !e.soc2Status.isEmpty() &&
                !e.category.isEmpty());
        QVERIFY(!e.dataTypes.isEmpty());
        categories.insert(e.category);
        QVERIFY2(!keys.contains(SubProcessorRegistry::key(e.connector)), qPrintable(e.connector));
        keys.insert(SubProcessorRegistry::key(e.connector));
    }
    const QSet<QString> seed{"EDR/XDR",
                             "SIEM",
                             "CNAPP/CSPM",
                             "ITSM",
                             "IAM",
                             "Messaging",
                             "AppSec",
                             "Threat Intelligence",
                             "Vulnerability Management",
                             "PAM",
                             "Identity Governance",
                             "Compliance Automation",
                             "Network Security",
                             "SOAR",
                             "Endpoint Management",
                             "Email Security",
                             "Observability"};
    QCOMPARE(categories, seed);
}

void TestComplianceData::alwaysIncluded()
{
    const SubProcessorRegistry r = SubProcessorRegistry::builtIn();
    QCOMPARE(r.alwaysIncluded().size(), 2);
    QCOMPARE(r.alwaysIncluded()[0].name, QStringLiteral("Aptible, Inc."));
    QCOMPARE(r.alwaysIncluded()[1].connector, QStringLiteral("hashicorp_vault"));
}

void TestComplianceData::userOverrides()
{
    SubProcessorRegistry r = SubProcessorRegistry::builtIn();
    const qsizetype before = r.entries().size();
    r.merge(SubProcessorRegistry::fromJson(QStringLiteral("mine.json"), R"J({"entries": [
        {"connector": "CrowdStrike", "name": "CrowdStrike Holdings (EU)", "service": "EDR", "category": "EDR/XDR",
         "data_types": ["endpoint telemetry"], "soc2_status": "SOC 2 Type II, report dated 2026-01"},
        {"connector": "acme_internal_cmdb", "name": "Acme Corp (internal)", "service": "CMDB", "category": "Internal",
         "data_types": ["asset records"], "soc2_status": "not applicable (internal system)"}]})J"));
    QCOMPARE(r.entries().size(), before + 1);
    QCOMPARE(r.find(QStringLiteral("crowdstrike"))->name, QStringLiteral("CrowdStrike Holdings (EU)"));
    PackageOptions o = fixture::fixedOptions();
    o.registry = r;
    const QJsonArray sp =
        fixture::object(fixture::generate(fixture::AgentA, o).json)[QLatin1String("sub_processors")]
            .toArray();
    QCOMPARE(sp[0][QLatin1String("name")].toString(), QStringLiteral("Acme Corp (internal)"));
    QCOMPARE(sp[0][QLatin1String("mapped")].toBool(), true);
}

void TestComplianceData::badUserRegistry_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing name")
        << QByteArray(
               R"({"entries": [{"connector": "x", "service": "s", "data_types": ["d"], "soc2_status": "s"}]})")
        << "mine.json: entries[0]: expected a non-empty \"name\"";
    QTest::newRow("data types not strings")
        << QByteArray(
               R"({"entries": [{"connector": "x", "name": "n", "service": "s", "data_types": [1], "soc2_status": "s"}]})")
        << "mine.json: entries[0]: expected a non-empty \"data_types\"";
    QTest::newRow("syntax") << QByteArray("{\"entries\": [\n  {]}")
                            << "mine.json:2:4: invalid JSON (unterminated object)";
}

void TestComplianceData::badUserRegistry()
{
    QFETCH(QByteArray, json);
    try {
        SubProcessorRegistry::fromJson(QStringLiteral("mine.json"), json);
        QFAIL("expected InputError");
    } catch (const InputError &e) {
        QTEST(e.toString(), "message");
    }
}

void TestComplianceData::soc2TableMatchesSeed()
{
    const Soc2Mappings m = Soc2Mappings::builtIn();
    QCOMPARE(m.mappings().size(), 8);
    const QSet<QString> tsc = fixture::tscIds();
    QCOMPARE(tsc.size(), 61);
    for (const Soc2Mapping &row : m.mappings())
        for (const QString &id : row.controls)
            QVERIFY2(tsc.contains(id), qPrintable(id));
    QCOMPARE(m.find(QStringLiteral("secret.rotated"))->controls, QStringList{"CC6.6"});
    QCOMPARE(m.find(QStringLiteral("agent.deployed"))->controls, (QStringList{"CC6.1", "CC8.1"}));
    QCOMPARE(m.controls(), (QStringList{"CC6.1", "CC6.2", "CC6.3", "CC6.6", "CC7.1", "CC7.2", "CC8.1"}));
    QVERIFY(!m.find(QStringLiteral("compliance.generated")));
}

void TestComplianceData::connectorKeyNormalised()
{
    QCOMPARE(SubProcessorRegistry::key(QStringLiteral(" Microsoft-Defender ")),
             SubProcessorRegistry::key(QStringLiteral("microsoft_defender")));
    QVERIFY(SubProcessorRegistry::builtIn().find(QStringLiteral("Jira")));
    QVERIFY(!SubProcessorRegistry::builtIn().find(QStringLiteral("acme_internal_cmdb")));
}

QTEST_GUILESS_MAIN(TestComplianceData)
#include "tst_compliancedata.moc"
