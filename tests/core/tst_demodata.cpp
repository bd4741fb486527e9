// The demo-data generator: deterministic bytes, chains that verify, a tampered copy whose verdict is exactly
// what TAMPERING.txt says, and the shapes other areas read (runtime export, OCSF, bundles, keyring).
#include "TestConfig.h"
#include "core/chain/ChainInput.h"
#include "core/chain/ChainVerifier.h"
#include "core/chain/Keyring.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "demo/DemoDataGenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;

namespace {

const QStringList AllFiles{QStringLiteral("gateway-audit-2025.ndjson"),
                           QStringLiteral("gateway-audit-2025-tampered.ndjson"),
                           QStringLiteral("TAMPERING.txt"),
                           QStringLiteral("keyring.json"),
                           QStringLiteral("agent-runtime-export.json"),
                           QStringLiteral("compliance-bundles-export.json"),
                           QStringLiteral("ocsf-events.ndjson")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QList<QByteArray> lines(const QString &path)
{
    QList<QByteArray> out = readAll(path).split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

// Cancels at the first progress report (the gateway stage reports every 4096 records).
class CancelAtFirstReport : public CancellableProgress
{
public:
    void report(qint64) override { cancel(); }
};

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameOptionsGiveByteIdenticalFiles();
    void smallRunHasPinnedHashes_data();
    void smallRunHasPinnedHashes();
    void otherSeedGivesOtherEvidence();
    void gatewayChainVerifiesWithKeyring();
    void tamperedCopyGivesExactlyTheStatedErrors();
    void macIsJcsOfContentPlusPreviousHmac();
    void gatewayRecordsFollowTheSeedVocabulary();
    void keyringHasPinnedFingerprints_data();
    void keyringHasPinnedFingerprints();
    void runtimeExportChainVerifiesAsPageObject();
    void runtimeExportHasTheDocumentedShape();
    void ocsfEventsAndBundles();
    void cancelledRunLeavesNoFiles();
    void tooFewRecordsIsRejected();
    void cliWritesAndVerifies();

private:
    QTemporaryDir m_tmp;
    QString m_dir; // a run with Records records, seed 1
    DemoDataSummary m_summary;
    static constexpr qint64 Records = 3000;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(QStringLiteral("run"));
    DemoDataOptions o;
    o.outDir = m_dir;
    o.records = Records;
    m_summary = DemoDataGenerator::generate(o);
    QCOMPARE(m_summary.files, AllFiles);
}

void TestDemoData::sameOptionsGiveByteIdenticalFiles()
{
    DemoDataOptions o;
    o.outDir = m_tmp.filePath(QStringLiteral("again"));
    o.records = Records;
    DemoDataGenerator::generate(o);
    for (const QString &name : AllFiles) {
        const QByteArray a = readAll(QDir(m_dir).filePath(name)), b = readAll(QDir(o.outDir).filePath(name));
        QVERIFY2(!a.isEmpty(), qPrintable(name));
        QVERIFY2(a == b, qPrintable(name));
    }
}

// Pinned: std::mt19937_64 and the hand-written distributions must give these bytes on every platform.
void TestDemoData::smallRunHasPinnedHashes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sha256");
    QTest::newRow("gateway") << AllFiles[0]
                             << QStringLiteral(
                                    "15320dc3c53ad9fc20e54420069d90f51af0390feaac5a6efd3b6c8ce513ef7e");
    QTest::newRow("tampered") << AllFiles[1]
                              << QStringLiteral(
                                     "6332ea60db576d91828737e38b2d2cac5a00d64d9ff2dade739d866f1bc64122");
    QTest::newRow("runtime") << AllFiles[4]
                             << QStringLiteral(
                                    "c1abf3be0face35c49e6cde80b2b6345b9ba54fbfccfc2c81ea528bc668a555b");
}

void TestDemoData::smallRunHasPinnedHashes()
{
    QFETCH(QString, file);
    QFETCH(QString, sha256);
    const QString dir = m_tmp.filePath(QStringLiteral("pinned"));
    if (!QFile::exists(QDir(dir).filePath(AllFiles[0]))) {
        DemoDataOptions o;
        o.outDir = dir;
        o.records = 50;
        o.seed = 1;
        DemoDataGenerator::generate(o);
    }
    QCOMPARE(crypto::sha256Hex(readAll(QDir(dir).filePath(file))), sha256);
}

void TestDemoData::otherSeedGivesOtherEvidence()
{
    DemoDataOptions o;
    o.outDir = m_tmp.filePath(QStringLiteral("seed2"));
    o.records = Records;
    o.seed = 2;
    const DemoDataSummary s = DemoDataGenerator::generate(o);
    QVERIFY(readAll(QDir(m_dir).filePath(AllFiles[0])) != readAll(QDir(o.outDir).filePath(AllFiles[0])));
    QVERIFY(readAll(QDir(m_dir).filePath(AllFiles[3])) != readAll(QDir(o.outDir).filePath(AllFiles[3])));
    QVERIFY(s.gatewayHead != m_summary.gatewayHead);
}

void TestDemoData::gatewayChainVerifiesWithKeyring()
{
    const Keyring keyring = Keyring::fromFile(QDir(m_dir).filePath(QStringLiteral("keyring.json")));
    VerifyOptions options;
    options.keyring = &keyring;
    const VerificationResult r = ChainVerifier::verifyFiles({QDir(m_dir).filePath(AllFiles[0])}, options);
    QCOMPARE(r.errors, QStringList());
    QVERIFY(r.valid);
    QCOMPARE(r.exitCode(), 0);
    QCOMPARE(r.eventsChecked, Records);
    QCOMPARE(r.anchor.value_or(QString()), QString(64, QLatin1Char('0')));
    QCOMPARE(r.headHmac.value_or(QString()), m_summary.gatewayHead);
    QCOMPARE(r.firstEvent->timestamp.left(10), QStringLiteral("2025-01-01"));
    QCOMPARE(r.lastEvent->timestamp.left(10), QStringLiteral("2025-12-31"));
    // Rotation mid-year: both keys sign about half of the year each.
    QCOMPARE(r.keys.size(), 2);
    QCOMPARE(r.keys[0].id, QStringLiteral("k2025a"));
    QCOMPARE(r.keys[1].id, QStringLiteral("k2025b"));
    QCOMPARE(r.keys[0].records + r.keys[1].records, Records);
    QVERIFY(r.keys[0].records > Records * 4 / 10 && r.keys[1].records > Records * 4 / 10);
    QCOMPARE(r.keys[0].fingerprint, keyring.fingerprint("k2025a"));
}

void TestDemoData::tamperedCopyGivesExactlyTheStatedErrors()
{
    const Keyring keyring = Keyring::fromFile(QDir(m_dir).filePath(QStringLiteral("keyring.json")));
    VerifyOptions options;
    options.keyring = &keyring;
    const VerificationResult r = ChainVerifier::verifyFiles({QDir(m_dir).filePath(AllFiles[1])}, options);
    QCOMPARE(r.errors, m_summary.expectedTamperErrors);
    QCOMPARE(r.errorCount, 6);
    QCOMPARE(r.exitCode(), 1);
    QCOMPARE(r.eventsChecked, Records); // one deleted, one inserted
    QCOMPARE(r.headHmac.value_or(QString()), m_summary.gatewayHead);

    // TAMPERING.txt lists the same lines, indented, after its "reports" sentence.
    QStringList stated;
    for (const QByteArray &line : lines(QDir(m_dir).filePath(QStringLiteral("TAMPERING.txt"))))
        if (line.startsWith("  Event "))
            stated << QString::fromUtf8(line.mid(2));
    QCOMPARE(stated, r.errors);
    // The deletion is at sequence Records/2+1 and the forgery after 3*Records/4+1, as the notes say.
    QCOMPARE(r.errors[1], QStringLiteral("Event 1501: sequence break (expected 1501, got 1502)"));
    QCOMPARE(r.errors[2], QStringLiteral("Event 1501: previous_hmac mismatch"));
    QVERIFY(r.errors[3].startsWith(QStringLiteral("Event 2251: HMAC mismatch (expected '")));
    QCOMPARE(r.errors[4], QStringLiteral("Event 2252: sequence break (expected 2253, got 2252)"));
    QCOMPARE(r.errors[5], QStringLiteral("Event 2252: previous_hmac mismatch"));
    const QByteArray notes = readAll(QDir(m_dir).filePath(QStringLiteral("TAMPERING.txt")));
    QVERIFY(notes.contains("2. Deleted: sequence 1501 (evt_"));
    QVERIFY(notes.contains("3. Forged and inserted after sequence 2251: evt_"));
    QCOMPARE(lines(QDir(m_dir).filePath(AllFiles[1])).size(), Records);
}

// docs/spec/chain.md's MAC recomputed independently of the generator: QJsonDocument -> jcs::canonicalize ->
// HMAC.
void TestDemoData::macIsJcsOfContentPlusPreviousHmac()
{
    const Keyring keyring = Keyring::fromFile(QDir(m_dir).filePath(QStringLiteral("keyring.json")));
    QString previous(64, QLatin1Char('0'));
    const QList<QByteArray> records = lines(QDir(m_dir).filePath(AllFiles[0]));
    for (qsizetype i = 0; i < records.size(); i += 37) {
        QJsonObject o = QJsonDocument::fromJson(records[i]).object();
        const QString hmac = o.take(QStringLiteral("hmac")).toString();
        const QString prev = o.take(QStringLiteral("previous_hmac")).toString();
        if (i == 0)
            QCOMPARE(prev, previous);
        const QByteArray compact = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const std::string canonical =
            jcs::canonicalize(std::string_view(compact.constData(), size_t(compact.size())));
        // The record's own bytes minus the two members are already canonical apart from member order.
        QVERIFY(canonical.find("\"hmac_key_id\":") != std::string::npos);
        const Keyring::Key *key =
            keyring.find(o.value(QStringLiteral("hmac_key_id")).toString().toStdString());
        QVERIFY(key);
        crypto::HmacSha256 mac(key->secret);
        const crypto::Digest d = mac.mac(canonical, prev.toStdString());
        QCOMPARE(crypto::toHex(d), hmac);
    }
}

void TestDemoData::gatewayRecordsFollowTheSeedVocabulary()
{
    const QSet<QString> categories{"authentication", "enforcement", "provisioning", "admin", "model_routing"};
    const QRegularExpression timestamp(QStringLiteral("^2025-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    const QRegularExpression ip(QStringLiteral("^(203\\.0\\.113|198\\.51\\.100)\\.\\d{1,3}$"));
    QSet<QString> actions, frameworks, entities;
    QString lastTimestamp;
    qint64 sequence = 0;
    for (const QByteArray &line : lines(QDir(m_dir).filePath(AllFiles[0]))) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("sequence")).toInteger(), ++sequence);
        QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("evt_")));
        const QString ts = o.value(QStringLiteral("timestamp")).toString();
        QVERIFY2(timestamp.match(ts).hasMatch(), qPrintable(ts));
        QVERIFY2(ts > lastTimestamp, qPrintable(ts)); // same fixed-width form: string order is time order
        lastTimestamp = ts;
        QCOMPARE(o.value(QStringLiteral("hmac_key_id")).toString(),
                 ts < QStringLiteral("2025-07-01") ? QStringLiteral("k2025a") : QStringLiteral("k2025b"));
        QVERIFY(categories.contains(o.value(QStringLiteral("category")).toString()));
        QVERIFY2(ip.match(o.value(QStringLiteral("source_ip")).toString()).hasMatch(), line.constData());
        const QString action = o.value(QStringLiteral("action")).toString();
        actions << action;
        QCOMPARE(o.contains(QStringLiteral("override_reason")),
                 action == QStringLiteral("allow_with_override"));
        if (o.contains(QStringLiteral("framework"))) {
            frameworks << o.value(QStringLiteral("framework")).toString();
            entities << o.value(QStringLiteral("entity_type")).toString();
            QVERIFY(!o.value(QStringLiteral("framework_reference")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("policy_name")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("rule_name")).toString().isEmpty());
        }
        QVERIFY(!line.contains("prompt\":") && !line.contains("completion"));
    }
    for (const char *a :
         {"login", "logout", "block", "redact", "allow", "allow_with_override", "prompt_hold_approve",
          "scim_user_created", "scim_user_deleted", "scim_group_changed"})
        QVERIFY2(actions.contains(QLatin1String(a)), a);
    QCOMPARE(frameworks, (QSet<QString>{"pci_dss", "hipaa", "soc2", "sox"}));
    for (const char *e :
         {"credit_card", "cvv", "card_expiry", "ssn", "email", "name", "dob", "medical_record"})
        QVERIFY2(entities.contains(QLatin1String(e)), e);
    QVERIFY(readAll(QDir(m_dir).filePath(AllFiles[0]))
                .contains("\"framework_reference\":\"HIPAA 45 CFR § 164.312\""));
    QVERIFY(readAll(QDir(m_dir).filePath(AllFiles[0]))
                .contains("\"framework_reference\":\"PCI-DSS Requirement 3.4\""));
}

void TestDemoData::keyringHasPinnedFingerprints_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("k2025a") << "k2025a"
                            << "fb19c41d88561438"
                            << "hex:";
    QTest::newRow("k2025b") << "k2025b"
                            << "53a088461092c1ab"
                            << "base64:";
    QTest::newRow("arx-2026a") << "arx-2026a"
                               << "15529d6da89c7dfb"
                               << "hex:";
}

void TestDemoData::keyringHasPinnedFingerprints()
{
    QFETCH(QString, id);
    QFETCH(QString, fingerprint);
    QFETCH(QString, encoding);
    const QString path = QDir(m_dir).filePath(QStringLiteral("keyring.json"));
    const Keyring keyring = Keyring::fromFile(path);
    QCOMPARE(keyring.size(), size_t(3));
    QCOMPARE(keyring.fingerprint(id.toStdString()), fingerprint);
    QCOMPARE(keyring.find(id.toStdString())->secret.size(), size_t(32));
    const QJsonArray keys =
        QJsonDocument::fromJson(readAll(path)).object().value(QStringLiteral("keys")).toArray();
    bool found = false;
    for (const QJsonValue &k : keys)
        if (k.toObject().value(QStringLiteral("id")).toString() == id) {
            found = true;
            QVERIFY(k.toObject().value(QStringLiteral("secret")).toString().startsWith(encoding));
        }
    QVERIFY(found);
}

void TestDemoData::runtimeExportChainVerifiesAsPageObject()
{
    const Keyring keyring = Keyring::fromFile(QDir(m_dir).filePath(QStringLiteral("keyring.json")));
    ChainInput input;
    input.addFile(QDir(m_dir).filePath(AllFiles[4]));
    QCOMPARE(qint64(input.recordCount()), m_summary.runtimeEntries);
    QVERIFY(!input.others().empty()); // agents, connector_configs, ... are the page's other members
    VerifyOptions options;
    options.keyring = &keyring;
    const VerificationResult r = ChainVerifier::verify(input, options);
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.exitCode(), 0);
    QCOMPARE(r.eventsChecked, qint64(500)); // max(500, 3000 / 20)
    QCOMPARE(r.keys.size(), 1);
    QCOMPARE(r.keys[0].id, QStringLiteral("arx-2026a"));
}

void TestDemoData::runtimeExportHasTheDocumentedShape()
{
    const QJsonObject doc = QJsonDocument::fromJson(readAll(QDir(m_dir).filePath(AllFiles[4]))).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("arx-runtime-export"));
    QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray agents = doc.value(QStringLiteral("agents")).toArray();
    QCOMPARE(agents.size(), 4);
    QSet<QString> agentIds, names;
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const QJsonValue &a : agents) {
        agentIds << a.toObject().value(QStringLiteral("id")).toString();
        names << a.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(uuid.match(a.toObject().value(QStringLiteral("id")).toString()).hasMatch());
    }
    QCOMPARE(names,
             (QSet<QString>{"triage-bot", "vuln-scanner-bot", "access-review-bot", "phishing-responder"}));
    QSet<QString> connectors;
    for (const QJsonValue &c : doc.value(QStringLiteral("connector_configs")).toArray()) {
        connectors << c.toObject().value(QStringLiteral("connector")).toString();
        QVERIFY(agentIds.contains(c.toObject().value(QStringLiteral("agent_id")).toString()));
    }
    QVERIFY(connectors.contains(QStringLiteral("acme-internal-cmdb")));
    QVERIFY(connectors.contains(QStringLiteral("crowdstrike")));
    QCOMPARE(connectors.size(), 13);
    for (const QJsonValue &p : doc.value(QStringLiteral("policy_rules")).toArray())
        QVERIFY(p.toObject().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("pol_")));
    // Drift responses against the hierarchy: exactly drf_5 and drf_6 fall short.
    const QHash<QString, int> rank{{"alert", 1}, {"throttle", 2}, {"suspend", 3}};
    const QHash<QString, int> required{{"low", 1}, {"medium", 2}, {"high", 3}, {"critical", 3}};
    QStringList shortfalls;
    const QJsonArray drifts = doc.value(QStringLiteral("drift_events")).toArray();
    QCOMPARE(drifts.size(), 8);
    for (const QJsonValue &d : drifts) {
        const QJsonObject o = d.toObject();
        if (rank.value(o.value(QStringLiteral("response")).toString()) <
            required.value(o.value(QStringLiteral("severity")).toString()))
            shortfalls << o.value(QStringLiteral("id")).toString();
    }
    QCOMPARE(shortfalls, (QStringList{"drf_5", "drf_6"}));

    QSet<QString> types;
    qint64 sequence = 0;
    for (const QJsonValue &e : doc.value(QStringLiteral("audit_entries")).toArray()) {
        const QJsonObject o = e.toObject();
        QCOMPARE(o.value(QStringLiteral("sequence")).toInteger(), ++sequence);
        QVERIFY(agentIds.contains(o.value(QStringLiteral("agent_id")).toString()));
        const QString type = o.value(QStringLiteral("action_type")).toString();
        types << type;
        if (type == QStringLiteral("connector.called")) {
            for (const char *member :
                 {"connector", "operation", "decision", "risk_score", "input_sha256", "output_sha256"})
                QVERIFY2(o.contains(QLatin1String(member)), member);
            QCOMPARE(o.value(QStringLiteral("input_sha256")).toString().size(), 64);
        }
    }
    QCOMPARE(types, (QSet<QString>{"agent.deployed", "agent.suspended", "connector.called",
                                   "policy.evaluated", "secret.accessed", "secret.rotated",
                                   "approval.reviewed", "drift.detected", "compliance.generated"}));
}

void TestDemoData::ocsfEventsAndBundles()
{
    const QList<QByteArray> events = lines(QDir(m_dir).filePath(AllFiles[6]));
    QCOMPARE(qint64(events.size()), m_summary.ocsfEvents);
    QSet<int> classes;
    for (const QByteArray &line : events) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const int cls = o.value(QStringLiteral("class_uid")).toInt();
        classes << cls;
        QCOMPARE(o.value(QStringLiteral("type_uid")).toInteger(),
                 qint64(cls) * 100 + o.value(QStringLiteral("activity_id")).toInt());
        QVERIFY(o.value(QStringLiteral("time")).toInteger() >= 1735689600000LL); // 2025-01-01 in epoch ms
        QCOMPARE(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1.1.0"));
        QVERIFY(o.value(QStringLiteral("actor"))
                    .toObject()
                    .value(QStringLiteral("user"))
                    .toObject()
                    .value(QStringLiteral("email_addr"))
                    .toString()
                    .endsWith(QStringLiteral("@example.com")));
        QVERIFY(o.value(QStringLiteral("cloud"))
                    .toObject()
                    .value(QStringLiteral("account"))
                    .toObject()
                    .value(QStringLiteral("uid"))
                    .toString()
                    .startsWith(QStringLiteral("org_")));
        if (cls == 2001) {
            QVERIFY(o.value(QStringLiteral("finding"))
                        .toObject()
                        .value(QStringLiteral("uid"))
                        .toString()
                        .startsWith(QStringLiteral("evt_")));
            QVERIFY(!o.value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("framework_reference"))
                         .toString()
                         .isEmpty());
            QVERIFY(!o.value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("entity_type"))
                         .toString()
                         .isEmpty());
        }
    }
    QCOMPARE(classes, (QSet<int>{2001, 3001, 3002}));

    const QJsonArray bundles = QJsonDocument::fromJson(readAll(QDir(m_dir).filePath(AllFiles[5]))).array();
    QCOMPARE(bundles.size(), 4);
    QCOMPARE(bundles[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("HIPAA-PHI"));
    for (const QJsonValue &b : bundles)
        for (const char *member : {"name", "description", "regulatory_framework", "version", "enabled",
                                   "seed_rule_mappings", "exported_at", "export_version"})
            QVERIFY2(b.toObject().contains(QLatin1String(member)), member);
}

void TestDemoData::cancelledRunLeavesNoFiles()
{
    DemoDataOptions o;
    o.outDir = m_tmp.filePath(QStringLiteral("cancelled"));
    o.records = 10000;
    CancelAtFirstReport progress;
    QVERIFY_THROWS_EXCEPTION(CancelledError, DemoDataGenerator::generate(o, &progress));
    QCOMPARE(QDir(o.outDir).entryList(QDir::Files), QStringList());
}

void TestDemoData::tooFewRecordsIsRejected()
{
    DemoDataOptions o;
    o.outDir = m_tmp.filePath(QStringLiteral("few"));
    o.records = 9;
    try {
        DemoDataGenerator::generate(o);
        QFAIL("expected DemoDataError");
    } catch (const DemoDataError &e) {
        QCOMPARE(e.message(), QStringLiteral("--records 9: expected at least 10 records"));
    }
}

void TestDemoData::cliWritesAndVerifies()
{
    const QString dir = m_tmp.filePath(QStringLiteral("cli"));
    QProcess p;
    p.start(QStringLiteral(AB_CLI_PATH), {QStringLiteral("demo-data"), QStringLiteral("--out"), dir,
                                          QStringLiteral("--records"), QStringLiteral("200")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), QByteArray());
    for (const QString &name : AllFiles)
        QVERIFY2(QFile::exists(QDir(dir).filePath(name)), qPrintable(name));

    const auto verify = [&](const QString &file) {
        QProcess v;
        v.start(QStringLiteral(AB_CLI_PATH),
                {QStringLiteral("verify"), QStringLiteral("--keyring"),
                 QDir(dir).filePath(QStringLiteral("keyring.json")), QDir(dir).filePath(file)});
        v.waitForFinished(60000);
        return v.exitCode();
    };
    QCOMPARE(verify(AllFiles[0]), 0);
    QCOMPARE(verify(AllFiles[1]), 1);
    QCOMPARE(verify(AllFiles[4]), 0);

    p.start(QStringLiteral(AB_CLI_PATH), {QStringLiteral("demo-data"), QStringLiteral("--out"), dir,
                                          QStringLiteral("--records"), QStringLiteral("5")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QCOMPARE(p.readAllStandardError().trimmed(),
             QByteArray("auditbench-cli demo-data: --records '5': expected a whole number of at least 10"));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
