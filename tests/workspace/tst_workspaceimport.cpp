// Importers: every format recognised from content, validated strictly, stored byte-for-byte, all or nothing.
#include "support/CancelAfter.h"
#include "support/WorkspaceFixture.h"

#include "TestConfig.h"

#include "core/common/InputError.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/PseudoTranslator.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using ab::test::CancelAfter;
using namespace wsfixture;

namespace {

AuditorIdentity tester()
{
    return AuditorIdentity{QStringLiteral("Ana Auditor"), QStringLiteral("ana@firm.example"),
                           QStringLiteral("Firm")};
}

QByteArray ndjsonOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

class TestWorkspaceImport : public QObject
{
    Q_OBJECT

private slots:
    void importsEachFormat_data();
    void importsEachFormat();
    void rejectsUnusableFile_data();
    void rejectsUnusableFile();
    void reimportOfSameBytesIsNoOp();
    void overlappingPagesAreStoredOnce();
    void sameIdWithOtherContentStaysTwice();
    void storedTextIsNotTranslated();
    void rollbackWhenThirdOfFourFilesIsBad();
    void cancelRollsBack();
    void storesOriginalsWithMetadata();

private:
    QTemporaryDir m_dir;
};

void TestWorkspaceImport::importsEachFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<QString>("warning"); // substring of the only warning expected, or empty for none

    const QByteArray spec = readFile(QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json"));
    const QString gateway = QString::fromLatin1(EvidenceFormat::GatewayAuditExport);
    QTest::newRow("gateway array (spec vector)") << spec << gateway << qint64(6) << QString();
    QTest::newRow("gateway gzip (spec vector)") << gzip(spec) << gateway << qint64(6) << QString();
    QTest::newRow("gateway ndjson") << asNdjson(gatewayRecords(50)) << gateway << qint64(50)
                                    << QStringLiteral("without an RFC 3339 timestamp");
    QJsonObject page{{QStringLiteral("items"), gatewayRecords(4)},
                     {QStringLiteral("next_offset"), QJsonValue()}};
    QTest::newRow("gateway page object") << QJsonDocument(page).toJson() << gateway << qint64(4) << QString();
    QTest::newRow("agent runtime export")
        << runtimeExport(30) << QString::fromLatin1(EvidenceFormat::AgentRuntimeExport) << qint64(30)
        << QString();
    QTest::newRow("compliance package")
        << compliancePackage(QStringLiteral("pkg-1"), QStringLiteral("agent-1"),
                             QStringLiteral("2026-03-01T00:00:00Z"))
        << QString::fromLatin1(EvidenceFormat::CompliancePackage) << qint64(1) << QString();
    QByteArray tampered = compliancePackage(QStringLiteral("pkg-2"), QStringLiteral("agent-1"),
                                            QStringLiteral("2026-03-02T00:00:00Z"));
    tampered.replace("triage-bot", "triage-bob");
    QTest::newRow("compliance package with a wrong content_sha256")
        << tampered << QString::fromLatin1(EvidenceFormat::CompliancePackage) << qint64(1)
        << QStringLiteral("does not match its content");
    QTest::newRow("compliance bundles array")
        << bundleExport(3) << QString::fromLatin1(EvidenceFormat::ComplianceBundles) << qint64(3)
        << QString();
    const QJsonObject single = QJsonDocument::fromJson(bundleExport(1)).array().first().toObject();
    QTest::newRow("single compliance bundle")
        << QJsonDocument(single).toJson() << QString::fromLatin1(EvidenceFormat::ComplianceBundles)
        << qint64(1) << QString();
    const QString ocsf = QString::fromLatin1(EvidenceFormat::OcsfEvents);
    QTest::newRow("ocsf 2001 security finding (deprecated)")
        << ndjsonOf(ocsfEvent(2001)) << ocsf << qint64(1) << QStringLiteral("deprecated in OCSF 1.1");
    for (int uid : {2003, 2004, 3001, 3002})
        QTest::newRow(qPrintable(QStringLiteral("ocsf %1 ndjson").arg(uid)))
            << ndjsonOf(ocsfEvent(uid)) << ocsf << qint64(1) << QString();
    QTest::newRow("ocsf array of four classes")
        << QJsonDocument(QJsonArray{ocsfEvent(2003), ocsfEvent(2004), ocsfEvent(3001), ocsfEvent(3002)})
               .toJson()
        << ocsf << qint64(4) << QString();
}

void TestWorkspaceImport::importsEachFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(qint64, records);
    QFETCH(QString, warning);
    const QString ws = m_dir.filePath(QStringLiteral("formats-%1.auditbench")
                                          .arg(QTest::currentDataTag())
                                          .replace(QLatin1Char(' '), QLatin1Char('_')));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing, tester());
    const QList<ImportFileResult> results = store->importBytes({{QStringLiteral("evidence.json"), bytes}});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].format, format);
    QCOMPARE(results[0].records, records);
    QCOMPARE(results[0].alreadyImported, false);
    if (warning.isEmpty()) {
        QVERIFY2(results[0].warnings.isEmpty(), qPrintable(results[0].warnings.value(0).toString()));
    } else {
        QCOMPARE(results[0].warnings.size(), 1);
        QVERIFY2(results[0].warnings[0].message.contains(warning),
                 qPrintable(results[0].warnings[0].message));
    }
    // What each format stored, read back through the API.
    if (format == QLatin1String(EvidenceFormat::GatewayAuditExport))
        QCOMPARE(store->count(), records);
    else if (format == QLatin1String(EvidenceFormat::AgentRuntimeExport)) {
        QCOMPARE(store->agentEntryCount(), records);
        QCOMPARE(store->agents().size(), 2);
        QCOMPARE(store->agents()[0].auditEntries, qint64(20)); // entries 1..30 with i % 3 != 0
    } else if (format == QLatin1String(EvidenceFormat::CompliancePackage)) {
        QCOMPARE(store->packages().size(), 1);
        QCOMPARE(store->packages()[0].origin, QStringLiteral("platform"));
        QCOMPARE(store->packageJson(store->packages()[0].packageId), bytes.trimmed());
    } else if (format == QLatin1String(EvidenceFormat::ComplianceBundles))
        QCOMPARE(store->complianceBundles().size(), records);
    else
        QCOMPARE(store->ocsfEventCount(), records);
    QCOMPARE(store->sourceBytes(results[0].sourceId), bytes);
}

void TestWorkspaceImport::rejectsUnusableFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown content")
        << QByteArray("{\"hello\": 1}\n")
        << QStringLiteral("bad.json: not a recognised evidence file: expected a gateway audit export "
                          "(records with hmac_key_id, previous_hmac, hmac), an agent runtime export or "
                          "compliance package (\"format\" member), compliance bundles (regulatory_framework, "
                          "seed_rule_mappings) or OCSF v1.1 events (class_uid)");
    QTest::newRow("duplicate member name in a record")
        << QByteArray("[\n  {\"hmac\": \"x\", \"id\": \"a\", \"id\": \"b\"}\n]\n")
        << QStringLiteral("bad.json:2:28: duplicate member name: expected each name once per object");
    QTest::newRow("invalid JSON in the second record")
        << QByteArray("[\n  {\"hmac\": \"x\"},\n  {\"hmac\": \"y\",}\n]\n")
        << QStringLiteral("bad.json:3:16: expected a JSON value");
    QTest::newRow("unsupported OCSF class")
        << QByteArray("{\"class_uid\": 3002, \"time\": 1}\n{\"class_uid\": 4001, \"time\": 2}\n")
        << QStringLiteral(
               "bad.json:2:1: OCSF class_uid 4001 is not supported: expected 2001, 2003, 2004, 3001 or 3002");
    QTest::newRow("bundle without mappings")
        << QByteArray("[{\"regulatory_framework\": \"HIPAA\", \"seed_rule_mappings\": []}, "
                      "{\"regulatory_framework\": \"SOX\"}]")
        << QStringLiteral("bad.json:1:63: expected a compliance bundle object with \"regulatory_framework\" "
                          "and a \"seed_rule_mappings\" array");
    QTest::newRow("runtime export followed by more data")
        << QByteArray("{\"format\": \"arx-runtime-export\", \"audit_entries\": []}\n{}\n")
        << QStringLiteral("bad.json:2:1: expected end of input after the agent runtime export object");
    QTest::newRow("unknown format member")
        << QByteArray("{\"format\": \"arx-something\"}")
        << QStringLiteral("bad.json: \"format\": \"arx-something\" is not a format AuditBench imports: "
                          "expected \"arx-runtime-export\" or \"arx-compliance-package\"");
    QTest::newRow("empty file")
        << QByteArray("\n")
        << QStringLiteral(
               "bad.json:2:1: expected a JSON array, a page object or NDJSON records, found no data");
}

void TestWorkspaceImport::rejectsUnusableFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString ws = m_dir.filePath(QStringLiteral("reject.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing, tester());
    const qint64 sourcesBefore = store->sources().size();
    try {
        store->importBytes({{QStringLiteral("bad.json"), bytes}});
        QFAIL("the import was accepted");
    } catch (const InputError &e) {
        if (message.endsWith(QLatin1String(": ")))
            QVERIFY2(e.toString().startsWith(message), qPrintable(e.toString()));
        else
            QCOMPARE(e.toString(), message);
    }
    QCOMPARE(store->sources().size(), sourcesBefore);
}

void TestWorkspaceImport::reimportOfSameBytesIsNoOp()
{
    const QString ws = m_dir.filePath(QStringLiteral("reimport.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing, tester());
    const QByteArray bytes = asNdjson(gatewayRecords(20));
    const auto first = store->importBytes({{QStringLiteral("a.ndjson"), bytes}});
    const auto again = store->importBytes(
        {{QStringLiteral("renamed.ndjson"), bytes}, {QStringLiteral("gz.ndjson.gz"), gzip(bytes)}});
    QCOMPARE(again.size(), 2);
    QVERIFY(again[0].alreadyImported);
    QCOMPARE(again[0].sourceId, first[0].sourceId);
    QCOMPARE(again[0].records, qint64(20));
    QVERIFY(again[0].toJson().contains("\"status\":\"already imported\""));
    QVERIFY(!again[1].alreadyImported); // other bytes on disk (gzip) are another original
    QCOMPARE(store->sources().size(), 2);
    // ... whose records are the same records (same id, same content): merged, stored once.
    QCOMPARE(again[1].records, qint64(0));
    QCOMPARE(again[1].duplicatesMerged, qint64(20));
    QCOMPARE(store->count(), qint64(20));
}

// docs/spec/chain.md "Order": records with the same id and JCS-identical content are one record.
void TestWorkspaceImport::overlappingPagesAreStoredOnce()
{
    const QString ws = m_dir.filePath(QStringLiteral("overlap.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing, tester());
    const QJsonArray all = gatewayRecords(1000);
    QJsonArray first, second;
    for (int i = 0; i < 600; ++i)
        first.append(all[i]);
    for (int i = 400; i < 1000; ++i)
        second.append(all[i]);
    const auto results = store->importBytes({{QStringLiteral("page-1.json"), asArray(first)},
                                             {QStringLiteral("page-2.ndjson"), asNdjson(second)}});
    QCOMPARE(results[0].records, qint64(600));
    QCOMPARE(results[0].duplicatesMerged, qint64(0));
    QCOMPARE(results[1].records, qint64(400));
    QCOMPARE(results[1].duplicatesMerged, qint64(200)); // other bytes (array vs NDJSON), same JCS content
    QVERIFY(results[1].toJson().contains("\"duplicates_merged\":200"));
    QCOMPARE(store->count(), qint64(1000));
    QCOMPARE(store->sources()[0].records + store->sources()[1].records, qint64(1000));
    QCOMPARE(qint64(store->queryRowIds().size()), qint64(1000));

    // A file of records the workspace already holds (twice in the file) adds nothing.
    const auto third = store->importBytes(
        {{QStringLiteral("repeat.ndjson"), ndjsonOf(all[3].toObject()) + ndjsonOf(all[3].toObject())}});
    QCOMPARE(third[0].duplicatesMerged, qint64(2)); // both already in the workspace
    QCOMPARE(third[0].records, qint64(0));
    QCOMPARE(store->count(), qint64(1000));
    QCOMPARE(store->rowIdsOfRecordId(QStringLiteral("evt_000004")).size(), size_t(1));
}

void TestWorkspaceImport::sameIdWithOtherContentStaysTwice()
{
    const QString ws = m_dir.filePath(QStringLiteral("conflict.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing, tester());
    QJsonObject record = gatewayRecords(1)[0].toObject();
    QJsonObject changed = record;
    changed.insert(QStringLiteral("action"), QStringLiteral("allow"));
    changed.insert(QStringLiteral("category"), QStringLiteral("admin-edited"));
    const auto results = store->importBytes(
        {{QStringLiteral("a.ndjson"), ndjsonOf(record) + ndjsonOf(changed) + ndjsonOf(record)}});
    QCOMPARE(results[0].records, qint64(2));
    QCOMPARE(results[0].duplicatesMerged, qint64(1));
    QCOMPARE(store->count(), qint64(2));
    QCOMPARE(store->rowIdsOfRecordId(record.value(QStringLiteral("id")).toString()).size(), size_t(2));
    QCOMPARE(store->sources()[0].records, qint64(2));
}

// Import warnings, the user columns and activity details are evidence: the same bytes whatever the UI
// language (a pseudo-translator reverses every translated string); messages for the user stay translated.
void TestWorkspaceImport::storedTextIsNotTranslated()
{
    QByteArray package = compliancePackage(QStringLiteral("p-1"), QStringLiteral("agent-1"),
                                           QStringLiteral("2026-01-01T00:00:00Z"));
    package.replace("triage-bot", "triage-bug"); // content_sha256 no longer matches: a warning
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("gateway.ndjson"), asNdjson(gatewayRecords(40))},
        {QStringLiteral("package.json"), package},
        {QStringLiteral("package.json.gz"), gzip(package)}};
    const auto importInto = [&](const QString &name) {
        auto store = WorkspaceStore::open(m_dir.filePath(name), WorkspaceStore::OpenMode::CreateIfMissing,
                                          AuditorIdentity{}); // nobody: "(unknown user)" is stored
        QByteArray text;
        for (const ImportFileResult &r : store->importBytes(files))
            text += r.toJson() + '\n';
        for (const SourceInfo &source : store->sources())
            text += source.importedBy.toUtf8() + '\n';
        text += store->activity().last().details + '\n' + store->activity().last().user.toUtf8();
        return text;
    };
    const QByteArray plain = importInto(QStringLiteral("plain.auditbench"));
    QByteArray translated;
    QString userMessage;
    {
        const test::ScopedPseudoTranslation pseudo;
        translated = importInto(QStringLiteral("translated.auditbench"));
        auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("translated.auditbench")));
        try {
            store->sourceBytes(99);
        } catch (const WorkspaceError &e) {
            userMessage = e.message();
        }
    }
    QCOMPARE(translated, plain);
    QVERIFY(plain.contains("1 record(s) without an RFC 3339 timestamp: they match no --start/--end filter"));
    QVERIFY(plain.contains("does not match its content (computed "));
    QVERIFY(plain.contains("the compliance package was already in the workspace (same content)"));
    QVERIFY(plain.contains("(unknown user)"));
    QCOMPARE(userMessage, QStringLiteral("ecapskrow eht ni 2% ecruos on :1%")); // UI text: translated
}

void TestWorkspaceImport::rollbackWhenThirdOfFourFilesIsBad()
{
    const QString ws = m_dir.filePath(QStringLiteral("rollback.auditbench"));
    const QString a = writeFile(m_dir.path(), QStringLiteral("a.ndjson"), asNdjson(gatewayRecords(30, 1)));
    const QString b = writeFile(m_dir.path(), QStringLiteral("b.json"), runtimeExport(10));
    const QString c = writeFile(m_dir.path(), QStringLiteral("c.ndjson"),
                                asNdjson(gatewayRecords(30, 31)) + "{\"hmac\": \"x\",}\n");
    const QString d = writeFile(m_dir.path(), QStringLiteral("d.json"), bundleExport(2));
    const QString first =
        writeFile(m_dir.path(), QStringLiteral("first.json"), asArray(gatewayRecords(5, 100)));
    {
        auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing, tester());
        store->importFiles({first});
    }
    const QByteArray fileBefore = readFile(ws);
    const QByteArray before = dumpWorkspace(ws);
    {
        auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly, tester());
        try {
            store->importFiles({a, b, c, d});
            QFAIL("the import was accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), c);
            QCOMPARE(e.line(), qint64(31));
        }
        QCOMPARE(store->count(), qint64(5));
        QCOMPARE(store->agentEntryCount(), qint64(0));
        QCOMPARE(store->activity().size(), 1);
    }
    QCOMPARE(dumpWorkspace(ws), before);
    QCOMPARE(readFile(ws), fileBefore);
}

void TestWorkspaceImport::cancelRollsBack()
{
    const QString ws = m_dir.filePath(QStringLiteral("cancel.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing, tester());
    store->importBytes({{QStringLiteral("first.json"), asArray(gatewayRecords(5, 100))}});
    const QByteArray before = dumpWorkspace(ws);
    CancelAfter progress(8192);
    QVERIFY_THROWS_EXCEPTION(
        CancelledError,
        store->importBytes({{QStringLiteral("small.json"), bundleExport(2)},
                            {QStringLiteral("big.ndjson"), asNdjson(gatewayRecords(10000, 1000))}},
                           &progress));
    QCOMPARE(dumpWorkspace(ws), before);
    QCOMPARE(store->count(), qint64(5));
}

void TestWorkspaceImport::storesOriginalsWithMetadata()
{
    const QString ws = m_dir.filePath(QStringLiteral("meta.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing, tester());
    const QString path = QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json");
    const auto results = store->importFiles({path});
    const QByteArray original = readFile(path);
    const QList<SourceInfo> sources = store->sources();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0].fileName, QStringLiteral("chain-small.json"));
    QCOMPARE(sources[0].sha256,
             QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(sources[0].size, qint64(original.size()));
    QCOMPARE(sources[0].importedBy, QStringLiteral("Ana Auditor <ana@firm.example>"));
    QVERIFY(QDateTime::fromString(sources[0].importedAt, Qt::ISODateWithMs).isValid());
    QCOMPARE(store->sourceBytes(sources[0].id), original);
    // Each record's raw text is its exact span in the file.
    for (const QByteArray &raw : store->query())
        QVERIFY(original.contains(raw));
    QVERIFY(store->query()[0].startsWith("{\n    \"id\": \"evt_00000001\""));
}

QTEST_GUILESS_MAIN(TestWorkspaceImport)
#include "tst_workspaceimport.moc"
