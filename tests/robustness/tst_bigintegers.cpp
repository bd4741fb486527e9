// Integers beyond 64 bits (issue 16): verify accepts them (JCS reads every number as a double,
// docs/spec/chain.md), so import must accept the same file. The stored raw record keeps the literal
// byte-for-byte, and verifying from the workspace gives the same verdict as verifying the file.
#include "support/ChainFixture.h"

#include "core/common/InputError.h"
#include "core/json/Jcs.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using ab::test::ChainFixture;

class TestBigIntegers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileThatVerifiesAlsoImports_data();
    void fileThatVerifiesAlsoImports();
    void malformedNumbersStillRefused();

private:
    // Event n sealed with `big` (an integer literal beyond 64 bits) as member "big"; its MAC (also returned
    // in `mac`) is over the double the literal denotes, as JCS reads it.
    QByteArray recordWith(const QByteArray &big, int n, const QString &previous, QString *mac) const;

    ChainFixture fx;
    QTemporaryDir m_dir;
};

void TestBigIntegers::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QByteArray TestBigIntegers::recordWith(const QByteArray &big, int n, const QString &previous,
                                       QString *mac) const
{
    QJsonObject content = ChainFixture::event(n);
    content.insert(QStringLiteral("previous_hmac"), previous);
    content.insert(QStringLiteral("hmac_key_id"), QStringLiteral("k2025a"));
    QByteArray text = QJsonDocument(content).toJson(QJsonDocument::Compact);
    // The double JCS reads the literal as, written the way JCS writes it: the MAC is computed over that.
    const std::string asDouble = jcs::canonicalize(std::string_view(big.constData(), size_t(big.size())));
    text.insert(1, "\"big\":" + QByteArray::fromStdString(asDouble) + ",");
    *mac = fx.macOf(QJsonDocument::fromJson(text).object(), QStringLiteral("k2025a"));
    text.replace("\"big\":" + QByteArray::fromStdString(asDouble) + ",", "\"big\":" + big + ",");
    text.chop(1);
    return text + ",\"hmac\":\"" + mac->toLatin1() + "\"}";
}

void TestBigIntegers::fileThatVerifiesAlsoImports_data()
{
    QTest::addColumn<QByteArray>("big");
    QTest::newRow("2^64") << QByteArray("18446744073709551616");
    QTest::newRow("30 digits") << QByteArray("123456789012345678901234567890");
    QTest::newRow("negative beyond int64") << QByteArray("-9223372036854775809");
    QTest::newRow("300 digits") << QByteArray(300, '7');
}

void TestBigIntegers::fileThatVerifiesAlsoImports()
{
    QFETCH(QByteArray, big);
    QString firstMac, secondMac;
    const QByteArray first = recordWith(big, 1, QString::fromLatin1(ChainVerifier::GenesisHmac), &firstMac);
    const QByteArray second = recordWith(big, 2, firstMac, &secondMac);
    const QByteArray file = "[\n" + first + ",\n" + second + "\n]\n";

    // verify accepts it: valid, both MACs checked.
    const VerificationResult verified =
        ChainFixture::verify({{QStringLiteral("big.json"), file}}, VerifyOptions{&fx.keyring()});
    QVERIFY2(verified.valid, qPrintable(verified.errors.join(QLatin1Char('\n'))));
    QCOMPARE(verified.eventsChecked, 2);
    QCOMPARE(verified.headHmac, std::optional<QString>(secondMac));

    // import accepts the same file; each stored raw record is its span, byte for byte.
    const QString path = m_dir.filePath(QStringLiteral("big-%1.auditbench").arg(QTest::currentDataTag()));
    auto store = WorkspaceStore::open(path);
    const QList<ImportFileResult> imported = store->importBytes({{QStringLiteral("big.json"), file}});
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().records, 2);
    QCOMPARE(imported.first().format, QStringLiteral("gateway-audit-export"));
    const std::vector<qint64> rows = store->queryRowIds();
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(store->rawRecord(rows[0]), first);
    QCOMPARE(store->rawRecord(rows[1]), second);
    QVERIFY(store->rawRecord(rows[0]).contains("\"big\":" + big + ","));

    // And the workspace's own verification agrees with the file's.
    VerifyOptions options{&fx.keyring()};
    const VerificationRun run = store->verifyGateway(options);
    QVERIFY2(run.result.valid, qPrintable(run.result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.result.eventsChecked, 2);
    QCOMPARE(run.result.headHmac, std::optional<QString>(secondMac));
}

// Widening only touches integers beyond 64 bits: malformed numbers stay refused, with their position.
void TestBigIntegers::malformedNumbersStillRefused()
{
    auto store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("malformed.auditbench")));
    const QByteArray leadingZero = R"([{"id": "a", "hmac": "x", "big": 0123456789012345678901234}])";
    try {
        store->importBytes({{QStringLiteral("zero.json"), leadingZero}});
        QFAIL("imported a number with a leading zero");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), QStringLiteral("zero.json"));
        QCOMPARE(e.line(), qint64(1));
    }
    QCOMPARE(store->count(), qint64(0));
}

QTEST_GUILESS_MAIN(TestBigIntegers)
#include "tst_bigintegers.moc"
