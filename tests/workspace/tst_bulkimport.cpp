// The fresh-workspace import path (issue 15): gateway records loaded into an empty table without its
// indexes, written on another thread through the SQLite C API, duplicates merged in memory, indexes built
// at the end. It must store exactly what the row-by-row path stores, leave the schema as it was, and roll
// back completely (indexes included) when the import fails or is cancelled.
#include "support/CancelAfter.h"
#include "support/WorkspaceFixture.h"

#include "core/common/InputError.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using ab::test::CancelAfter;
using namespace wsfixture;

namespace {

const QString Schema = QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name");
const QString GatewayColumns = QStringLiteral(
    "SELECT ordinal, record_id, sequence, ts_text, ts_ms, sort_ms, category, action, framework,"
    " entity_type, user_id, user_email, policy_name, raw, raw_offset, raw_length FROM gateway_records"
    " WHERE source_id = (SELECT MAX(id) FROM sources) ORDER BY ordinal");

} // namespace

class TestBulkImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void freshLoadStoresWhatRowByRowStores();
    void freshLoadKeepsTheSchemaAndItsIndexesServeQueries();
    void freshLoadStoresExactBytesAndNulls();
    void failedFreshLoadRollsBackIndexesAndRows();
    void cancelledFreshLoadRollsBack();
    void indexBuildPutsTheConnectionSettingsBack();
    void newWorkspaceHas8KiBPagesAndAnOlderOneKeepsItsOwn();

private:
    QTemporaryDir m_dir;
};

// The same file into an empty workspace (bulk path) and into one that already holds a record (row path).
void TestBulkImport::freshLoadStoresWhatRowByRowStores()
{
    const QByteArray file = asNdjson(gatewayRecords(5000));
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.auditbench"));
    const QString rowwise = m_dir.filePath(QStringLiteral("rowwise.auditbench"));
    {
        auto store = WorkspaceStore::open(fresh, WorkspaceStore::OpenMode::CreateIfMissing);
        QCOMPARE(store->importBytes({{QStringLiteral("g.ndjson"), file}})[0].records, qint64(5000));
    }
    {
        auto store = WorkspaceStore::open(rowwise, WorkspaceStore::OpenMode::CreateIfMissing);
        store->importBytes({{QStringLiteral("other.ndjson"), asNdjson(gatewayRecords(1, 900000))}});
        QCOMPARE(store->importBytes({{QStringLiteral("g.ndjson"), file}})[0].records, qint64(5000));
    }
    const QStringList a = queryRows(fresh, GatewayColumns), b = queryRows(rowwise, GatewayColumns);
    QCOMPARE(a.size(), 5000);
    QCOMPARE(a, b);
    QCOMPARE(queryRows(fresh, Schema), queryRows(rowwise, Schema));
}

void TestBulkImport::freshLoadKeepsTheSchemaAndItsIndexesServeQueries()
{
    const QString ws = m_dir.filePath(QStringLiteral("schema.auditbench"));
    QStringList before;
    {
        auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
        before = queryRows(ws, Schema);
        store->importBytes({{QStringLiteral("g.ndjson"), asNdjson(gatewayRecords(3000))}});
    }
    QCOMPARE(queryRows(ws, Schema), before);
    const QStringList indexes =
        queryRows(ws, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                     " AND tbl_name = 'gateway_records' AND sql IS NOT NULL"));
    QCOMPARE(indexes.size(), 11); // the ten of version 1 and gateway_sequence of version 2
    // The planner finds them: a framework filter is an index search, not a scan.
    const QStringList plan = queryRows(ws, QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM gateway_records"
                                                          " WHERE framework = 'hipaa' ORDER BY sort_ms"));
    QVERIFY2(plan.join(QLatin1Char('\n')).contains(QLatin1String("INDEX gateway_framework (framework=?)")),
             qPrintable(plan.join(QLatin1Char('\n'))));
    QCOMPARE(queryRows(ws, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
}

// What the C API binds: the record's exact bytes (non-ASCII, escapes, spacing), NULL for absent members,
// a numeric id in its JCS form, the largest integer as the sort key of a record without a timestamp.
void TestBulkImport::freshLoadStoresExactBytesAndNulls()
{
    const QByteArray first =
        R"({"id":"e-1","sequence":1,"timestamp":"2025-02-03T04:05:06.007Z","action":"blöck",)"
        R"( "framework":"","hmac_key_id":"k","previous_hmac":"0","hmac":"x","note":"\u00e9\n"})";
    const QByteArray second = R"({"id":2.0e0,"sequence":2,"hmac_key_id":"k","previous_hmac":"x","hmac":"y"})";
    const QString ws = m_dir.filePath(QStringLiteral("bytes.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
    store->importBytes({{QStringLiteral("g.ndjson"), first + "\n  " + second + "\n"}});
    const QStringList got = queryRows(ws, GatewayColumns);
    QCOMPARE(got.size(), 2);
    // The raw JSON is served from the original (schema version 7): '' and the span in the row.
    QCOMPARE(got[0],
             QStringLiteral("0|e-1|1|2025-02-03T04:05:06.007Z|1738555506007|1738555506007|NULL|blöck||"
                            "NULL|NULL|NULL|NULL||0|%1")
                 .arg(first.size()));
    QCOMPARE(got[1],
             QStringLiteral("1|2|2|NULL|NULL|9223372036854775807|NULL|NULL|NULL|NULL|NULL|NULL|NULL||%1|%2")
                 .arg(first.size() + 3)
                 .arg(second.size()));
    QCOMPARE(store->query(), (QList<QByteArray>{first, second})); // exactly the spans, no timestamp last
}

void TestBulkImport::failedFreshLoadRollsBackIndexesAndRows()
{
    const QString ws = m_dir.filePath(QStringLiteral("failed.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
    const QByteArray before = dumpWorkspace(ws);
    // 20,000 valid records (several batches already written on the writer thread), then a broken one.
    const QByteArray bad = asNdjson(gatewayRecords(20000)) + "{\"id\":\"x\",\"hmac\":\n";
    try {
        store->importBytes({{QStringLiteral("bad.ndjson"), bad}});
        QFAIL("the import of a broken file succeeded");
    } catch (const InputError &e) {
        QVERIFY2(e.text().startsWith(QLatin1String("bad.ndjson:20002:1: ")), qPrintable(e.text()));
    }
    QCOMPARE(dumpWorkspace(ws), before); // rows, indexes and the log as they were
    QCOMPARE(store->count(), qint64(0));
    // The workspace goes on working: the next import takes the fresh path again.
    QCOMPARE(store->importBytes({{QStringLiteral("g.ndjson"), asNdjson(gatewayRecords(100))}})[0].records,
             qint64(100));
    QCOMPARE(queryRows(ws, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                          " AND tbl_name = 'gateway_records'")),
             QStringList{QStringLiteral("11")});
}

void TestBulkImport::cancelledFreshLoadRollsBack()
{
    const QString ws = m_dir.filePath(QStringLiteral("cancelled.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
    const QByteArray before = dumpWorkspace(ws);
    CancelAfter cancel(12000);
    QVERIFY_THROWS_EXCEPTION(
        CancelledError,
        store->importBytes({{QStringLiteral("g.ndjson"), asNdjson(gatewayRecords(30000))}}, &cancel));
    QCOMPARE(dumpWorkspace(ws), before);
}

// The index build's own sorter settings (FreshTableLoad) are read first and put back as they were.
void TestBulkImport::indexBuildPutsTheConnectionSettingsBack()
{
    const QString ws = m_dir.filePath(QStringLiteral("settings.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
    const SqlSession &sql = store->sqlSession();
    const auto settings = [&] {
        QStringList values;
        for (const char *name : {"cache_size", "temp_store", "threads", "mmap_size"})
            values << QStringLiteral("%1=%2").arg(
                QLatin1String(name), sql.scalar(QStringLiteral("PRAGMA ") + QLatin1String(name)).toString());
        return values;
    };
    const QStringList before = settings();
    QCOMPARE(before.value(0), QStringLiteral("cache_size=-65536")); // the workspace's own, not SQLite's
    store->importBytes({{QStringLiteral("g.ndjson"), asNdjson(gatewayRecords(3000))}});
    QCOMPARE(settings(), before);
}

// A new workspace gets 8 KiB pages (the index build and page writes of a fresh import, measured); one made
// with SQLite's default 4 KiB pages keeps them: it is opened, upgraded and imported into as it is.
void TestBulkImport::newWorkspaceHas8KiBPagesAndAnOlderOneKeepsItsOwn()
{
    const QString fresh = m_dir.filePath(QStringLiteral("pages8k.auditbench"));
    {
        auto store = WorkspaceStore::open(fresh, WorkspaceStore::OpenMode::CreateIfMissing);
        store->importBytes({{QStringLiteral("g.ndjson"), asNdjson(gatewayRecords(100))}});
    }
    QCOMPARE(queryRows(fresh, QStringLiteral("PRAGMA page_size")), QStringList{QStringLiteral("8192")});

    const QString older = m_dir.filePath(QStringLiteral("pages4k.auditbench"));
    {
        auto store = WorkspaceStore::open(older, WorkspaceStore::OpenMode::CreateIfMissing);
        const SqlSession &sql = store->sqlSession();
        sql.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); // a page size changes outside WAL only
        sql.exec(QStringLiteral("PRAGMA page_size = 4096"));
        sql.exec(QStringLiteral("VACUUM"));
        sql.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    QCOMPARE(queryRows(older, QStringLiteral("PRAGMA page_size")), QStringList{QStringLiteral("4096")});
    {
        auto store = WorkspaceStore::open(older, WorkspaceStore::OpenMode::CreateIfMissing);
        QCOMPARE(store->importBytes({{QStringLiteral("g.ndjson"), asNdjson(gatewayRecords(100))}})[0].records,
                 qint64(100));
    }
    QCOMPARE(queryRows(older, QStringLiteral("PRAGMA page_size")), QStringList{QStringLiteral("4096")});
    QCOMPARE(queryRows(older, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(queryRows(older, QStringLiteral("SELECT count(*) FROM gateway_records")),
             QStringList{QStringLiteral("100")});
}

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
