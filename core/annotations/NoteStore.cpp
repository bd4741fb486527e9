#include "core/annotations/NoteStore.h"

#include "core/json/JsonWriter.h"
#include "core/views/OcsfQueries.h"
#include "core/views/RuntimeQueries.h"
#include "core/workspace/ActivityLog.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QSqlQuery>

#include <algorithm>

namespace ab::annotations {

namespace {

struct NoteTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::annotations::NoteStore)
};

QString kindLabel(views::RecordKind kind)
{
    switch (kind) {
    case views::RecordKind::Runtime:
        return NoteTr::tr("runtime entry");
    case views::RecordKind::Ocsf:
        return NoteTr::tr("OCSF event");
    case views::RecordKind::Gateway:
        break;
    }
    return NoteTr::tr("gateway record");
}

bool recordExists(const WorkspaceStore &store, views::RecordKind kind, const QString &recordId)
{
    switch (kind) {
    case views::RecordKind::Runtime:
        return !views::RuntimeQueries(store).rowIdsOfEntryId(recordId).empty();
    case views::RecordKind::Ocsf:
        return !views::OcsfQueries(store).rowIdsOfUid(recordId).empty();
    case views::RecordKind::Gateway:
        break;
    }
    return !store.rowIdsOfRecordId(recordId).empty();
}

const QString NoteColumns =
    QStringLiteral("n.id, n.record_kind, n.record_id, n.text, n.supersedes, n.created_at, n.created_by,"
                   " (SELECT l.id FROM record_notes l WHERE l.supersedes = n.id)");

Note noteFrom(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.kind = kindFromName(q.value(1).toString()).value_or(views::RecordKind::Gateway);
    n.recordId = q.value(2).toString();
    n.text = q.value(3).toString();
    if (!q.value(4).isNull())
        n.supersedes = q.value(4).toLongLong();
    n.createdAt = q.value(5).toString();
    n.createdBy = q.value(6).toString();
    if (!q.value(7).isNull())
        n.supersededBy = q.value(7).toLongLong();
    return n;
}

// Every note's tags, by note id (notes are few: an auditor writes them one by one).
QHash<qint64, QStringList> allTags(const SqlSession &sql)
{
    QSqlQuery q =
        sql.prepare(QStringLiteral("SELECT note_id, tag FROM record_note_tags ORDER BY note_id, tag"));
    sql.exec(q);
    QHash<qint64, QStringList> out;
    while (sql.next(q))
        out[q.value(0).toLongLong()] << q.value(1).toString();
    return out;
}

QList<Note> select(const SqlSession &sql, const NoteFilter &filter)
{
    QStringList where;
    QVariantList binds;
    if (filter.kind) {
        where << QStringLiteral("n.record_kind = ?");
        binds << views::kindName(*filter.kind);
    }
    if (!filter.recordId.isEmpty()) {
        where << QStringLiteral("n.record_id = ?");
        binds << filter.recordId;
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM record_note_tags t WHERE t.note_id = n.id AND t.tag = ?)");
        binds << filter.tag;
    }
    if (!filter.withSuperseded)
        where << QStringLiteral("NOT EXISTS (SELECT 1 FROM record_notes l WHERE l.supersedes = n.id)");
    QSqlQuery q =
        sql.prepare(QStringLiteral("SELECT %1 FROM record_notes n%2 ORDER BY n.id")
                        .arg(NoteColumns, where.isEmpty() ? QString()
                                                          : QStringLiteral(" WHERE ") +
                                                                where.join(QStringLiteral(" AND "))));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    sql.exec(q);
    QList<Note> out;
    while (sql.next(q))
        out << noteFrom(q);
    const QHash<qint64, QStringList> tags = allTags(sql);
    for (Note &n : out)
        n.tags = tags.value(n.id);
    return out;
}

QByteArray activityDetails(const Note &n)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("note_id").value(n.id);
    w.key("record")
        .beginObject()
        .key("kind")
        .value(views::kindName(n.kind))
        .key("id")
        .value(n.recordId)
        .endObject();
    w.key("text").value(n.text);
    w.key("tags").beginArray();
    for (const QString &t : n.tags)
        w.value(t);
    w.endArray();
    w.key("supersedes");
    n.supersedes ? w.value(*n.supersedes) : w.null();
    w.endObject();
    return w.toByteArray();
}

} // namespace

std::optional<views::RecordKind> kindFromName(const QString &name)
{
    for (const views::RecordKind kind :
         {views::RecordKind::Gateway, views::RecordKind::Runtime, views::RecordKind::Ocsf})
        if (views::kindName(kind) == name)
            return kind;
    return std::nullopt;
}

void Note::write(JsonWriter &w) const
{
    w.beginObject();
    w.key("id").value(id);
    w.key("kind").value(views::kindName(kind));
    w.key("record").value(recordId);
    w.key("text").value(text);
    w.key("tags").beginArray();
    for (const QString &t : tags)
        w.value(t);
    w.endArray();
    w.key("supersedes");
    supersedes ? w.value(*supersedes) : w.null();
    w.key("superseded_by");
    supersededBy ? w.value(*supersededBy) : w.null();
    w.key("created_at").value(createdAt);
    w.key("created_by").value(createdBy);
    w.endObject();
}

QStringList normalisedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        if (tag.size() > MaxTagLength)
            throw NoteError(
                NoteTr::tr("the tag '%1' is longer than %2 characters").arg(tag).arg(MaxTagLength));
        if (tag.contains(QLatin1Char('\n')) || tag.contains(QLatin1Char('\r')) ||
            tag.contains(QLatin1Char(',')))
            throw NoteError(NoteTr::tr("the tag '%1' holds a comma or a line break").arg(tag));
        if (!out.contains(tag))
            out << tag;
    }
    std::sort(out.begin(), out.end());
    return out;
}

Note addNote(WorkspaceStore &store, views::RecordKind kind, const QString &recordId, const QString &text,
             const QStringList &tags)
{
    Note n;
    n.kind = kind;
    n.recordId = recordId;
    n.text = text.trimmed();
    n.tags = normalisedTags(tags);
    if (n.text.isEmpty() && n.tags.isEmpty())
        throw NoteError(NoteTr::tr("a note needs a text or at least one tag"));
    const SqlSession &sql = store.sqlSession();
    return sql.transaction([&] {
        if (recordId.isEmpty() || !recordExists(store, kind, recordId))
            throw NoteError(NoteTr::tr("%1: the workspace holds no %2 with the id '%3'")
                                .arg(store.path(), kindLabel(kind), recordId));
        NoteFilter current;
        current.kind = kind;
        current.recordId = recordId;
        const QList<Note> before = select(sql, current);
        if (!before.isEmpty())
            n.supersedes = before.constLast().id;
        n.createdAt = sqlvalue::nowUtc();
        n.createdBy = sqlvalue::userText(store.identity());
        PreparedInsert(sql, "record_notes",
                       {"record_kind", "record_id", "text", "supersedes", "created_at", "created_by"})
            .insert({views::kindName(kind), recordId, sqlvalue::notNull(n.text),
                     n.supersedes ? QVariant(*n.supersedes) : QVariant(QMetaType(QMetaType::LongLong)),
                     n.createdAt, n.createdBy});
        n.id = sql.lastInsertRowId();
        PreparedInsert tagRows(sql, "record_note_tags", {"note_id", "tag"});
        for (const QString &tag : std::as_const(n.tags))
            tagRows.insert({n.id, tag});
        ActivityLog(sql, store.identity()).append(QStringLiteral("note"), activityDetails(n));
        return n;
    });
}

QList<Note> notes(const WorkspaceStore &store, const NoteFilter &filter)
{
    return select(store.sqlSession(), filter);
}

QHash<QString, Note> currentNotes(const WorkspaceStore &store, views::RecordKind kind)
{
    NoteFilter filter;
    filter.kind = kind;
    QHash<QString, Note> out;
    for (const Note &n : select(store.sqlSession(), filter))
        out.insert(n.recordId, n);
    return out;
}

QStringList tagsInUse(const WorkspaceStore &store)
{
    QStringList out;
    for (const Note &n : select(store.sqlSession(), {}))
        for (const QString &t : n.tags)
            if (!out.contains(t))
                out << t;
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray notesJson(const QList<Note> &notes, bool pretty)
{
    JsonWriter w(pretty);
    w.beginObject();
    w.key("notes").beginArray();
    for (const Note &n : notes)
        n.write(w);
    w.endArray();
    w.endObject();
    return w.toByteArray();
}

} // namespace ab::annotations
