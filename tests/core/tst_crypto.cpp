// HMAC-SHA256 and SHA-256 through the OpenSSL wrapper, against RFC 4231.
#include "TestConfig.h"
#include "core/crypto/Crypto.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void rfc4231_data();
    void rfc4231();
    void reusedContextGivesSameMacs();
    void sha256Known();
};

void TestCrypto::rfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("truncated");
    QFile f(QStringLiteral(AB_EXTERNAL_DIR "/rfc4231-hmac-sha256/rfc4231_hmac_sha256.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray vectors =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("vectors")).toArray();
    QCOMPARE(vectors.size(), 7);
    for (const QJsonValue &v : vectors) {
        const QJsonObject o = v.toObject();
        QTest::addRow("case %d", o.value(QLatin1String("test_case")).toInt())
            << QByteArray::fromHex(o.value(QLatin1String("key_hex")).toString().toLatin1())
            << QByteArray::fromHex(o.value(QLatin1String("data_hex")).toString().toLatin1())
            << o.value(QLatin1String("hmac_sha256_hex")).toString()
            << o.value(QLatin1String("truncated")).toBool();
    }
}

void TestCrypto::rfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QFETCH(bool, truncated);
    const auto mac =
        ab::crypto::hmacSha256(reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
                               std::string_view(data.constData(), size_t(data.size())));
    QString hex = ab::crypto::toHex(mac);
    if (truncated)
        hex.truncate(expected.size());
    QCOMPARE(hex, expected);
}

void TestCrypto::reusedContextGivesSameMacs()
{
    const unsigned char key[] = {1, 2, 3, 4};
    ab::crypto::HmacSha256 h(key, sizeof key);
    const auto a = h.mac("hello ", "world");
    const auto b = h.mac("hello world");
    const auto c = ab::crypto::hmacSha256(key, sizeof key, "hello world");
    QCOMPARE(ab::crypto::toHex(a), ab::crypto::toHex(c));
    QCOMPARE(ab::crypto::toHex(b), ab::crypto::toHex(c));
    QVERIFY(ab::crypto::toHex(h.mac("hello worle")) != ab::crypto::toHex(c));
}

void TestCrypto::sha256Known()
{
    QCOMPARE(ab::crypto::sha256Hex(std::string_view("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    ab::crypto::Sha256 s;
    s.update("a", 1);
    s.update("bc", 2);
    QCOMPARE(ab::crypto::toHex(s.final()),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_APPLESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
