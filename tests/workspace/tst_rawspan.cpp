// Gateway records served from the stored original (issue 15, schema version 7, core/workspace/RawSpan.h):
// new rows keep `raw = ''` and their byte span, the original is stored in 64 KiB blocks, and every reader
// returns the record's exact bytes; a version-6 workspace (rows with their raw JSON, one big chunk) upgrades
// in place and reads the same bytes; a changed block is found by the check, naming the file. Blocks are LZ4
// since the codec became a column (`source_chunks.codec`, BlockCodec.h): the older zlib chunks still read,
// and a block that does not decompress, a lying length header or a span outside the original fail the query
// with a text naming the file and are findings of the check, never a crash.
#include "support/WorkspaceFixture.h"

#include "core/workspace/BlockCodec.h"
#include "core/workspace/OriginalBlocks.h"
#include "core/workspace/RawSpan.h"
#include "core/workspace/WorkspaceCheck.h"
#include "core/workspace/WorkspaceSchema.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace wsfixture;

namespace {

// Every record as the store returns it (query order), each with its row id.
QList<QPair<qint64, QByteArray>> allRecords(const WorkspaceStore &store)
{
    QList<QPair<qint64, QByteArray>> out;
    store.forEachRecord({}, [&](const GatewayRecordRow &row, const QByteArray &raw) {
        out.append({row.rowId, raw});
        return true;
    });
    return out;
}

// A gateway export whose records cross block boundaries; record 3 is larger than a block.
QByteArray spanningExport()
{
    QJsonArray records = gatewayRecords(400);
    QJsonObject big = records.at(3).toObject();
    big.insert(QStringLiteral("note"), QString(int(raw_span::BlockBytes) * 2 + 17, QLatin1Char('n')));
    records.replace(3, big);
    return asArray(records);
}

// Runs statements on the store's own connection (the append-only triggers dropped first by the caller).
void execAll(const WorkspaceStore &store, const QStringList &statements)
{
    for (const QString &s : statements) {
        QSqlQuery q(store.sqlSession().db());
        QVERIFY2(q.exec(s), qPrintable(s + QLatin1Char(' ') + q.lastError().text()));
    }
}

// What a reader of every record's JSON says (the error's text), or "" when it reads them all.
QString readError(const WorkspaceStore &store, const AuditFilter &filter = {})
{
    try {
        store.query(filter);
    } catch (const Error &e) {
        return e.text();
    }
    return {};
}

QStringList findingTexts(const WorkspaceStore &store)
{
    QStringList out;
    for (const CheckFinding &f : WorkspaceCheck::run(store, WorkspaceCheck::Depth::Full).findings)
        out << f.message;
    return out;
}

} // namespace

class TestRawSpan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void rowsAreServedFromBlocksOfTheOriginal();
    void everyReaderReturnsTheSpanBytes();
    void versionSixWorkspaceUpgradesInPlace();
    void changedBlockIsFoundByTheCheck();
    void gzipOriginalKeepsRawInRows();
    void codecRoundTripIsBounded();
    void damagedOriginalFailsReadsAndIsAFinding_data();
    void damagedOriginalFailsReadsAndIsAFinding();
    void originalBlocksServeSpansInFileOrder();

private:
    QTemporaryDir m_dir;
};

void TestRawSpan::rowsAreServedFromBlocksOfTheOriginal()
{
    const QByteArray bytes = spanningExport();
    const QString file = writeFile(m_dir.path(), QStringLiteral("spans.json"), bytes);
    auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("spans.auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing);
    QCOMPARE(store->schemaVersion(), 7);
    store->importFiles({file});
    const SqlSession &sql = store->sqlSession();
    // No row keeps a copy; every row has its span; the original is in blocks of exactly 64 KiB.
    QCOMPARE(sql.scalar(QStringLiteral("SELECT COUNT(*) FROM gateway_records WHERE raw = ''"
                                       " AND raw_offset IS NOT NULL AND raw_length > 0"))
                 .toLongLong(),
             qint64(400));
    const qint64 blocks = (bytes.size() + raw_span::BlockBytes - 1) / raw_span::BlockBytes;
    QVERIFY(blocks >= 4);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT COUNT(*) FROM source_chunks")).toLongLong(), blocks);
    // Each block records its codec, and is the LZ4 block of its 64 KiB of the file.
    QCOMPARE(
        sql.scalar(QStringLiteral("SELECT COUNT(*) FROM source_chunks WHERE codec = 'lz4'")).toLongLong(),
        blocks);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT data FROM source_chunks WHERE ordinal = 1")).toByteArray(),
             block_codec::compress(bytes.mid(raw_span::BlockBytes, raw_span::BlockBytes)));
    QCOMPARE(store->sourceBytes(1), bytes);
    // Records crossing one boundary, and the large one crossing two.
    QVERIFY(sql.scalar(QStringLiteral("SELECT COUNT(*) FROM gateway_records WHERE raw_offset / 65536"
                                      " <> (raw_offset + raw_length - 1) / 65536"))
                .toLongLong() >= 2);
    QCOMPARE(sql.scalar(QStringLiteral("SELECT (raw_offset + raw_length - 1) / 65536 - raw_offset / 65536"
                                       " FROM gateway_records WHERE ordinal = 3"))
                 .toLongLong(),
             qint64(2));
    // Each span is the record's bytes in the file, compared with the file itself.
    QSqlQuery q = sql.prepare(QStringLiteral("SELECT id, raw_offset, raw_length FROM gateway_records"));
    sql.exec(q);
    int rows = 0;
    while (sql.next(q)) {
        const QByteArray expected = bytes.mid(q.value(1).toLongLong(), q.value(2).toLongLong());
        QVERIFY(expected.startsWith('{') && expected.endsWith('}'));
        QCOMPARE(store->rawRecord(q.value(0).toLongLong()), expected);
        ++rows;
    }
    QCOMPARE(rows, 400);
}

void TestRawSpan::everyReaderReturnsTheSpanBytes()
{
    const QByteArray bytes = spanningExport();
    const QString file = writeFile(m_dir.path(), QStringLiteral("readers.json"), bytes);
    auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("readers.auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing);
    store->importFiles({file});
    const auto records = allRecords(*store);
    QCOMPARE(records.size(), qsizetype(400));
    for (const auto &r : records) {
        QVERIFY(r.second.startsWith('{') && bytes.contains(r.second));
        QCOMPARE(store->rawRecord(r.first), r.second);
    }
    // The free-text filter reads the served JSON: the large record's note, which spans three blocks.
    const SqlSession &sql = store->sqlSession();
    const QByteArray big = bytes.mid(
        sql.scalar(QStringLiteral("SELECT raw_offset FROM gateway_records WHERE ordinal = 3")).toLongLong(),
        sql.scalar(QStringLiteral("SELECT raw_length FROM gateway_records WHERE ordinal = 3")).toLongLong());
    QVERIFY(big.size() > 2 * raw_span::BlockBytes);
    AuditFilter text;
    text.text = QString(40, QLatin1Char('n'));
    QCOMPARE(store->count(text), qint64(1));
    QCOMPARE(store->query(text), QList<QByteArray>{big});
    // A second import appends: its duplicate look-up reads the earlier rows from their original, and rows
    // of the file being imported (whose original is stored last) from memory.
    QJsonArray twice = gatewayRecords(400);
    twice.append(gatewayRecords(1, 401).at(0));
    twice.append(gatewayRecords(1, 401).at(0)); // merged with a row of this very file
    const QString again = writeFile(m_dir.path(), QStringLiteral("readers-again.ndjson"), asNdjson(twice));
    const QList<ImportFileResult> second = store->importFiles({again});
    QCOMPARE(second.value(0).duplicatesMerged, qint64(400)); // record 3 differs (no note): stored
    QCOMPARE(store->count(), qint64(402));
    QCOMPARE(WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full).findings.size(), qsizetype(0));
}

void TestRawSpan::versionSixWorkspaceUpgradesInPlace()
{
    // The reference: the same evidence imported by this version.
    const QByteArray bytes = spanningExport();
    const QString file = writeFile(m_dir.path(), QStringLiteral("v6.json"), bytes);
    const QString old = m_dir.filePath(QStringLiteral("v6.auditbench"));
    QList<QPair<qint64, QByteArray>> expected;
    {
        auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("current.auditbench")),
                                          WorkspaceStore::OpenMode::CreateIfMissing);
        store->importFiles({file});
        expected = allRecords(*store);
        // A version-6 file as the released migrations made it: every row with its raw JSON, the original in
        // one 8 MiB-style chunk, the source and activity rows as imported.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QStringList statements;
        for (const workspace_schema::Migration &m : workspace_schema::migrations())
            if (m.version <= 6)
                statements << m.statements;
        statements << QStringLiteral("PRAGMA application_id = %1").arg(workspace_schema::ApplicationId)
                   << QStringLiteral("PRAGMA user_version = 6");
        for (const QString &s : std::as_const(statements)) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s + QLatin1Char(' ') + q.lastError().text()));
        }
        const auto copy = [&](const QString &table, const QString &columns, const QString &select) {
            QSqlQuery from = store->sqlSession().prepare(
                QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(select, table));
            store->sqlSession().exec(from);
            QSqlQuery to(db);
            const int n = int(columns.count(QLatin1Char(',')) + 1);
            QStringList marks;
            for (int i = 0; i < n; ++i)
                marks << QStringLiteral("?");
            to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns, marks.join(QLatin1Char(','))));
            int rows = 0;
            while (from.next()) {
                for (int i = 0; i < n; ++i)
                    to.bindValue(i, from.value(i));
                if (!to.exec())
                    return -1;
                ++rows;
            }
            return rows;
        };
        const QString sourceColumns = QStringLiteral(
            "id, sha256, size, file_name, format, imported_at, imported_by, record_count, warnings");
        QCOMPARE(copy(QStringLiteral("sources"), sourceColumns, sourceColumns), 1);
        const QString activity = QStringLiteral("seq, at, user, action, details, prev_hash, hash");
        QCOMPARE(copy(QStringLiteral("activity_log"), activity, activity), 1);
        const QString gateway = QStringLiteral(
            "id, source_id, ordinal, record_id, sequence, ts_text, ts_ms, sort_ms, category, action,"
            " framework, entity_type, user_id, user_email, policy_name, raw");
        QCOMPARE(copy(QStringLiteral("gateway_records"), gateway,
                      gateway.chopped(3) + raw_span::expression(QString())),
                 400);
        QSqlQuery chunk(db);
        chunk.prepare(
            QStringLiteral("INSERT INTO source_chunks (source_id, ordinal, data) VALUES (1, 0, ?)"));
        chunk.bindValue(0, qCompress(bytes, 1));
        QVERIFY(chunk.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    auto store = WorkspaceStore::open(old, WorkspaceStore::OpenMode::ExistingOnly);
    QCOMPARE(store->schemaVersion(), 7);
    const SqlSession &sql = store->sqlSession();
    // Upgraded in place: the rows keep their raw JSON (no span), and read the same bytes as before.
    QCOMPARE(sql.scalar(QStringLiteral("SELECT COUNT(*) FROM gateway_records WHERE raw <> ''"
                                       " AND raw_offset IS NULL AND raw_length IS NULL"))
                 .toLongLong(),
             qint64(400));
    QCOMPARE(allRecords(*store), expected);
    QCOMPARE(store->sourceBytes(1), bytes);
    QCOMPARE(WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full).findings.size(), qsizetype(0));
    // A file imported after the upgrade is served from its original, beside the old rows.
    const QString more =
        writeFile(m_dir.path(), QStringLiteral("v6-more.json"), asArray(gatewayRecords(5, 401)));
    store->importFiles({more});
    QCOMPARE(sql.scalar(QStringLiteral("SELECT COUNT(*) FROM gateway_records WHERE raw = ''")).toLongLong(),
             qint64(5));
    QCOMPARE(store->count(), qint64(405));
    // The old chunk is read as what it is (zlib, the migration's default); the new source's blocks are LZ4.
    QCOMPARE(sql.scalar(QStringLiteral("SELECT group_concat(DISTINCT codec) FROM source_chunks"
                                       " WHERE source_id = 1"))
                 .toString(),
             QStringLiteral("zlib"));
    QCOMPARE(sql.scalar(QStringLiteral("SELECT group_concat(DISTINCT codec) FROM source_chunks"
                                       " WHERE source_id = 2"))
                 .toString(),
             QStringLiteral("lz4"));
    QCOMPARE(store->sourceBytes(2), readFile(more));
    AuditFilter newer;
    newer.sourceId = 2;
    const QList<QByteArray> served = store->query(newer);
    QCOMPARE(served.size(), qsizetype(5));
    for (const QByteArray &r : served)
        QVERIFY(readFile(more).contains(r) && r.startsWith('{') && r.endsWith('}'));
    QCOMPARE(WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full).findings.size(), qsizetype(0));
}

void TestRawSpan::changedBlockIsFoundByTheCheck()
{
    const QByteArray bytes = spanningExport();
    const QString file = writeFile(m_dir.path(), QStringLiteral("tampered.json"), bytes);
    const QString path = m_dir.filePath(QStringLiteral("tampered.auditbench"));
    auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::CreateIfMissing);
    store->importFiles({file});
    // One byte of the last whole block changed (a record's text), the block compressed again and written
    // back: the change is not in the rows, only in the original.
    const qint64 blockNo = bytes.size() / raw_span::BlockBytes - 1;
    QByteArray block = bytes.mid(blockNo * raw_span::BlockBytes, raw_span::BlockBytes);
    const qsizetype at = block.indexOf("\"action\": \"");
    QVERIFY(at > 0);
    block[at + 11] = 'q';
    QSqlQuery q(store->sqlSession().db());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER source_chunks_no_update")));
    QVERIFY(q.prepare(QStringLiteral("UPDATE source_chunks SET data = ? WHERE ordinal = ?")));
    q.addBindValue(block_codec::compress(block));
    q.addBindValue(blockNo);
    QVERIFY(q.exec());
    // The served record shows the change, and the full check names the file and its SHA-256.
    AuditFilter changed;
    changed.text = QStringLiteral("\"action\": \"q");
    QCOMPARE(store->count(changed), qint64(1));
    QStringList found;
    for (const CheckFinding &f : WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full).findings)
        found << f.message;
    const QString sha = store->sources().value(0).sha256;
    QCOMPARE(found, QStringList{path +
                                QStringLiteral(": the stored original of tampered.json does not match "
                                               "its SHA-256 ") +
                                sha});
}

void TestRawSpan::gzipOriginalKeepsRawInRows()
{
    // The text parsed is not the stored original (gzip): every row keeps its raw JSON.
    const QByteArray json = asArray(gatewayRecords(20));
    const QString file = writeFile(m_dir.path(), QStringLiteral("g.json.gz"), gzip(json));
    auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("gzip.auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing);
    store->importFiles({file});
    QCOMPARE(store->sqlSession()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM gateway_records WHERE raw <> ''"
                                        " AND raw_offset IS NULL"))
                 .toLongLong(),
             qint64(20));
    for (const QByteArray &r : store->query())
        QVERIFY(json.contains(r) && r.startsWith('{'));
    QCOMPARE(store->query().size(), qsizetype(20));
}

void TestRawSpan::codecRoundTripIsBounded()
{
    const QByteArray bytes = spanningExport().left(raw_span::BlockBytes);
    const QByteArray lz4 = block_codec::compress(bytes);
    QVERIFY(lz4.size() < bytes.size() / 2);
    QCOMPARE(block_codec::decompress(block_codec::Lz4, lz4, raw_span::BlockBytes), std::optional(bytes));
    // One byte less room than the block needs: refused, nothing written past the bound.
    QCOMPARE(block_codec::decompress(block_codec::Lz4, lz4, raw_span::BlockBytes - 1), std::nullopt);
    QCOMPARE(block_codec::decompress(block_codec::Lz4, lz4.left(lz4.size() - 7), raw_span::BlockBytes),
             std::nullopt);
    QCOMPARE(block_codec::decompress(block_codec::Zlib, qCompress(bytes, 1), raw_span::BlockBytes),
             std::optional(bytes));
    // A zlib chunk whose stream is longer than its header claims: refused, not grown into.
    QByteArray understated = qCompress(bytes, 1);
    understated[2] = 0;
    understated[3] = 100;
    QCOMPARE(block_codec::decompress(block_codec::Zlib, understated, raw_span::BlockBytes), std::nullopt);
    QCOMPARE(block_codec::decompress(block_codec::Zlib, qCompress(QByteArray(), 1), 0),
             std::optional(QByteArray()));
    QCOMPARE(block_codec::decompress("brotli", lz4, raw_span::BlockBytes), std::nullopt);
    QCOMPARE(block_codec::decompress(block_codec::Lz4, block_codec::compress({}), 0),
             std::optional(QByteArray()));
}

// A stored original damaged after the import: a block cut short, of an unknown codec or with a lying length
// header, or a row's span outside the original. Every read of the JSON fails with a text naming the workspace
// file and what is wrong (never a crash), the record count needs no JSON, and the full check names it.
void TestRawSpan::damagedOriginalFailsReadsAndIsAFinding_data()
{
    QTest::addColumn<QString>("name");           // of the evidence file (NAME.json) and its workspace
    QTest::addColumn<QStringList>("damage");     // statements run on the store's connection after the import
    QTest::addColumn<QString>("queryError");     // store.query() of every record
    QTest::addColumn<bool>("firstPageReads");    // the first three records in query order (else: queryError)
    QTest::addColumn<QString>("bigRecordError"); // store.rawRecord(4), blocks 0 to 2 ("": read in full)
    QTest::addColumn<QStringList>("findings");   // the full check's

    const QByteArray bytes = spanningExport();
    const qint64 size = bytes.size();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto workspace = [this](const QString &name) {
        return m_dir.filePath(name + QStringLiteral(".auditbench"));
    };
    const auto damaged = [&](const QString &name, const QString &what) {
        return workspace(name) +
               QStringLiteral(
                   ": the workspace file is damaged and cannot be read (ab_raw: %1); 'auditbench-cli "
                   "check' tells what is affected")
                   .arg(what);
    };
    const auto undecodable = [&](const QString &name, int block) {
        return damaged(name,
                       QStringLiteral("block %1 of the stored original of %2.json cannot be decompressed")
                           .arg(block)
                           .arg(name));
    };
    const auto changed = [&](const QString &name) {
        return QStringList{
            workspace(name) +
            QStringLiteral(": the stored original of %1.json does not match its SHA-256 ").arg(name) + sha};
    };
    const QString unlockChunks = QStringLiteral("DROP TRIGGER source_chunks_no_update");

    QTest::newRow("LZ4 block cut short")
        << QStringLiteral("undecodable")
        << QStringList{unlockChunks,
                       QStringLiteral("UPDATE source_chunks SET data = substr(data, 1, length(data) / 2)"
                                      " WHERE ordinal = 2")}
        << undecodable(QStringLiteral("undecodable"), 2) << true
        << undecodable(QStringLiteral("undecodable"), 2) << changed(QStringLiteral("undecodable"));
    QTest::newRow("unknown codec")
        << QStringLiteral("codec")
        << QStringList{unlockChunks,
                       QStringLiteral("UPDATE source_chunks SET codec = 'brotli' WHERE ordinal = 1")}
        << undecodable(QStringLiteral("codec"), 1) << true << undecodable(QStringLiteral("codec"), 1)
        << changed(QStringLiteral("codec"));
    // A zlib chunk whose length header claims 1 GiB: refused before anything is allocated for it.
    QByteArray lying = qCompress(bytes.left(raw_span::BlockBytes), 1);
    lying[0] = char(0x40);
    QTest::newRow("zlib length header lies")
        << QStringLiteral("lying")
        << QStringList{unlockChunks, QStringLiteral("UPDATE source_chunks SET codec = 'zlib', data = x'%1'"
                                                    " WHERE ordinal = 0")
                                         .arg(QString::fromLatin1(lying.toHex()))}
        << undecodable(QStringLiteral("lying"), 0) << false << undecodable(QStringLiteral("lying"), 0)
        << changed(QStringLiteral("lying"));
    // Record 6 points past the end of the original, record 8 at the bytes of record 7. Record 6 has no
    // timestamp: it is read last.
    QTest::newRow("span outside the original")
        << QStringLiteral("span")
        << QStringList{QStringLiteral("DROP TRIGGER gateway_records_no_update"),
                       QStringLiteral("UPDATE gateway_records SET (raw_offset, raw_length) = (%1, 30)"
                                      " WHERE ordinal = 5")
                           .arg(size - 10),
                       QStringLiteral(
                           "UPDATE gateway_records SET (raw_offset, raw_length) = (SELECT raw_offset,"
                           " raw_length FROM gateway_records WHERE ordinal = 6) WHERE ordinal = 7")}
        << damaged(QStringLiteral("span"),
                   QStringLiteral("the stored original of span.json has no bytes %1..%2")
                       .arg(size - 10)
                       .arg(size + 20))
        << true << QString()
        << QStringList{
               QStringLiteral("source 1 (span.json): record 6 (gateway_records row 6): its span %1..%2 "
                              "is outside the stored original (%3 bytes)")
                   .arg(size - 10)
                   .arg(size + 20)
                   .arg(size),
               QStringLiteral("source 1 (span.json): record 8 (gateway_records row 8): the stored text "
                              "differs from the original")};
}

void TestRawSpan::damagedOriginalFailsReadsAndIsAFinding()
{
    QFETCH(QString, name);
    QFETCH(QStringList, damage);
    QFETCH(QString, queryError);
    QFETCH(bool, firstPageReads);
    QFETCH(QString, bigRecordError);
    QFETCH(QStringList, findings);
    const QString file = writeFile(m_dir.path(), name + QStringLiteral(".json"), spanningExport());
    auto store = WorkspaceStore::open(m_dir.filePath(name + QStringLiteral(".auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing);
    store->importFiles({file});
    execAll(*store, damage);

    QCOMPARE(readError(*store), queryError);
    AuditFilter firstPage;
    firstPage.limit = 3;
    if (firstPageReads)
        QCOMPARE(store->query(firstPage).size(), qsizetype(3));
    else
        QCOMPARE(readError(*store, firstPage), queryError);
    QCOMPARE(store->count(), qint64(400));
    QString rawError;
    try {
        QVERIFY(store->rawRecord(4).size() > 2 * raw_span::BlockBytes);
    } catch (const Error &e) {
        rawError = e.text();
    }
    QCOMPARE(rawError, bigRecordError);
    QCOMPARE(findingTexts(*store), findings);
}

void TestRawSpan::originalBlocksServeSpansInFileOrder()
{
    const QByteArray bytes = spanningExport();
    const QString file = writeFile(m_dir.path(), QStringLiteral("ordered.json"), bytes);
    const QString path = m_dir.filePath(QStringLiteral("ordered.auditbench"));
    auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::CreateIfMissing);
    store->importFiles({file});
    const SqlSession &sql = store->sqlSession();
    OriginalBlocks blocks(sql, 1, QStringLiteral("ordered.json"));
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT id, raw_offset, raw_length FROM gateway_records ORDER BY ordinal"));
    sql.exec(q);
    int rows = 0;
    while (sql.next(q)) {
        const std::string_view span = blocks.span(q.value(1).toLongLong(), q.value(2).toLongLong());
        QCOMPARE(QByteArray(span.data(), qsizetype(span.size())), store->rawRecord(q.value(0).toLongLong()));
        ++rows;
    }
    QCOMPARE(rows, 400);
    // Backwards (the large record, blocks 0 to 2): read again from the first block.
    const qint64 bigAt =
        sql.scalar(QStringLiteral("SELECT raw_offset FROM gateway_records WHERE ordinal = 3")).toLongLong();
    const qint64 bigLength =
        sql.scalar(QStringLiteral("SELECT raw_length FROM gateway_records WHERE ordinal = 3")).toLongLong();
    const std::string_view big = blocks.span(bigAt, bigLength);
    QCOMPARE(QByteArray(big.data(), qsizetype(big.size())), bytes.mid(bigAt, bigLength));
    const QString damaged = path + QStringLiteral(": the workspace file is damaged and cannot be read (%1); "
                                                  "'auditbench-cli check' tells what is affected");
    const auto error = [&](qint64 offset, qint64 length) {
        try {
            blocks.span(offset, length);
        } catch (const Error &e) {
            return e.text();
        }
        return QString();
    };
    QCOMPARE(error(bytes.size() - 5, 6),
             damaged.arg(QStringLiteral("the stored original of ordered.json has no bytes %1..%2")
                             .arg(bytes.size() - 5)
                             .arg(bytes.size() + 1)));
    execAll(*store, {QStringLiteral("DROP TRIGGER source_chunks_no_update"),
                     QStringLiteral("UPDATE source_chunks SET data = x'00ff' WHERE ordinal = 1")});
    QCOMPARE(
        error(bigAt, bigLength),
        damaged.arg(QStringLiteral("block 1 of the stored original of ordered.json cannot be decompressed")));
}

QTEST_GUILESS_MAIN(TestRawSpan)
#include "tst_rawspan.moc"
