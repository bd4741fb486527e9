// ChainInput::Split::Deferred (NDJSON taken line by line, parsed once on all cores) must give exactly what
// the strict split gives: the same result bytes for every input it accepts, the same one-line error for every
// input it declines, and it must really take the fast path for plain NDJSON (else the speed-up is gone).
#include "TestConfig.h"
#include "support/ChainFixture.h"

#include "core/chain/ChainInput.h"
#include "core/chain/ChainVerifier.h"
#include "core/common/InputError.h"
#include "core/json/SourceText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using ab::ChainInput;
using ab::ChainVerifier;
using ab::InputError;
using ab::SourceText;
using ab::VerifyOptions;
using ab::test::ChainFixture;

namespace {

// The result JSON, or "error: " and the message: what a user would see.
QByteArray outcome(ChainInput::Split split, const QList<QPair<QString, QByteArray>> &files,
                   const VerifyOptions &options, bool *deferredBeforeVerify = nullptr)
{
    try {
        ChainInput input;
        for (const auto &[name, bytes] : files)
            input.addSource(SourceText::fromBytes(name, bytes), split);
        if (deferredBeforeVerify)
            *deferredBeforeVerify = input.hasDeferred();
        return ChainVerifier::verify(input, options).toJson();
    } catch (const InputError &e) {
        return "error: " + e.toString().toUtf8();
    }
}

// verify as the CLI runs it on files (mapped, NDJSON split at its line feeds, UTF-8 left to the JSON parser),
// or with each file read and split strictly first: the result JSON, or "error: " and the message.
QByteArray fileOutcome(const QStringList &paths, const VerifyOptions &options, bool strict)
{
    try {
        if (!strict)
            return ChainVerifier::verifyFiles(paths, options).toJson();
        ChainInput input;
        for (const QString &path : paths)
            input.addFile(path);
        return ChainVerifier::verify(input, options).toJson();
    } catch (const InputError &e) {
        return "error: " + e.toString().toUtf8();
    }
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDeferredSplit : public QObject
{
    Q_OBJECT
private slots:
    void sameOutcome_data();
    void sameOutcome();
    void malformedFilesSameError_data();
    void malformedFilesSameError();
    void earlierFilesErrorComesFirst();
    void mappedFilesSameOutcome_data();
    void mappedFilesSameOutcome();
    void chunkBoundaries();
    void recordsKeepTheirTexts();

private:
    ChainFixture fx;
    QTemporaryDir m_dir;
};

void TestDeferredSplit::sameOutcome_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("fastPath"); // every line one record: no strict split needed
    // Split::Deferred applies at all (NDJSON, or an array written an element per line)
    QTest::addColumn<bool>("deferred");
    const QList<QJsonObject> c = fx.chain(6);
    const QByteArray nd = ChainFixture::toNdjson(c);
    QByteArray crlf = nd;
    crlf.replace("\n", " \r\n\t");
    QTest::newRow("ndjson") << nd << true << true;
    QTest::newRow("crlf, blanks, blank lines") << ("\n\n  " + crlf + "\n \n") << true << true;
    QList<QJsonObject> tampered = c;
    tampered[3][QStringLiteral("action")] = QStringLiteral("block");
    QTest::newRow("tampered record") << ChainFixture::toNdjson(tampered) << true << true;
    QList<QJsonObject> nested = c;
    nested[2][QStringLiteral("items")] = QJsonArray{1, 2}; // a record with an "items" array stays a record
    fx.seal(nested[2], nested[2][QStringLiteral("hmac_key_id")].toString());
    fx.relink(nested, 3);
    // The strict split rejects a record whose "items" holds non-objects (it reads it as a page's records
    // first): declined, so the strict split says so.
    QTest::newRow("record with an items array") << ChainFixture::toNdjson(nested) << false << true;
    QList<QJsonObject> withObjects = c;
    withObjects[2][QStringLiteral("data")] = QJsonArray{QJsonObject{{QStringLiteral("k"), 1}}};
    fx.seal(withObjects[2], withObjects[2][QStringLiteral("hmac_key_id")].toString());
    fx.relink(withObjects, 3);
    QTest::newRow("record with a data array of objects")
        << ChainFixture::toNdjson(withObjects) << false << true;
    // Declined: the strict split decides (and the results still agree).
    QTest::newRow("two records on one line")
        << (line(c[0]) + " " + line(c[1]) + "\n" + line(c[2]) + "\n") << false << true;
    QTest::newRow("pretty-printed record")
        << (QJsonDocument(c[0]).toJson(QJsonDocument::Indented) + line(c[1]) + "\n") << false << true;
    QTest::newRow("a page on a line")
        << (ChainFixture::toPage(c.mid(0, 3), QStringLiteral("items")).simplified() + "\n" + line(c[3]) +
            "\n")
        << false << true;
    QTest::newRow("duplicate member")
        << (line(c[0]) + "\n" + line(c[1]).replace("{", "{\"x\":1,\"x\":2,") + "\n") << false << true;
    QTest::newRow("scalar line") << (line(c[0]) + "\n42\n") << false << true;
    QTest::newRow("broken second line")
        << (line(c[0]) + "\n" + line(c[1]).chopped(1) + "\n") << false << true;
    QTest::newRow("array form, indented") << ChainFixture::toJsonArray(c) << false << false;

    // Arrays written an element per line.
    const auto array = [](const QList<QJsonObject> &records, const QByteArray &open, const QByteArray &comma,
                          const QByteArray &close) {
        QByteArray out = open;
        for (qsizetype i = 0; i < records.size(); ++i)
            out += line(records[i]) + (i + 1 < records.size() ? comma : QByteArray());
        return out + close;
    };
    QTest::newRow("array, an element per line") << array(c, "[\n", ",\n", "\n]\n") << true << true;
    QTest::newRow("array, brackets on the first and last element's lines")
        << array(c, "  [", " ,\r\n\n\t", "]  \n\n") << true << true;
    QTest::newRow("array, tampered element") << array(tampered, "[\n", ",\n", "\n]") << true << true;
    // Inside an array a record's "items" is only a member: the strict split takes the record.
    QTest::newRow("array, a record with an items array")
        << array(nested, "[\n", ",\n", "\n]") << true << true;
    // Declined when parsed: the strict split decides.
    QTest::newRow("array on one line") << array(c, "[", ",", "]") << false << true;
    QTest::newRow("array, a scalar element")
        << ("[\n" + line(c[0]) + ",\n42,\n" + line(c[1]) + "\n]\n") << false << true;
    QTest::newRow("array, broken element")
        << ("[\n" + line(c[0]) + ",\n" + line(c[1]).chopped(1) + ",\n" + line(c[2]) + "\n]\n") << false
        << true;
    QTest::newRow("array, duplicate member")
        << ("[\n" + line(c[0]) + ",\n" + line(c[1]).replace("{", "{\"x\":1,\"x\":2,") + "\n]\n") << false
        << true;
    QTest::newRow("array, two elements on a line")
        << ("[\n" + line(c[0]) + ", " + line(c[1]) + ",\n" + line(c[2]) + "\n]\n") << false << true;
    // Not laid out an element per line: split strictly at once.
    QTest::newRow("array, comma before the bracket") << array(c, "[\n", ",\n", ",\n]\n") << false << false;
    QTest::newRow("array, commas first") << array(c, "[\n", "\n,", "\n]\n") << false << false;
    QTest::newRow("array, a value after it")
        << (array(c, "[\n", ",\n", "\n]\n") + line(c[0])) << false << false;
    QTest::newRow("array, not closed") << array(c, "[\n", ",\n", "\n") << false << false;
    QTest::newRow("empty array") << QByteArray("[\n]\n") << false << false;
}

void TestDeferredSplit::sameOutcome()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, fastPath);
    QFETCH(bool, deferred);
    const VerifyOptions options{&fx.keyring()};
    const QList<QPair<QString, QByteArray>> files{{QStringLiteral("export.ndjson"), bytes}};
    bool wasDeferred = false;
    const QByteArray strict = outcome(ChainInput::Split::Strict, files, options);
    const QByteArray fast = outcome(ChainInput::Split::Deferred, files, options, &wasDeferred);
    QCOMPARE(fast, strict);
    QCOMPARE(wasDeferred, deferred);

    // After verification a fast-path input is still line-split; a declined one was split strictly.
    ChainInput input;
    try {
        input.addSource(SourceText::fromBytes(QStringLiteral("export.ndjson"), bytes),
                        ChainInput::Split::Deferred); // a text split strictly at once may throw here
        ChainVerifier::verify(input, options);
    } catch (const InputError &) {
        QVERIFY(!fastPath);
        return;
    }
    QCOMPARE(input.hasDeferred(), fastPath);
}

void TestDeferredSplit::malformedFilesSameError_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &dir :
         {QStringLiteral(AB_TEST_DATA_DIR "/malformed"), QStringLiteral(AB_SPEC_VECTORS_DIR)})
        for (const QFileInfo &f : QDir(dir).entryInfoList(
                 {QStringLiteral("*.json*"), QStringLiteral("*.ndjson")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f.fileName())) << f.filePath();
}

void TestDeferredSplit::malformedFilesSameError()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QPair<QString, QByteArray>> files{{path, f.readAll()}};
    const VerifyOptions options{&fx.keyring()};
    QCOMPARE(outcome(ChainInput::Split::Deferred, files, options),
             outcome(ChainInput::Split::Strict, files, options));
}

void TestDeferredSplit::earlierFilesErrorComesFirst()
{
    // A malformed NDJSON file followed by a missing one: as when each file was split before the next was
    // read, the first file's error is reported.
    const QString bad = QStringLiteral(AB_TEST_DATA_DIR "/malformed/NdjsonMissingComma.ndjson");
    QString strictError, deferredError;
    try {
        ChainInput input;
        input.addFile(bad);
    } catch (const InputError &e) {
        strictError = e.toString();
    }
    try {
        ChainVerifier::verifyFiles({bad, QStringLiteral("/nonexistent/next.ndjson")},
                                   VerifyOptions{&fx.keyring()});
    } catch (const InputError &e) {
        deferredError = e.toString();
    }
    QVERIFY(!strictError.isEmpty());
    QCOMPARE(deferredError, strictError);
}

void TestDeferredSplit::mappedFilesSameOutcome_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedError"); // the start of the error, when there must be one
    for (const QFileInfo &f :
         QDir(QStringLiteral(AB_TEST_DATA_DIR "/malformed"))
             .entryInfoList({QStringLiteral("*.json*"), QStringLiteral("*.ndjson")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f.fileName())) << f.filePath() << QString();
    // Lines that split cleanly, with a bad byte inside a string: only the JSON parser sees it on the fast
    // path.
    const QString invalid = QStringLiteral(AB_TEST_DATA_DIR "/malformed/InvalidUtf8Truncated.ndjson");
    QTest::newRow("bad UTF-8 on line 2, at the byte")
        << invalid << invalid + QStringLiteral(":2:9: invalid UTF-8 byte 0xe2: expected UTF-8 text");
    const QString dir = m_dir.path();
    const QList<QJsonObject> c = fx.chain(6);
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    };
    QTest::newRow("intact chain") << write(QStringLiteral("intact.ndjson"), ChainFixture::toNdjson(c))
                                  << QString();
    QByteArray bad = ChainFixture::toNdjson(c);
    bad.replace("\"evt_00000004\"", "\"evt_\xC0\xAF"
                                    "0000004\""); // an overlong '/': not UTF-8
    if (!bad.contains("\xC0\xAF"))
        qFatal("the fixture's event ids changed: no bad byte was placed");
    const QString badPath = write(QStringLiteral("overlong.ndjson"), bad);
    QTest::newRow("bad UTF-8 on line 4") << badPath << badPath + QStringLiteral(":4:");
    // The same as an array written an element per line ('[' on line 1, so event 4 on line 5).
    const auto toArrayLines = [](QByteArray ndjson) {
        ndjson.chop(1); // the last line feed
        return "[\n" + ndjson.replace("\n", ",\n") + "\n]\n";
    };
    QTest::newRow("intact chain, an array an element per line")
        << write(QStringLiteral("intact-array.json"), toArrayLines(ChainFixture::toNdjson(c))) << QString();
    const QString badArray = write(QStringLiteral("overlong-array.json"), toArrayLines(bad));
    QTest::newRow("bad UTF-8 on line 5 of an array") << badArray << badArray + QStringLiteral(":5:");
}

// The mapped, line-split path gives the strict path's result or error byte for byte, UTF-8 errors included
// (that path leaves UTF-8 to simdjson and checks it itself only when it falls back).
void TestDeferredSplit::mappedFilesSameOutcome()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedError);
    const VerifyOptions options{&fx.keyring()};
    const QByteArray fast = fileOutcome({path}, options, false);
    QCOMPARE(fast, fileOutcome({path}, options, true));
    if (!expectedError.isEmpty()) {
        QVERIFY2(fast.startsWith("error: " + expectedError.toUtf8()), fast.constData());
        QVERIFY2(fast.contains("invalid UTF-8 byte"), fast.constData());
    }
}

// Extraction compares each record with the one before it in input order (chain link, key id) while both are
// in cache, except for the first record of each parallel chunk (2048 records), which the chain check compares
// itself. A break and a key change on such a boundary and inside a chunk must be found alike.
void TestDeferredSplit::chunkBoundaries()
{
    QList<QJsonObject> records = fx.chain(2048); // k2025a: records 1..2048 (the first chunk)
    for (int n = 2049; n <= 4200; ++n)
        fx.append(records, ChainFixture::event(n), QStringLiteral("k2025b"));
    fx.append(records, ChainFixture::event(4201), QStringLiteral("k2025a")); // inside the third chunk
    QList<QJsonObject> tampered = records;
    for (int index : {99, 2047}) // event 100 inside the first chunk, event 2048 its last record
        tampered[index][QStringLiteral("hmac")] = QStringLiteral("ab").repeated(32);
    const VerifyOptions options{&fx.keyring()};
    for (const auto split : {ChainInput::Split::Deferred, ChainInput::Split::Strict}) {
        ChainInput input;
        input.addSource(SourceText::fromBytes(QStringLiteral("e.ndjson"), ChainFixture::toNdjson(tampered)),
                        split);
        const ab::VerificationResult r = ChainVerifier::verify(input, options);
        QCOMPARE(r.eventsChecked, 4201);
        QCOMPARE(r.errors, (QStringList{fx.hmacMismatch(100, tampered[99]),
                                        QStringLiteral("Event 101: previous_hmac mismatch"),
                                        fx.hmacMismatch(2048, tampered[2047]),
                                        QStringLiteral("Event 2049: previous_hmac mismatch")}));
        QCOMPARE(r.keys.size(), 2);
        QCOMPARE(r.keys[0].id, QStringLiteral("k2025a"));
        QCOMPARE(r.keys[0].records, 2049);
        QCOMPARE(r.keys[1].id, QStringLiteral("k2025b"));
        QCOMPARE(r.keys[1].records, 2152);
    }
    ChainInput input;
    input.addSource(SourceText::fromBytes(QStringLiteral("e.ndjson"), ChainFixture::toNdjson(records)),
                    ChainInput::Split::Deferred);
    const ab::VerificationResult intact = ChainVerifier::verify(input, options);
    QVERIFY(intact.valid);
    QCOMPARE(intact.errorCount, 0);
}

QTEST_GUILESS_MAIN(TestDeferredSplit)
// Which text each record comes from, before and after a declined line split rebuilds the lists: an empty
// text, a line-split one (kept), a strictly split one (kept) and a line-split one that declines.
void TestDeferredSplit::recordsKeepTheirTexts()
{
    const QList<QJsonObject> c = fx.chain(6);
    ChainInput input;
    input.addSource(SourceText::fromBytes(QStringLiteral("empty.json"), "[]"), ChainInput::Split::Deferred);
    input.addSource(SourceText::fromBytes(QStringLiteral("a.ndjson"), ChainFixture::toNdjson(c.mid(0, 2))),
                    ChainInput::Split::Deferred);
    input.addSource(
        SourceText::fromBytes(QStringLiteral("b.json"),
                              QJsonDocument(QJsonArray{c[2], c[3]}).toJson(QJsonDocument::Indented)),
        ChainInput::Split::Deferred);
    input.addSource(
        SourceText::fromBytes(QStringLiteral("c.ndjson"),
                              line(c[4]) + "\n" + QJsonDocument(c[5]).toJson(QJsonDocument::Indented)),
        ChainInput::Split::Deferred);
    const auto textsOfRecords = [&input] {
        QStringList texts;
        for (size_t r = 0; r < input.recordCount(); ++r) {
            const uint32_t t = input.recordSource(r);
            const SourceText &text = input.texts()[t];
            const bool inside =
                input.records()[r].data() >= text.data() &&
                input.records()[r].data() + input.records()[r].size() <= text.data() + text.size();
            texts << input.sources()[t].name + (inside ? QString() : QStringLiteral(" (span outside it)"));
        }
        return texts;
    };
    const QStringList expected{QStringLiteral("a.ndjson"), QStringLiteral("a.ndjson"),
                               QStringLiteral("b.json"),   QStringLiteral("b.json"),
                               QStringLiteral("c.ndjson"), QStringLiteral("c.ndjson")};
    // Before verification c.ndjson is still split at its line feeds: each line of the indented record a span.
    QStringList provisional = expected.mid(0, 4);
    while (provisional.size() < qsizetype(input.recordCount()))
        provisional << QStringLiteral("c.ndjson");
    QVERIFY(input.hasDeferred());
    QVERIFY(input.recordCount() > 6);
    QCOMPARE(textsOfRecords(), provisional);
    const ab::VerificationResult result = ChainVerifier::verify(input, VerifyOptions{&fx.keyring()});
    QVERIFY(!input.hasDeferred()); // c.ndjson declined: every list was rebuilt
    QCOMPARE(textsOfRecords(), expected);
    QVERIFY2(result.valid, qPrintable(result.errors.join(QLatin1Char('\n'))));
}

#include "tst_deferredsplit.moc"
