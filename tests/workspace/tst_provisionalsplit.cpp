// The NDJSON line split of a fresh import (issue 15, EvidenceReader::Split::Provisional): records are taken
// line by line without the strict structural walk first, inside a savepoint. Whatever a file holds, the
// outcome must be exactly the strict reader's: the same rows, or the same error with the same position and
// the workspace left as it was. The strict reader is what an import into a workspace that already holds
// records uses, so each file is imported both ways and the outcomes compared.
#include "support/WorkspaceFixture.h"

#include "core/common/InputError.h"
#include "core/json/SourceText.h"
#include "core/workspace/EvidenceReader.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace wsfixture;

namespace {

// The rows of the newest source, without the row id (the preloaded workspace holds one row more).
const QString NewestRows = QStringLiteral(
    "SELECT ordinal, record_id, sequence, ts_text, sort_ms, action, framework, raw, raw_offset, raw_length"
    " FROM gateway_records WHERE source_id = (SELECT MAX(id) FROM sources) ORDER BY ordinal");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject record(int sequence)
{
    return gatewayRecords(1, sequence)[0].toObject();
}

// What importing `file` as g.ndjson leads to: "imported N" and the rows, or "error: " and the exact text.
// `preloaded`: the workspace holds an unrelated record first, so the strict reader is used.
QStringList outcome(const QString &ws, const QByteArray &file, bool preloaded)
{
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
    if (preloaded)
        store->importBytes({{QStringLiteral("other.ndjson"), asNdjson(gatewayRecords(1, 900000))}});
    const QByteArray before = dumpWorkspace(ws);
    try {
        const qint64 records = store->importBytes({{QStringLiteral("g.ndjson"), file}})[0].records;
        return QStringList{QStringLiteral("imported %1").arg(records)} + queryRows(ws, NewestRows);
    } catch (const InputError &e) {
        if (dumpWorkspace(ws) != before)
            return {QStringLiteral("the failed import changed the workspace")};
        return {QStringLiteral("error: ") + e.text()};
    }
}

// Counts the gateway records it is handed; nothing else is expected here.
class CountingSink : public EvidenceSink
{
public:
    qint64 gateway = 0;
    void gatewayRecord(qint64, std::string_view, const GatewayFields &) override { ++gateway; }
    void agent(std::string_view, std::string_view, std::string_view) override {}
    void agentEntry(qint64, std::string_view, const AgentEntryFields &) override {}
    void bundle(qint64, std::string_view, const BundleFields &) override {}
    void ocsfEvent(qint64, std::string_view, const OcsfFields &) override {}
    void package(std::string_view, const PackageFields &) override {}
};

} // namespace

class TestProvisionalSplit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void freshImportEndsAsTheStrictReaderDoes_data();
    void freshImportEndsAsTheStrictReaderDoes();
    void aDeclinedSplitLeavesNoRowOfItsAttempt();
    void theLineSplitIsTakenWhereItCan_data();
    void theLineSplitIsTakenWhereItCan();

private:
    QTemporaryDir m_dir;
    int m_next = 0;
};

void TestProvisionalSplit::freshImportEndsAsTheStrictReaderDoes_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected"); // the outcome's first line (both ways), exactly

    const QByteArray head = asNdjson(gatewayRecords(50)); // lines 1-50, each a record
    const QByteArray next = compact(record(51)), after = compact(record(52));
    QJsonObject withItems = record(51);
    withItems.insert(QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("a"), 1}}});
    QJsonObject withNumbers = record(51);
    withNumbers.insert(QStringLiteral("records"), QJsonArray{1, 2});

    // Declined lines the strict reader reads as records.
    QTest::newRow("a pretty-printed record")
        << head + QJsonDocument(record(51)).toJson(QJsonDocument::Indented) + after + "\n"
        << QStringLiteral("imported 52");
    QTest::newRow("two records on one line") << head + next + " " + after + "\n"
                                             << QStringLiteral("imported 52");
    QTest::newRow("a page of records") << head + "{\"items\":[" + next + "," + after + "],\"next\":null}\n"
                                       << QStringLiteral("imported 52");
    QTest::newRow("a record holding an items array of objects") << head + compact(withItems) + "\n"
                                                                << QStringLiteral("imported 51");
    // Lines the line split takes as they are.
    QTest::newRow("CRLF, blank lines and spaces")
        << QByteArray(head).replace("\n", "\r\n") + "\r\n  \t\r\n  " + next + " \t\r\n\r\n"
        << QStringLiteral("imported 51");
    QTest::newRow("no final line feed") << head + next << QStringLiteral("imported 51");
    // Files the strict reader refuses: the same text and position.
    // (The member's value goes on at the next line, a record: what is missing is found after it.)
    QTest::newRow("an unfinished record on line 51")
        << head + "{\"id\":\"x\",\"hmac\":\n" + after + "\n"
        << QStringLiteral("error: g.ndjson:53:1: expected ',' or '}' after an object member");
    QTest::newRow("a repeated member name")
        << head + next.left(next.size() - 1) + ",\"sequence\":7}\n"
        << QStringLiteral("error: g.ndjson:51:494: duplicate member name \"sequence\": expected each name "
                          "once per object");
    QTest::newRow("a record holding a records array of numbers")
        << head + compact(withNumbers) + "\n"
        << QStringLiteral("error: g.ndjson:51:401: expected a record object");
    QTest::newRow("a number between records")
        << head + "5\n" + after + "\n"
        << QStringLiteral("error: g.ndjson:51:1: expected a record object or a page object");
    QTest::newRow("an array line") << head + "[" + next + "]\n"
                                   << QStringLiteral(
                                          "error: g.ndjson:51:1: expected a record object or a page object");
    QTest::newRow("a form feed after a record")
        << head + next + "\f\n"
        << QStringLiteral("error: g.ndjson:51:494: expected a record object or a page object");
    // A JSON array written an element per line is split at its line feeds too.
    const auto asArray = [](const QByteArray &ndjson) { // "[" + the lines joined by ",\n" + "]"
        QByteArray lines = ndjson.trimmed();
        return "[" + lines.replace("\n", ",\n") + "]\n";
    };
    QTest::newRow("an array, an element per line")
        << asArray(head + next + "\n" + after) << QStringLiteral("imported 52");
    QTest::newRow("an array, brackets on their own lines")
        << "[\n" + asArray(head + next).mid(1).chopped(2) + "\n]\n"
        << QStringLiteral("imported 51");
    QTest::newRow("an array, indented")
        << QJsonDocument(QJsonArray{record(1), record(2), record(3)}).toJson(QJsonDocument::Indented)
        << QStringLiteral("imported 3");
    QTest::newRow("an array, an element holding an items array")
        << asArray(head + compact(withItems)) << QStringLiteral("imported 51");
    QTest::newRow("an array, two elements on one line")
        << asArray(head + next + ", " + after) << QStringLiteral("imported 52");
    QTest::newRow("an array, an unfinished element on line 51")
        << asArray(head + "{\"id\":\"x\",\"hmac\":\n" + after)
        << QStringLiteral("error: g.ndjson:51:18: expected a JSON value");
    QTest::newRow("an array, a comma before the bracket")
        << asArray(head + next).chopped(2) + ",\n]\n"
        << QStringLiteral("error: g.ndjson:52:1: expected a JSON value");
    QTest::newRow("an array of numbers")
        << QByteArray("[1,\n2]\n") << QStringLiteral("error: g.ndjson:1:2: expected a record object");
    // The first line decides whether the line split is tried at all.
    QTest::newRow("a first line that is a page")
        << "{\"records\":[" + compact(record(1)) + "]}\n" + next + "\n"
        << QStringLiteral("imported 2");
    QTest::newRow("a first line that is unfinished")
        << "{\"id\":\n" + next + "\n"
        << QStringLiteral("error: g.ndjson:3:1: expected ',' or '}' after an object member");
}

void TestProvisionalSplit::freshImportEndsAsTheStrictReaderDoes()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    const QString n = QString::number(++m_next);
    const QStringList fresh =
        outcome(m_dir.filePath(QStringLiteral("fresh%1.auditbench").arg(n)), file, false);
    const QStringList strict =
        outcome(m_dir.filePath(QStringLiteral("strict%1.auditbench").arg(n)), file, true);
    QCOMPARE(fresh.value(0), expected);
    QCOMPARE(fresh, strict);
}

// A file whose 20,001st line is a pretty-printed record: 20,000 rows were written (several batches on the
// writer thread) before the line split was declined. The workspace then holds the strict reading only.
void TestProvisionalSplit::aDeclinedSplitLeavesNoRowOfItsAttempt()
{
    const QByteArray file = asNdjson(gatewayRecords(20000)) +
                            QJsonDocument(record(20001)).toJson(QJsonDocument::Indented) +
                            asNdjson(gatewayRecords(10, 20002));
    const QString ws = m_dir.filePath(QStringLiteral("declined.auditbench"));
    const QStringList got = outcome(ws, file, false);
    QCOMPARE(got.value(0), QStringLiteral("imported 20011"));
    QCOMPARE(queryRows(ws, QStringLiteral("SELECT count(*), count(DISTINCT record_id), min(ordinal),"
                                          " max(ordinal) FROM gateway_records")),
             QStringList{QStringLiteral("20011|20011|0|20010")});
    QCOMPARE(queryRows(ws, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                          " AND tbl_name = 'gateway_records'")),
             QStringList{QStringLiteral("11")});
    QCOMPARE(queryRows(ws, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
}

// The rows above are the same either way; this says which way the reader went: the line split, the strict
// split from the start (the first line decided it: it is not one record), or the line split declined at a
// later line ("declined", which the import answers with the strict split).
void TestProvisionalSplit::theLineSplitIsTakenWhereItCan_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");

    const QByteArray lines = asNdjson(gatewayRecords(3));
    QByteArray elements = lines.trimmed();
    elements.replace("\n", ",\n");
    const QJsonArray three = gatewayRecords(3);
    QTest::newRow("NDJSON") << lines << QStringLiteral("line split, 3 records");
    QTest::newRow("an array, an element per line") << "[" + elements + "]\n"
                                                   << QStringLiteral("line split, 3 records");
    QTest::newRow("an array, brackets on their own lines") << "[\n" + elements + "\n]\n"
                                                           << QStringLiteral("line split, 3 records");
    QTest::newRow("an array, indented")
        << QJsonDocument(three).toJson(QJsonDocument::Indented) << QStringLiteral("strict split, 3 records");
    QTest::newRow("an array on one line")
        << QJsonDocument(three).toJson(QJsonDocument::Compact) << QStringLiteral("strict split, 3 records");
    QTest::newRow("a first line that is a page")
        << "{\"records\":[" + compact(record(1)) + "]}\n" + compact(record(2)) + "\n"
        << QStringLiteral("strict split, 2 records");
    QTest::newRow("a pretty-printed record after a line")
        << compact(record(1)) + "\n" + QJsonDocument(record(2)).toJson(QJsonDocument::Indented)
        << QStringLiteral("declined");
}

void TestProvisionalSplit::theLineSplitIsTakenWhereItCan()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    const SourceText src = SourceText::fromBytes(QStringLiteral("g.json"), file);
    CountingSink sink;
    QString got;
    try {
        const EvidenceReader::Summary summary =
            EvidenceReader::read(src, sink, nullptr, EvidenceReader::Split::Provisional);
        got =
            QStringLiteral("%1, %2 records")
                .arg(summary.splitAtLineFeeds ? QStringLiteral("line split") : QStringLiteral("strict split"))
                .arg(summary.records);
        QCOMPARE(sink.gateway, summary.records);
    } catch (const EvidenceReader::SplitDeclined &) {
        got = QStringLiteral("declined");
    }
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestProvisionalSplit)
#include "tst_provisionalsplit.moc"
