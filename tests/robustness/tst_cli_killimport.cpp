// kill -9 during an import into a fresh workspace (issue 15, pages written once). Such an import writes
// through a rollback journal instead of WAL (core/workspace/ImportJournal): the pages it appends go straight
// into the workspace file, and only a hot -journal says how long the file was. Killed halfway, the next
// open must roll back through that journal: the file truncated to its old length, the rows, sources and
// activity log as they were, integrity intact, the workspace in WAL again, and the import can simply be
// run again. (The kill during an append, through WAL, is tst_workspacecli's.)
#include "support/CliRun.h"
#include "support/WorkspaceFixture.h"

#include "core/workspace/WorkspaceStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace ab;
using namespace wsfixture;

namespace {

constexpr int Records = 150000;

QString firstValue(const QString &path, const QString &sql)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-check"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill-check"));
    return value;
}

// Starts `auditbench-cli import` of `file` into `ws` and kills it (SIGKILL) once it has written at least
// 8 MB of new pages into the workspace file itself beyond `sizeBefore`, with its -journal beside it.
// Returns an empty string, or what went wrong.
QString killDuringImport(const QString &ws, const QString &file, qint64 sizeBefore)
{
    QProcess p;
    p.start(QStringLiteral(AB_CLI_PATH), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, file});
    if (!p.waitForStarted())
        return QStringLiteral("the import did not start");
    const QString journal = ws + QStringLiteral("-journal");
    QElapsedTimer waited;
    waited.start();
    while (!(QFileInfo::exists(journal) && QFileInfo(ws).size() > sizeBefore + (8 << 20)) &&
           p.state() == QProcess::Running && waited.elapsed() < 120000)
        QTest::qWait(5);
    if (p.state() != QProcess::Running)
        return QStringLiteral("the import finished before it could be killed: ") +
               QString::fromUtf8(p.readAllStandardError());
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    if (p.exitStatus() != QProcess::CrashExit)
        return QStringLiteral("the import was not killed");
    if (!QFileInfo::exists(journal))
        return QStringLiteral("no hot journal was left: the import did not write through a rollback journal");
    if (QFileInfo::exists(ws + QStringLiteral("-wal")) && QFileInfo(ws + QStringLiteral("-wal")).size() > 0)
        return QStringLiteral("the import wrote through WAL");
    return {};
}

} // namespace

class TestCliKillImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedFreshLoadLeavesTheWorkspaceAsItWas();
    void killedImportIntoANewWorkspaceLeavesAnEmptyOne();

private:
    QTemporaryDir m_dir;
    QString m_big;
};

void TestCliKillImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big = writeFile(m_dir.path(), QStringLiteral("big.ndjson"), asNdjson(gatewayRecords(Records)));
}

// A workspace with evidence but no gateway records yet (an agent runtime export imported): the gateway
// import takes the fresh path, is killed, and the workspace opens exactly as it was.
void TestCliKillImport::killedFreshLoadLeavesTheWorkspaceAsItWas()
{
    const QString ws = m_dir.filePath(QStringLiteral("fresh.auditbench"));
    {
        auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing);
        store->importBytes({{QStringLiteral("runtime.json"), runtimeExport(40)}});
    } // closed: everything checkpointed into the file
    const QByteArray before = dumpWorkspace(ws);
    const qint64 sizeBefore = QFileInfo(ws).size();

    const QString problem = killDuringImport(ws, m_big, sizeBefore);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QFileInfo(ws).size() > sizeBefore + (8 << 20)); // the killed load's pages are in the file

    // The first open rolls back through the hot journal (the workspace's own open, which logs nothing).
    {
        auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
        QCOMPARE(store->count(), qint64(0));
    }
    QVERIFY(!QFileInfo::exists(ws + QStringLiteral("-journal")));
    QCOMPARE(QFileInfo(ws).size(), sizeBefore); // truncated to its old length
    QCOMPARE(dumpWorkspace(ws), before);        // every table's rows as they were
    QCOMPARE(firstValue(ws, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(firstValue(ws, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    const test::CliRun count =
        test::runCli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")});
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.out, QByteArray("0\n"));
    QCOMPARE(
        test::runCli({QStringLiteral("log"), QStringLiteral("--workspace"), ws, QStringLiteral("--verify")})
            .exitCode,
        0);

    // The killed import can simply be run again, and leaves the workspace in WAL.
    QCOMPARE(test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_big}).exitCode, 0);
    QCOMPARE(
        test::runCli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")})
            .out,
        QByteArray(QByteArray::number(Records) + "\n"));
    QCOMPARE(firstValue(ws, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(firstValue(ws, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

// `import --workspace NEW` creates the workspace (committed before the import starts), then loads: killed
// there, what is left is the new, empty workspace, which opens and takes the import again.
void TestCliKillImport::killedImportIntoANewWorkspaceLeavesAnEmptyOne()
{
    const QString ws = m_dir.filePath(QStringLiteral("new.auditbench"));
    QVERIFY(!QFileInfo::exists(ws));
    const QString problem = killDuringImport(ws, m_big, 0);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const test::CliRun count =
        test::runCli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")});
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.out, QByteArray("0\n"));
    QVERIFY(!QFileInfo::exists(ws + QStringLiteral("-journal")));
    QCOMPARE(firstValue(ws, QStringLiteral("SELECT count(*) FROM sources")), QStringLiteral("0"));
    QCOMPARE(firstValue(ws, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(firstValue(ws, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QVERIFY(QFileInfo(ws).size() < (1 << 20)); // the killed load's pages are gone
    QCOMPARE(test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_big}).exitCode, 0);
    QCOMPARE(
        test::runCli({QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count")})
            .out,
        QByteArray(QByteArray::number(Records) + "\n"));
}

QTEST_GUILESS_MAIN(TestCliKillImport)
#include "tst_cli_killimport.moc"
