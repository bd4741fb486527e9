// The gzip bounds when a workspace reads its stored originals again (issue 16): a gzip original beyond the
// default limits, imported with --max-inflated-ratio 0 on purpose, is read again by `check` and by
// `verify --workspace --chain runtime` only when the same option is given. Without it, check says which
// source it could not compare (a check_incomplete finding, exit 1: unchecked is not intact) and verify exits
// 2 naming the file and both sizes; the limits are never taken from the workspace (which anyone with the file
// can edit). Exact texts.
#include "robustness/GzipBomb.h"
#include "support/ChainFixture.h"
#include "support/CliRun.h"
#include "support/WorkspaceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;

namespace {

// Past the 16 MiB floor, so the ratio cap (100 x a few kB) refuses it: 17 MiB of white space after the
// document's first byte (valid JSON once inflated, the records unchanged).
constexpr qint64 PaddingBytes = qint64(17) << 20;

QByteArray padded(const QByteArray &json)
{
    return test::gzipBomb(json.left(1), PaddingBytes, ' ', json.mid(1));
}

QString overRatio(const QString &name, qint64 compressed)
{
    return QStringLiteral(
               "%1: gzip data of %2 bytes inflates to more than 16777216 bytes, over 100 times its "
               "size (a higher limit: --max-inflated-ratio)")
        .arg(name)
        .arg(compressed);
}

} // namespace

class TestCliReread : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importNeedsTheRaisedLimit();
    void checkWithoutTheLimitIsIncomplete();
    void checkWithTheLimitIsIntact();
    void verifyRuntimeNeedsTheLimit();
    void verifyGatewayReadsStoredRows();
    void badLimitOnCheck();

private:
    QTemporaryDir m_dir;
    QString m_gateway, m_runtime, m_workspace;
    qint64 m_gatewaySize = 0, m_runtimeSize = 0;
};

void TestCliReread::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const test::ChainFixture fixture;
    const QByteArray gateway = padded(test::ChainFixture::toJsonArray(fixture.chain(5)));
    const QByteArray runtime = padded(wsfixture::runtimeExport(4));
    m_gateway = m_dir.filePath(QStringLiteral("gateway.json.gz"));
    m_runtime = m_dir.filePath(QStringLiteral("runtime.json.gz"));
    QVERIFY(test::writeBytes(m_gateway, gateway));
    QVERIFY(test::writeBytes(m_runtime, runtime));
    m_gatewaySize = gateway.size();
    m_runtimeSize = runtime.size();
    QVERIFY(m_gatewaySize * 100 < (qint64(16) << 20)); // the ratio cap, not the floor, refuses them
    m_workspace = m_dir.filePath(QStringLiteral("w.auditbench"));
}

// The defaults refuse the file at import; the option raises the limit and both files are imported.
void TestCliReread::importNeedsTheRaisedLimit()
{
    const test::CliRun refused = test::runCli(
        {QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace, m_gateway, m_runtime});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.out, QByteArray());
    QVERIFY2(refused.err.contains(overRatio(m_gateway, m_gatewaySize).toUtf8()), refused.err.constData());

    const test::CliRun r =
        test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                      QStringLiteral("--max-inflated-ratio"), QStringLiteral("0"), m_gateway, m_runtime});
    QCOMPARE(r.exitCode, 0);
}

// Without the option the originals cannot be read again: one check_incomplete finding per source naming it
// and the limit, nothing else (the stored rows are not called changed), exit 1.
void TestCliReread::checkWithoutTheLimitIsIncomplete()
{
    const test::CliRun r =
        test::runCli({QStringLiteral("check"), QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("intact")].toBool(true), false);
    const QJsonArray findings = o[QStringLiteral("findings")].toArray();
    QCOMPARE(findings.size(), 2);
    const QString g = QStringLiteral("source 1 (gateway.json.gz)");
    const QString rt = QStringLiteral("source 2 (runtime.json.gz)");
    QCOMPARE(findings[0][QStringLiteral("code")].toString(), QStringLiteral("check_incomplete"));
    QCOMPARE(findings[0][QStringLiteral("where")].toString(), g);
    QCOMPARE(findings[0][QStringLiteral("message")].toString(),
             g + QStringLiteral(": its records were not compared with the original: ") +
                 overRatio(QStringLiteral("gateway.json.gz"), m_gatewaySize));
    QCOMPARE(findings[1][QStringLiteral("where")].toString(), rt);
    QCOMPARE(findings[1][QStringLiteral("message")].toString(),
             rt + QStringLiteral(": its records were not compared with the original: ") +
                 overRatio(QStringLiteral("runtime.json.gz"), m_runtimeSize));
}

void TestCliReread::checkWithTheLimitIsIntact()
{
    const test::CliRun r = test::runCli({QStringLiteral("check"), QStringLiteral("--workspace"), m_workspace,
                                         QStringLiteral("--max-inflated-ratio"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("intact")].toBool(false), true);
    QCOMPARE(o[QStringLiteral("findings")].toArray().size(), 0);
    QCOMPARE(o[QStringLiteral("checked")][QStringLiteral("records")].toInt(), 5);
    // A raised size cap alone still leaves the ratio cap: the same refusal.
    const test::CliRun sizeOnly =
        test::runCli({QStringLiteral("check"), QStringLiteral("--workspace"), m_workspace,
                      QStringLiteral("--max-inflated-size"), QStringLiteral("4G")});
    QCOMPARE(sizeOnly.exitCode, 1);
}

// The runtime chain is read from the stored original: exit 2 naming it without the option; with it the
// chain is verified (no keyring: linkage only, exit 3) and the run stored.
void TestCliReread::verifyRuntimeNeedsTheLimit()
{
    const QStringList verify{QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace,
                             QStringLiteral("--chain"), QStringLiteral("runtime")};
    const test::CliRun refused = test::runCli(verify);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.out, QByteArray());
    QCOMPARE(refused.err, (overRatio(QStringLiteral("runtime.json.gz"), m_runtimeSize) + u'\n').toUtf8());

    const test::CliRun r =
        test::runCli(verify + QStringList{QStringLiteral("--max-inflated-ratio"), QStringLiteral("0")});
    QVERIFY2(r.exitCode != 2, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("events_checked")].toInt(), 4);
}

// The gateway chain is verified from the stored rows (checked against the original by `check`), so it
// needs no option.
void TestCliReread::verifyGatewayReadsStoredRows()
{
    const test::CliRun r =
        test::runCli({QStringLiteral("verify"), QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(r.exitCode, 3); // intact linkage, no keyring
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("events_checked")].toInt(), 5);
}

void TestCliReread::badLimitOnCheck()
{
    const test::CliRun r = test::runCli({QStringLiteral("check"), QStringLiteral("--workspace"), m_workspace,
                                         QStringLiteral("--max-inflated-ratio"), QStringLiteral("-1")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err,
             QByteArray("auditbench-cli check: --max-inflated-ratio '-1': expected a whole number of 0 or "
                        "more\n"));
}

QTEST_GUILESS_MAIN(TestCliReread)
#include "tst_cli_reread.moc"
