// auditbench-cli note / notes: the auditor's notes and tags on records (issue 19), written and listed.
#include "WorkspaceCli.h"

#include "core/annotations/NoteStore.h"

namespace ab::cli {

namespace {

std::optional<views::RecordKind> kindOption(const QCommandLineParser &parser, const QString &command,
                                            int &exitCode)
{
    const QString name = parser.value(QStringLiteral("kind"));
    if (!parser.isSet(QStringLiteral("kind")))
        return views::RecordKind::Gateway;
    if (const auto kind = annotations::kindFromName(name))
        return kind;
    exitCode = fail(
        CliTr::tr("auditbench-cli %1: --kind '%2': expected gateway, runtime or ocsf").arg(command, name));
    return std::nullopt;
}

} // namespace

static int runNote(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("record"),
                      CliTr::tr("The record: a gateway record's id, a runtime entry's id or an OCSF event's "
                                "metadata.uid."),
                      CliTr::tr("ID")});
    parser.addOption({QStringLiteral("kind"),
                      CliTr::tr("What the record is: gateway (default), runtime or ocsf."),
                      CliTr::tr("KIND")});
    parser.addOption({QStringLiteral("text"), CliTr::tr("The note."), CliTr::tr("T")});
    parser.addOption({QStringLiteral("tag"),
                      CliTr::tr("A tag (repeatable): exception, follow-up or a tickmark of your own."),
                      CliTr::tr("X")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("note"),
            CliTr::tr("Adds a note with tags to a record of a workspace, stored append-only with who "
                      "and when and logged; a note on a record that has one supersedes it (the "
                      "earlier note is kept). Prints the note (JSON)."),
            args, exitCode))
        return exitCode;
    const auto kind = kindOption(parser, QStringLiteral("note"), exitCode);
    if (!kind)
        return exitCode;
    if (parser.value(QStringLiteral("record")).isEmpty())
        return fail(CliTr::tr("auditbench-cli note: --record is required"));
    auto store = openWorkspace(parser, QStringLiteral("note"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        const annotations::Note note =
            annotations::addNote(*store, *kind, parser.value(QStringLiteral("record")),
                                 parser.value(QStringLiteral("text")), parser.values(QStringLiteral("tag")));
        JsonWriter w;
        note.write(w);
        writeOut(w.toByteArray() + '\n');
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("note"), e);
    }
}

static int runNotes(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("notes"),
        CliTr::tr("Lists the notes on a workspace's records, oldest first (JSON {\"notes\": [...]}): the "
                  "current note of each record, or with --all every note including those a later one "
                  "superseded."),
        [](QCommandLineParser &parser) {
            parser.addOption(
                {QStringLiteral("tag"), CliTr::tr("Only notes carrying this tag."), CliTr::tr("X")});
            parser.addOption({QStringLiteral("kind"),
                              CliTr::tr("Only notes on gateway, runtime or ocsf records."),
                              CliTr::tr("KIND")});
            parser.addOption(
                {QStringLiteral("record"), CliTr::tr("Only notes on this record."), CliTr::tr("ID")});
            parser.addOption({QStringLiteral("all"), CliTr::tr("Include superseded notes.")});
        },
        [](const QCommandLineParser &parser, WorkspaceStore &store, JsonWriter &w) {
            annotations::NoteFilter filter;
            if (parser.isSet(QStringLiteral("kind"))) {
                filter.kind = annotations::kindFromName(parser.value(QStringLiteral("kind")));
                if (!filter.kind)
                    throw annotations::NoteError(
                        CliTr::tr("auditbench-cli notes: --kind '%1': expected gateway, runtime or ocsf")
                            .arg(parser.value(QStringLiteral("kind"))));
            }
            filter.recordId = parser.value(QStringLiteral("record"));
            filter.tag = parser.value(QStringLiteral("tag")).trimmed();
            filter.withSuperseded = parser.isSet(QStringLiteral("all"));
            w.beginObject();
            w.key("notes").beginArray();
            for (const annotations::Note &n : annotations::notes(store, filter))
                n.write(w);
            w.endArray();
            w.endObject();
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    noteRegistration("note",
                     QT_TRANSLATE_NOOP("auditbench_cli", "Add a note with tags to a record of a workspace"),
                     ab::cli::runNote);
const ab::cli::CommandRegistration
    notesRegistration("notes", QT_TRANSLATE_NOOP("auditbench_cli", "List the notes on a workspace's records"),
                      ab::cli::runNotes);
} // namespace
