// The OCSF v1.1 export (core/ocsf, auditbench-cli export-ocsf, the demo data): every event of a fixture valid
// against the vendored OCSF 1.1 schema, one event per mappable record, skipped records counted exactly, the
// seed's members equal to the record's values, time in epoch milliseconds, and the export on the record.
#include "support/OcsfValidator.h"
#include "support/PseudoTranslator.h"
#include "support/WorkspaceFixture.h"

#include "TestConfig.h"
#include "core/crypto/Crypto.h"
#include "core/ocsf/OcsfEvent.h"
#include "core/ocsf/OcsfExport.h"
#include "core/workspace/WorkspaceStore.h"
#include "demo/DemoDataGenerator.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;

namespace {

constexpr int FixtureRecords = 240;
constexpr int RoutingRecords = 9;

// The workspace fixture's records (enforcement, authentication, provisioning, admin; a few without a
// timestamp) with the members the seed maps (source_ip, rule_name, framework_reference) on some, plus
// model_routing records the seed's table has no class for.
QJsonArray fixtureRecords()
{
    QJsonArray records = wsfixture::gatewayRecords(FixtureRecords);
    for (qsizetype i = 0; i < records.size(); ++i) {
        QJsonObject r = records[i].toObject();
        if (i % 3 == 0) {
            r.insert(QStringLiteral("source_ip"), QStringLiteral("198.51.100.%1").arg(i % 250));
            r.insert(QStringLiteral("rule_name"), QStringLiteral("rule-%1").arg(i));
            r.insert(QStringLiteral("framework_reference"),
                     QStringLiteral("PCI-DSS Requirement 3.%1").arg(i % 9));
        }
        records[i] = r;
    }
    for (int i = 0; i < RoutingRecords; ++i)
        records.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("route_%1").arg(i)},
                        {QStringLiteral("sequence"), FixtureRecords + 1 + i},
                        {QStringLiteral("timestamp"), QStringLiteral("2025-06-01T00:00:0%1Z").arg(i)},
                        {QStringLiteral("category"), QStringLiteral("model_routing")},
                        {QStringLiteral("action"), QStringLiteral("route")},
                        {QStringLiteral("model"), QStringLiteral("gpt-4o")}});
    return records;
}

QJsonObject byId(const QJsonArray &records, const QString &id)
{
    for (const QJsonValue &v : records)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

QString at(const QJsonObject &o, const QString &dotted)
{
    QJsonValue v = o;
    for (const QString &part : dotted.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v.toString();
}

QList<QJsonObject> ndjsonEvents(const QByteArray &bytes)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : bytes.split('\n'))
        if (!line.isEmpty())
            events << QJsonDocument::fromJson(line).object();
    return events;
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AB_CLI_PATH), args);
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

} // namespace

class TestOcsfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_validator.loaded());
        m_records = fixtureRecords();
        m_path = m_dir.filePath(QStringLiteral("ocsf.auditbench"));
        auto store = WorkspaceStore::open(m_path);
        store->importBytes({{QStringLiteral("gateway.ndjson"), wsfixture::asNdjson(m_records)}});
        QCOMPARE(store->count(), qint64(m_records.size()));
    }

    void everyEventIsValidAndOnePerMappableRecord()
    {
        auto store = WorkspaceStore::open(m_path);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const ocsf::OcsfSummary summary = ocsf::OcsfExport::write(*store, {}, ocsf::OcsfFormat::Ndjson, out);

        // Expected counts computed from the fixture itself, not from the mapping code.
        const QMap<QString, int> classOf{{QStringLiteral("enforcement"), 2001},
                                         {QStringLiteral("authentication"), 3002},
                                         {QStringLiteral("provisioning"), 3001}};
        std::map<int, qint64> byClass;
        std::map<std::string, qint64> skipped;
        QSet<QString> mappable;
        for (const QJsonValue &v : m_records) {
            const QJsonObject r = v.toObject();
            const QString category = r.value(QStringLiteral("category")).toString();
            if (!classOf.contains(category))
                ++skipped[category.toStdString()];
            else if (!r.contains(QStringLiteral("timestamp")))
                ++skipped[std::string(ocsf::NoTimestamp)];
            else {
                ++byClass[classOf.value(category)];
                mappable << r.value(QStringLiteral("id")).toString();
            }
        }
        QCOMPARE(skipped.at("admin"), qint64(FixtureRecords / 4));
        QCOMPARE(skipped.at("model_routing"), qint64(RoutingRecords));
        QVERIFY(skipped.at(std::string(ocsf::NoTimestamp)) > 0);
        QCOMPARE(summary.byClass, byClass);
        QCOMPARE(summary.skipped, skipped);

        const QList<QJsonObject> events = ndjsonEvents(out.data());
        QCOMPARE(qint64(events.size()), summary.events);
        QCOMPARE(events.size(), mappable.size());
        QSet<QString> seen;
        for (const QJsonObject &event : events) {
            const QString uid = at(event, QStringLiteral("metadata.uid"));
            QVERIFY2(m_validator.check(event).isEmpty(),
                     qPrintable(uid + ": " + m_validator.check(event).join("; ")));
            QVERIFY2(!seen.contains(uid), qPrintable(uid));
            seen << uid;
        }
        QCOMPARE(seen, mappable);
        QCOMPARE(summary.bytes, qint64(out.data().size()));
        QCOMPARE(summary.sha256, crypto::sha256Hex(out.data()));
    }

    void theSeedsMembersAreTheRecordsValues()
    {
        auto store = WorkspaceStore::open(m_path);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ocsf::OcsfExport::write(*store, {}, ocsf::OcsfFormat::Ndjson, out);
        int withReference = 0, withIp = 0;
        for (const QJsonObject &event : ndjsonEvents(out.data())) {
            const QJsonObject r = byId(m_records, at(event, QStringLiteral("metadata.uid")));
            QVERIFY(!r.isEmpty());
            const auto field = [&](const char *name) { return r.value(QLatin1String(name)).toString(); };
            // time: epoch milliseconds of the record's timestamp (offsets and milliseconds included).
            const QDateTime when = QDateTime::fromString(field("timestamp"), Qt::ISODateWithMs);
            QVERIFY(when.isValid());
            QCOMPARE(event.value(QStringLiteral("time")).toInteger(), when.toMSecsSinceEpoch());
            QVERIFY(event.value(QStringLiteral("time")).toInteger() > 1735000000000LL); // ms, not seconds
            QCOMPARE(at(event, QStringLiteral("metadata.framework_reference")), field("framework_reference"));
            QCOMPARE(at(event, QStringLiteral("metadata.entity_type")), field("entity_type"));
            QCOMPARE(at(event, QStringLiteral("metadata.policy_name")), field("policy_name"));
            QCOMPARE(at(event, QStringLiteral("metadata.action")), field("action").toUpper());
            QCOMPARE(at(event, QStringLiteral("actor.user.email_addr")), field("user_email"));
            QCOMPARE(at(event, QStringLiteral("actor.user.uid")), field("user_id"));
            QCOMPARE(at(event, QStringLiteral("cloud.account.uid")), field("org_id"));
            QCOMPARE(at(event, QStringLiteral("cloud.provider")), QStringLiteral("Arbitex"));
            const int classUid = event.value(QStringLiteral("class_uid")).toInt();
            if (classUid == 2001) {
                QCOMPARE(at(event, QStringLiteral("finding.uid")), field("id"));
                QCOMPARE(at(event, QStringLiteral("finding.rule.name")), field("rule_name"));
                // The seed's activity names; an action the seed does not name keeps its own.
                static const QMap<QString, QString> names{
                    {QStringLiteral("block"), QStringLiteral("dlp_block")},
                    {QStringLiteral("redact"), QStringLiteral("dlp_redact")},
                    {QStringLiteral("allow"), QStringLiteral("dlp_allow")},
                    {QStringLiteral("allow_with_override"), QStringLiteral("policy_allow_override")}};
                QCOMPARE(event.value(QStringLiteral("activity_name")).toString(),
                         names.value(field("action"), field("action")));
            } else {
                QCOMPARE(at(event, QStringLiteral("user.email_addr")), field("user_email"));
                QCOMPARE(at(event, QStringLiteral("src_endpoint.ip")), field("source_ip"));
            }
            withReference += !field("framework_reference").isEmpty();
            withIp += !field("source_ip").isEmpty() && classUid != 2001;
        }
        QVERIFY(withReference > 10);
        QVERIFY(withIp > 5);
    }

    void jsonArrayHoldsTheSameEventsAndFiltersApply()
    {
        auto store = WorkspaceStore::open(m_path);
        AuditFilter filter;
        filter.categories = QStringList{QStringLiteral("authentication")};
        QBuffer ndjson, json;
        ndjson.open(QIODevice::WriteOnly);
        json.open(QIODevice::WriteOnly);
        const ocsf::OcsfSummary a = ocsf::OcsfExport::write(*store, filter, ocsf::OcsfFormat::Ndjson, ndjson);
        const ocsf::OcsfSummary b = ocsf::OcsfExport::write(*store, filter, ocsf::OcsfFormat::Json, json);
        QCOMPARE(a.byClass, b.byClass);
        QCOMPARE(a.byClass.size(), size_t(1));
        QCOMPARE(a.byClass.begin()->first, 3002);
        QByteArray expected = "[";
        const QList<QByteArray> lines = ndjson.data().split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            expected += (i ? ",\n" : "\n") + lines[i];
        expected += "\n]\n";
        QCOMPARE(json.data(), expected);
        QVERIFY(QJsonDocument::fromJson(json.data()).isArray());
    }

    void summaryJsonIsTheContractsShape()
    {
        ocsf::OcsfSummary s;
        s.events = 5;
        s.byClass = {{3002, 2}, {2001, 3}};
        s.skipped = {{"model_routing", 4}, {"admin", 1}};
        QCOMPARE(
            s.toJson(),
            QByteArray(
                R"({"events":5,"by_class":{"2001":3,"3002":2},"skipped":{"admin":1,"model_routing":4}})"));
    }

    void eventBytesDoNotDependOnTheUiLanguage()
    {
        const ocsf::GatewayFields f{"evt_1", "enforcement", "block", "org", "u",  "u@example.com",
                                    "",      "ssn",         "r",     "P",   "ref"};
        std::string plain, translated;
        QVERIFY(ocsf::appendEvent(f, 1735689600000, plain));
        {
            ab::test::ScopedPseudoTranslation pseudo;
            QVERIFY(ocsf::appendEvent(f, 1735689600000, translated));
        }
        QCOMPARE(translated, plain);
        std::string none;
        QVERIFY(!ocsf::appendEvent({"evt_2", "admin", "kill_switch"}, 1, none));
        QVERIFY(!ocsf::appendEvent({"evt_3", "model_routing", "route"}, 1, none));
        QVERIFY(none.empty());
    }

    void theCliWritesPrintsAndRecordsTheExport()
    {
        const QString out = m_dir.filePath(QStringLiteral("events.ndjson"));
        const Run run =
            cli({QStringLiteral("export-ocsf"), QStringLiteral("--workspace"), m_path,
                 QStringLiteral("--framework"), QStringLiteral("pci_dss"), QStringLiteral("--start"),
                 QStringLiteral("2025-03-01T00:00:00Z"), QStringLiteral("--out"), out});
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        auto store = WorkspaceStore::open(m_path);
        AuditFilter filter;
        filter.frameworks = QStringList{QStringLiteral("pci_dss")};
        filter.start = Instant::parse(QStringLiteral("2025-03-01T00:00:00Z"));
        QBuffer same;
        same.open(QIODevice::WriteOnly);
        const ocsf::OcsfSummary summary =
            ocsf::OcsfExport::write(*store, filter, ocsf::OcsfFormat::Ndjson, same);
        QCOMPARE(bytes, same.data());
        QVERIFY(summary.events > 0);
        QCOMPARE(run.out, summary.toJson() + '\n');
        for (const QJsonObject &event : ndjsonEvents(bytes))
            QCOMPARE(m_validator.check(event), QStringList());

        const ActivityEntry last = store->activity().constLast();
        QCOMPARE(last.action, QStringLiteral("export"));
        const QJsonObject details = QJsonDocument::fromJson(last.details).object();
        QCOMPARE(details.value(QStringLiteral("what")).toString(), QStringLiteral("ocsf"));
        QCOMPARE(details.value(QStringLiteral("file")).toString(), QStringLiteral("events.ndjson"));
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(), crypto::sha256Hex(bytes));
        QCOMPARE(details.value(QStringLiteral("bytes")).toInteger(), qint64(bytes.size()));
        QCOMPARE(
            details.value(QStringLiteral("summary")).toObject().value(QStringLiteral("events")).toInteger(),
            summary.events);
        const QJsonObject filters = details.value(QStringLiteral("filters")).toObject();
        QCOMPARE(filters.value(QStringLiteral("framework")).toArray(), QJsonArray{QStringLiteral("pci_dss")});
        QCOMPARE(filters.value(QStringLiteral("start")).toString(), QStringLiteral("2025-03-01T00:00:00Z"));
        QCOMPARE(filters.size(), 2);
    }

    void theCliRefusesWithoutAFileAndLogsNothing()
    {
        const qsizetype before = WorkspaceStore::open(m_path)->activity().size();
        Run run = cli({QStringLiteral("export-ocsf"), QStringLiteral("--workspace"), m_path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(run.err, QByteArray("auditbench-cli export-ocsf: give the file to write with --out FILE\n"));
        run = cli({QStringLiteral("export-ocsf"), QStringLiteral("--workspace"), m_path,
                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 QByteArray("auditbench-cli export-ocsf: --format 'csv': expected ndjson or json\n"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
        QCOMPARE(WorkspaceStore::open(m_path)->activity().size(), before);
    }

    void aJsonFileGetsTheArrayUnlessTheFormatIsGiven()
    {
        const QString json = m_dir.filePath(QStringLiteral("events.json"));
        Run run = cli({QStringLiteral("export-ocsf"), QStringLiteral("--workspace"), m_path,
                       QStringLiteral("--category"), QStringLiteral("provisioning"), QStringLiteral("--out"),
                       json});
        QCOMPARE(run.exitCode, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument array = QJsonDocument::fromJson(file.readAll());
        file.close();
        QVERIFY(array.isArray());
        QCOMPARE(array.array().size(),
                 FixtureRecords / 4 - 2); // two provisioning fixture records have no timestamp
        run = cli({QStringLiteral("export-ocsf"), QStringLiteral("--workspace"), m_path,
                   QStringLiteral("--category"), QStringLiteral("provisioning"), QStringLiteral("--format"),
                   QStringLiteral("ndjson"), QStringLiteral("--out"), json});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(ndjsonEvents(file.readAll()).size(), array.array().size());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("skipped")).toObject(),
                 (QJsonObject{{QString::fromLatin1(ocsf::NoTimestamp.data(), ocsf::NoTimestamp.size()), 2}}));
    }

    void theDemoDataUsesTheSameValidWriter()
    {
        DemoDataOptions options;
        options.outDir = m_dir.filePath(QStringLiteral("demo"));
        options.records = 4000;
        const DemoDataSummary summary = DemoDataGenerator::generate(options);
        QFile file(QDir(options.outDir).filePath(QLatin1String(DemoDataGenerator::OcsfFile)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QJsonObject> events = ndjsonEvents(file.readAll());
        QCOMPARE(qint64(events.size()), summary.ocsfEvents);
        QVERIFY(events.size() > 100);
        QSet<int> classes;
        for (const QJsonObject &event : events) {
            QCOMPARE(m_validator.check(event), QStringList());
            classes << event.value(QStringLiteral("class_uid")).toInt();
        }
        QCOMPARE(classes, (QSet<int>{2001, 3001, 3002}));
    }

private:
    QTemporaryDir m_dir;
    ocsftest::OcsfValidator m_validator;
    QJsonArray m_records;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestOcsfExport)
#include "tst_ocsfexport.moc"
