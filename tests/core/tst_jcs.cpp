// RFC 8785 canonicalisation against the external vectors (bytes, not re-parsed JSON).
#include "TestConfig.h"
#include "core/json/Jcs.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <simdjson.h>

#include <bit>
#include <cstring>

class TestJcs : public QObject
{
    Q_OBJECT
private slots:
    void rfc8785Vectors_data();
    void rfc8785Vectors();
    void es6Numbers_data();
    void es6Numbers();
    void numberFormatting_data();
    void numberFormatting();
    void chainRecordContent();
    void duplicateMemberRejected_data();
    void duplicateMemberRejected();
    void utf16Order();
    void memberOrderRemembered_data();
    void memberOrderRemembered();
    void intoReusedBuffer_data();
    void intoReusedBuffer();
};

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void TestJcs::rfc8785Vectors_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QStringLiteral(AB_EXTERNAL_DIR "/rfc8785-jcs/input"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 6);
    for (const QString &n : names)
        QTest::newRow(qPrintable(n)) << n;
}

void TestJcs::rfc8785Vectors()
{
    QFETCH(QString, name);
    const QByteArray input = readAll(QStringLiteral(AB_EXTERNAL_DIR "/rfc8785-jcs/input/") + name);
    const QByteArray expected = readAll(QStringLiteral(AB_EXTERNAL_DIR "/rfc8785-jcs/output/") + name);
    const std::string out = ab::jcs::canonicalize(std::string_view(input.constData(), size_t(input.size())));
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

void TestJcs::es6Numbers_data()
{
    QTest::addColumn<QString>("hexBits");
    QTest::addColumn<QString>("expected");
    const QList<QByteArray> lines =
        readAll(QStringLiteral(AB_EXTERNAL_DIR "/rfc8785-jcs/es6_number_samples.csv")).split('\n');
    int rows = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> parts = line.trimmed().split(',');
        QTest::newRow(parts[0].constData()) << QString::fromLatin1(parts[0]) << QString::fromLatin1(parts[1]);
        ++rows;
    }
    QCOMPARE(rows, 7);
}

void TestJcs::es6Numbers()
{
    QFETCH(QString, hexBits);
    QFETCH(QString, expected);
    bool ok = false;
    const quint64 bits = hexBits.toULongLong(&ok, 16);
    QVERIFY(ok);
    std::string out;
    ab::jcs::appendNumber(out, std::bit_cast<double>(bits));
    QCOMPARE(QString::fromStdString(out), expected);
}

void TestJcs::numberFormatting_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("integer") << 42.0 << "42";
    QTest::newRow("1e21") << 1e21 << "1e+21";
    QTest::newRow("1e20") << 1e20 << "100000000000000000000";
    QTest::newRow("1.5e-7") << 1.5e-7 << "1.5e-7";
    QTest::newRow("1e-6") << 1e-6 << "0.000001";
    QTest::newRow("fraction") << 2.5 << "2.5";
    QTest::newRow("negative") << -123.456 << "-123.456";
    QTest::newRow("2^53+2") << 9007199254740994.0 << "9007199254740994";
    QTest::newRow("max") << 1.7976931348623157e308 << "1.7976931348623157e+308";
    QTest::newRow("min subnormal") << 5e-324 << "5e-324";
    QTest::newRow("third") << (1.0 / 3.0) << "0.3333333333333333";
}

void TestJcs::numberFormatting()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    std::string out;
    ab::jcs::appendNumber(out, value);
    QCOMPARE(QString::fromStdString(out), expected);
}

void TestJcs::chainRecordContent()
{
    // spec/vectors: record 4 of chain-small.json without hmac/previous_hmac, canonicalised.
    const QByteArray expected =
        readAll(QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.record4.jcs")).trimmed();
    const QByteArray record =
        R"({"id":"evt_00000004","timestamp":"2025-08-25T00:01:59.434Z","org_id":"org_demo","category":"authentication",
        "action":"logout","user_id":"usr_004","user_email":"user37@example.com","source_ip":"203.0.113.32","sequence":4,
        "details":{"z":[1,2.5,-0.0,1e+21,1.5e-07],"été":"café ☃ 😀","ctrl":"tab\there\nnew \u0001","a":null,"b":true},
        "hmac_key_id":"k2025a"})";
    QCOMPARE(QByteArray::fromStdString(
                 ab::jcs::canonicalize(std::string_view(record.constData(), size_t(record.size())))),
             expected);
}

// The import checks records with requireUniqueMembers(), the chain with canonicalize(): both must find the
// same duplicate (empty `name`: none) in small objects (names compared pairwise) and large ones (sorted).
void TestJcs::duplicateMemberRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    const auto members = [](int n, const char *extra) {
        QByteArray json("{");
        for (int i = 0; i < n; ++i)
            json += "\"m" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        return json + extra + "}";
    };
    QTest::newRow("top level") << QByteArray(R"({"a":1,"b":2,"a":3})") << "a";
    QTest::newRow("nested") << QByteArray(R"({"x":{"k":1,"k":1}})") << "k";
    QTest::newRow("in array") << QByteArray(R"([{"q":true,"q":false}])") << "q";
    QTest::newRow("escaped spelling") << QByteArray(R"({"ab":1,"a\u0062":2})") << "ab";
    QTest::newRow("in an object of 40 members") << members(40, R"("m17":"again")") << "m17";
    QTest::newRow("nested under an object of 40 members") << members(40, R"("z":[1,{"y":1,"y":2}])") << "y";
    QTest::newRow("sibling objects share names") << QByteArray(R"({"a":{"k":1},"b":{"k":2},"k":3})") << "";
    QTest::newRow("40 distinct members") << members(40, R"("last":null)") << "";
}

void TestJcs::duplicateMemberRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    const std::string_view text(json.constData(), size_t(json.size()));
    const auto duplicateFoundBy = [&](const auto &check) {
        try {
            check(text);
            return QString();
        } catch (const ab::jcs::DuplicateMemberError &e) {
            return QString::fromStdString(e.name());
        }
    };
    QCOMPARE(duplicateFoundBy([](std::string_view t) { ab::jcs::canonicalize(t); }), name);
    QCOMPARE(duplicateFoundBy([](std::string_view t) { ab::jcs::requireUniqueMembers(t); }), name);
}

void TestJcs::utf16Order()
{
    // U+FB33 (BMP, above the surrogates) sorts after U+1F600 in UTF-16 order, before it in code point order.
    QVERIFY(ab::jcs::utf16Less("\xF0\x9F\x98\x80", "\xEF\xAC\xB3"));
    QVERIFY(!ab::jcs::utf16Less("\xEF\xAC\xB3", "\xF0\x9F\x98\x80"));
    QVERIFY(ab::jcs::utf16Less("a", "ab"));
    QVERIFY(!ab::jcs::utf16Less("ab", "ab"));
    QVERIFY(ab::jcs::utf16Less("Z", "a"));
}

// canonicalize() remembers the member order of the last top-level objects it sorted on a thread (records come
// in a few shapes). Each row canonicalises its texts in turn on one thread: every output must be what the
// text alone gives, whatever came before (same names in another order, a name more, a repeated name, more
// shapes than are remembered).
void TestJcs::memberOrderRemembered_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("same names, other order")
        << QStringList{R"({"b":1,"a":2})", R"({"a":3,"b":4})", R"({"b":5,"a":6})"}
        << QStringList{R"({"a":2,"b":1})", R"({"a":3,"b":4})", R"({"a":6,"b":5})"};
    QTest::newRow("one name more or less")
        << QStringList{R"({"b":1,"a":2})", R"({"b":1,"a":2,"c":3})", R"({"b":1})", R"({"b":1,"a":2})"}
        << QStringList{R"({"a":2,"b":1})", R"({"a":2,"b":1,"c":3})", R"({"b":1})", R"({"a":2,"b":1})"};
    QTest::newRow("a name that differs in its last byte")
        << QStringList{R"({"ab":1,"aa":2})", R"({"ab":1,"ac":2})"}
        << QStringList{R"({"aa":2,"ab":1})", R"({"ab":1,"ac":2})"};
    QTest::newRow("a repeated name after its shape was remembered")
        << QStringList{R"({"b":1,"a":2})", R"({"b":1,"b":2})", R"({"b":1,"a":2})"}
        << QStringList{R"({"a":2,"b":1})", QStringLiteral("duplicate member name \"b\""), R"({"a":2,"b":1})"};
    QTest::newRow("a name needing escapes") << QStringList{R"({"z":0,"\u0001":1})", R"({"z":0,"\u0001":2})"}
                                            << QStringList{R"({"\u0001":1,"z":0})", R"({"\u0001":2,"z":0})"};
    QTest::newRow("nested objects sort on their own")
        << QStringList{R"({"n":{"y":1,"x":2},"m":0})", R"({"n":{"x":1,"y":2},"m":0})"}
        << QStringList{R"({"m":0,"n":{"x":2,"y":1}})", R"({"m":0,"n":{"x":1,"y":2}})"};
    // Ten shapes, twice round: more than the cache holds, so shapes are dropped and sorted again.
    QStringList texts, expected;
    for (int round = 0; round < 2; ++round)
        for (int shape = 0; shape < 10; ++shape) {
            QString text = QStringLiteral("{"), canonical = QStringLiteral("{");
            for (int m = shape; m >= 0; --m)
                text += QStringLiteral("%1\"k%2\":%3")
                            .arg(QLatin1String(m == shape ? "" : ","))
                            .arg(m)
                            .arg(round);
            for (int m = 0; m <= shape; ++m)
                canonical +=
                    QStringLiteral("%1\"k%2\":%3").arg(QLatin1String(m == 0 ? "" : ",")).arg(m).arg(round);
            texts << text + QLatin1Char('}');
            expected << canonical + QLatin1Char('}');
        }
    QTest::newRow("more shapes than remembered") << texts << expected;
    // Names of 1 to 20 bytes that differ from the remembered ones in a single byte, at every position: the
    // remembered order must not be taken for them, however the names are compared.
    for (int length = 1; length <= 20; ++length) {
        QStringList differing, sorted;
        for (int at = 0; at < length; ++at) {
            const auto name = [&](char c) {
                QString n(length, QLatin1Char('k'));
                n[at] = QLatin1Char(c);
                return n;
            };
            differing << QStringLiteral(R"({"%1":1,"%2":2})").arg(name('b'), name('c'))
                      << QStringLiteral(R"({"%1":1,"%2":2})").arg(name('d'), name('c'));
            sorted << QStringLiteral(R"({"%1":1,"%2":2})").arg(name('b'), name('c'))
                   << QStringLiteral(R"({"%1":2,"%2":1})").arg(name('c'), name('d'));
        }
        QTest::addRow("names of %d bytes, one byte differing", length) << differing << sorted;
    }
}

void TestJcs::memberOrderRemembered()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    QCOMPARE(texts.size(), expected.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QByteArray text = texts[i].toUtf8();
        QString out;
        try {
            out = QString::fromStdString(
                ab::jcs::canonicalize(std::string_view(text.constData(), size_t(text.size()))));
        } catch (const ab::jcs::DuplicateMemberError &e) {
            out = e.text();
        }
        QCOMPARE(out, expected[i]);
    }
}

// canonicalizeInto() writes each form from the start of one reused buffer, which only grows: each view must
// be exactly the text's own form, however long the forms before it were. Strings::NeedNoEscapes (the caller
// saw no backslash in the text) copies strings without looking for characters to escape, and must give the
// same bytes.
void TestJcs::intoReusedBuffer_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("long, then short, then long again")
        << QStringList{R"({"b":"a long value that makes the buffer grow","a":[1,2,3],"n":-9007199254740992})",
                       R"({"x":1})", R"({"b":"bb","a":{"d":1e21,"c":null}})"}
        << QStringList{R"({"a":[1,2,3],"b":"a long value that makes the buffer grow","n":-9007199254740992})",
                       R"({"x":1})", R"({"a":{"c":null,"d":1e+21},"b":"bb"})"};
    QTest::newRow("non-ASCII and an omitted member")
        << QStringList{R"({"hmac":"00","été":"café ☃ 😀","z":true,"previous_hmac":"11"})"}
        << QStringList{R"({"z":true,"été":"café ☃ 😀"})"};
    QTest::newRow("top-level array and scalars") << QStringList{R"([{"b":1,"a":2},"s",0.5])", R"(12)"}
                                                 << QStringList{R"([{"a":2,"b":1},"s",0.5])", R"(12)"};
}

void TestJcs::intoReusedBuffer()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    for (const auto strings : {ab::jcs::Strings::MayNeedEscapes, ab::jcs::Strings::NeedNoEscapes}) {
        std::string buffer;
        simdjson::dom::parser parser;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QByteArray text = texts[i].toUtf8();
            QVERIFY(!text.contains('\\'));
            simdjson::dom::element el;
            QVERIFY(!parser.parse(text.constData(), size_t(text.size())).get(el));
            const std::string_view form =
                ab::jcs::canonicalizeInto(el, buffer, {"hmac", "previous_hmac"}, strings);
            QCOMPARE(QString::fromUtf8(form.data(), qsizetype(form.size())), expected[i]);
            QVERIFY(buffer.size() >= form.size());
        }
    }
}

QTEST_APPLESS_MAIN(TestJcs)
#include "tst_jcs.moc"
