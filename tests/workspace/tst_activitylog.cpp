// The activity log's SHA-256 hash chain names the first row that was edited or deleted behind the triggers'
// back (the attacker drops the trigger and uses raw SQL).
#include "support/WorkspaceFixture.h"

#include "core/workspace/WorkspaceStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace wsfixture;

class TestActivityLog : public QObject
{
    Q_OBJECT

private slots:
    void recordsEveryAction();
    void detectsTampering_data();
    void detectsTampering();

private:
    QString makeWorkspace(const QString &name);
    QTemporaryDir m_dir;
};

QString TestActivityLog::makeWorkspace(const QString &name)
{
    const QString ws = m_dir.filePath(name);
    auto store =
        WorkspaceStore::open(ws, WorkspaceStore::OpenMode::CreateIfMissing,
                             AuditorIdentity{QStringLiteral("Ana"), QStringLiteral("ana@firm.example"), {}});
    store->importBytes({{QStringLiteral("g.ndjson"), asNdjson(gatewayRecords(10))}});
    store->appendActivity(QStringLiteral("export"),
                          R"({"file": "evidence/pci-dss/blocks.json", "records": 3})");
    store->appendActivity(QStringLiteral("print"), R"({"report": "report.pdf"})");
    store->appendActivity(QStringLiteral("export"), R"({"file": "evidence/MANIFEST.json"})");
    return ws;
}

void TestActivityLog::recordsEveryAction()
{
    const QString ws = makeWorkspace(QStringLiteral("intact.auditbench"));
    auto store = WorkspaceStore::open(ws);
    const QList<ActivityEntry> log = store->activity();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log[0].action, QStringLiteral("import"));
    QCOMPARE(log[0].user, QStringLiteral("Ana <ana@firm.example>"));
    QCOMPARE(log[0].prevHash, QString(64, QLatin1Char('0')));
    QCOMPARE(log[1].details,
             QByteArray(R"({"file":"evidence/pci-dss/blocks.json","records":3})")); // canonical (JCS)
    QCOMPARE(log[2].prevHash, log[1].hash);
    const ActivityLogCheck check = store->verifyActivityLog();
    QVERIFY(check.intact);
    QCOMPARE(check.rows, qint64(4));
    QVERIFY_THROWS_EXCEPTION(WorkspaceError, store->appendActivity(QStringLiteral("export"), "[1]"));
    QVERIFY_THROWS_EXCEPTION(WorkspaceError, store->appendActivity(QStringLiteral("export"), "{oops"));
}

void TestActivityLog::detectsTampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::addColumn<QString>("message");
    QTest::newRow("edited details")
        << QStringList{QStringLiteral("DROP TRIGGER activity_log_no_update"),
                       QStringLiteral(
                           "UPDATE activity_log SET details = '{\"report\":\"other.pdf\"}' WHERE seq = 3")}
        << qint64(3)
        << QStringLiteral("Activity log row 3: content does not match its hash (the row was altered)");
    QTest::newRow("edited user")
        << QStringList{QStringLiteral("DROP TRIGGER activity_log_no_update"),
                       QStringLiteral("UPDATE activity_log SET user = 'Mallory' WHERE seq = 2")}
        << qint64(2)
        << QStringLiteral("Activity log row 2: content does not match its hash (the row was altered)");
    QTest::newRow("deleted row")
        << QStringList{QStringLiteral("DROP TRIGGER activity_log_no_delete"),
                       QStringLiteral("DELETE FROM activity_log WHERE seq = 2")}
        << qint64(2)
        << QStringLiteral("Activity log row 2 is missing (the next row is 3): rows were deleted");
    QTest::newRow("deleted and renumbered")
        << QStringList{QStringLiteral("DROP TRIGGER activity_log_no_delete"),
                       QStringLiteral("DROP TRIGGER activity_log_no_update"),
                       QStringLiteral("DELETE FROM activity_log WHERE seq = 2"),
                       QStringLiteral("UPDATE activity_log SET seq = seq - 1 WHERE seq > 2")}
        << qint64(2) << QStringLiteral("Activity log row 2: prev_hash does not match the hash of row 1");
}

void TestActivityLog::detectsTampering()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, brokenSeq);
    QFETCH(QString, message);
    const QString ws = makeWorkspace(QStringLiteral("tamper-%1.auditbench")
                                         .arg(QTest::currentDataTag())
                                         .replace(QLatin1Char(' '), QLatin1Char('-')));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(ws);
        QVERIFY(db.open());
        for (const QString &statement : sql) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    const ActivityLogCheck check = store->verifyActivityLog();
    QVERIFY(!check.intact);
    QCOMPARE(check.firstBrokenSeq, brokenSeq);
    QCOMPARE(check.message, message);
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
