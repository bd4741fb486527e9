// The command line against a gzip bomb, devices and FIFOs (issue 16, "Unbounded cost"): `verify` and
// `import` stop a 200 MB-of-zeros gzip within a stated memory bound, with exit 2 and one line naming the file
// and both sizes; --max-inflated-size / --max-inflated-ratio raise the caps; a keyring of /dev/zero or a FIFO
// is refused at once. Memory is the children's peak RSS (getrusage(RUSAGE_CHILDREN).ru_maxrss: the largest
// child so far, so every bound asserted holds for every child run before it too).
#include "robustness/GzipBomb.h"
#include "support/CliRun.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace ab;

namespace {

constexpr qint64 BombBytes = qint64(200) << 20;
// The sanitizer build (CI) runs the same test against an instrumented CLI: shadow memory and quarantine
// multiply its footprint, so the bounds get room there. Measured in the plain build: 29 MiB with a 10M cap,
// 39 MiB with the defaults, 219 MiB for the whole 200 MiB read on purpose (the old reader: 2.2 x 200 MB).
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 Slack = 4;
#else
constexpr qint64 Slack = 1;
#endif

// Peak RSS of the largest child waited for so far, in MiB.
qint64 childrenPeakMiB()
{
    rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) / 1024; // ru_maxrss is in KiB on Linux
}

} // namespace

class TestCliBounds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verifyBombWithLowCap();
    void verifyBombWithDefaults();
    void importBombLeavesNothing();
    void raisedLimitsReadTheWholeFile();
    void badLimitOptions_data();
    void badLimitOptions();
    void keyringDevZero();
    void keyringFifo();
    void importFifo();

private:
    QTemporaryDir m_dir;
    QString m_bomb;
    qint64 m_bombSize = 0;
};

void TestCliBounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 200 MB of white space inside a JSON array: valid JSON once inflated, so a raised limit reads it all.
    const QByteArray bomb = test::gzipBomb("[", BombBytes - 2, ' ', "]");
    m_bomb = m_dir.filePath(QStringLiteral("bomb.json.gz"));
    QVERIFY(test::writeBytes(m_bomb, bomb));
    m_bombSize = bomb.size();
    QVERIFY2(m_bombSize < 300 * 1024, qPrintable(QString::number(m_bombSize)));
}

// --max-inflated-size 10M: stopped after 10 MiB; the process stays under 80 MiB (the unbounded reader took
// 2.2 x 200 MB = 440 MB for this file).
void TestCliBounds::verifyBombWithLowCap()
{
    const test::CliRun r = test::runCli(
        {QStringLiteral("verify"), QStringLiteral("--max-inflated-size"), QStringLiteral("10M"), m_bomb});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(
        QString::fromUtf8(r.err),
        QStringLiteral("%1: gzip data of %2 bytes inflates to more than 10485760 bytes, the limit for one "
                       "file (a larger limit: --max-inflated-size)\n")
            .arg(m_bomb)
            .arg(m_bombSize));
    QVERIFY2(childrenPeakMiB() < 80 * Slack, qPrintable(QStringLiteral("%1 MiB").arg(childrenPeakMiB())));
}

// The defaults: the ratio cap stops it at 100 x its size (about 20 MB); under 100 MiB.
void TestCliBounds::verifyBombWithDefaults()
{
    const test::CliRun r = test::runCli({QStringLiteral("verify"), m_bomb});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(
        QString::fromUtf8(r.err),
        QStringLiteral("%1: gzip data of %2 bytes inflates to more than %3 bytes, over 100 times its size "
                       "(a higher limit: --max-inflated-ratio)\n")
            .arg(m_bomb)
            .arg(m_bombSize)
            .arg(std::max<qint64>(m_bombSize * 100, qint64(16) << 20)));
    QVERIFY2(childrenPeakMiB() < 100 * Slack, qPrintable(QStringLiteral("%1 MiB").arg(childrenPeakMiB())));
}

void TestCliBounds::importBombLeavesNothing()
{
    const QString workspace = m_dir.filePath(QStringLiteral("bomb.auditbench"));
    const test::CliRun r =
        test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                      QStringLiteral("--max-inflated-size"), QStringLiteral("10M"), m_bomb});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(
        QString::fromUtf8(r.err),
        QStringLiteral("%1: gzip data of %2 bytes inflates to more than 10485760 bytes, the limit for one "
                       "file (a larger limit: --max-inflated-size) (nothing was imported)\n")
            .arg(m_bomb)
            .arg(m_bombSize));
    QVERIFY(!QFileInfo::exists(workspace));
    QVERIFY2(childrenPeakMiB() < 100 * Slack, qPrintable(QStringLiteral("%1 MiB").arg(childrenPeakMiB())));
}

// Runs after every bounded case: from here on the children's peak includes this one's 200 MiB.
// Raised on purpose, the whole 200 MiB is inflated and read: an empty array, which verify reports as such
// (exit 1, "No events to verify": the array's verdict, not the limit's), holding the text once (< 2 x).
void TestCliBounds::raisedLimitsReadTheWholeFile()
{
    const test::CliRun r =
        test::runCli({QStringLiteral("verify"), QStringLiteral("--max-inflated-size"), QStringLiteral("1G"),
                      QStringLiteral("--max-inflated-ratio"), QStringLiteral("0"), m_bomb});
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("\"errors\": [\n    \"No events to verify\"\n  ]"), r.out.constData());
    QVERIFY2(childrenPeakMiB() > 200, qPrintable(QStringLiteral("%1 MiB").arg(childrenPeakMiB())));
    QVERIFY2(childrenPeakMiB() < 400 * Slack, qPrintable(QStringLiteral("%1 MiB").arg(childrenPeakMiB())));
}

void TestCliBounds::badLimitOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("size zero") << QStringList{QStringLiteral("verify"), QStringLiteral("--max-inflated-size"),
                                              QStringLiteral("0"), QStringLiteral("x.json")}
                               << "auditbench-cli verify: --max-inflated-size '0': expected a size in bytes "
                                  "greater than 0, such as 4096, 512M or 4G\n";
    QTest::newRow("size unit")
        << QStringList{QStringLiteral("import"),       QStringLiteral("--workspace"),
                       QStringLiteral("w.auditbench"), QStringLiteral("--max-inflated-size"),
                       QStringLiteral("2GB"),          QStringLiteral("x.json")}
        << "auditbench-cli import: --max-inflated-size '2GB': expected a size in bytes "
           "greater than 0, such as 4096, 512M or 4G\n";
    QTest::newRow("ratio")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--max-inflated-ratio"), QStringLiteral("-1"),
                       QStringLiteral("x.json")}
        << "auditbench-cli verify: --max-inflated-ratio '-1': expected a whole number of 0 or "
           "more\n";
}

void TestCliBounds::badLimitOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const test::CliRun r = test::runCli(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err), error);
    QCOMPARE(r.out, QByteArray());
}

void TestCliBounds::keyringDevZero()
{
    const QString plain = m_dir.filePath(QStringLiteral("x.json"));
    QVERIFY(test::writeBytes(plain, "[]"));
    const test::CliRun r = test::runCli(
        {QStringLiteral("verify"), QStringLiteral("--keyring"), QStringLiteral("/dev/zero"), plain});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray("/dev/zero: cannot open keyring: expected a regular file, found a character "
                               "device\n"));
}

// A FIFO with no writer: the CLI answers within 10 s instead of waiting for one forever.
void TestCliBounds::keyringFifo()
{
    const QString fifo = m_dir.filePath(QStringLiteral("keys.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess p;
    p.start(QStringLiteral(AB_CLI_PATH), {QStringLiteral("verify"), QStringLiteral("--keyring"), fifo,
                                          m_dir.filePath(QStringLiteral("x.json"))});
    const bool finished = p.waitForFinished(10000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    QVERIFY2(finished, "auditbench-cli blocked on a FIFO keyring");
    QCOMPARE(p.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
             fifo + QStringLiteral(": cannot open keyring: expected a regular file, found a FIFO\n"));
}

void TestCliBounds::importFifo()
{
    const QString fifo = m_dir.filePath(QStringLiteral("export.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString workspace = m_dir.filePath(QStringLiteral("fifo.auditbench"));
    QProcess p;
    p.start(QStringLiteral(AB_CLI_PATH),
            {QStringLiteral("import"), QStringLiteral("--workspace"), workspace, fifo});
    const bool finished = p.waitForFinished(10000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    QVERIFY2(finished, "auditbench-cli import blocked on a FIFO");
    QCOMPARE(p.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
             fifo + QStringLiteral(": cannot open file: expected a regular file, found a FIFO (nothing was "
                                   "imported)\n"));
    QVERIFY(!QFileInfo::exists(workspace));
}

QTEST_GUILESS_MAIN(TestCliBounds)
#include "tst_cli_bounds.moc"
