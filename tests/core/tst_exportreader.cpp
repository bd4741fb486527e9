// Export reading (docs/spec/chain.md "Inputs"): every input form splits into the same records, several files
// form one chain in any order, and every malformed file is rejected whole with "file:line:column: message".
#include "TestConfig.h"
#include "support/ChainFixture.h"

#include "core/chain/ChainInput.h"
#include "core/chain/ChainVerifier.h"
#include "core/common/InputError.h"
#include "core/json/ExportReader.h"
#include "core/json/SourceText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using ab::ChainInput;
using ab::ChainVerifier;
using ab::ExportReader;
using ab::InputError;
using ab::SourceText;
using ab::VerifyOptions;
using ab::test::ChainFixture;

class TestExportReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void largeTextSplitsIntoTheSameLines_data();
    void largeTextSplitsIntoTheSameLines();
    void arrayLines_data();
    void arrayLines();
    void forms_data();
    void forms();
    void gzipByMagicNotName();
    void gzipEdgeCases_data();
    void gzipEdgeCases();
    void filesInAnyOrderFormOneChain_data();
    void filesInAnyOrderFormOneChain();
    void malformed_data();
    void malformed();
    void deepNesting_data();
    void deepNesting();
    void rejectedFileAddsNothing();

private:
    ChainFixture fx;
    QList<QJsonObject> records;
    QTemporaryDir tmp;
};

// gzip (RFC 1952) around qCompress's deflate stream, so the test needs no zlib of its own.
static QByteArray gzipBytes(const QByteArray &data, const QByteArray &fileName = {})
{
    quint32 table[256];
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    crc ^= 0xFFFFFFFFu;
    const QByteArray zlib = qCompress(data, 9); // 4-byte size, 2-byte zlib header, deflate, 4-byte adler32
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    if (!fileName.isEmpty()) { // FNAME: the original name, zero-terminated, in the header
        out[3] = 0x08;
        out += fileName + '\0';
    }
    out += zlib.mid(6, zlib.size() - 10);
    const quint32 size = quint32(data.size());
    for (const quint32 v : {crc, size})
        for (int i = 0; i < 4; ++i)
            out += char((v >> (8 * i)) & 0xFF);
    return out;
}

static QStringList idsOf(const ab::ExportSplit &split)
{
    QStringList ids;
    for (const std::string_view r : split.records) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(r.data(), qsizetype(r.size())));
        ids << (doc.isObject() ? doc.object().value(QLatin1String("id")).toString()
                               : QStringLiteral("<not an object>"));
    }
    return ids;
}

void TestExportReader::initTestCase()
{
    QVERIFY(tmp.isValid());
    records = fx.chain(4);
}

void TestExportReader::forms_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("others"); // page members validated and then ignored
    QTest::newRow("array") << ChainFixture::toJsonArray(records) << 0;
    QTest::newRow("compact array") << QJsonDocument(
                                          QJsonArray{records[0], records[1], records[2], records[3]})
                                          .toJson(QJsonDocument::Compact)
                                   << 0;
    for (const char *member : {"items", "data", "records", "audit_logs", "audit_entries"})
        QTest::addRow("page under %s", member) << ChainFixture::toPage(records, QLatin1String(member)) << 3;
    QTest::newRow("NDJSON") << ChainFixture::toNdjson(records) << 0;
    QByteArray crlf = ChainFixture::toNdjson(records);
    crlf.replace("\n", "\r\n");
    QTest::newRow("NDJSON with CRLF") << crlf << 0;
    QByteArray noFinalNewline = ChainFixture::toNdjson(records);
    noFinalNewline.chop(1);
    QTest::newRow("NDJSON without final newline") << noFinalNewline << 0;
    QByteArray pretty;
    for (const QJsonObject &r : records)
        pretty += QJsonDocument(r).toJson(QJsonDocument::Indented);
    QTest::newRow("concatenated pretty objects") << pretty << 0;
    QTest::newRow("NDJSON of pages")
        << (QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{records[0], records[1]}}})
                .toJson(QJsonDocument::Compact) +
            '\n' +
            QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{records[2], records[3]}},
                                      {QStringLiteral("page"), 2}})
                .toJson(QJsonDocument::Compact) +
            '\n')
        << 1;
    QTest::newRow("gzip array") << gzipBytes(ChainFixture::toJsonArray(records)) << 0;
    QTest::newRow("gzip page") << gzipBytes(ChainFixture::toPage(records, QStringLiteral("audit_logs"))) << 3;
    QTest::newRow("gzip NDJSON") << gzipBytes(ChainFixture::toNdjson(records)) << 0;
}

void TestExportReader::forms()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, others);
    const SourceText src = SourceText::fromBytes(QStringLiteral("export"), bytes);
    QCOMPARE(src.wasGzip(), bytes.startsWith("\x1f\x8b"));
    QCOMPARE(src.sha256(), ab::crypto::sha256Hex(bytes)); // of the bytes on disk, compressed or not
    const ab::ExportSplit split = ExportReader::split(src);
    QCOMPARE(idsOf(split), (QStringList{ChainFixture::eventId(1), ChainFixture::eventId(2),
                                        ChainFixture::eventId(3), ChainFixture::eventId(4)}));
    QCOMPARE(int(split.others.size()), others);
    // Each span is exactly the record: it verifies as the chain it came from.
    ChainInput input;
    input.addSource(SourceText::fromBytes(QStringLiteral("export"), bytes));
    const ab::VerificationResult r = ChainVerifier::verify(input, VerifyOptions{&fx.keyring()});
    QVERIFY2(r.valid, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.eventsChecked, 4);
    QCOMPARE(r.sources.first().records, 4);
}

void TestExportReader::gzipByMagicNotName()
{
    const QByteArray plain = ChainFixture::toJsonArray(records);
    const QString gzNamedJson = tmp.filePath(QStringLiteral("really-gzip.json"));
    const QString plainNamedGz = tmp.filePath(QStringLiteral("really-plain.json.gz"));
    QFile a(gzNamedJson), b(plainNamedGz);
    QVERIFY(a.open(QIODevice::WriteOnly) && a.write(gzipBytes(plain)) > 0);
    QVERIFY(b.open(QIODevice::WriteOnly) && b.write(plain) > 0);
    a.close();
    b.close();
    const SourceText fromGz = SourceText::fromFile(gzNamedJson);
    const SourceText fromPlain = SourceText::fromFile(plainNamedGz);
    QVERIFY(fromGz.wasGzip());
    QVERIFY(!fromPlain.wasGzip());
    QCOMPARE(QByteArray(fromGz.data(), qsizetype(fromGz.size())), plain);
    QCOMPARE(QByteArray(fromPlain.data(), qsizetype(fromPlain.size())), plain);
    QCOMPARE(fromGz.originalSize(), QFileInfo(gzNamedJson).size());
}

void TestExportReader::gzipEdgeCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("error"); // after the path; empty when the file is good
    // Inflates to far more than 4x its size: the output buffer must grow several times.
    QByteArray padded = ChainFixture::toJsonArray(records);
    padded.insert(1, QByteArray(3 << 20, ' '));
    QTest::newRow("ratio above 1000") << gzipBytes(padded) << 4 << QString();
    QTest::newRow("original name in header")
        << gzipBytes(ChainFixture::toNdjson(records), "export.ndjson") << 4 << QString();
    // python3 -c "import gzip; print(gzip.compress(b'', mtime=0).hex())" (qCompress has no stream for no
    // data)
    QTest::newRow("empty text inside")
        << QByteArray::fromHex("1f8b080000000000020303000000000000000000") << 0
        << QStringLiteral(":1:1: expected a JSON array, a page object or NDJSON records, found no data");
    QTest::newRow("one byte only")
        << QByteArray("\x1f", 1) << 0
        << QStringLiteral(":1:1: expected '[' or '{' (a JSON array, a page object or NDJSON records)");
}

void TestExportReader::gzipEdgeCases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, records);
    QFETCH(QString, error);
    const QString path = tmp.filePath(QStringLiteral("edge.gz"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    try {
        const ab::VerificationResult r = ChainVerifier::verifyFiles({path}, VerifyOptions{&fx.keyring()});
        QVERIFY2(error.isEmpty(), "accepted a bad file");
        QVERIFY(r.valid);
        QCOMPARE(r.eventsChecked, records);
        QCOMPARE(r.sources.first().sha256, ab::crypto::sha256Hex(bytes));
    } catch (const InputError &e) {
        QCOMPARE(e.toString(), path + error);
    }
}

void TestExportReader::filesInAnyOrderFormOneChain_data()
{
    QTest::addColumn<QList<int>>("order");
    QList<int> order{0, 1, 2, 3};
    do {
        QTest::addRow("%d%d%d%d", order[0], order[1], order[2], order[3]) << order;
    } while (std::next_permutation(order.begin(), order.end()));
}

// Monthly files in different forms, given in every order, verify as one chain of 10.
void TestExportReader::filesInAnyOrderFormOneChain()
{
    QFETCH(QList<int>, order);
    const QList<QJsonObject> chain = fx.chain(10);
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("2025-01.json"), ChainFixture::toJsonArray(chain.mid(0, 3))},
        {QStringLiteral("page-2.json"), ChainFixture::toPage(chain.mid(3, 2), QStringLiteral("items"))},
        {QStringLiteral("2025-03.ndjson.gz"), gzipBytes(ChainFixture::toNdjson(chain.mid(5, 4)))},
        {QStringLiteral("last.ndjson"), ChainFixture::toNdjson(chain.mid(9))}};
    QList<QPair<QString, QByteArray>> given;
    for (int i : order)
        given << files[i];
    const ab::VerificationResult r = ChainFixture::verify(given, VerifyOptions{&fx.keyring()});
    QVERIFY2(r.valid, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.eventsChecked, 10);
    QCOMPARE(r.headHmac.value_or(QString()), chain.last().value(QLatin1String("hmac")).toString());
    QCOMPARE(r.sources.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(r.sources[i].file, given[i].first);
}

// Each fixture in tests/data/malformed is named after its failure; the message is exact.
void TestExportReader::malformed_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("error"); // after "path"
    const auto row = [](const char *fixture, const char *error) {
        QTest::newRow(fixture) << QString::fromLatin1(fixture) << QString::fromUtf8(error);
    };
    row("MissingComma.json", ":3:4: expected ',' or '}' after an object member");
    row("MissingColon.json", ":2:28: expected ':' after a member name");
    row("UnterminatedString.json", ":2:36: expected '\"' to close the string");
    row("UnclosedArray.json", ":3:1: expected ',' or ']' after an array element");
    row("BadNumberTrailingDot.json", ":2:31: expected a valid number");
    row("BadNumberLeadingZero.json", ":2:31: expected a valid number");
    row("InvalidEscape.json", ":2:32: expected a valid escape sequence");
    row("RawControlCharacter.json", ":2:32: expected an escaped control character in a string");
    row("InvalidUtf8.json", ":2:35: invalid UTF-8 byte 0xff: expected UTF-8 text");
    row("InvalidUtf8Truncated.ndjson", ":2:9: invalid UTF-8 byte 0xe2: expected UTF-8 text");
    row("DuplicateMemberTopLevel.json",
        ":3:4: duplicate member name \"id\": expected each name once per object");
    row("DuplicateMemberNested.json",
        ":2:66: duplicate member name \"x\": expected each name once per object");
    row("DuplicateMemberNdjson.ndjson",
        ":2:31: duplicate member name \"hmac\": expected each name once per object");
    row("DuplicateMemberPage.json",
        ":4:3: duplicate member name \"items\": expected each name once per object");
    row("DuplicateMemberInPageMeta.json",
        ":3:24: duplicate member name \"total\": expected each name once per object");
    row("TrailingGarbage.json", ":4:1: expected end of input after the JSON value");
    row("TrailingSecondArray.json", ":4:1: expected end of input after the JSON value");
    row("TrailingCommaAfterArray.json", ":3:2: expected end of input after the JSON value");
    row("NdjsonStrayBracket.ndjson", ":2:1: expected a JSON value");
    row("Empty.json", ":1:1: expected a JSON array, a page object or NDJSON records, found no data");
    row("OnlyWhiteSpace.json", ":3:1: expected a JSON array, a page object or NDJSON records, found no data");
    row("NonObjectArrayElement.json", ":3:3: expected a record object");
    row("NonObjectNdjsonLine.ndjson", ":2:1: expected a record object or a page object");
    row("ScalarDocument.json", ":1:1: expected '[' or '{' (a JSON array, a page object or NDJSON records)");
    row("NdjsonUnterminatedString.ndjson", ":2:34: expected '\"' to close the string");
    row("NdjsonMissingComma.ndjson", ":2:16: expected ',' or '}' after an object member");
    row("NdjsonTruncated.ndjson", ":3:1: expected ',' or '}' after an object member");
    // gzip problems have no text position: the byte offset in the compressed file is given instead.
    row("SecondGzipMember.json.gz",
        ": byte 85: expected end of file after the first gzip member, found 22 more bytes");
    row("TrailingBytesAfterGzip.json.gz",
        ": byte 85: expected end of file after the first gzip member, found 4 more bytes");
    row("TruncatedGzip.json.gz", ": byte 42: truncated gzip data: expected more compressed input");
    row("GzipMagicOnly.json.gz", ": byte 2: truncated gzip data: expected more compressed input");
    row("CorruptGzip.json.gz", ": byte 11: corrupt gzip data (invalid block type)");
    row("InvalidUtf8InGzip.json.gz", ":2:11: invalid UTF-8 byte 0xc0: expected UTF-8 text");
    row("DuplicateMemberInGzip.json.gz",
        ":2:15: duplicate member name \"id\": expected each name once per object");
}

void TestExportReader::malformed()
{
    QFETCH(QString, fixture);
    QFETCH(QString, error);
    const QString path = QStringLiteral(AB_TEST_DATA_DIR "/malformed/") + fixture;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    for (const bool withKeyring : {true, false}) {
        VerifyOptions options;
        if (withKeyring)
            options.keyring = &fx.keyring();
        try {
            ChainVerifier::verifyFiles({path}, options);
            QFAIL("accepted a malformed file");
        } catch (const InputError &e) {
            QCOMPARE(e.toString(), path + error);
            QCOMPARE(e.file(), path);
        }
    }
}

void TestExportReader::deepNesting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const int depth = 100000;
    QTest::newRow("100000 [") << QByteArray(depth, '[')
                              << QStringLiteral(":1:1025: expected at most 1024 levels of nesting");
    QTest::newRow("100000 { as NDJSON") << QByteArray("{\"a\":").repeated(depth)
                                        << QStringLiteral(":1:5121: expected at most 1024 levels of nesting");
    QTest::newRow("closed, inside a record")
        << "[{\"id\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}]"
        << QStringLiteral(":1:1031: expected at most 1024 levels of nesting");
    QTest::newRow("closed, inside an NDJSON record")
        << "{\"hmac\":\"x\"}\n{\"id\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}\n"
        << QStringLiteral(":2:1030: expected at most 1024 levels of nesting");
    QTest::newRow("closed, in a page member")
        << "{\"items\":[],\"meta\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}"
        << QStringLiteral(":1:1044: expected at most 1024 levels of nesting");
}

// Not a crash, not a hang: a clear error at the level where nesting becomes too deep.
void TestExportReader::deepNesting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const QString path = tmp.filePath(QStringLiteral("DeepNesting.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    try {
        ChainVerifier::verifyFiles({path}, VerifyOptions{&fx.keyring()});
        QFAIL("accepted a file nested too deeply");
    } catch (const InputError &e) {
        QCOMPARE(e.toString(), path + error);
    }
}

// "Nothing of it is imported": a rejected file leaves the input as it was, and the files before it do not
// make a result either.
void TestExportReader::rejectedFileAddsNothing()
{
    const QString good = tmp.filePath(QStringLiteral("good.json"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ChainFixture::toJsonArray(records));
    f.close();
    ChainInput input;
    input.addFile(good);
    QCOMPARE(input.recordCount(), size_t(4));
    const QString bad = QStringLiteral(AB_TEST_DATA_DIR "/malformed/TrailingGarbage.json");
    QVERIFY_THROWS_EXCEPTION(InputError, input.addFile(bad));
    QCOMPARE(input.recordCount(), size_t(4));
    QCOMPARE(int(input.sources().size()), 1);
    try {
        ChainVerifier::verifyFiles(
            {good, QStringLiteral(AB_TEST_DATA_DIR "/malformed/DuplicateMemberNested.json")},
            VerifyOptions{&fx.keyring()});
        QFAIL("a file with a duplicate member was accepted next to a good one");
    } catch (const InputError &e) {
        QVERIFY(e.toString().contains(QLatin1String("DuplicateMemberNested.json:2:66:")));
    }
}

void TestExportReader::largeTextSplitsIntoTheSameLines_data()
{
    QTest::addColumn<int>("lineFeedsAtTheMiddle"); // line feeds placed just before, at and after the middle
    QTest::newRow("no line feed at the middle") << 0;
    QTest::newRow("blank lines around the middle") << 6;
}

// splitLines cuts a text over 16 MiB in two halves at a line feed and splits them on two cores: the lines
// must be those of a plain split at every line feed (blanks trimmed, blank lines left out), in order.
void TestExportReader::largeTextSplitsIntoTheSameLines()
{
    QFETCH(int, lineFeedsAtTheMiddle);
    QByteArray text;
    text.reserve(18 << 20);
    for (int i = 0; text.size() < (17 << 20); ++i) {
        const QByteArray record =
            "{\"i\":" + QByteArray::number(i) + ",\"pad\":\"" + QByteArray(i % 97, 'x') + "\"}";
        text += (i % 5 == 0 ? " \t" : "") + record + (i % 3 == 0 ? "\r\n" : "\n") + (i % 7 == 0 ? " \n" : "");
    }
    const qsizetype middle = text.size() / 2; // where splitLines starts looking for a line feed
    if (lineFeedsAtTheMiddle)
        text.insert(middle - 3, QByteArray(lineFeedsAtTheMiddle, '\n'));
    QList<QByteArray> expected;
    for (const QByteArray &l : text.split('\n'))
        if (const QByteArray t = l.trimmed(); !t.isEmpty())
            expected << t;
    QVERIFY(expected.size() > 150000);
    const SourceText src = SourceText::fromBytes(QStringLiteral("big.ndjson"), text);
    const auto lines = ExportReader::splitLines(src);
    QVERIFY(lines);
    QCOMPARE(qsizetype(lines->size()), expected.size());
    for (size_t i = 0; i < lines->size(); ++i) {
        const QByteArray &e = expected[qsizetype(i)];
        if ((*lines)[i] != std::string_view(e.constData(), size_t(e.size())))
            QFAIL(qPrintable(QStringLiteral("line %1 differs").arg(i)));
    }
}

void TestExportReader::arrayLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // the elements joined by '|'; "declined" for nullopt
    QTest::newRow("an element per line") << QByteArray("[{\"a\":1},\n {\"b\":2} ,\r\n{\"c\":3}]\n")
                                         << QStringLiteral("{\"a\":1}|{\"b\":2}|{\"c\":3}");
    QTest::newRow("brackets on their own lines")
        << QByteArray("\n[\n{\"a\":1},\n\n{\"b\":2}\n]\n") << QStringLiteral("{\"a\":1}|{\"b\":2}");
    QTest::newRow("one element") << QByteArray("[{\"a\":[1,2]}]") << QStringLiteral("{\"a\":[1,2]}");
    QTest::newRow("one element, bracket below") << QByteArray("[{\"a\":1}\n]") << QStringLiteral("{\"a\":1}");
    QTest::newRow("indented") << QByteArray("[\n  {\n    \"a\": 1\n  },\n  {\n    \"b\": 2\n  }\n]\n")
                              << QStringLiteral("declined");
    QTest::newRow("object opened alone on the first line")
        << QByteArray("[{\n\"a\":1},\n{\"b\":2}]") << QStringLiteral("declined");
    QTest::newRow("members over two lines")
        << QByteArray("[{ \"a\": 1,\n  \"b\": 2 }]") << QStringLiteral("declined");
    // Laid out like an element per line, though the first line holds two: the caller's parse declines it.
    QTest::newRow("two elements on the first line")
        << QByteArray("[{\"a\":1},{\"b\":2},\n{\"c\":3}]") << QStringLiteral("{\"a\":1},{\"b\":2}|{\"c\":3}");
    QTest::newRow("comma before the bracket")
        << QByteArray("[{\"a\":1},\n{\"b\":2},\n]") << QStringLiteral("declined");
    QTest::newRow("no comma between lines")
        << QByteArray("[{\"a\":1}\n{\"b\":2}]") << QStringLiteral("declined");
    QTest::newRow("empty array") << QByteArray("[\n]") << QStringLiteral("declined");
    QTest::newRow("no closing bracket") << QByteArray("[{\"a\":1},\n{\"b\":2}") << QStringLiteral("declined");
    QTest::newRow("not an array") << QByteArray("{\"a\":1}\n") << QStringLiteral("declined");
    QTest::newRow("array of numbers") << QByteArray("[1,\n2]") << QStringLiteral("declined");
}

// splitArrayLines only lays out: it takes a JSON array written an element per line apart at its line feeds
// and declines any other layout, before touching more than the first element's line where it can.
void TestExportReader::arrayLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const SourceText src = SourceText::fromBytes(QStringLiteral("array.json"), text);
    const auto elements = ExportReader::splitArrayLines(src);
    QStringList got;
    if (elements)
        for (std::string_view e : *elements)
            got << QString::fromUtf8(e.data(), qsizetype(e.size()));
    QCOMPARE(elements ? got.join(QLatin1Char('|')) : QStringLiteral("declined"), expected);
}

QTEST_APPLESS_MAIN(TestExportReader)
#include "tst_exportreader.moc"
