// Opening: a new workspace gets the current schema (WAL, foreign keys); a newer or foreign database is
// refused with a clear message and left byte-for-byte unchanged.
#include "support/WorkspaceFixture.h"

#include "core/workspace/WorkspaceStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace wsfixture;

class TestWorkspaceSchema : public QObject
{
    Q_OBJECT

private slots:
    void createsCurrentSchema();
    void refusesUnopenable_data();
    void refusesUnopenable();

private:
    static void rawSql(const QString &path, const QStringList &statements);
    QTemporaryDir m_dir;
};

void TestWorkspaceSchema::rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements)
            QVERIFY(QSqlQuery(db).exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestWorkspaceSchema::createsCurrentSchema()
{
    const QString ws = m_dir.filePath(QStringLiteral("new.auditbench"));
    auto store = WorkspaceStore::open(ws);
    QCOMPARE(store->schemaVersion(), WorkspaceStore::SchemaVersion);
    store.reset();
    QByteArray header = readFile(ws).left(100);
    QVERIFY(header.startsWith("SQLite format 3"));
    QCOMPARE(int(uchar(header[18])), 2); // WAL
    QCOMPARE(header.mid(68, 4), QByteArray("ABWS"));
    QVERIFY_THROWS_EXCEPTION(WorkspaceError,
                             WorkspaceStore::open(m_dir.filePath(QStringLiteral("missing.auditbench")),
                                                  WorkspaceStore::OpenMode::ExistingOnly));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.auditbench"))));
}

void TestWorkspaceSchema::refusesUnopenable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer schema")
        << QStringLiteral("newer")
        << QStringLiteral("%1: workspace schema version 99 is newer than this AuditBench supports (3); "
                          "open it with a newer AuditBench. The workspace was not changed.");
    QTest::newRow("another application's database")
        << QStringLiteral("foreign")
        << QStringLiteral("%1: not an AuditBench workspace (another application's SQLite database)");
    QTest::newRow("not a database") << QStringLiteral("text")
                                    << QStringLiteral(
                                           "%1: not an AuditBench workspace (not a SQLite database)");
}

void TestWorkspaceSchema::refusesUnopenable()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString ws = m_dir.filePath(kind + QStringLiteral(".auditbench"));
    if (kind == QLatin1String("newer")) {
        {
            auto store = WorkspaceStore::open(ws);
        }
        rawSql(ws, {QStringLiteral("PRAGMA user_version = 99")});
    } else if (kind == QLatin1String("foreign")) {
        rawSql(ws, {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                    QStringLiteral("INSERT INTO notes VALUES ('x')")});
    } else {
        writeFile(m_dir.path(), kind + QStringLiteral(".auditbench"),
                  QByteArray("this is not SQLite, just text that is long enough to hold a header of one "
                             "hundred bytes..........................."));
    }
    const QByteArray before = readFile(ws);
    try {
        WorkspaceStore::open(ws);
        QFAIL("opened");
    } catch (const WorkspaceError &e) {
        QCOMPARE(e.message(), message.arg(ws));
    }
    QCOMPARE(readFile(ws), before);
    QVERIFY(!QFile::exists(ws + QStringLiteral("-wal")) || kind != QLatin1String("text"));
}

QTEST_GUILESS_MAIN(TestWorkspaceSchema)
#include "tst_workspaceschema.moc"
