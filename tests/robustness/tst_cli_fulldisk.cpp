// `package --svg/--dot/--out` on a full disk (issue 16): the probe found exit 0 with empty files. Here the
// child runs with a file-size limit (setrlimit RLIMIT_FSIZE, SIGXFSZ ignored so write() fails with EFBIG, as
// on a full disk): the command exits non-zero, names the file, and leaves neither an empty or half-written
// file nor a temporary one; a file that was there before keeps its bytes.
#include "support/CliRun.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

constexpr rlim_t FileSizeLimit = 512; // bytes: smaller than any diagram or package

ab::test::CliRun runWithFileSizeLimit(const QStringList &args)
{
    QProcess p;
    p.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{FileSizeLimit, FileSizeLimit};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    p.start(QStringLiteral(AB_CLI_PATH), args);
    return ab::test::finishCli(p);
}

} // namespace

class TestCliFullDisk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeFails_data();
    void writeFails();
    void earlierFileKept();
    void withoutLimitWritten();

private:
    QStringList packageArgs() const
    {
        return {QStringLiteral("package"),
                QStringLiteral("--runtime-export"),
                QStringLiteral(AB_TEST_DATA_DIR "/package/runtime-small.json"),
                QStringLiteral("--agent"),
                QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890"),
                QStringLiteral("--generated-by"),
                QStringLiteral("auditor@example.com")};
    }
    QTemporaryDir m_dir;
};

void TestCliFullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliFullDisk::writeFails_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("svg") << "--svg";
    QTest::newRow("dot") << "--dot";
    QTest::newRow("out") << "--out";
}

void TestCliFullDisk::writeFails()
{
    QFETCH(QString, option);
    const QString sub = m_dir.filePath(option.mid(2));
    QVERIFY(QDir().mkpath(sub));
    const QString target = QDir(sub).filePath(QStringLiteral("diagram"));
    const ab::test::CliRun r = runWithFileSizeLimit(packageArgs() << option << target);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray()); // no package id printed: the command did not succeed
    QVERIFY2(r.err.startsWith("auditbench-cli package: cannot write " + target.toUtf8() + " ("),
             r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    // Nothing left behind: no empty or partial target, no temporary file.
    QCOMPARE(QDir(sub).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
}

void TestCliFullDisk::earlierFileKept()
{
    const QString target = m_dir.filePath(QStringLiteral("kept.svg"));
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<svg>earlier</svg>");
    f.close();
    const ab::test::CliRun r = runWithFileSizeLimit(packageArgs() << QStringLiteral("--svg") << target);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("<svg>earlier</svg>"));
}

// The control: without the limit the same command writes a complete diagram and exits 0.
void TestCliFullDisk::withoutLimitWritten()
{
    const QString target = m_dir.filePath(QStringLiteral("whole.svg"));
    const ab::test::CliRun r = ab::test::runCli(packageArgs() << QStringLiteral("--svg") << target);
    QCOMPARE(r.exitCode, 0);
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QVERIFY(svg.size() > qsizetype(FileSizeLimit));
    QVERIFY(svg.trimmed().endsWith("</svg>"));
}

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "tst_cli_fulldisk.moc"
