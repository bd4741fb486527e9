// Issue 15, pages written once: an import into a fresh workspace leaves WAL for a rollback journal
// (ImportJournal), so every new page is written once instead of into the -wal and again at the checkpoint.
// Another connection with the file open makes it fall back to WAL at once; the result is the same rows
// either way, a failed import still rolls back completely, and the workspace is in WAL again afterwards.
// LoadedRecords (the fresh load's duplicate look-up) merges exactly as the row-by-row path does.
#include "support/WorkspaceFixture.h"

#include "core/common/InputError.h"
#include "core/workspace/ImportJournal.h"
#include "core/workspace/LoadedRecords.h"
#include "core/workspace/WorkspaceStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <string>
#include <vector>

using namespace ab;
using namespace wsfixture;

namespace {

qint64 walSize(const QString &ws)
{
    return QFileInfo(ws + QStringLiteral("-wal")).size(); // 0 when absent
}

const QString GatewayColumns = QStringLiteral(
    "SELECT ordinal, record_id, sequence, ts_text, ts_ms, sort_ms, category, action, framework,"
    " entity_type, user_id, user_email, policy_name, raw FROM gateway_records ORDER BY ordinal");

} // namespace

class TestImportJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aloneTheImportWritesThroughARollbackJournal();
    void anotherConnectionOpenFallsBackToWalAtOnce();
    void appendingToStoredRecordsStaysInWal();
    void failedImportRollsBackAndReturnsToWal();
    void loadedRecordsMergesLikeTheRowPath();

private:
    QTemporaryDir m_dir;
    QByteArray m_file; // 3,000 gateway records, NDJSON
};

void TestImportJournal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = asNdjson(gatewayRecords(3000));
}

void TestImportJournal::aloneTheImportWritesThroughARollbackJournal()
{
    const QString ws = m_dir.filePath(QStringLiteral("alone.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
    {
        const ImportJournal journal(store->sqlSession());
        QVERIFY(journal.rollbackJournal());
        QCOMPARE(ImportJournal::journalMode(store->sqlSession()), QStringLiteral("delete"));
        QCOMPARE(walSize(ws), qint64(0)); // leaving WAL checkpointed and removed it
    }
    QCOMPARE(ImportJournal::journalMode(store->sqlSession()), QStringLiteral("wal"));

    QCOMPARE(store->importBytes({{QStringLiteral("g.ndjson"), m_file}})[0].records, qint64(3000));
    // Nothing of the ~2 MB the import wrote went through the -wal (in WAL it would all be there until the
    // store closes), and the file is in WAL again for every other connection.
    QVERIFY2(walSize(ws) < 64 * 1024, qPrintable(QString::number(walSize(ws))));
    QCOMPARE(ImportJournal::journalMode(store->sqlSession()), QStringLiteral("wal"));
    QCOMPARE(queryRows(ws, QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("wal")});
    QCOMPARE(queryRows(ws, QStringLiteral("SELECT count(*) FROM gateway_records")),
             QStringList{QStringLiteral("3000")});
    QVERIFY(!QFileInfo::exists(ws + QStringLiteral("-journal")));
    QCOMPARE(queryRows(ws, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
}

// The workbench imports on a worker connection while its own is open: the switch is refused without
// waiting for the busy timeout, the import goes through WAL as before, and it stores the same rows.
void TestImportJournal::anotherConnectionOpenFallsBackToWalAtOnce()
{
    const QString ws = m_dir.filePath(QStringLiteral("shared.auditbench"));
    auto importer = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
    auto other = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    QCOMPARE(other->count(), qint64(0));
    {
        QElapsedTimer timer;
        timer.start();
        const ImportJournal journal(importer->sqlSession());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!journal.rollbackJournal());
        QCOMPARE(ImportJournal::journalMode(importer->sqlSession()), QStringLiteral("wal"));
    }
    QCOMPARE(importer->importBytes({{QStringLiteral("g.ndjson"), m_file}})[0].records, qint64(3000));
    QVERIFY2(walSize(ws) > 1024 * 1024, qPrintable(QString::number(walSize(ws)))); // written through WAL
    QCOMPARE(ImportJournal::journalMode(importer->sqlSession()), QStringLiteral("wal"));
    QCOMPARE(other->count(), qint64(3000)); // the other connection reads the committed import
    other.reset();
    importer.reset();
    // Both paths store the same rows, byte for byte.
    QCOMPARE(queryRows(ws, GatewayColumns),
             queryRows(m_dir.filePath(QStringLiteral("alone.auditbench")), GatewayColumns));
    QCOMPARE(queryRows(ws, GatewayColumns).size(), 3000);
}

void TestImportJournal::appendingToStoredRecordsStaysInWal()
{
    const QString ws = m_dir.filePath(QStringLiteral("append.auditbench"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
    store->importBytes({{QStringLiteral("one.ndjson"), asNdjson(gatewayRecords(1, 900000))}});
    const ImportJournal journal(store->sqlSession());
    QVERIFY(!journal.rollbackJournal());
    QCOMPARE(ImportJournal::journalMode(store->sqlSession()), QStringLiteral("wal"));
}

void TestImportJournal::failedImportRollsBackAndReturnsToWal()
{
    const QString ws = m_dir.filePath(QStringLiteral("failed.auditbench"));
    WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing).reset(); // the schema checkpointed
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    const QByteArray before = dumpWorkspace(ws);
    const qint64 sizeBefore = QFileInfo(ws).size();
    // 20,000 valid records (batches written, the file grown), then a broken one.
    const QByteArray bad = asNdjson(gatewayRecords(20000)) + "{\"id\":\"x\",\"hmac\":\n";
    try {
        store->importBytes({{QStringLiteral("bad.ndjson"), bad}});
        QFAIL("the import of a broken file succeeded");
    } catch (const InputError &e) {
        QVERIFY2(e.text().startsWith(QLatin1String("bad.ndjson:20002:1: ")), qPrintable(e.text()));
    }
    QCOMPARE(ImportJournal::journalMode(store->sqlSession()), QStringLiteral("wal"));
    QVERIFY(!QFileInfo::exists(ws + QStringLiteral("-journal")));
    QCOMPARE(QFileInfo(ws).size(), sizeBefore); // the rollback truncated the pages the load appended
    QCOMPARE(dumpWorkspace(ws), before);
    QCOMPARE(store->importBytes({{QStringLiteral("g.ndjson"), m_file}})[0].records, qint64(3000));
}

void TestImportJournal::loadedRecordsMergesLikeTheRowPath()
{
    // 100,000 ids: the table grows three times (65,536 slots, doubled at half full).
    std::vector<std::string> texts;
    texts.reserve(100004);
    for (int i = 0; i < 100000; ++i)
        texts.push_back("{\"id\":\"r-" + std::to_string(i) + "\",\"n\":" + std::to_string(i) + "}");
    LoadedRecords loaded;
    int seen = 0;
    for (const std::string &t : texts)
        seen += loaded.seenAlready(t.substr(7, t.find('"', 7) - 7), t) ? 1 : 0;
    QCOMPARE(seen, 0);
    // The same bytes again (another copy in memory): merged, every one.
    for (int i = 0; i < 100000; i += 7) {
        const std::string copy = texts[size_t(i)];
        seen += loaded.seenAlready("r-" + std::to_string(i), copy) ? 1 : 0;
    }
    QCOMPARE(seen, 14286);
    // Same id, same JCS form, other bytes: merged. Same id, other content: kept (the verifier reports it).
    texts.push_back("{ \"n\": 5,\n \"id\": \"r-5\" }");
    QVERIFY(loaded.seenAlready("r-5", texts.back()));
    texts.push_back("{\"id\":\"r-5\",\"n\":6}");
    QVERIFY(!loaded.seenAlready("r-5", texts.back()));
    QVERIFY(loaded.seenAlready("r-5", texts.back())); // and now it is known
}

QTEST_GUILESS_MAIN(TestImportJournal)
#include "tst_importjournal.moc"
