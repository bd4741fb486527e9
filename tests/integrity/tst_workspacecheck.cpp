// auditbench-cli check / WorkspaceCheck: each tampering the issue lists, done with the append-only triggers
// dropped (as a privileged user with the file can), is found with the exact finding text; an intact
// workspace has none; verify --workspace refuses a workspace whose quick check has findings.
#include "integrity/DamagedWorkspace.h"
#include "support/CliRun.h"
#include "support/PseudoTranslator.h"

#include "TestConfig.h"

#include "core/chain/Keyring.h"
#include "core/workspace/WorkspaceCheck.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::test;

namespace {
const QString Source = QStringLiteral("source 1 (gateway.json)");
}

class TestWorkspaceCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void intactHasNoFindings();
    void tampering_data();
    void tampering();
    void editedOriginalIsFound();
    void findingsAreCapped();
    void cliExitStatusAndJson();
    void verifyRefusesTamperedWorkspace();

private:
    QString tampered(const QString &name, const QStringList &statements);
    QStringList messages(const QString &path, WorkspaceCheck::Depth depth = WorkspaceCheck::Depth::Full);
    QTemporaryDir m_dir;
    QString m_pristine;
    int m_copies = 0;
};

void TestWorkspaceCheck::initTestCase()
{
    m_pristine = m_dir.filePath(QStringLiteral("pristine.auditbench"));
    makeWorkspace(m_pristine, 200);
    auto store = WorkspaceStore::open(m_pristine, WorkspaceStore::OpenMode::ExistingOnly);
    const Keyring keyring = Keyring::fromFile(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json"));
    VerifyOptions options;
    options.keyring = &keyring;
    QVERIFY(store->verifyGateway(options).result.valid); // activity row 2, run 1
    store->storePackage(wsfixture::compliancePackage(QStringLiteral("p1"), QStringLiteral("a1"),
                                                     QStringLiteral("2026-01-01T00:00:00Z")),
                        QStringLiteral("workbench")); // activity row 3
}

QString TestWorkspaceCheck::tampered(const QString &name, const QStringList &statements)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.auditbench").arg(name).arg(++m_copies));
    if (!QFile::copy(m_pristine, path))
        return {};
    rawSql(path, statements);
    return path;
}

QStringList TestWorkspaceCheck::messages(const QString &path, WorkspaceCheck::Depth depth)
{
    auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
    QStringList out;
    for (const CheckFinding &f : WorkspaceCheck::run(*store, depth).findings)
        out << f.message;
    return out;
}

void TestWorkspaceCheck::intactHasNoFindings()
{
    auto store = WorkspaceStore::open(m_pristine, WorkspaceStore::OpenMode::ExistingOnly);
    const WorkspaceCheckResult r = WorkspaceCheck::run(*store, WorkspaceCheck::Depth::Full);
    QCOMPARE(r.findings.size(), 0);
    QCOMPARE(r.exitCode(), 0);
    QCOMPARE(r.sources, 1);
    QCOMPARE(r.records, 200);
    QCOMPARE(r.runs, 1);
    QCOMPARE(r.packages, 1);
    QCOMPARE(r.head.rows, 3);
    QCOMPARE(r.head.hash, store->activity().last().hash);
}

void TestWorkspaceCheck::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("expected"); // exactly these findings, in this order

    const QString noUpdate = QStringLiteral("DROP TRIGGER %1_no_update");
    const QString noDelete = QStringLiteral("DROP TRIGGER %1_no_delete");
    QTest::newRow("query column edited")
        << QStringList{noUpdate.arg(QStringLiteral("gateway_records")),
                       QStringLiteral("UPDATE gateway_records SET action = 'allow' WHERE id = 4")}
        << QStringList{Source + QStringLiteral(": record 4 (gateway_records row 4): the query column action "
                                               "says 'allow', the record says 'block'")};
    QTest::newRow("last rows deleted")
        << QStringList{noDelete.arg(QStringLiteral("gateway_records")),
                       QStringLiteral("DELETE FROM gateway_records WHERE id > 198")}
        << QStringList{
               Source + QStringLiteral(": the workspace holds 198 of its records, its source row says 200"),
               Source + QStringLiteral(": record 199 (id evt_00000199) of the original is missing from "
                                       "the workspace"),
               Source + QStringLiteral(": record 200 (id evt_00000200) of the original is missing from "
                                       "the workspace")};
    QStringList allMissing{Source +
                           QStringLiteral(": the workspace holds 0 of its records, its source row says 200")};
    for (int n = 1; n <= 20; ++n)
        allMissing << Source + QStringLiteral(": record %1 (id evt_%2) of the original is missing from the "
                                              "workspace")
                                   .arg(n)
                                   .arg(n, 8, 10, QLatin1Char('0'));
    allMissing << QStringLiteral("... and 180 more findings of the kind 'record_missing'");
    QTest::newRow("all gateway rows deleted") << QStringList{noDelete.arg(QStringLiteral("gateway_records")),
                                                             QStringLiteral("DELETE FROM gateway_records")}
                                              << allMissing;
    QTest::newRow("record_count edited")
        << QStringList{noUpdate.arg(QStringLiteral("sources")),
                       QStringLiteral("UPDATE sources SET record_count = 150")}
        << QStringList{
               Source + QStringLiteral(": the workspace holds 200 of its records, its source row says 150"),
               Source + QStringLiteral(": its records is '150', the activity log (row 1) recorded '200'")};
    QTest::newRow("file name edited")
        << QStringList{noUpdate.arg(QStringLiteral("sources")),
                       QStringLiteral("UPDATE sources SET file_name = 'other.json'")}
        << QStringList{
               QStringLiteral("source 1 (other.json): its file is 'other.json', the activity log (row 1) "
                              "recorded 'gateway.json'")};
    QTest::newRow("duplicate row inserted")
        << QStringList{QStringLiteral(
               "INSERT INTO gateway_records (source_id, ordinal, record_id, sequence, ts_text, ts_ms, "
               "sort_ms,"
               " category, action, framework, entity_type, user_id, user_email, policy_name, raw)"
               " SELECT source_id, ordinal, record_id, sequence, ts_text, ts_ms, sort_ms, category, action,"
               " framework, entity_type, user_id, user_email, policy_name, raw FROM gateway_records WHERE id "
               "= 10")}
        << QStringList{
               Source + QStringLiteral(": the workspace holds 201 of its records, its source row says 200"),
               Source + QStringLiteral(": record 10 is stored 2 times in gateway_records")};
    QTest::newRow("run forged")
        << QStringList{QStringLiteral(
               "INSERT INTO verification_runs (scope, run_at, run_by, period_start, period_end, valid,"
               " macs_verified, events_checked, error_count, keys, sources, error_locations, result, "
               "record_mark)"
               " SELECT scope, run_at, run_by, period_start, period_end, valid, macs_verified, "
               "events_checked,"
               " error_count, keys, sources, error_locations, result, record_mark FROM verification_runs")}
        << QStringList{QStringLiteral(
               "Verification run 2 (gateway) has no activity-log entry: AuditBench did not record it")};
    QTest::newRow("run verdict edited")
        << QStringList{noUpdate.arg(QStringLiteral("verification_runs")),
                       QStringLiteral(
                           "UPDATE verification_runs SET events_checked = 999,"
                           " result = replace(result, '\"events_checked\": 200', '\"events_checked\": 999')")}
        << QStringList{
               QStringLiteral("Verification run 1: its events_checked is '999', the activity log (row 2) "
                              "recorded '200'"),
               QStringLiteral("Verification run 1: its result's events_checked is '999', the activity log "
                              "(row 2) recorded '200'")};
    QTest::newRow("run deleted")
        << QStringList{noDelete.arg(QStringLiteral("verification_runs")),
                       QStringLiteral("DELETE FROM verification_runs")}
        << QStringList{QStringLiteral(
               "Activity-log row 2 records verification run 1, which is not in the workspace")};
    QTest::newRow("package content edited")
        << QStringList{noUpdate.arg(QStringLiteral("packages")),
                       QStringLiteral("UPDATE packages SET json = replace(json, 'triage-bot', 'triage-bob')")}
        << QStringList{
               QStringLiteral("Package p1: its content does not match its content_sha256 %1 (the content "
                              "hashes to %2)")};
    QTest::newRow("log tail deleted")
        << QStringList{noDelete.arg(QStringLiteral("activity_log")),
                       QStringLiteral("DELETE FROM activity_log WHERE seq = 3")}
        << QStringList{QStringLiteral("Package p1 has no activity-log entry: AuditBench did not store it")};
}

void TestWorkspaceCheck::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, expected);
    const QString path = tampered(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')), statements);
    QVERIFY(!path.isEmpty());
    QStringList found = messages(path);
    if (QByteArray(QTest::currentDataTag()) == "package content edited") {
        // Both hashes are in the message: the claimed one from the package, the computed one from its bytes.
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.front().startsWith(
                     QStringLiteral("Package p1: its content does not match its content_sha256 ")),
                 qPrintable(found.front()));
        const QStringList words = found.front().split(QLatin1Char(' '));
        QCOMPARE(words.at(9).size(), 64);
        QCOMPARE(words.last().size(), 65); // the computed hash and ')'
        QVERIFY(words.at(9) != words.last().chopped(1));
        return;
    }
    QCOMPARE(found, expected);
}

void TestWorkspaceCheck::editedOriginalIsFound()
{
    // The stored original's bytes replaced by other (well compressed) bytes.
    const QString path = m_dir.filePath(QStringLiteral("original.auditbench"));
    QVERIFY(QFile::copy(m_pristine, path));
    const QByteArray other = qCompress(QByteArrayLiteral("[]"), 1);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit-original"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER source_chunks_no_update")));
        QVERIFY(q.prepare(QStringLiteral("UPDATE source_chunks SET data = ?")));
        q.addBindValue(other);
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit-original"));
    const QString sha = rawValues(path, QStringLiteral("SELECT sha256 FROM sources")).value(0).toString();
    QCOMPARE(messages(path), QStringList{path +
                                         QStringLiteral(": the stored original of gateway.json does not "
                                                        "match its SHA-256 ") +
                                         sha});
    QCOMPARE(messages(path, WorkspaceCheck::Depth::Quick), QStringList()); // re-hashing is the full check's
}

void TestWorkspaceCheck::findingsAreCapped()
{
    const QString path =
        tampered(QStringLiteral("capped"), {QStringLiteral("DROP TRIGGER gateway_records_no_update"),
                                            QStringLiteral("UPDATE gateway_records SET category = 'x'")});
    const QStringList found = messages(path);
    QCOMPARE(found.size(), 21);
    QCOMPARE(found.last(), QStringLiteral("... and 180 more findings of the kind 'column_changed'"));
}

void TestWorkspaceCheck::cliExitStatusAndJson()
{
    const CliRun intact = runCli({QStringLiteral("check"), QStringLiteral("--workspace"), m_pristine});
    QCOMPARE(intact.exitCode, 0);
    QCOMPARE(intact.err, QByteArray());
    const QJsonObject ok = QJsonDocument::fromJson(intact.out).object();
    QCOMPARE(ok.value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(ok.value(QLatin1String("findings")).toArray().size(), 0);
    QCOMPARE(ok.value(QLatin1String("activity_log")).toObject().value(QLatin1String("rows")).toInt(), 3);

    const QString path = tampered(
        QStringLiteral("cli"), {QStringLiteral("DROP TRIGGER gateway_records_no_update"),
                                QStringLiteral("UPDATE gateway_records SET action = 'allow' WHERE id = 4")});
    const CliRun found = runCli({QStringLiteral("check"), QStringLiteral("--workspace"), path});
    QCOMPARE(found.exitCode, 1);
    const QJsonArray findings =
        QJsonDocument::fromJson(found.out).object().value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.at(0).toObject();
    QCOMPARE(f.value(QLatin1String("code")).toString(), QStringLiteral("column_changed"));
    QCOMPARE(f.value(QLatin1String("where")).toString(), QStringLiteral("gateway_records row 4"));

    const QString notWorkspace = m_dir.filePath(QStringLiteral("not.auditbench"));
    QFile text(notWorkspace);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(200, 'x'));
    text.close();
    const CliRun unusable = runCli({QStringLiteral("check"), QStringLiteral("--workspace"), notWorkspace});
    QCOMPARE(unusable.exitCode, 2);
    QCOMPARE(unusable.out, QByteArray());
}

void TestWorkspaceCheck::verifyRefusesTamperedWorkspace()
{
    const QString path =
        tampered(QStringLiteral("verify"), {QStringLiteral("DROP TRIGGER gateway_records_no_delete"),
                                            QStringLiteral("DELETE FROM gateway_records WHERE id > 198")});
    const CliRun r =
        runCli({QStringLiteral("verify"), QStringLiteral("--workspace"), path, QStringLiteral("--keyring"),
                QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             path + QStringLiteral(": the workspace failed its check (1 finding), nothing was verified: ") +
                 Source +
                 QStringLiteral(": the workspace holds 198 of its records, its source row says 200; "
                                "'auditbench-cli check' lists them all"));
    QCOMPARE(rawValues(path, QStringLiteral("SELECT COUNT(*) FROM verification_runs")),
             QVariantList{QVariant(qint64(1))});
}

QTEST_GUILESS_MAIN(TestWorkspaceCheck)
#include "tst_workspacecheck.moc"
