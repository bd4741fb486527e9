// Notes and tags on records (issue 19), in core: a note is stored with who and when and logged; a later note
// supersedes the earlier (both kept, linked); the tables refuse UPDATE and DELETE, a note superseding one of
// another record and a tag on a superseded note; notes need an existing record; tags are normalised and
// filter; a version-5 workspace migrates with its evidence kept; the note's bytes do not depend on the UI
// language.
#include "support/PseudoTranslator.h"
#include "support/WorkspaceFixture.h"

#include "core/annotations/NoteStore.h"
#include "core/workspace/WorkspaceSchema.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::annotations;
using namespace wsfixture;

namespace {

AuditorIdentity ada()
{
    return AuditorIdentity{QStringLiteral("Ada Auditor"), QStringLiteral("ada@example.com"), {}};
}

// Runs raw SQL on a workspace file behind the store's back; returns the error text ("" when it worked).
QString rawSql(const QString &path, const QString &statement)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery q(db);
        if (!q.exec(statement))
            error = q.lastError().databaseText();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return error;
}

} // namespace

class TestNoteStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("ws%1.auditbench").arg(++m_n));
        auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::CreateIfMissing, ada());
        QJsonObject ocsf = ocsfEvent(2004);
        QJsonObject metadata = ocsf.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("uid"), QStringLiteral("evt_000002"));
        ocsf.insert(QStringLiteral("metadata"), metadata);
        store->importFiles(
            {writeFile(m_dir.path(), QStringLiteral("gw%1.json").arg(m_n), asArray(gatewayRecords(5))),
             writeFile(m_dir.path(), QStringLiteral("rt%1.json").arg(m_n), runtimeExport(4)),
             writeFile(m_dir.path(), QStringLiteral("ocsf%1.ndjson").arg(m_n),
                       QJsonDocument(ocsf).toJson(QJsonDocument::Compact) + '\n')});
        return path;
    }

private slots:
    void storedWithWhoAndWhenAndLogged()
    {
        const QString path = freshWorkspace();
        auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, ada());
        const qsizetype logBefore = store->activity().size();
        const Note n = addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_000003"),
                               QStringLiteral("  Override without ticket  "),
                               {QStringLiteral("follow-up"), QStringLiteral(" exception "), QString(),
                                QStringLiteral("follow-up")});
        QCOMPARE(n.id, qint64(1));
        QCOMPARE(n.text, QStringLiteral("Override without ticket"));
        QCOMPARE(n.tags, (QStringList{"exception", "follow-up"}));
        QCOMPARE(n.createdBy, QStringLiteral("Ada Auditor <ada@example.com>"));
        QVERIFY(!n.supersedes && n.isCurrent());
        QCOMPARE(n.createdAt.size(), qsizetype(24)); // 2026-01-01T00:00:00.000Z

        const QList<ActivityEntry> log = store->activity();
        QCOMPARE(log.size(), logBefore + 1);
        QCOMPARE(log.constLast().action, QStringLiteral("note"));
        QCOMPARE(log.constLast().details,
                 QByteArray(R"({"note_id":1,"record":{"id":"evt_000003","kind":"gateway"},"supersedes":null,)"
                            R"("tags":["exception","follow-up"],"text":"Override without ticket"})"));
        QVERIFY(store->verifyActivityLog().intact);

        store.reset();
        auto again = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, ada());
        const QList<Note> stored = notes(*again);
        QCOMPARE(stored.size(), qsizetype(1));
        QCOMPARE(stored[0].recordId, QStringLiteral("evt_000003"));
        QCOMPARE(stored[0].tags, n.tags);
        QCOMPARE(stored[0].createdAt, n.createdAt);
    }

    void laterNoteSupersedesEarlier()
    {
        auto store = WorkspaceStore::open(freshWorkspace(), WorkspaceStore::OpenMode::ExistingOnly, ada());
        const Note first = addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_000001"),
                                   QStringLiteral("first"), {QStringLiteral("follow-up")});
        const Note other = addNote(*store, views::RecordKind::Runtime, QStringLiteral("ae_2"),
                                   QStringLiteral("runtime"), {});
        const Note second = addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_000001"),
                                    QStringLiteral("resolved: ticket CHG-17"), {QStringLiteral("ok")});
        QVERIFY(second.supersedes == first.id);
        QVERIFY(!other.supersedes);
        // Current notes: one per record, the newest.
        const QList<Note> current = notes(*store);
        QCOMPARE(current.size(), qsizetype(2));
        QCOMPARE(current[0].id, other.id);
        QCOMPARE(current[1].id, second.id);
        // With the history: the earlier note unchanged, linked to the one that superseded it.
        NoteFilter all;
        all.withSuperseded = true;
        const QList<Note> history = notes(*store, all);
        QCOMPARE(history.size(), qsizetype(3));
        QCOMPARE(history[0].text, QStringLiteral("first"));
        QCOMPARE(history[0].tags, QStringList{"follow-up"});
        QVERIFY(history[0].supersededBy == second.id);
        // Filters: by tag (current notes only unless asked), by kind, by record.
        NoteFilter followUp;
        followUp.tag = QStringLiteral("follow-up");
        QCOMPARE(notes(*store, followUp).size(), qsizetype(0));
        followUp.withSuperseded = true;
        QCOMPARE(notes(*store, followUp).size(), qsizetype(1));
        NoteFilter runtime;
        runtime.kind = views::RecordKind::Runtime;
        QCOMPARE(notes(*store, runtime).value(0).recordId, QStringLiteral("ae_2"));
        QCOMPARE(currentNotes(*store, views::RecordKind::Gateway).value(QStringLiteral("evt_000001")).id,
                 second.id);
        QCOMPARE(tagsInUse(*store), QStringList{"ok"});
    }

    void everyKindNeedsAnExistingRecord()
    {
        auto store = WorkspaceStore::open(freshWorkspace(), WorkspaceStore::OpenMode::ExistingOnly, ada());
        QVERIFY(
            addNote(*store, views::RecordKind::Ocsf, QStringLiteral("evt_000002"), QStringLiteral("seen"), {})
                .kind == views::RecordKind::Ocsf);
        const QList<QPair<views::RecordKind, QString>> missing{
            {views::RecordKind::Gateway, QStringLiteral("ae_1")},
            {views::RecordKind::Runtime, QStringLiteral("evt_000001")},
            {views::RecordKind::Ocsf, QStringLiteral("nope")}};
        const QStringList names{QStringLiteral("gateway record"), QStringLiteral("runtime entry"),
                                QStringLiteral("OCSF event")};
        for (qsizetype i = 0; i < missing.size(); ++i) {
            try {
                addNote(*store, missing[i].first, missing[i].second, QStringLiteral("x"), {});
                QFAIL("stored a note on a record that does not exist");
            } catch (const NoteError &e) {
                QCOMPARE(e.text(), QStringLiteral("%1: the workspace holds no %2 with the id '%3'")
                                       .arg(store->path(), names[i], missing[i].second));
            }
        }
        QVERIFY_THROWS_EXCEPTION(NoteError, addNote(*store, views::RecordKind::Gateway,
                                                    QStringLiteral("evt_000001"), QStringLiteral("  "), {}));
        QVERIFY_THROWS_EXCEPTION(NoteError,
                                 addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_000001"), {},
                                         {QStringLiteral("a,b")}));
        QVERIFY_THROWS_EXCEPTION(NoteError,
                                 addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_000001"), {},
                                         {QString(MaxTagLength + 1, QLatin1Char('x'))}));
        QCOMPARE(notes(*store).size(), qsizetype(1)); // nothing of the refused ones stored
    }

    void tablesAreAppendOnly()
    {
        const QString path = freshWorkspace();
        {
            auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, ada());
            addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_000001"), QStringLiteral("a"),
                    {QStringLiteral("exception")});
            addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_000001"), QStringLiteral("b"),
                    {});
            addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_000004"), QStringLiteral("c"),
                    {});
        }
        QCOMPARE(rawSql(path, QStringLiteral("UPDATE record_notes SET text = 'edited' WHERE id = 1")),
                 QStringLiteral("record_notes is append-only: rows are never changed or deleted"));
        QCOMPARE(rawSql(path, QStringLiteral("DELETE FROM record_notes WHERE id = 1")),
                 QStringLiteral("record_notes is append-only: rows are never changed or deleted"));
        QCOMPARE(rawSql(path, QStringLiteral("UPDATE record_note_tags SET tag = 'ok'")),
                 QStringLiteral("record_note_tags is append-only: rows are never changed or deleted"));
        QCOMPARE(rawSql(path, QStringLiteral("DELETE FROM record_note_tags")),
                 QStringLiteral("record_note_tags is append-only: rows are never changed or deleted"));
        QCOMPARE(rawSql(path, QStringLiteral("INSERT INTO record_note_tags VALUES (1, 'late')")),
                 QStringLiteral("record_note_tags: a superseded note cannot change"));
        QCOMPARE(
            rawSql(path, QStringLiteral("INSERT INTO record_notes (record_kind, record_id, text, supersedes,"
                                        " created_at, created_by) VALUES ('gateway', 'evt_000001', 'x', 3, "
                                        "'t', 'u')")),
            QStringLiteral("record_notes: a note supersedes only a note on the same record"));
        QVERIFY(
            !rawSql(path, QStringLiteral("INSERT INTO record_notes (record_kind, record_id, text, supersedes,"
                                         " created_at, created_by) VALUES ('gateway', 'evt_000001', 'x', 1, "
                                         "'t', 'u')"))
                 .isEmpty()); // 1 is superseded already: the history stays a line
        auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, ada());
        NoteFilter all;
        all.withSuperseded = true;
        QCOMPARE(notes(*store, all).size(), qsizetype(3));
        QCOMPARE(notes(*store, all).value(0).text, QStringLiteral("a"));
    }

    void versionFiveWorkspaceMigrates()
    {
        // A version-5 file as the released migrations made it, holding a gateway record.
        const QString path = m_dir.filePath(QStringLiteral("v5.auditbench"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QStringList statements;
            for (const workspace_schema::Migration &m : workspace_schema::migrations())
                if (m.version <= 5)
                    statements << m.statements;
            statements << QStringLiteral(
                              "INSERT INTO sources (id, sha256, size, file_name, format, imported_at,"
                              " imported_by, record_count) VALUES (1, 'aa', 2, 'a.json', 'gateway',"
                              " '2025-01-01T00:00:00.000Z', 'old', 1)")
                       << QStringLiteral(
                              "INSERT INTO gateway_records (source_id, ordinal, record_id, sort_ms, raw)"
                              " VALUES (1, 0, 'evt_old', 0, '{\"id\":\"evt_old\"}')")
                       << QStringLiteral("PRAGMA application_id = %1").arg(workspace_schema::ApplicationId)
                       << QStringLiteral("PRAGMA user_version = 5");
            for (const QString &s : std::as_const(statements)) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(s), qPrintable(s + QLatin1Char(' ') + q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));
        QVERIFY(rawSql(path, QStringLiteral("SELECT * FROM record_notes"))
                    .contains(QLatin1String("no such table")));

        auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, ada());
        QVERIFY(store->schemaVersion() >= 6);
        QCOMPARE(store->schemaVersion(), WorkspaceStore::SchemaVersion);
        QCOMPARE(store->count(), qint64(1)); // the evidence is kept
        const Note n = addNote(*store, views::RecordKind::Gateway, QStringLiteral("evt_old"),
                               QStringLiteral("kept"), {QStringLiteral("exception")});
        QCOMPARE(notes(*store).value(0).id, n.id);
        store.reset();
        QCOMPARE(rawSql(path, QStringLiteral("DELETE FROM record_notes")),
                 QStringLiteral("record_notes is append-only: rows are never changed or deleted"));
    }

    void noteBytesDoNotDependOnTheLanguage()
    {
        auto store = WorkspaceStore::open(freshWorkspace(), WorkspaceStore::OpenMode::ExistingOnly, ada());
        addNote(*store, views::RecordKind::Runtime, QStringLiteral("ae_1"), QStringLiteral("Prüfen"),
                {QStringLiteral("follow-up")});
        const QByteArray english = store->activity().constLast().details;
        NoteFilter all;
        const QByteArray json = notesJson(notes(*store, all), false);
        {
            test::ScopedPseudoTranslation pseudo;
            QCOMPARE(notesJson(notes(*store, all), false), json);
            QCOMPARE(store->activity().constLast().details, english);
        }
        const QJsonObject parsed = QJsonDocument::fromJson(json).object();
        const QJsonObject note = parsed.value(QStringLiteral("notes")).toArray().at(0).toObject();
        QCOMPARE(note.value(QStringLiteral("kind")).toString(), QStringLiteral("runtime"));
        QCOMPARE(note.value(QStringLiteral("record")).toString(), QStringLiteral("ae_1"));
        QCOMPARE(note.value(QStringLiteral("text")).toString(), QStringLiteral("Prüfen"));
        QVERIFY(note.value(QStringLiteral("superseded_by")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestNoteStore)
#include "tst_notestore.moc"
