#pragma once
// What the integrity tests share: a workspace with a known, verifiable gateway chain (and a long activity
// log), raw SQL on it behind the workspace's back (triggers dropped, as a privileged user with the file
// can), and damage to one page of a table, made by the test after a checkpoint.
#include "support/ChainFixture.h"
#include "support/WorkspaceFixture.h"

#include "core/workspace/WorkspaceStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>

#include <atomic>

namespace ab::test {

// A workspace at `path` holding `records` chained gateway records (one file, gateway.json) and
// `extraLogRows` more activity-log rows with padded details (so the log spans several pages).
inline void makeWorkspace(const QString &path, int records, int extraLogRows = 0)
{
    const ChainFixture fixture;
    auto store = WorkspaceStore::open(path);
    store->importBytes({{QStringLiteral("gateway.json"), ChainFixture::toJsonArray(fixture.chain(records))}});
    const QByteArray pad(200, 'x');
    for (int i = 0; i < extraLogRows; ++i)
        store->appendActivity(QStringLiteral("export"), QByteArrayLiteral("{\"n\":") + QByteArray::number(i) +
                                                            ",\"pad\":\"" + pad + "\"}");
}

// Runs `statements` on the file through a connection of its own (no triggers dropped unless asked).
inline void rawSql(const QString &path, const QStringList &statements)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("integrity-raw-%1").arg(counter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const QString &s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The first column of every row of `sql` on the file.
inline QVariantList rawValues(const QString &path, const QString &sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("integrity-read-%1").arg(counter.fetch_add(1));
    QVariantList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    out << q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Overwrites the middle leaf page of `table` with 0xFF bytes (not a valid page type: SQLite reports the
// file malformed when a read reaches it). Returns the page number damaged, 0 when the table has none.
inline int damageLeafPage(const QString &path, const QString &table)
{
    const QVariantList pages = rawValues(
        path,
        QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' ORDER BY pageno")
            .arg(table));
    const QVariantList size = rawValues(path, QStringLiteral("PRAGMA page_size"));
    if (pages.size() < 3 || size.isEmpty())
        return 0;
    const int page = pages.at(pages.size() / 2).toInt();
    const qint64 pageSize = size.front().toLongLong();
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * pageSize))
        return 0;
    f.write(QByteArray(pageSize, char(0xFF)));
    return page;
}

} // namespace ab::test
