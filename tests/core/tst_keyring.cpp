// The auditor's keyring (docs/spec/chain.md "The keyring"): secret encodings, fingerprints, and every
// malformed keyring rejected with its exact message and position.
#include "TestConfig.h"
#include "core/chain/Keyring.h"
#include "core/common/InputError.h"

#include <QTemporaryDir>
#include <QTest>

using ab::InputError;
using ab::Keyring;

class TestKeyring : public QObject
{
    Q_OBJECT
private slots:
    void secrets_data();
    void secrets();
    void specKeyringFingerprints();
    void malformed_data();
    void malformed();
    void missingFile();
    void otherMembersIgnored();
    void windows();
};

static QByteArray secretBytes(const Keyring::Key &k)
{
    return QByteArray(reinterpret_cast<const char *>(k.secret.data()), qsizetype(k.secret.size()));
}

// Fingerprints were computed at test-writing time with python3: hashlib.sha256(key).hexdigest()[:16].
void TestKeyring::secrets_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fingerprint");
    QTest::newRow("hex lowercase") << QByteArray("hex:00ff") << QByteArray("\x00\xff", 2)
                                   << QStringLiteral("06eb7d6a69ee19e5");
    QTest::newRow("hex uppercase") << QByteArray("hex:00FF") << QByteArray("\x00\xff", 2)
                                   << QStringLiteral("06eb7d6a69ee19e5");
    QTest::newRow("base64") << QByteArray("base64:AP8=") << QByteArray("\x00\xff", 2)
                            << QStringLiteral("06eb7d6a69ee19e5");
    QTest::newRow("hex 32 bytes")
        << QByteArray("hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
        << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
        << QStringLiteral("630dcd2966c43366");
    QTest::newRow("base64 text key") << QByteArray("base64:cm90YXRlZC1rZXktZm9yLXZlY3RvcnM=")
                                     << QByteArray("rotated-key-for-vectors")
                                     << QStringLiteral("7cebe353eff7d40a");
    QTest::newRow("escaped in JSON") << QByteArray("hex:\\u0030\\u0030ff") << QByteArray("\x00\xff", 2)
                                     << QStringLiteral("06eb7d6a69ee19e5");
}

void TestKeyring::secrets()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fingerprint);
    const Keyring k = Keyring::fromBytes(QStringLiteral("keys.json"),
                                         "{\"keys\": [{\"id\": \"k1\", \"secret\": \"" + secret + "\"}]}");
    QCOMPARE(k.size(), size_t(1));
    QCOMPARE(QString::fromStdString(k.keys().front().id), QStringLiteral("k1"));
    QCOMPARE(secretBytes(k.keys().front()), bytes);
    QCOMPARE(k.keys().front().fingerprint, fingerprint);
    QCOMPARE(k.fingerprint("k1"), fingerprint);
    QCOMPARE(k.fingerprint("k2"), QString());
    QVERIFY(k.find("k1"));
    QVERIFY(!k.find("k2"));
}

void TestKeyring::specKeyringFingerprints()
{
    const Keyring k = Keyring::fromFile(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json"));
    QCOMPARE(k.size(), size_t(2));
    QCOMPARE(k.fingerprint("k2025a"), QStringLiteral("630dcd2966c43366"));
    QCOMPARE(k.fingerprint("k2025b"), QStringLiteral("7cebe353eff7d40a"));
    QCOMPARE(secretBytes(*k.find("k2025b")), QByteArray("rotated-key-for-vectors"));
    QCOMPARE(secretBytes(*k.find("k2025a")).toHex(),
             QByteArray("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
}

void TestKeyring::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const QByteArray &json, const QString &error) {
        QTest::newRow(name) << json << QStringLiteral("keys.json:") + error;
    };
    row("not an object", "[\n  {\"id\": \"a\"}\n]",
        QStringLiteral("1:1: expected a keyring object {\"keys\": [...]}"));
    row("not an object after white space", "\n  \"keys\"",
        QStringLiteral("2:3: expected a keyring object {\"keys\": [...]}"));
    row("no keys", "{\n  \"key\": []\n}", QStringLiteral("1:1: expected a \"keys\" member"));
    row("keys not an array", "{\n  \"keys\": {\"id\": \"a\"}\n}",
        QStringLiteral("2:11: expected \"keys\" to be an array"));
    row("entry not an object", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00\"},\n  \"hex:00\"\n]}",
        QStringLiteral("3:3: expected a key object {\"id\": ..., \"secret\": ...}"));
    row("missing id", "{\"keys\": [\n  {\"secret\": \"hex:00\"}\n]}",
        QStringLiteral("2:3: expected an \"id\" member in the key"));
    row("empty id", "{\"keys\": [\n  {\"id\": \"\", \"secret\": \"hex:00\"}\n]}",
        QStringLiteral("2:10: expected \"id\" to be a non-empty string"));
    row("id not a string", "{\"keys\": [\n  {\"id\": 7, \"secret\": \"hex:00\"}\n]}",
        QStringLiteral("2:10: expected \"id\" to be a non-empty string"));
    row("missing secret", "{\"keys\": [\n  {\"id\": \"k2025a\"}\n]}",
        QStringLiteral("2:3: expected a \"secret\" member in key 'k2025a'"));
    row("secret not a string", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": [1]}\n]}",
        QStringLiteral("2:25: expected \"secret\" to be a string"));
    row("bad prefix", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"00ff\"}\n]}",
        QStringLiteral("2:25: expected the secret to start with 'hex:' or 'base64:'"));
    row("prefix in capitals", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"HEX:00ff\"}\n]}",
        QStringLiteral("2:25: expected the secret to start with 'hex:' or 'base64:'"));
    row("odd hex", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00f\"}\n]}",
        QStringLiteral("2:25: expected an even number of hex digits after 'hex:'"));
    row("empty hex", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:\"}\n]}",
        QStringLiteral("2:25: expected an even number of hex digits after 'hex:'"));
    row("bad hex digit", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00fg\"}\n]}",
        QStringLiteral("2:25: expected only hex digits after 'hex:'"));
    row("bad base64", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"base64:AP8=@@\"}\n]}",
        QStringLiteral("2:25: expected base64 data after 'base64:'"));
    row("empty base64", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"base64:\"}\n]}",
        QStringLiteral("2:25: expected base64 data after 'base64:'"));
    row("duplicate id",
        "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00\"},\n  {\"id\": \"a\", \"secret\": "
        "\"hex:01\"}\n]}",
        QStringLiteral("3:3: duplicate key id 'a': expected each id once"));
    row("duplicate member name in a key",
        "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00\", \"id\": \"b\"}\n]}",
        QStringLiteral("2:35: duplicate member name \"id\": expected each name once per object"));
    row("duplicate keys member", "{\"keys\": [],\n \"keys\": []}",
        QStringLiteral("2:2: duplicate member name \"keys\": expected each name once per object"));
    row("invalid JSON: missing comma", "{\"keys\": [\n  {\"id\": \"a\" \"secret\": \"hex:00\"}\n]}",
        QStringLiteral("2:14: expected ',' or '}' after an object member"));
    row("invalid JSON: unterminated string", "{\"keys\": [\n  {\"id\": \"a\n, \"secret\": \"hex:00\"}\n]}",
        QStringLiteral("2:12: expected '\"' to close the string"));
    row("invalid JSON: string ends early", "{\"keys\": [\n  {\"id\": \"a, \"secret\": \"hex:00\"}\n]}",
        QStringLiteral("2:15: expected ',' or '}' after an object member"));
    row("invalid JSON: trailing comma", "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00\"},\n]}",
        QStringLiteral("3:1: expected a JSON value"));
    row("invalid JSON: empty", "", QStringLiteral("1:1: expected a JSON value, found no data"));
    row("invalid JSON: only white space", "\n  ",
        QStringLiteral("2:3: expected a JSON value, found no data"));
    // docs/spec/chain.md "The keyring": a window that is not RFC 3339 makes the keyring unusable, naming the
    // key.
    row("not_after not RFC 3339",
        "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00\", \"not_after\": \"2025-06-30\"}\n]}",
        QStringLiteral("2:48: expected \"not_after\" of key 'a' to be an RFC 3339 timestamp such as "
                       "2025-06-30T23:59:59Z"));
    row("not_before before the id",
        "{\"keys\": [\n  {\"not_before\": \"garbage\", \"id\": \"b\", \"secret\": \"hex:00\"}\n]}",
        QStringLiteral("2:18: expected \"not_before\" of key 'b' to be an RFC 3339 timestamp such as "
                       "2025-06-30T23:59:59Z"));
    row("not_after not a string",
        "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00\", \"not_after\": 20250630}\n]}",
        QStringLiteral("2:48: expected \"not_after\" of key 'a' to be an RFC 3339 timestamp such as "
                       "2025-06-30T23:59:59Z"));
    row("window ends before it starts",
        "{\"keys\": [\n  {\"id\": \"a\", \"secret\": \"hex:00\", \"not_after\": \"2025-01-01T00:00:00Z\", "
        "\"not_before\": \"2025-01-01T01:00:00+00:00\"}\n]}",
        QStringLiteral("2:48: key 'a': \"not_after\" is before \"not_before\""));
    row("invalid UTF-8", "{\"keys\": [\n  {\"id\": \"\xe9\", \"secret\": \"hex:00\"}\n]}",
        QStringLiteral("2:11: invalid UTF-8 byte 0xe9: expected UTF-8 text"));
}

void TestKeyring::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    try {
        Keyring::fromBytes(QStringLiteral("keys.json"), json);
        QFAIL("accepted a malformed keyring");
    } catch (const InputError &e) {
        QCOMPARE(e.toString(), error);
    }
}

void TestKeyring::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.json"));
    try {
        Keyring::fromFile(path);
        QFAIL("read a missing keyring");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), path);
        QVERIFY(e.toString().startsWith(path + QStringLiteral(": cannot open keyring: ")));
    }
}

void TestKeyring::otherMembersIgnored()
{
    const Keyring k = Keyring::fromBytes(
        QStringLiteral("keys.json"),
        R"({"version": 2, "keys": [{"comment": "rotated 2025-06", "id": "b", "secret": "base64:AP8=", "note": {"x": [1]}}], "owner": "audit"})");
    QCOMPARE(k.size(), size_t(1));
    QCOMPARE(k.fingerprint("b"), QStringLiteral("06eb7d6a69ee19e5"));
    const Keyring empty = Keyring::fromBytes(QStringLiteral("keys.json"), R"({"keys": []})");
    QVERIFY(empty.isEmpty());
}

void TestKeyring::windows()
{
    const Keyring k = Keyring::fromBytes(
        QStringLiteral("keys.json"),
        R"({"keys": [{"id": "a", "secret": "hex:00", "not_before": "2025-01-01T01:00:00+01:00", "not_after": "2025-06-30T23:59:59Z"},
                     {"id": "b", "secret": "hex:01", "not_after": "2025-06-30T23:59:59.5Z"}, {"id": "c", "secret": "hex:02"}]})");
    const Keyring::Key *a = k.find("a");
    QVERIFY(a && a->hasWindow());
    QCOMPARE(a->notBeforeText, QStringLiteral("2025-01-01T01:00:00+01:00"));
    QCOMPARE(a->notAfterText, QStringLiteral("2025-06-30T23:59:59Z"));
    // Both bounds inclusive, compared as instants.
    QVERIFY(a->validAt(*ab::Instant::parse(std::string_view("2025-01-01T00:00:00Z"))));
    QVERIFY(!a->validAt(*ab::Instant::parse(std::string_view("2024-12-31T23:59:59.999999999Z"))));
    QVERIFY(a->validAt(*ab::Instant::parse(std::string_view("2025-06-30T23:59:59Z"))));
    QVERIFY(!a->validAt(*ab::Instant::parse(std::string_view("2025-06-30T23:59:59.000000001Z"))));
    const Keyring::Key *b = k.find("b");
    QVERIFY(b && !b->notBefore && b->notAfter);
    QVERIFY(b->validAt(*ab::Instant::parse(std::string_view("1970-01-01T00:00:00Z"))));
    QVERIFY(!b->validAt(*ab::Instant::parse(std::string_view("2025-06-30T23:59:59.6Z"))));
    QVERIFY(!k.find("c")->hasWindow());
}

QTEST_APPLESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
