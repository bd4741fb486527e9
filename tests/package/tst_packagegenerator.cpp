// Package generation (issue 4): every section of the package against figures counted by hand from
// tests/data/package/runtime-small.json (2 agents, 25 entries; agent A "triage-bot" has 20), the content hash
// (deterministic, JCS-verified), the Monitoring citation, cancellation and bad exports with their positions.
#include "support/PackageFixture.h"

#include "core/common/InputError.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"

#include <QTest>

using namespace ab;

class TestPackageGenerator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void source();
    void actionCounts();
    void connectors_data();
    void connectors();
    void operationsOfCrowdstrike();
    void executionGraphRest();
    void dataFlow();
    void vsqCategoriesAndCcmIds();
    void vsqExceptions_data();
    void vsqExceptions();
    void monitoringCitesChainVerification();
    void subProcessors();
    void soc2_data();
    void soc2();
    void contentHashDeterministicAndJcsVerified();
    void tamperedPackageFailsHash();
    void cancelled();
    void unknownAgent();
    void badExport_data();
    void badExport();
    void hierarchy_data();
    void hierarchy();

private:
    QJsonObject m_a;
    QByteArray m_aJson;
};

static QJsonObject connector(const QJsonObject &pkg, const QString &name)
{
    for (const QJsonValue &v : pkg[QLatin1String("execution_graph")][QLatin1String("connectors")].toArray())
        if (v[QLatin1String("connector")].toString() == name)
            return v.toObject();
    return {};
}

static QJsonObject answer(const QJsonObject &pkg, const QString &category)
{
    for (const QJsonValue &v : pkg[QLatin1String("vsq")][QLatin1String("answers")].toArray())
        if (v[QLatin1String("category")].toString() == category)
            return v.toObject();
    return {};
}

static QStringList references(const QJsonArray &exceptions)
{
    QStringList out;
    for (const QJsonValue &v : exceptions)
        out << v[QLatin1String("reference")].toString();
    return out;
}

void TestPackageGenerator::initTestCase()
{
    m_aJson = fixture::generate(fixture::AgentA).json;
    m_a = fixture::object(m_aJson);
    QVERIFY(!m_a.isEmpty());
}

void TestPackageGenerator::source()
{
    QCOMPARE(m_a[QLatin1String("format")].toString(), QStringLiteral("arx-compliance-package"));
    QCOMPARE(m_a[QLatin1String("package_id")].toString(),
             QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QCOMPARE(m_a[QLatin1String("agent_name")].toString(), QStringLiteral("triage-bot"));
    QCOMPARE(m_a[QLatin1String("generated_by")].toString(), QStringLiteral("auditor@example.com"));
    const QJsonObject s = m_a[QLatin1String("source")].toObject();
    QCOMPARE(s[QLatin1String("audit_entries")].toInt(), 20);
    QCOMPARE(s[QLatin1String("audit_entries_in_export")].toInt(), 25);
    QCOMPARE(s[QLatin1String("first_entry")].toString(), QStringLiteral("2026-02-01T09:00:00Z"));
    QCOMPARE(s[QLatin1String("last_entry")].toString(), QStringLiteral("2026-02-03T10:30:00Z"));
    QCOMPARE(s[QLatin1String("input_sha256")].toString(),
             crypto::sha256Hex(fixture::readFile(fixture::smallPath())));
    QVERIFY(s[QLatin1String("entry_cap")].isNull());
}

void TestPackageGenerator::actionCounts()
{
    const QJsonObject counts =
        m_a[QLatin1String("execution_graph")][QLatin1String("action_counts")].toObject();
    const QJsonObject expected{
        {QStringLiteral("agent.deployed"), 1},    {QStringLiteral("agent.suspended"), 1},
        {QStringLiteral("approval.reviewed"), 1}, {QStringLiteral("compliance.generated"), 1},
        {QStringLiteral("connector.called"), 9},  {QStringLiteral("drift.detected"), 2},
        {QStringLiteral("policy.evaluated"), 3},  {QStringLiteral("secret.accessed"), 1},
        {QStringLiteral("secret.rotated"), 1}};
    QCOMPARE(counts, expected);
}

void TestPackageGenerator::connectors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("configured");
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("allow");
    QTest::addColumn<int>("deny");
    QTest::addColumn<int>("escalate");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("crowdstrike") << "crowdstrike" << true << 4 << 3 << 1 << 0 << "2026-02-01T09:06:00Z"
                                 << "2026-02-02T13:00:00Z";
    QTest::newRow("jira") << "jira" << true << 3 << 2 << 0 << 1 << "2026-02-01T09:20:00Z"
                          << "2026-02-02T10:05:00Z";
    QTest::newRow("unmapped cmdb") << "acme_internal_cmdb" << true << 1 << 1 << 0 << 0
                                   << "2026-02-02T11:00:00Z"
                                   << "2026-02-02T11:00:00Z";
    QTest::newRow("slack called, not configured")
        << "slack" << false << 1 << 1 << 0 << 0 << "2026-02-03T09:00:00Z"
        << "2026-02-03T09:00:00Z";
}

void TestPackageGenerator::connectors()
{
    QFETCH(QString, name);
    const QJsonObject c = connector(m_a, name);
    QVERIFY2(!c.isEmpty(), qPrintable(name));
    QTEST(c[QLatin1String("configured")].toBool(), "configured");
    QTEST(c[QLatin1String("calls")].toInt(), "calls");
    const QJsonObject d = c[QLatin1String("decisions")].toObject();
    QTEST(d[QLatin1String("allow")].toInt(), "allow");
    QTEST(d[QLatin1String("deny")].toInt(), "deny");
    QTEST(d[QLatin1String("escalate")].toInt(), "escalate");
    QTEST(c[QLatin1String("first")].toString(), "first");
    QTEST(c[QLatin1String("last")].toString(), "last");
    QCOMPARE(m_a[QLatin1String("execution_graph")][QLatin1String("connectors")].toArray().size(), 4);
}

void TestPackageGenerator::operationsOfCrowdstrike()
{
    const QJsonArray ops =
        connector(m_a, QStringLiteral("crowdstrike"))[QLatin1String("operations")].toArray();
    QCOMPARE(ops.size(), 3);
    QCOMPARE(ops[0][QLatin1String("operation")].toString(), QStringLiteral("contain_host"));
    QCOMPARE(ops[0][QLatin1String("calls")].toInt(), 1);
    QCOMPARE(ops[0][QLatin1String("configured")].toBool(), false);
    QCOMPARE(ops[0][QLatin1String("decisions")][QLatin1String("deny")].toInt(), 1);
    QCOMPARE(ops[1][QLatin1String("operation")].toString(), QStringLiteral("get_host"));
    QCOMPARE(ops[1][QLatin1String("calls")].toInt(), 1);
    QCOMPARE(ops[2][QLatin1String("operation")].toString(), QStringLiteral("list_detections"));
    QCOMPARE(ops[2][QLatin1String("calls")].toInt(), 2);
    QCOMPARE(ops[2][QLatin1String("configured")].toBool(), true);
}

void TestPackageGenerator::executionGraphRest()
{
    const QJsonObject g = m_a[QLatin1String("execution_graph")].toObject();
    QCOMPARE(g[QLatin1String("secrets")][QLatin1String("accessed")].toInt(), 1);
    QCOMPARE(g[QLatin1String("secrets")][QLatin1String("rotated")].toInt(), 1);
    QCOMPARE(g[QLatin1String("approvals")][QLatin1String("reviewed")].toInt(), 1);
    QCOMPARE(g[QLatin1String("approvals")][QLatin1String("decisions")][QLatin1String("deny")].toInt(), 1);
    QCOMPARE(g[QLatin1String("policy_evaluations")][QLatin1String("count")].toInt(), 3);
    const QJsonArray suspensions = g[QLatin1String("suspensions")].toArray();
    QCOMPARE(suspensions.size(), 1);
    QCOMPARE(suspensions[0][QLatin1String("entry_id")].toString(), QStringLiteral("e17"));
    QCOMPARE(g[QLatin1String("drift_events")][QLatin1String("detected_entries")].toInt(), 2);
    QCOMPARE(g[QLatin1String("drift_events")][QLatin1String("events")].toArray().size(), 5);
    const QJsonArray days = g[QLatin1String("activity_per_day")].toArray();
    QCOMPARE(days.size(), 3);
    QCOMPARE(days[0][QLatin1String("date")].toString(), QStringLiteral("2026-02-01"));
    QCOMPARE(days[0][QLatin1String("entries")].toInt(), 8);
    QCOMPARE(days[1][QLatin1String("entries")].toInt(), 7);
    QCOMPARE(days[2][QLatin1String("entries")].toInt(), 5);
    // agent + 4 connectors + 8 distinct operations; agent->connector (4) + connector->operation (8).
    QCOMPARE(g[QLatin1String("graph")][QLatin1String("nodes")].toArray().size(), 13);
    const QJsonArray edges = g[QLatin1String("graph")][QLatin1String("edges")].toArray();
    QCOMPARE(edges.size(), 12);
    qint64 weight = 0;
    for (const QJsonValue &e : edges)
        if (e[QLatin1String("source")].toString() == QLatin1String("agent"))
            weight += e[QLatin1String("weight")].toInt();
    QCOMPARE(weight, 9);
}

void TestPackageGenerator::dataFlow()
{
    const QJsonObject df = m_a[QLatin1String("data_flow")].toObject();
    const QJsonArray nodes = df[QLatin1String("nodes")].toArray();
    const QJsonArray flows = df[QLatin1String("flows")].toArray();
    // agent, policy engine, audit trail, vault, human reviewer (there were escalations) + 4 connectors.
    QCOMPARE(nodes.size(), 9);
    QCOMPARE(flows.size(), 14);
    QCOMPARE(df[QLatin1String("trust_zones")].toArray().size(), 7);
    QMap<QString, QString> kinds;
    for (const QJsonValue &n : nodes)
        kinds.insert(n[QLatin1String("id")].toString(), n[QLatin1String("kind")].toString());
    QCOMPARE(kinds.value(QStringLiteral("agent")), QStringLiteral("process"));
    QCOMPARE(kinds.value(QStringLiteral("policy_engine")), QStringLiteral("process"));
    QCOMPARE(kinds.value(QStringLiteral("audit_trail")), QStringLiteral("data_store"));
    QCOMPARE(kinds.value(QStringLiteral("vault")), QStringLiteral("data_store"));
    QCOMPARE(kinds.value(QStringLiteral("connector:jira")), QStringLiteral("external_entity"));
    int internal = 0, crossing = 0, toAudit = 0;
    for (const QJsonValue &f : flows) {
        const QString s = f[QLatin1String("source")].toString(), t = f[QLatin1String("target")].toString();
        // The enforcement path: every flow passes through the policy engine.
        QVERIFY2(s == QLatin1String("policy_engine") || t == QLatin1String("policy_engine"),
                 qPrintable(s + " -> " + t));
        QVERIFY(!f[QLatin1String("data_types")].toArray().isEmpty());
        internal += f[QLatin1String("internal")].toBool() ? 1 : 0;
        crossing += f[QLatin1String("crosses_boundary")].toBool() ? 1 : 0;
        toAudit += (s == QLatin1String("policy_engine") && t == QLatin1String("audit_trail")) ? 1 : 0;
        if (t.startsWith(QLatin1String("connector:")) || s.startsWith(QLatin1String("connector:")))
            QVERIFY(f[QLatin1String("crosses_boundary")].toBool());
    }
    QCOMPARE(toAudit, 1);
    QCOMPARE(internal, 4);  // agent<->policy engine, policy engine->audit trail, vault->policy engine
    QCOMPARE(crossing, 11); // vault, reviewer x2, connectors x8
    QVERIFY(df[QLatin1String("dot")].toString().startsWith(QLatin1String("digraph")));
    QVERIFY(df[QLatin1String("svg")].toString().contains(QLatin1String("<svg")));
}

void TestPackageGenerator::vsqCategoriesAndCcmIds()
{
    const QSet<QString> known = fixture::ccmIds();
    QCOMPARE(known.size(), 197);
    const QJsonArray answers = m_a[QLatin1String("vsq")][QLatin1String("answers")].toArray();
    QStringList categories;
    for (const QJsonValue &a : answers) {
        categories << a[QLatin1String("category")].toString();
        const QJsonArray ids = a[QLatin1String("ccm_ids")].toArray();
        QVERIFY(!ids.isEmpty());
        for (const QJsonValue &id : ids)
            QVERIFY2(known.contains(id.toString()), qPrintable(id.toString()));
        QVERIFY(!a[QLatin1String("answer")].toString().isEmpty());
        QVERIFY(a[QLatin1String("evidence")].isObject());
        QVERIFY(a[QLatin1String("exceptions")].isArray());
    }
    QCOMPARE(categories, (QStringList{"Data Access", "Data Storage", "Access Control", "Monitoring",
                                      "Incident Response", "Sub-processors"}));
    const auto prefixes = [&](const QString &category) {
        QSet<QString> out;
        for (const QJsonValue &id : answer(m_a, category)[QLatin1String("ccm_ids")].toArray())
            out.insert(id.toString().section(QLatin1Char('-'), 0, 0));
        return out;
    };
    QCOMPARE(prefixes(QStringLiteral("Data Access")), (QSet<QString>{"IAM", "DSP"}));
    QCOMPARE(prefixes(QStringLiteral("Data Storage")), (QSet<QString>{"DSP", "CEK"}));
    QVERIFY(answer(m_a, QStringLiteral("Data Storage"))[QLatin1String("ccm_ids")].toArray().contains(
        QStringLiteral("DSP-05")));
    QCOMPARE(prefixes(QStringLiteral("Access Control")), (QSet<QString>{"IAM"}));
    QCOMPARE(prefixes(QStringLiteral("Monitoring")), (QSet<QString>{"LOG"}));
    QCOMPARE(prefixes(QStringLiteral("Incident Response")), (QSet<QString>{"SEF"}));
    QVERIFY(answer(m_a, QStringLiteral("Sub-processors"))[QLatin1String("ccm_ids")].toArray().contains(
        QStringLiteral("STA-07")));
    QCOMPARE(answer(m_a, QStringLiteral("Data Storage"))[QLatin1String("evidence")][QLatin1String(
                 "data_flow_diagram")][QLatin1String("flows")]
                 .toInt(),
             14);
    QCOMPARE(
        answer(m_a, QStringLiteral(
                        "Access Control"))[QLatin1String("evidence")][QLatin1String("active_policy_rules")]
            .toInt(),
        2);
}

void TestPackageGenerator::vsqExceptions_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("expected");
    // drf_2 medium/alert and drf_3 high/throttle fall short; drf_1, drf_4, drf_5 meet the hierarchy.
    QTest::newRow("incident response: short-falling drift")
        << "Incident Response" << QStringList{"drf_2", "drf_3"};
    QTest::newRow("data access: unpermitted calls")
        << "Data Access" << QStringList{"crowdstrike.contain_host", "jira.delete_issue", "slack"};
    QTest::newRow("data storage: raw payload in e13") << "Data Storage" << QStringList{"e13"};
    QTest::newRow("access control: 2 escalations, 1 review")
        << "Access Control" << QStringList{fixture::AgentA};
    QTest::newRow("monitoring: chain not verified") << "Monitoring" << QStringList{fixture::AgentA};
    QTest::newRow("sub-processors: unmapped connector")
        << "Sub-processors" << QStringList{"acme_internal_cmdb"};
}

void TestPackageGenerator::vsqExceptions()
{
    QFETCH(QString, category);
    QFETCH(QStringList, expected);
    QCOMPARE(references(answer(m_a, category)[QLatin1String("exceptions")].toArray()), expected);
}

void TestPackageGenerator::monitoringCitesChainVerification()
{
    PackageOptions o = fixture::fixedOptions();
    ChainVerificationCitation cv;
    cv.runId = QStringLiteral("run-7");
    cv.verifiedAt = QStringLiteral("2026-03-02T09:00:00Z");
    cv.result.valid = true;
    cv.result.macsVerified = true;
    cv.result.eventsChecked = 25;
    cv.result.coverage.complete = true;
    cv.scope = QStringLiteral("runtime");
    cv.resultSha256 = QString(64, QLatin1Char('c'));
    o.chainVerification = cv;
    const QJsonObject pkg = fixture::object(fixture::generate(fixture::AgentA, o).json);
    const QJsonObject monitoring = answer(pkg, QStringLiteral("Monitoring"));
    QVERIFY(monitoring[QLatin1String("answer")].toString().contains(QLatin1String("run run-7")));
    const QJsonObject chain =
        monitoring[QLatin1String("evidence")][QLatin1String("chain_verification")].toObject();
    QCOMPARE(chain[QLatin1String("run_id")].toString(), QStringLiteral("run-7"));
    QCOMPARE(chain[QLatin1String("events_checked")].toInt(), 25);
    QCOMPARE(chain[QLatin1String("result_sha256")].toString(), QString(64, QLatin1Char('c')));
    QCOMPARE(chain[QLatin1String("scope")].toString(), QStringLiteral("runtime"));
    QCOMPARE(chain[QLatin1String("coverage")][QLatin1String("complete")].toBool(), true);
    QCOMPARE(monitoring[QLatin1String("exceptions")].toArray().size(), 0);
    QCOMPARE(monitoring[QLatin1String("evidence")][QLatin1String("drift_event_ids")].toArray().size(), 5);

    cv.result.valid = false;
    cv.result.errorCount = 3;
    o.chainVerification = cv;
    const QJsonObject bad =
        answer(fixture::object(fixture::generate(fixture::AgentA, o).json), QStringLiteral("Monitoring"));
    QCOMPARE(references(bad[QLatin1String("exceptions")].toArray()), QStringList{"run-7"});

    // Intact and MAC-verified but with a gap: cited as it is, and an exception says why it is not complete.
    cv.result.valid = true;
    cv.result.errorCount = 0;
    cv.result.coverage.complete = false;
    cv.result.coverage.gapCount = 2;
    cv.result.coverage.endsEarly = true;
    o.chainVerification = cv;
    const QJsonArray gaps = answer(fixture::object(fixture::generate(fixture::AgentA, o).json),
                                   QStringLiteral("Monitoring"))[QLatin1String("exceptions")]
                                .toArray();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps[0][QLatin1String("description")].toString(),
             QStringLiteral("chain coverage incomplete: 2 gap(s) longer than 24 hour(s), ends early"));
}

void TestPackageGenerator::subProcessors()
{
    const QJsonArray sp = m_a[QLatin1String("sub_processors")].toArray();
    QStringList connectors;
    for (const QJsonValue &v : sp)
        connectors << v[QLatin1String("connector")].toString();
    QCOMPARE(connectors, (QStringList{"acme_internal_cmdb", "crowdstrike", "jira", "slack", "aptible",
                                      "hashicorp_vault"}));
    QCOMPARE(sp[0][QLatin1String("mapped")].toBool(), false);
    QCOMPARE(sp[0][QLatin1String("soc2_status")].toString(), QStringLiteral("needs review"));
    QCOMPARE(sp[1][QLatin1String("name")].toString(), QStringLiteral("CrowdStrike, Inc."));
    QCOMPARE(sp[1][QLatin1String("service")].toString(), QStringLiteral("Endpoint Detection & Response"));
    QCOMPARE(sp[1][QLatin1String("data_types")].toArray().size(), 3);
    QCOMPARE(sp[1][QLatin1String("mapped")].toBool(), true);
    QCOMPARE(sp[4][QLatin1String("name")].toString(), QStringLiteral("Aptible, Inc."));
    QCOMPARE(sp[5][QLatin1String("name")].toString(), QStringLiteral("HashiCorp, Inc."));
}

void TestPackageGenerator::soc2_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QStringList>("controls"); // id=count
    QTest::addColumn<QStringList>("without");
    QTest::addColumn<QStringList>("unmapped");
    QTest::addColumn<QStringList>("bookkeeping"); // action_type=count
    // A: deployed 1, suspended 1, connector 9, policy 3, secret.accessed 1, rotated 1, approval 1, drift 2.
    QTest::newRow("triage-bot") << fixture::AgentA << QStringList{"CC6.1=16", "CC6.2=3", "CC6.3=9", "CC6.6=2",
                                                                  "CC7.1=2",  "CC7.2=4", "CC8.1=1"}
                                << QStringList{} << QStringList{} << QStringList{"compliance.generated=1"};
    // B: deployed 1, secret.accessed 1, connector 2, policy 1.
    QTest::newRow("notify-bot") << fixture::AgentB << QStringList{"CC6.1=5", "CC6.2=1", "CC6.3=2", "CC6.6=1",
                                                                  "CC7.1=0", "CC7.2=0", "CC8.1=1"}
                                << QStringList{"CC7.1", "CC7.2"} << QStringList{} << QStringList{};
}

void TestPackageGenerator::soc2()
{
    QFETCH(QString, agent);
    const QJsonObject s = fixture::object(fixture::generate(agent).json)[QLatin1String("soc2")].toObject();
    QStringList controls;
    const QSet<QString> tsc = fixture::tscIds();
    for (const QJsonValue &c : s[QLatin1String("controls")].toArray()) {
        controls << QStringLiteral("%1=%2")
                        .arg(c[QLatin1String("id")].toString())
                        .arg(c[QLatin1String("count")].toInt());
        QVERIFY(tsc.contains(c[QLatin1String("id")].toString()));
    }
    QTEST(controls, "controls");
    QStringList without, unmapped;
    for (const QJsonValue &v : s[QLatin1String("controls_without_evidence")].toArray())
        without << v.toString();
    for (const QJsonValue &v : s[QLatin1String("unmapped_action_types")].toArray())
        unmapped << v.toString();
    QTEST(without, "without");
    QTEST(unmapped, "unmapped");
    // The platform's own compliance.generated entries are its bookkeeping, not an unmapped finding.
    QStringList bookkeeping;
    for (const QJsonValue &v : s[QLatin1String("platform_bookkeeping")].toArray()) {
        bookkeeping << QStringLiteral("%1=%2")
                           .arg(v[QLatin1String("action_type")].toString())
                           .arg(v[QLatin1String("count")].toInt());
        QVERIFY(
            v[QLatin1String("description")].toString().startsWith(QStringLiteral("the platform's record")));
    }
    QTEST(bookkeeping, "bookkeeping");
    QCOMPARE(s[QLatin1String("mappings")].toArray().size(), 8);
    QCOMPARE(s[QLatin1String("coverage")][QLatin1String("controls_mapped")].toInt(), 7);
    const QJsonObject connector = s[QLatin1String("mappings")].toArray()[2].toObject();
    QCOMPARE(connector[QLatin1String("action_type")].toString(), QStringLiteral("connector.called"));
}

void TestPackageGenerator::contentHashDeterministicAndJcsVerified()
{
    const QByteArray second = fixture::generate(fixture::AgentA).json;
    qsizetype at = 0;
    while (at < second.size() && at < m_aJson.size() && second[at] == m_aJson[at])
        ++at;
    QVERIFY2(second == m_aJson,
             (m_aJson.mid(at - 80, 160) + "\n---\n" + second.mid(at - 80, 160)).constData());
    QVERIFY(PackageGenerator::contentSha256Matches(m_aJson));
    // Independently: drop the member with Qt's JSON, canonicalise the rest, hash.
    QJsonObject without = m_a;
    without.remove(QStringLiteral("content_sha256"));
    const QByteArray compact = QJsonDocument(without).toJson(QJsonDocument::Compact);
    const std::string canonical =
        jcs::canonicalize(std::string_view(compact.constData(), size_t(compact.size())));
    QCOMPARE(m_a[QLatin1String("content_sha256")].toString(), crypto::sha256Hex(canonical));
    // A new package id gives a new hash.
    PackageOptions o = fixture::fixedOptions();
    o.packageId = QStringLiteral("99999999-2222-4333-8444-555555555555");
    QVERIFY(fixture::generate(fixture::AgentA, o).contentSha256 !=
            m_a[QLatin1String("content_sha256")].toString());
}

void TestPackageGenerator::tamperedPackageFailsHash()
{
    QByteArray tampered = m_aJson;
    const qsizetype at = tampered.indexOf("\"calls\": 4");
    QVERIFY(at > 0);
    tampered.replace(at, 10, "\"calls\": 5");
    QVERIFY(!PackageGenerator::contentSha256Matches(tampered));
}

void TestPackageGenerator::cancelled()
{
    const RuntimeExport x = RuntimeExport::fromFile(fixture::smallPath());
    CancellableProgress progress;
    progress.cancel();
    QVERIFY_THROWS_EXCEPTION(
        CancelledError, PackageGenerator::generate(x, fixture::AgentA, fixture::fixedOptions(), &progress));
}

void TestPackageGenerator::unknownAgent()
{
    const RuntimeExport x = RuntimeExport::fromFile(fixture::smallPath());
    try {
        PackageGenerator::generate(x, QStringLiteral("nope"), fixture::fixedOptions());
        QFAIL("expected InputError");
    } catch (const InputError &e) {
        QCOMPARE(e.message(), QStringLiteral("no agent \"nope\" in the export (agents: %1, %2)")
                                  .arg(fixture::AgentA, fixture::AgentB));
    }
}

void TestPackageGenerator::badExport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("marker"); // where the error must point (first occurrence)
    QTest::addColumn<QString>("message");
    QTest::newRow("timestamp not RFC 3339")
        << QByteArray("{\"version\": 1,\n \"audit_entries\": [{\"action_type\": \"x\", \"timestamp\": "
                      "\"yesterday\"}]}")
        << "\"yesterday\""
        << "expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z for \"timestamp\", found "
           "\"yesterday\"";
    QTest::newRow("entry without action_type")
        << QByteArray("{\"audit_entries\": [\n  {\"id\": \"e1\"}]}") << "{\"id\""
        << "expected a non-empty \"action_type\" in this audit entry";
    QTest::newRow("sequence not a number")
        << QByteArray("{\"audit_entries\": [{\"action_type\": \"x\", \"sequence\": \"7\"}]}") << "\"7\""
        << "expected a whole number for \"sequence\"";
    QTest::newRow("agents not an array")
        << QByteArray("{\"agents\": {\"id\": 1}, \"audit_entries\": []}") << "{\"id\": 1}"
        << "expected an array for \"agents\"";
    QTest::newRow("wrong format")
        << QByteArray("{\"format\": \"arx-compliance-package\", \"audit_entries\": []}")
        << "\"arx-compliance-package\""
        << "expected \"format\": \"arx-runtime-export\", found \"arx-compliance-package\"";
    QTest::newRow("unsupported version")
        << QByteArray("{\"version\": 2, \"audit_entries\": []}") << "2"
        << "expected \"version\": 1 (the only agent runtime export version known)";
    QTest::newRow("no audit_entries") << QByteArray("{\"agents\": []}") << "{"
                                      << "expected an \"audit_entries\" array in the agent runtime export";
    QTest::newRow("truncated") << QByteArray("{\"audit_entries\": [{\"action_type\": \"x\"}") << ""
                               << "expected ',' or ']' after an array element";
}

void TestPackageGenerator::badExport()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, marker);
    QFETCH(QString, message);
    try {
        RuntimeExport::fromBytes(QStringLiteral("bad.json"), json);
        QFAIL("expected InputError");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), QStringLiteral("bad.json"));
        QCOMPARE(e.message(), message);
        if (!marker.isEmpty()) {
            const qsizetype at = json.indexOf(marker.toUtf8());
            const qint64 line = json.left(at).count('\n') + 1;
            const qint64 column = at - (json.lastIndexOf('\n', at - 1) + 1) + 1;
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
        }
    }
}

void TestPackageGenerator::hierarchy_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("meets");
    QTest::newRow("low alert") << "low"
                               << "alert" << true;
    QTest::newRow("low none") << "low"
                              << "" << false;
    QTest::newRow("medium alert") << "medium"
                                  << "alert" << false;
    QTest::newRow("medium suspend (stronger)") << "medium"
                                               << "suspend" << true;
    QTest::newRow("high throttle") << "high"
                                   << "throttle" << false;
    QTest::newRow("critical suspend") << "critical"
                                      << "suspend" << true;
    QTest::newRow("unknown severity") << "severe"
                                      << "suspend" << false;
}

void TestPackageGenerator::hierarchy()
{
    QFETCH(QString, severity);
    QFETCH(QString, response);
    QTEST(PackageGenerator::responseMeetsHierarchy(severity, response), "meets");
}

QTEST_GUILESS_MAIN(TestPackageGenerator)
#include "tst_packagegenerator.moc"
