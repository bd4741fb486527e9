// RecordExport, the one export of gateway records (CLI query and the workbench's Export Visible Records):
// exact bytes of each format, the hash of what was written, and cancel leaving no file.
#include "support/WorkspaceFixture.h"

#include "core/crypto/Crypto.h"
#include "core/workspace/RecordExport.h"
#include "core/workspace/WorkspaceStore.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace wsfixture;

namespace {

// Three chained records (MACs not checked here), one per line; the second holds every CSV hazard.
const QByteArray First =
    R"j({"id":"r1","sequence":1,"timestamp":"2025-01-01T00:00:00Z","category":"enforcement",)j"
    R"j("action":"block","framework":"pci_dss","framework_reference":"PCI-DSS Requirement 3.4",)j"
    R"j("entity_type":"credit_card","user_id":"u1","user_email":"=HYPERLINK(\"http://x\")",)j"
    R"j("source_ip":"10.0.0.1","model":"gpt-4o","provider":"openai","policy_name":"PCI",)j"
    R"j("rule_name":"+rule","hmac_key_id":"k1","previous_hmac":"00","hmac":"01"})j";
const QByteArray Second =
    R"j({"id":"r2","sequence":2,"timestamp":"2025-01-02T00:00:00Z","category":"enforcement",)j"
    R"j("action":"allow_with_override","framework":"soc2","user_id":"@admin",)j"
    R"j("policy_name":"\tTabbed","rule_name":"-x","model":42,"provider":null,)j"
    R"j("override_reason":"He said \"yes\", then\nleft","hmac_key_id":"k1","previous_hmac":"01","hmac":"02"})j";
const QByteArray Third =
    R"j({"id":7,"category":"admin","action":"kill_switch","hmac_key_id":"k1","previous_hmac":"02","hmac":"03"})j";

const QByteArray ExpectedCsv =
    "timestamp,id,sequence,category,action,framework,framework_reference,entity_type,user_id,user_email,"
    "source_ip,model,provider,policy_name,rule_name,override_reason,source\r\n"
    "2025-01-01T00:00:00Z,r1,1,enforcement,block,pci_dss,PCI-DSS Requirement 3.4,credit_card,u1,"
    "\"'=HYPERLINK(\"\"http://x\"\")\",10.0.0.1,gpt-4o,openai,PCI,'+rule,,records.ndjson\r\n"
    "2025-01-02T00:00:00Z,r2,2,enforcement,allow_with_override,soc2,,,'@admin,,,42,,'\tTabbed,'-x,"
    "\"He said \"\"yes\"\", then\nleft\",records.ndjson\r\n"
    ",7,,admin,kill_switch,,,,,,,,,,,,records.ndjson\r\n";

} // namespace

class TestRecordExport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("export.auditbench")));
        m_store->importBytes(
            {{QStringLiteral("records.ndjson"), First + '\n' + Second + '\n' + Third + '\n'}});
    }
    void cleanup() { m_store.reset(); }

    void csvBytesAreExact()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const RecordExportResult result = RecordExport::write(*m_store, {}, RecordExportFormat::Csv, out);
        QCOMPARE(out.data(), ExpectedCsv);
        QCOMPARE(result.records, qint64(3));
        QCOMPARE(result.bytes, qint64(ExpectedCsv.size()));
        QCOMPARE(result.sha256, crypto::sha256Hex(ExpectedCsv));
    }

    void jsonAndNdjsonKeepTheRecordsAsImported()
    {
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        RecordExport::write(*m_store, {}, RecordExportFormat::Json, json);
        QCOMPARE(json.data(), "[\n" + First + ",\n" + Second + ",\n" + Third + "\n]\n");
        QBuffer ndjson;
        ndjson.open(QIODevice::WriteOnly);
        AuditFilter blocks;
        blocks.actions = QStringList{QStringLiteral("block")};
        const RecordExportResult result =
            RecordExport::write(*m_store, blocks, RecordExportFormat::Ndjson, ndjson);
        QCOMPARE(ndjson.data(), First + '\n');
        QCOMPARE(result.records, qint64(1));
        AuditFilter none;
        none.actions = QStringList{QStringLiteral("no-such-action")};
        QBuffer empty;
        empty.open(QIODevice::WriteOnly);
        RecordExport::write(*m_store, none, RecordExportFormat::Json, empty);
        QCOMPARE(empty.data(), QByteArray("[]\n"));
    }

    void cellsAreEscapedForSpreadsheets_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("minus") << QStringLiteral("-2") << QByteArray("'-2");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote inside") << QStringLiteral("a\"b") << QByteArray("\"a\"\"b\"");
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void cellsAreEscapedForSpreadsheets()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, cell);
        QCOMPARE(RecordExport::csvCell(value), cell);
    }

    void cancelLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        CancellableProgress progress;
        progress.cancel();
        QVERIFY_THROWS_EXCEPTION(
            CancelledError, RecordExport::writeFile(*m_store, {}, RecordExportFormat::Csv, path, &progress));
        QVERIFY(!QFile::exists(path));
        // An existing file of that name is left as it was.
        writeFile(m_dir.path(), QStringLiteral("cancelled.csv"), "before");
        QVERIFY_THROWS_EXCEPTION(
            CancelledError, RecordExport::writeFile(*m_store, {}, RecordExportFormat::Csv, path, &progress));
        QCOMPARE(readFile(path), QByteArray("before"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("cancelled")).size(), 1);
    }

    void writeFileHashesWhatItWrote()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        const RecordExportResult result =
            RecordExport::writeFile(*m_store, {}, RecordExportFormat::Csv, path);
        QCOMPARE(readFile(path), ExpectedCsv);
        QCOMPARE(result.sha256, crypto::sha256Hex(readFile(path)));
    }

    void formatNames()
    {
        QVERIFY(RecordExport::formatFromName(QStringLiteral("ndjson")) == RecordExportFormat::Ndjson);
        QVERIFY(!RecordExport::formatFromName(QStringLiteral("xml")));
        QCOMPARE(RecordExport::formatName(RecordExportFormat::Csv), QStringLiteral("csv"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
};

QTEST_GUILESS_MAIN(TestRecordExport)
#include "tst_recordexport.moc"
