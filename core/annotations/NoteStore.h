#pragma once
// The auditor's notes and tags on records (issue 19): a note names one record (a gateway record by its `id`,
// a runtime entry by its `id`, an OCSF event by metadata.uid) and carries a text and tags ("exception",
// "follow-up", or a tickmark of the auditor's own). Notes are stored append-only with who and when (tables
// record_notes and record_note_tags, schema version 6): a later note on the same record supersedes the
// earlier one by naming it, and the earlier one stays as it was. Each note is recorded in the activity log
// ("note") in the same transaction. The notes are evidence of the auditor's work: stored, logged, listed and
// packed as typed, never translated.

#include "core/common/Error.h"
#include "core/views/ViewFilters.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab {
class WorkspaceStore;
class JsonWriter;
} // namespace ab

namespace ab::annotations {

// A note that cannot be stored as asked (no such record, nothing to say, a bad tag).
class NoteError : public Error
{
public:
    explicit NoteError(const QString &message) : Error(message) {}
};

// The tags offered first; any other tag is the auditor's own tickmark.
inline constexpr const char *ExceptionTag = "exception";
inline constexpr const char *FollowUpTag = "follow-up";
inline constexpr int MaxTagLength = 40;

// "gateway", "runtime", "ocsf" -> the kind; nullopt for anything else.
std::optional<views::RecordKind> kindFromName(const QString &name);

struct Note
{
    qint64 id = 0;
    views::RecordKind kind = views::RecordKind::Gateway;
    QString recordId;
    QString text;
    QStringList tags; // sorted, distinct
    std::optional<qint64> supersedes, supersededBy;
    QString createdAt, createdBy;

    bool isCurrent() const { return !supersededBy; }
    // {"id","kind","record","text","tags":[...],"supersedes","superseded_by","created_at","created_by"}
    void write(JsonWriter &w) const;
};

struct NoteFilter
{
    std::optional<views::RecordKind> kind;
    QString recordId; // empty: every record
    QString tag;      // empty: any tags
    bool withSuperseded = false;
};

// Tags as the auditor typed them: trimmed, empty ones dropped, duplicates removed, sorted. Throws NoteError
// for a tag longer than MaxTagLength or holding a line break or a comma.
QStringList normalisedTags(const QStringList &tags);

// Stores a note on the record (superseding the record's current note, if any) and logs it. Throws
// NoteError when the workspace holds no such record or there is neither text nor a tag; WorkspaceError on
// storage failures (a read-only workspace).
Note addNote(WorkspaceStore &store, views::RecordKind kind, const QString &recordId, const QString &text,
             const QStringList &tags);

// Notes matching the filter, oldest first.
QList<Note> notes(const WorkspaceStore &store, const NoteFilter &filter = {});
// The current note of each record of a kind, by record id (for the views' note markers).
QHash<QString, Note> currentNotes(const WorkspaceStore &store, views::RecordKind kind);
// The distinct tags of the current notes, sorted.
QStringList tagsInUse(const WorkspaceStore &store);

// {"notes":[...]} with every note given, for `notes` and an evidence pack's notes.json.
QByteArray notesJson(const QList<Note> &notes, bool pretty);

} // namespace ab::annotations
