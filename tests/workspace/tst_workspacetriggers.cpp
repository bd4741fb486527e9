// Evidence, runs, packages, verdicts and the log are append-only: each table's triggers refuse UPDATE and
// DELETE, even through a raw SQL connection.
#include "support/WorkspaceFixture.h"

#include "TestConfig.h"

#include "core/chain/Keyring.h"
#include "core/workspace/WorkspaceStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace wsfixture;

class TestWorkspaceTriggers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesChange_data();
    void refusesChange();

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

void TestWorkspaceTriggers::initTestCase()
{
    m_ws = m_dir.filePath(QStringLiteral("t.auditbench"));
    auto store = WorkspaceStore::open(m_ws);
    store->importBytes(
        {{QStringLiteral("g.json"), readFile(QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json"))},
         {QStringLiteral("r.json"), runtimeExport(5)},
         {QStringLiteral("b.json"), bundleExport(1)},
         {QStringLiteral("o.ndjson"), QJsonDocument(ocsfEvent(3002)).toJson(QJsonDocument::Compact)}});
    const Keyring keyring = Keyring::fromFile(QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json"));
    VerifyOptions options;
    options.keyring = &keyring;
    store->verifyGateway(options);
    store->storePackage(
        compliancePackage(QStringLiteral("p1"), QStringLiteral("a1"), QStringLiteral("2026-01-01T00:00:00Z")),
        QStringLiteral("workbench"));
    store->addVerdict(QStringLiteral("p1"), QStringLiteral("data_access.1"), QStringLiteral("agree"),
                      QStringLiteral("ok"));
}

void TestWorkspaceTriggers::refusesChange_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("statement");
    for (const char *table :
         {"sources", "source_chunks", "gateway_records", "agents", "agent_entries", "compliance_bundles",
          "ocsf_events", "verification_runs", "packages", "vsq_verdicts", "activity_log"}) {
        const QString t = QLatin1String(table);
        QTest::newRow(qPrintable(t + QStringLiteral(" update")))
            << t << QStringLiteral("UPDATE %1 SET rowid = rowid").arg(t);
        QTest::newRow(qPrintable(t + QStringLiteral(" delete")))
            << t << QStringLiteral("DELETE FROM %1").arg(t);
    }
}

void TestWorkspaceTriggers::refusesChange()
{
    QFETCH(QString, table);
    QFETCH(QString, statement);
    const QByteArray before = dumpWorkspace(m_ws);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_ws);
        QVERIFY(db.open());
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && count.next());
        QVERIFY2(count.value(0).toLongLong() > 0, "the fixture must hold a row of every table");
        QSqlQuery q(db);
        QVERIFY(!q.exec(statement));
        QVERIFY2(q.lastError().text().contains(
                     QStringLiteral("%1 is append-only: rows are never changed or deleted").arg(table)),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(dumpWorkspace(m_ws), before);
}

QTEST_GUILESS_MAIN(TestWorkspaceTriggers)
#include "tst_workspacetriggers.moc"
