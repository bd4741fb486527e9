// Portable workspaces: a closed workspace is one file; a full disk during import is an error with nothing
// half written; Save a Copy (SQLite's backup API) writes one consistent file; a workspace on read-only
// media (or opened --read-only) answers queries and refuses writes.
#include "integrity/DamagedWorkspace.h"
#include "support/CliRun.h"
#include "support/WorkspaceFixture.h"

#include "core/workspace/WorkspaceCheck.h"
#include "core/workspace/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace ab;
using namespace ab::test;

class TestPortableWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closeLeavesOneFile();
    void importOnFullDiskFailsWholly();
    void writeBackFailureAfterCommitIsReported();
    void importIntoNewWorkspaceOnFullDiskLeavesNothing();
    void saveCopyIsOneConsistentFile();
    void readOnlyOptionReadsAndRefusesWrites();
    void readOnlyMountOpensReadOnly();

private:
    // Runs the CLI with a maximum file size (RLIMIT_FSIZE; SIGXFSZ ignored so a write fails with EFBIG as
    // on a full disk instead of killing the process).
    static CliRun runLimited(const QStringList &args, qint64 maxFileBytes);
    static qint64 count(const QString &path);
    QTemporaryDir m_dir;
    QString m_small, m_bigFile;
};

void TestPortableWorkspace::initTestCase()
{
    m_small = m_dir.filePath(QStringLiteral("small.auditbench"));
    makeWorkspace(m_small, 50);
    m_bigFile = wsfixture::writeFile(m_dir.path(), QStringLiteral("big.ndjson"),
                                     wsfixture::asNdjson(wsfixture::gatewayRecords(3000, 100000)));
}

CliRun TestPortableWorkspace::runLimited(const QStringList &args, qint64 maxFileBytes)
{
    QProcess p;
    p.setChildProcessModifier([maxFileBytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(maxFileBytes), rlim_t(maxFileBytes)};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    p.start(QStringLiteral(AB_CLI_PATH), args);
    return finishCli(p);
}

qint64 TestPortableWorkspace::count(const QString &path)
{
    try {
        return WorkspaceStore::open(path, WorkspaceStore::OpenMode::ReadOnly)->count();
    } catch (const std::exception &) {
        return -1;
    }
}

void TestPortableWorkspace::closeLeavesOneFile()
{
    const QString ws = m_dir.filePath(QStringLiteral("closed.auditbench"));
    QVERIFY(QFile::copy(m_small, ws));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    store->importFiles({m_bigFile});
    QVERIFY(QFileInfo(ws + QStringLiteral("-wal")).size() > 0); // the import is in the -wal until closed
    store->close();
    QVERIFY(!QFile::exists(ws + QStringLiteral("-wal")));
    // The file alone, copied elsewhere, holds everything.
    const QString alone = m_dir.filePath(QStringLiteral("alone/closed.auditbench"));
    QVERIFY(QDir().mkpath(QFileInfo(alone).path()));
    QVERIFY(QFile::copy(ws, alone));
    QCOMPARE(count(alone), 3050);
}

void TestPortableWorkspace::importOnFullDiskFailsWholly()
{
    const qint64 before = QFileInfo(m_small).size();
    const QString full = m_dir.filePath(QStringLiteral("unlimited.auditbench"));
    QVERIFY(QFile::copy(m_small, full));
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--workspace"), full, m_bigFile}).exitCode, 0);
    const qint64 after = QFileInfo(full).size();
    QVERIFY(after > before);
    int failures = 0, keptInWal = 0;
    for (int step = 1; step <= 9; ++step) {
        const qint64 limit = before + (after - before) * step / 10;
        const QString ws = m_dir.filePath(QStringLiteral("limited-%1.auditbench").arg(step));
        QVERIFY(QFile::copy(m_small, ws));
        const CliRun r =
            runLimited({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_bigFile}, limit);
        const qint64 n = count(ws);
        if (r.exitCode == 0) {
            QCOMPARE(n, 3050);
            QVERIFY(!QFile::exists(ws + QStringLiteral("-wal")));
            continue;
        }
        ++failures;
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err.count('\n'), 1);
        // Nothing half written: the records are all there or none is.
        QVERIFY2(n == 50 || n == 3050, qPrintable(QStringLiteral("limit %1: %2 records").arg(limit).arg(n)));
        if (n == 3050) { // committed, but not written back into the one file: said so
            ++keptInWal;
            QVERIFY2(r.err.contains("-wal, which must stay beside it"), r.err.constData());
        } else {
            QVERIFY2(r.err.endsWith("(nothing was imported)\n"), r.err.constData());
        }
    }
    QVERIFY(failures > 0);
    qInfo("%d of 9 limits failed the import, %d of them after the commit", failures, keptInWal);
}

void TestPortableWorkspace::writeBackFailureAfterCommitIsReported()
{
    // The case: the import commits into the -wal, but writing it back into the (larger) file does
    // not fit. A large workspace and a small import: the -wal stays smaller than the file.
    const QString base = m_dir.filePath(QStringLiteral("large.auditbench"));
    QVERIFY(QFile::copy(m_small, base));
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--workspace"), base, m_bigFile}).exitCode, 0);
    const QString smallFile =
        wsfixture::writeFile(m_dir.path(), QStringLiteral("few.ndjson"),
                             wsfixture::asNdjson(wsfixture::gatewayRecords(300, 500000)));
    const QString grown = m_dir.filePath(QStringLiteral("grown.auditbench"));
    QVERIFY(QFile::copy(base, grown));
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--workspace"), grown, smallFile}).exitCode, 0);
    const qint64 before = QFileInfo(base).size(), after = QFileInfo(grown).size();
    QVERIFY(after > before);

    const QString ws = m_dir.filePath(QStringLiteral("write-back.auditbench"));
    QVERIFY(QFile::copy(base, ws));
    const CliRun r = runLimited({QStringLiteral("import"), QStringLiteral("--workspace"), ws, smallFile},
                                before + (after - before) / 2);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             ws +
                 QStringLiteral(": the workspace could not be read or written (disk I/O error); its changes "
                                "are kept in ") +
                 ws +
                 QStringLiteral("-wal, which must stay beside it until it is opened again with enough free "
                                "space"));
    QVERIFY(QFileInfo(ws + QStringLiteral("-wal")).size() > 0);
    QCOMPARE(count(ws), 3350); // committed: every record, none half
    // Opened again with room, it is written back into one file.
    WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly)->close();
    QVERIFY(!QFile::exists(ws + QStringLiteral("-wal")));
    QCOMPARE(count(ws), 3350);
}

void TestPortableWorkspace::importIntoNewWorkspaceOnFullDiskLeavesNothing()
{
    const QString ws = m_dir.filePath(QStringLiteral("new-on-full-disk.auditbench"));
    const CliRun r =
        runLimited({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_bigFile}, 256 * 1024);
    QCOMPARE(r.exitCode, 2);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QVERIFY2(!QFile::exists(ws + QLatin1String(suffix)), suffix);
}

void TestPortableWorkspace::saveCopyIsOneConsistentFile()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.auditbench"));
    {
        auto store = WorkspaceStore::open(m_small, WorkspaceStore::OpenMode::ReadOnly);
        store->saveCopy(copy);
        QVERIFY_THROWS_EXCEPTION(WorkspaceError, store->saveCopy(m_small)); // never onto itself
    }
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    QCOMPARE(wsfixture::dumpWorkspace(copy), wsfixture::dumpWorkspace(m_small));
    auto store = WorkspaceStore::open(copy, WorkspaceStore::OpenMode::ReadOnly);
    QCOMPARE(WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full).findings.size(), 0);
}

void TestPortableWorkspace::readOnlyOptionReadsAndRefusesWrites()
{
    const QString ws = m_dir.filePath(QStringLiteral("ro-option.auditbench"));
    QVERIFY(QFile::copy(m_small, ws));
    const QByteArray before = wsfixture::dumpWorkspace(ws);
    const CliRun q = runCli({QStringLiteral("query"), QStringLiteral("--workspace"), ws,
                             QStringLiteral("--read-only"), QStringLiteral("--count")});
    QCOMPARE(q.exitCode, 0);
    QCOMPARE(q.out, QByteArray("50\n"));
    // A query is recorded in the activity log (issue 13), except where nothing can be written: said, not
    // failed.
    QVERIFY2(q.err.contains("the workspace is read-only: this query is not recorded in its activity log"),
             q.err.constData());
    const CliRun imp = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("--read-only"), m_bigFile});
    QCOMPARE(imp.exitCode, 2);
    QVERIFY2(imp.err.contains(": the workspace is read-only: nothing can be written to it"),
             imp.err.constData());
    QCOMPARE(wsfixture::dumpWorkspace(ws), before);
}

void TestPortableWorkspace::readOnlyMountOpensReadOnly()
{
    // A read-only bind mount is read-only media even for root (who ignores file permissions).
    const QString src = m_dir.filePath(QStringLiteral("media")),
                  ro = m_dir.filePath(QStringLiteral("media-ro"));
    QVERIFY(QDir().mkpath(src) && QDir().mkpath(ro));
    QVERIFY(QFile::copy(m_small, src + QStringLiteral("/archived.auditbench")));
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), src, ro}) != 0)
        QSKIP("no mount rights: read-only media cannot be simulated here");
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {ro}); });
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), ro}) != 0)
        QSKIP("cannot remount read-only here");
    const QString ws = ro + QStringLiteral("/archived.auditbench");
    for (const QStringList &args :
         {QStringList{QStringLiteral("query"), QStringLiteral("--count")},
          QStringList{QStringLiteral("runs")}, QStringList{QStringLiteral("log"), QStringLiteral("--verify")},
          QStringList{QStringLiteral("sources")}, QStringList{QStringLiteral("check")}}) {
        const CliRun r = runCli(QStringList{args.front(), QStringLiteral("--workspace"), ws} + args.mid(1));
        QVERIFY2(r.exitCode == 0, qPrintable(args.front() + QStringLiteral(": ") + QString::fromUtf8(r.err)));
    }
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    QVERIFY(store->isReadOnly());
    QCOMPARE(store->count(), 50);
    QVERIFY_THROWS_EXCEPTION(WorkspaceError, store->appendActivity(QStringLiteral("export"), "{}"));
    store.reset();
    QVERIFY(!QFile::exists(ws + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestPortableWorkspace)
#include "tst_portableworkspace.moc"
