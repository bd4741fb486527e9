// A workspace with one damaged page is an error, never a verdict or a shorter answer: verify --workspace
// stores no run, query does not return fewer rows, log --verify does not call a shorter log intact.
#include "integrity/DamagedWorkspace.h"
#include "support/CliRun.h"

#include "core/workspace/WorkspaceStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace ab;
using namespace ab::test;

class TestDamagedWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void intactWorkspaceAnswersInFull();
    void verifyStoresNoRun();
    void queryErrorsInsteadOfFewerRows();
    void coreCallsThrowNamingTheFile();
    void logVerifyErrors();

private:
    QString copyOfPristine(const QString &name);
    QTemporaryDir m_dir;
    QString m_pristine;
};

static QString damagedMessage(const QString &path)
{
    return path + QStringLiteral(": the workspace file is damaged and cannot be read (database disk image is "
                                 "malformed); 'auditbench-cli check' tells what is affected");
}

void TestDamagedWorkspace::initTestCase()
{
    m_pristine = m_dir.filePath(QStringLiteral("pristine.auditbench"));
    makeWorkspace(m_pristine, 1000, 150);
    QVERIFY(!QFile::exists(m_pristine + QStringLiteral("-wal"))); // closed: checkpointed into one file
}

QString TestDamagedWorkspace::copyOfPristine(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_pristine, path))
        return {};
    return path;
}

void TestDamagedWorkspace::intactWorkspaceAnswersInFull()
{
    // The same commands on the undamaged copy: the numbers the damaged one must not pretend to.
    const QString ws = copyOfPristine(QStringLiteral("intact.auditbench"));
    const CliRun q = runCli({QStringLiteral("query"), QStringLiteral("--workspace"), ws,
                             QStringLiteral("--format"), QStringLiteral("ndjson")});
    QCOMPARE(q.exitCode, 0);
    QCOMPARE(q.out.count('\n'), 1000);
    const CliRun log =
        runCli({QStringLiteral("log"), QStringLiteral("--workspace"), ws, QStringLiteral("--verify")});
    QCOMPARE(log.exitCode, 0);
    // the import, the 150 added, and the query above (every query is recorded, issue 13)
    QVERIFY2(log.out.contains("\"rows\": 152"), log.out.constData());
}

void TestDamagedWorkspace::verifyStoresNoRun()
{
    const QString ws = copyOfPristine(QStringLiteral("verify.auditbench"));
    QVERIFY(damageLeafPage(ws, QStringLiteral("gateway_records")) > 0);
    const CliRun r = runCli({QStringLiteral("verify"), QStringLiteral("--workspace"), ws});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), damagedMessage(ws));
    QCOMPARE(rawValues(ws, QStringLiteral("SELECT COUNT(*) FROM verification_runs")),
             QVariantList{QVariant(qint64(0))});
}

void TestDamagedWorkspace::queryErrorsInsteadOfFewerRows()
{
    const QString ws = copyOfPristine(QStringLiteral("query.auditbench"));
    QVERIFY(damageLeafPage(ws, QStringLiteral("gateway_records")) > 0);
    const CliRun r = runCli({QStringLiteral("query"), QStringLiteral("--workspace"), ws,
                             QStringLiteral("--format"), QStringLiteral("ndjson")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.count('\n') < 1000);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), damagedMessage(ws));
    const CliRun out = runCli({QStringLiteral("query"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("rows.csv")),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(out.exitCode, 2);
    QCOMPARE(out.out, QByteArray());
}

void TestDamagedWorkspace::coreCallsThrowNamingTheFile()
{
    const QString ws = copyOfPristine(QStringLiteral("core.auditbench"));
    QVERIFY(damageLeafPage(ws, QStringLiteral("gateway_records")) > 0);
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    const auto message = [&](const std::function<void()> &call) -> QString {
        try {
            call();
        } catch (const WorkspaceError &e) {
            return e.text();
        }
        return QStringLiteral("no error");
    };
    QCOMPARE(message([&] { store->query(); }), damagedMessage(ws));
    QCOMPARE(message([&] { store->dailyCounts({}, QStringLiteral("action")); }), damagedMessage(ws));
    QCOMPARE(message([&] { store->verifyGateway({}); }), damagedMessage(ws));
    QCOMPARE(store->verificationRuns().size(), 0);
}

void TestDamagedWorkspace::logVerifyErrors()
{
    const QString ws = copyOfPristine(QStringLiteral("log.auditbench"));
    QVERIFY(damageLeafPage(ws, QStringLiteral("activity_log")) > 0);
    const CliRun r =
        runCli({QStringLiteral("log"), QStringLiteral("--workspace"), ws, QStringLiteral("--verify")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), damagedMessage(ws));
    const CliRun list = runCli({QStringLiteral("log"), QStringLiteral("--workspace"), ws});
    QCOMPARE(list.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDamagedWorkspace)
#include "tst_damagedworkspace.moc"
