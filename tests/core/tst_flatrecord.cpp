// The flat-record fast path of the verifier (json/FlatRecord.h) must give exactly the DOM path's JCS for
// every record it accepts, and decline everything else (the DOM path then decides, with its error messages).
#include "TestConfig.h"
#include "demo/DemoDataGenerator.h"
#include "json/FlatRecord.h"
#include "json/Jcs.h"

#include <QDir>
#include <QTemporaryDir>

#include <QFile>
#include <QTest>

using namespace ab;

class TestFlatRecord : public QObject
{
    Q_OBJECT
private slots:
    void acceptedGivesTheDomJcs_data();
    void acceptedGivesTheDomJcs();
    void declinedShapes_data();
    void declinedShapes();
    void duplicateNamesAreLeftToTheDomPath();
    void omittedMembersAreLeftOut();
    void specVectorRecordsMatchTheDomJcs();
    void demoRecordsAllTakeTheFastPath();
};

void TestFlatRecord::acceptedGivesTheDomJcs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty object with spaces") << QByteArray(" \t{ \r\n } \n");
    QTest::newRow("gateway-like record") << QByteArray(
        R"({"id":"evt_1","sequence":42,"timestamp":"2025-01-01T00:00:00.000Z","org_id":"org_1",)"
        R"("framework_reference":"HIPAA 45 CFR § 164.312","hmac_key_id":"k2025a","previous_hmac":"00","hmac":"ab"})");
    QTest::newRow("whitespace between tokens") << QByteArray("{ \"b\" : 1 ,\n\t\"a\" :\"x\" }");
    QTest::newRow("integers") << QByteArray(
        R"({"z":0,"y":-1,"x":999999999999999,"w":-999999999999999,"v":10})");
    QTest::newRow("unicode names sort by UTF-16 units")
        << QByteArray("{\"\xe2\x82\xac\":1,\"\xf0\x9f\x98\x80\":2,\"a\":3,\"\xc3\xa9\":4}");
    QTest::newRow("empty strings") << QByteArray(R"({"":"","a":""})");
    QTest::newRow("long string") << QByteArray("{\"s\":\"" + QByteArray(1000, 'x') + "\"}");
    QTest::newRow("slash and DEL stay as they are") << QByteArray("{\"s\":\"a/b\x7f\"}");
}

void TestFlatRecord::acceptedGivesTheDomJcs()
{
    QFETCH(QByteArray, json);
    const std::string_view raw(json.constData(), size_t(json.size()));
    jcs::FlatRecord flat;
    QVERIFY(flat.parse(raw));
    std::string fast;
    QVERIFY(flat.canonicalize(fast, "hmac-not-present", "also-not-present"));
    QCOMPARE(QByteArray::fromStdString(fast), QByteArray::fromStdString(jcs::canonicalize(raw)));
}

void TestFlatRecord::declinedShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("nested object") << QByteArray(R"({"a":{"b":1}})");
    QTest::newRow("array value") << QByteArray(R"({"a":[1]})");
    QTest::newRow("escape in value") << QByteArray(R"({"a":"x\"y"})");
    QTest::newRow("unicode escape in value") << QByteArray(R"({"a":"\u00e9"})");
    QTest::newRow("escape in name") << QByteArray(R"({"a\u0062":1})");
    QTest::newRow("raw control character") << QByteArray("{\"a\":\"x\ty\"}");
    QTest::newRow("fraction") << QByteArray(R"({"a":1.5})");
    QTest::newRow("exponent") << QByteArray(R"({"a":1e5})");
    QTest::newRow("sixteen digits") << QByteArray(R"({"a":1234567890123456})");
    QTest::newRow("negative zero") << QByteArray(R"({"a":-0})");
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
    QTest::newRow("plus sign") << QByteArray(R"({"a":+1})");
    QTest::newRow("bare minus") << QByteArray(R"({"a":-})");
    QTest::newRow("true") << QByteArray(R"({"a":true})");
    QTest::newRow("null") << QByteArray(R"({"a":null})");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("missing comma") << QByteArray(R"({"a":1 "b":2})");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"x)");
    QTest::newRow("unclosed object") << QByteArray(R"({"a":1)");
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1}x)");
    QTest::newRow("two objects") << QByteArray(R"({"a":1}{"b":2})");
    QTest::newRow("array") << QByteArray(R"([{"a":1}])");
    QTest::newRow("empty input") << QByteArray("");
    QTest::newRow("single quotes") << QByteArray("{'a':1}");
    QTest::newRow("vertical tab is not JSON white space") << QByteArray("{\v\"a\":1}");
}

void TestFlatRecord::declinedShapes()
{
    QFETCH(QByteArray, json);
    jcs::FlatRecord flat;
    QVERIFY(!flat.parse(std::string_view(json.constData(), size_t(json.size()))));
}

void TestFlatRecord::duplicateNamesAreLeftToTheDomPath()
{
    jcs::FlatRecord flat;
    QVERIFY(flat.parse(R"({"a":1,"b":2,"a":3})"));
    std::string out = "kept";
    QVERIFY(!flat.canonicalize(out, "hmac", "previous_hmac"));
    QCOMPARE(out, std::string("kept"));
    // Even when the repeated name is one that is omitted from the MAC.
    QVERIFY(flat.parse(R"({"hmac":"1","hmac":"2"})"));
    QVERIFY(!flat.canonicalize(out, "hmac", "previous_hmac"));
}

void TestFlatRecord::omittedMembersAreLeftOut()
{
    jcs::FlatRecord flat;
    QVERIFY(flat.parse(R"({"hmac":"ff","b":2,"previous_hmac":"00","hmac_key_id":"k","a":"x"})"));
    std::string out;
    QVERIFY(flat.canonicalize(out, "hmac", "previous_hmac"));
    QCOMPARE(out, std::string(R"({"a":"x","b":2,"hmac_key_id":"k"})"));
}

// The spec's sample chain: flat records give the DOM's bytes; record 4 (nested values, escapes, floats) is
// declined, so its given JCS stays the DOM path's business.
void TestFlatRecord::specVectorRecordsMatchTheDomJcs()
{
    QFile chain(QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json"));
    QVERIFY(chain.open(QIODevice::ReadOnly));
    const QByteArray text = chain.readAll();
    // Split the top-level array into its objects (a '{' at depth 1 opens one; strings are skipped).
    QList<QByteArray> records;
    int depth = 0;
    qsizetype start = -1;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (c == '{' && depth == 1)
                start = i;
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 1 && c == '}')
                records << text.mid(start, i - start + 1);
        }
    }
    QVERIFY(records.size() >= 4);
    int accepted = 0;
    for (qsizetype n = 0; n < records.size(); ++n) {
        const std::string_view raw(records[n].constData(), size_t(records[n].size()));
        jcs::FlatRecord flat;
        if (n == 3) {
            QVERIFY(!flat.parse(raw));
            continue;
        }
        if (!flat.parse(raw))
            continue;
        ++accepted;
        std::string fast;
        QVERIFY(flat.canonicalize(fast, "not-present-1", "not-present-2"));
        QCOMPARE(QByteArray::fromStdString(fast), QByteArray::fromStdString(jcs::canonicalize(raw)));
    }
    QVERIFY(accepted >= 3);
}

// Every gateway record and runtime audit entry of a demo run is flat, and its fast JCS is the DOM's.
void TestFlatRecord::demoRecordsAllTakeTheFastPath()
{
    QTemporaryDir tmp;
    DemoDataOptions o;
    o.outDir = tmp.path();
    o.records = 400;
    DemoDataGenerator::generate(o);
    int checked = 0;
    for (const char *name :
         {"gateway-audit-2025.ndjson", "gateway-audit-2025-tampered.ndjson", "agent-runtime-export.json"}) {
        QFile f(QDir(tmp.path()).filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (QByteArray line : f.readAll().split('\n')) {
            line = line.trimmed();
            if (line.endsWith(','))
                line.chop(1);
            if (!line.startsWith("{\"id\"") || !line.contains("\"hmac\":"))
                continue; // the runtime export's other lines (agents, configs, ...)
            const std::string_view raw(line.constData(), size_t(line.size()));
            jcs::FlatRecord flat;
            QVERIFY2(flat.parse(raw), line.constData());
            std::string fast;
            QVERIFY(flat.canonicalize(fast, "not-present-1", "not-present-2"));
            QCOMPARE(QByteArray::fromStdString(fast), QByteArray::fromStdString(jcs::canonicalize(raw)));
            ++checked;
        }
    }
    QCOMPARE(checked, 400 + 400 + 500);
}

QTEST_GUILESS_MAIN(TestFlatRecord)
#include "tst_flatrecord.moc"
