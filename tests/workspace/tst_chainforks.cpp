// Forks and rollbacks (issue 11): a workspace remembers what its stored runs verified, and the next
// verification reports a later import that contradicts it (same id or same sequence, another hmac) with the
// exact text, before the verifier's own errors, through the store and through the CLI (exit 1). An import
// that only adds records, a workspace never verified and a record outside a run's period give no fork; a
// version-1 workspace opens, migrates and takes part from its first marked run.
#include "TestConfig.h"
#include "core/workspace/WorkspaceSchema.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/ChainFixture.h"
#include "support/CliRun.h"
#include "support/PseudoTranslator.h"
#include "support/WorkspaceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using ab::test::ChainFixture;

namespace {

const QString KeyringPath = QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json");

QString hmacOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("hmac")).toString();
}

QString forkText(const QString &id, qint64 run, const QJsonObject &verified, const QString &file,
                 const QJsonObject &later)
{
    return QStringLiteral("Chain fork at event '%1': run %2 verified '%3...', %4 has '%5...'")
        .arg(id)
        .arg(run)
        .arg(hmacOf(verified).left(8), file, hmacOf(later).left(8));
}

qsizetype forkCount(const QStringList &errors)
{
    return std::count_if(errors.cbegin(), errors.cend(),
                         [](const QString &e) { return e.startsWith(QLatin1String("Chain fork")); });
}

using CliRun = ab::test::CliRun;

static CliRun cli(const QStringList &args)
{
    return ab::test::runCli(args);
}

// Content of `record` changed and the record sealed again with the keyring, linked as before: internally
// consistent, so only the workspace's memory can tell it from the original.
QJsonObject rewritten(const ChainFixture &fx, QJsonObject record, const QString &action)
{
    record.insert(QStringLiteral("action"), action);
    fx.seal(record, record.value(QStringLiteral("hmac_key_id")).toString());
    return record;
}

} // namespace

class TestChainForks : public QObject
{
    Q_OBJECT

private slots:
    void rewrittenRecordIsAForkThroughTheCli();
    void rollbackIsReported();
    void relinkedTailGivesOneForkPerRecordWithinMaxErrors();
    void appendOnlyImportHasNoFork();
    void neverVerifiedWorkspaceHasNoForkCheck();
    void periodLimitsWhatARunVerified_data();
    void periodLimitsWhatARunVerified();
    void forkTextIsNotTranslated();
    void versionOneWorkspaceMigrates();

private:
    VerifyOptions withKeyring() const
    {
        VerifyOptions o;
        o.keyring = &m_fx.keyring();
        return o;
    }
    QString ws(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".auditbench")); }
    QString file(const QString &name, const QList<QJsonObject> &records) const
    {
        return wsfixture::writeFile(m_dir.path(), name, ChainFixture::toNdjson(records));
    }

    ChainFixture m_fx;
    QTemporaryDir m_dir;
};

void TestChainForks::rewrittenRecordIsAForkThroughTheCli()
{
    const QList<QJsonObject> a = m_fx.chain(10);
    QList<QJsonObject> b = a;
    b[9] = rewritten(m_fx, b[9], QStringLiteral("allow-rewritten")); // the head, re-sealed
    QVERIFY(hmacOf(a[9]).left(8) != hmacOf(b[9]).left(8));
    const QString path = ws(QStringLiteral("cli"));

    CliRun r = cli(
        {QStringLiteral("import"), QStringLiteral("--workspace"), path, file(QStringLiteral("a.ndjson"), a)});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("verify"), QStringLiteral("--workspace"), path, QStringLiteral("--keyring"),
             KeyringPath});
    QCOMPARE(r.exitCode, 0); // run 1: valid
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error_count")).toInt(), 0);
    r = cli(
        {QStringLiteral("import"), QStringLiteral("--workspace"), path, file(QStringLiteral("b.ndjson"), b)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QStringLiteral("records")).toInt(),
             1); // nine records merged as identical, the rewritten one stored beside the original

    r = cli({QStringLiteral("verify"), QStringLiteral("--workspace"), path, QStringLiteral("--keyring"),
             KeyringPath});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray());
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(result.value(QStringLiteral("valid")).toBool(), false);
    QStringList errors;
    for (const QJsonValue &e : result.value(QStringLiteral("errors")).toArray())
        errors << e.toString();
    // The fork first, then exactly what the verifier says of the merged chain on its own.
    QCOMPARE(errors,
             (QStringList{forkText(ChainFixture::eventId(10), 1, a[9], QStringLiteral("b.ndjson"), b[9]),
                          QStringLiteral("Event 11: duplicate id 'evt_00000010' with differing content"),
                          QStringLiteral("Event 11: sequence break (expected 11, got 10)"),
                          QStringLiteral("Event 11: previous_hmac mismatch")}));
    QCOMPARE(result.value(QStringLiteral("error_count")).toInt(), 4);

    // The stored history keeps saying so: run 3 still names run 1, the first run that verified the record.
    r = cli({QStringLiteral("verify"), QStringLiteral("--workspace"), path, QStringLiteral("--keyring"),
             KeyringPath});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("errors")).toArray().at(0).toString(),
        errors.at(0));
    // Without a keyring as well: the fork is about what was verified, not about the MACs.
    r = cli({QStringLiteral("verify"), QStringLiteral("--workspace"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("errors")).toArray().at(0).toString(),
        errors.at(0));
}

void TestChainForks::rollbackIsReported()
{
    const QList<QJsonObject> a = m_fx.chain(10);
    QList<QJsonObject> b = a.mid(0, 9);
    QJsonObject other = ChainFixture::event(10);
    other.insert(QStringLiteral("id"), QStringLiteral("evt_replacement"));
    m_fx.append(b, other); // same sequence 10, another record, linked and sealed correctly

    auto store = WorkspaceStore::open(ws(QStringLiteral("rollback")));
    store->importFiles({file(QStringLiteral("a.json"), a)});
    QVERIFY(store->verifyGateway(withKeyring()).result.valid);
    store->importFiles({file(QStringLiteral("rolled-back.json"), b)});
    const VerificationRun run = store->verifyGateway(withKeyring());
    QCOMPARE(run.result.valid, false);
    QCOMPARE(run.result.exitCode(), 1);
    QCOMPARE(run.result.errors.value(0),
             forkText(ChainFixture::eventId(10), 1, a[9], QStringLiteral("rolled-back.json"), b[9]));
    QCOMPARE(forkCount(run.result.errors), qsizetype(1));
    QCOMPARE(run.result.errorCount, qint64(run.result.errors.size()));
    QCOMPARE(run.result.errorLocations.value(0).recordId, ChainFixture::eventId(10));
    // Stored as printed.
    QCOMPARE(store->verificationRuns().first().result.errors.value(0), run.result.errors.value(0));
}

void TestChainForks::relinkedTailGivesOneForkPerRecordWithinMaxErrors()
{
    const QList<QJsonObject> a = m_fx.chain(10);
    QList<QJsonObject> b = a;
    b[4] = rewritten(m_fx, b[4], QStringLiteral("allow-rewritten"));
    m_fx.relink(b, 5); // records 6..10 re-linked and re-sealed: a consistent, different history

    auto store = WorkspaceStore::open(ws(QStringLiteral("tail")));
    store->importFiles({file(QStringLiteral("a.json"), a)});
    store->verifyGateway(withKeyring());
    store->importFiles({file(QStringLiteral("b.json"), b)});
    VerifyOptions all = withKeyring();
    const VerificationResult full = store->verifyGateway(all).result;
    QCOMPARE(forkCount(full.errors), qsizetype(6));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(full.errors.at(i),
                 forkText(ChainFixture::eventId(5 + i), 1, a[4 + i], QStringLiteral("b.json"), b[4 + i]));
    QVERIFY(full.errorCount > 6);

    VerifyOptions three = withKeyring();
    three.maxErrors = 3;
    const VerificationResult cut = store->verifyGateway(three).result;
    QCOMPARE(cut.errors, full.errors.mid(0, 3));
    QCOMPARE(cut.errorLocations.size(), qsizetype(3));
    QCOMPARE(cut.errorCount, full.errorCount);
}

void TestChainForks::appendOnlyImportHasNoFork()
{
    const QList<QJsonObject> all = m_fx.chain(15);
    auto store = WorkspaceStore::open(ws(QStringLiteral("append")));
    store->importFiles({file(QStringLiteral("first.json"), all.mid(0, 10))});
    QVERIFY(store->verifyGateway(withKeyring()).result.valid);
    // The next page overlaps the first (6..10 again, merged) and continues after the head.
    store->importFiles({file(QStringLiteral("next.json"), all.mid(5))});
    const VerificationRun run = store->verifyGateway(withKeyring());
    QCOMPARE(run.result.errors, QStringList());
    QCOMPARE(run.result.errorCount, qint64(0));
    QCOMPARE(run.result.eventsChecked, qint64(15));
    QCOMPARE(run.result.exitCode(), 0);
}

void TestChainForks::neverVerifiedWorkspaceHasNoForkCheck()
{
    const QList<QJsonObject> a = m_fx.chain(10);
    QList<QJsonObject> b = a;
    b[9] = rewritten(m_fx, b[9], QStringLiteral("allow-rewritten"));
    auto store = WorkspaceStore::open(ws(QStringLiteral("never")));
    store->importFiles({file(QStringLiteral("a.json"), a)});
    store->importFiles({file(QStringLiteral("b.json"), b)});
    // Nothing was verified before both arrived: there is no history to contradict; the verifier's own
    // duplicate-id error remains, and stays alone on the next run too (both records are within run 1).
    for (int i = 0; i < 2; ++i) {
        const VerificationResult result = store->verifyGateway(withKeyring()).result;
        QCOMPARE(forkCount(result.errors), qsizetype(0));
        QCOMPARE(result.errors.value(0),
                 QStringLiteral("Event 11: duplicate id 'evt_00000010' with differing content"));
        QCOMPARE(result.errorCount, qint64(3));
    }
}

void TestChainForks::periodLimitsWhatARunVerified_data()
{
    QTest::addColumn<int>("rewrittenIndex"); // 0-based; the records are at hours 1..10 of 2025-01-01
    QTest::addColumn<bool>("fork");
    QTest::newRow("inside the period run 1 verified") << 2 << true;
    QTest::newRow("outside it") << 8 << false;
}

void TestChainForks::periodLimitsWhatARunVerified()
{
    QFETCH(int, rewrittenIndex);
    QFETCH(bool, fork);
    const QList<QJsonObject> a = m_fx.chain(10);
    QList<QJsonObject> b{rewritten(m_fx, a[rewrittenIndex], QStringLiteral("allow-rewritten"))};
    auto store = WorkspaceStore::open(ws(QStringLiteral("period-%1").arg(rewrittenIndex)));
    store->importFiles({file(QStringLiteral("a.json"), a)});
    VerifyOptions period = withKeyring();
    period.startText = QStringLiteral("2025-01-01T00:00:00Z");
    period.endText = QStringLiteral("2025-01-01T05:00:00Z"); // events 1..5
    period.start = Instant::parse(period.startText);
    period.end = Instant::parse(period.endText);
    QCOMPARE(store->verifyGateway(period).result.eventsChecked, qint64(5));
    store->importFiles({file(QStringLiteral("b.json"), b)});
    const VerificationResult result = store->verifyGateway(withKeyring()).result;
    QCOMPARE(forkCount(result.errors), qsizetype(fork ? 1 : 0));
    if (fork)
        QCOMPARE(result.errors.at(0), forkText(ChainFixture::eventId(rewrittenIndex + 1), 1,
                                               a[rewrittenIndex], QStringLiteral("b.json"), b[0]));
    QCOMPARE(result.valid, false); // the verifier's duplicate id either way
}

void TestChainForks::forkTextIsNotTranslated()
{
    const QList<QJsonObject> a = m_fx.chain(4);
    QList<QJsonObject> b{rewritten(m_fx, a[3], QStringLiteral("allow-rewritten"))};
    auto store = WorkspaceStore::open(ws(QStringLiteral("translated")));
    store->importFiles({file(QStringLiteral("a.json"), a)});
    store->verifyGateway(withKeyring());
    store->importFiles({file(QStringLiteral("b.json"), b)});
    const ab::test::ScopedPseudoTranslation pseudo;
    QVERIFY(QCoreApplication::translate("ab::WorkspaceStore", "Reading %1 from the workspace") !=
            QStringLiteral("Reading %1 from the workspace")); // the translator is active
    const VerificationRun run = store->verifyGateway(withKeyring());
    const QString expected = forkText(ChainFixture::eventId(4), 1, a[3], QStringLiteral("b.json"), b[0]);
    QCOMPARE(run.result.errors.value(0), expected);
    QVERIFY(run.resultJson.contains(expected.toUtf8()));
}

void TestChainForks::versionOneWorkspaceMigrates()
{
    // A version-1 file as the released schema made it, with a run stored before runs had a mark.
    const QString path = ws(QStringLiteral("version1"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const workspace_schema::Migration &v1 = workspace_schema::migrations().front();
        QCOMPARE(v1.version, 1);
        QStringList statements = v1.statements;
        statements << QStringLiteral(
                          "INSERT INTO verification_runs (scope, run_at, run_by, valid, macs_verified,"
                          " events_checked, error_count, keys, sources, error_locations, result)"
                          " VALUES ('gateway', '2025-02-01T00:00:00.000Z', 'old', 1, 1, 0, 0, '[]',"
                          " '[]', '[]', '{}')")
                   << QStringLiteral("PRAGMA application_id = %1").arg(workspace_schema::ApplicationId)
                   << QStringLiteral("PRAGMA user_version = 1");
        for (const QString &s : std::as_const(statements)) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
    QCOMPARE(store->schemaVersion(), WorkspaceStore::SchemaVersion);
    QCOMPARE(store->verificationRuns().size(), qsizetype(1)); // the old run is kept
    const QList<QJsonObject> a = m_fx.chain(6);
    QList<QJsonObject> b{rewritten(m_fx, a[5], QStringLiteral("allow-rewritten"))};
    store->importFiles({file(QStringLiteral("a.json"), a)});
    // The old run has no mark: it cannot say what it verified, so it takes no part.
    const VerificationRun first = store->verifyGateway(withKeyring());
    QCOMPARE(first.id, qint64(2));
    QVERIFY(first.result.valid);
    store->importFiles({file(QStringLiteral("b.json"), b)});
    const VerificationResult result = store->verifyGateway(withKeyring()).result;
    QCOMPARE(result.errors.value(0),
             forkText(ChainFixture::eventId(6), 2, a[5], QStringLiteral("b.json"), b[0]));
    QCOMPARE(forkCount(result.errors), qsizetype(1));
    store.reset();
    // Opening again migrates nothing more.
    QCOMPARE(WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly)->schemaVersion(),
             WorkspaceStore::SchemaVersion);
}

QTEST_GUILESS_MAIN(TestChainForks)
#include "tst_chainforks.moc"
