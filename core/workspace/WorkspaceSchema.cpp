#include "core/workspace/WorkspaceSchema.h"

namespace ab::workspace_schema {

const QStringList &appendOnlyTables()
{
    static const QStringList tables{
        QStringLiteral("sources"),         QStringLiteral("source_chunks"),
        QStringLiteral("gateway_records"), QStringLiteral("agents"),
        QStringLiteral("agent_entries"),   QStringLiteral("compliance_bundles"),
        QStringLiteral("ocsf_events"),     QStringLiteral("verification_runs"),
        QStringLiteral("packages"),        QStringLiteral("vsq_verdicts"),
        QStringLiteral("activity_log"),
    };
    return tables;
}

// Triggers that refuse every UPDATE and DELETE on `tables`: evidence and its versions are never changed,
// whatever writes to the file (the API, a script, the sqlite3 shell).
static void addAppendOnlyTriggers(QStringList &s, const QStringList &tables)
{
    for (const QString &table : tables) {
        for (const char *op : {"UPDATE", "DELETE"}) {
            s << QStringLiteral(
                     "CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN"
                     " SELECT RAISE(ABORT, '%1 is append-only: rows are never changed or deleted'); END")
                     .arg(table, QString::fromLatin1(op).toLower(), QLatin1String(op));
        }
    }
}

static QStringList version1()
{
    QStringList s{
        // Original evidence: one row per imported file; the bytes as on disk in zlib chunks (qCompress).
        QStringLiteral("CREATE TABLE sources ("
                       " id INTEGER PRIMARY KEY,"
                       " sha256 TEXT NOT NULL UNIQUE,"
                       " size INTEGER NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " format TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " imported_by TEXT NOT NULL,"
                       " record_count INTEGER NOT NULL,"
                       " warnings TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE TABLE source_chunks ("
                       " source_id INTEGER NOT NULL REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,"
                       " ordinal INTEGER NOT NULL,"
                       " data BLOB NOT NULL,"
                       " UNIQUE (source_id, ordinal))"),
        // Gateway audit records (docs/spec/formats.md 1): raw = the record's exact span in the file.
        // ts_ms: epoch milliseconds, NULL when the record has no RFC 3339 timestamp.
        QStringLiteral("CREATE TABLE gateway_records ("
                       " id INTEGER PRIMARY KEY,"
                       " source_id INTEGER NOT NULL REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,"
                       " ordinal INTEGER NOT NULL,"
                       " record_id TEXT, sequence INTEGER,"
                       " ts_text TEXT, ts_ms INTEGER, sort_ms INTEGER NOT NULL,"
                       " category TEXT, action TEXT, framework TEXT, entity_type TEXT,"
                       " user_id TEXT, user_email TEXT, policy_name TEXT,"
                       " raw TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX gateway_sort ON gateway_records(sort_ms)"),
        QStringLiteral("CREATE INDEX gateway_framework ON gateway_records(framework, sort_ms)"),
        QStringLiteral("CREATE INDEX gateway_action ON gateway_records(action, sort_ms)"),
        QStringLiteral("CREATE INDEX gateway_entity_type ON gateway_records(entity_type, sort_ms)"),
        QStringLiteral("CREATE INDEX gateway_category ON gateway_records(category, sort_ms)"),
        QStringLiteral("CREATE INDEX gateway_user_id ON gateway_records(user_id)"),
        QStringLiteral("CREATE INDEX gateway_user_email ON gateway_records(user_email)"),
        QStringLiteral("CREATE INDEX gateway_policy ON gateway_records(policy_name)"),
        QStringLiteral("CREATE INDEX gateway_source ON gateway_records(source_id, ordinal)"),
        QStringLiteral("CREATE INDEX gateway_record_id ON gateway_records(record_id)"),
        // Agent runtime exports (docs/spec/formats.md 2); the rest of an export is read back from its
        // original bytes.
        QStringLiteral("CREATE TABLE agents ("
                       " id INTEGER PRIMARY KEY,"
                       " source_id INTEGER NOT NULL REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,"
                       " agent_id TEXT, name TEXT, raw TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX agents_agent ON agents(agent_id)"),
        QStringLiteral("CREATE TABLE agent_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " source_id INTEGER NOT NULL REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,"
                       " ordinal INTEGER NOT NULL,"
                       " agent_id TEXT, action_type TEXT, connector TEXT, ts_text TEXT, ts_ms INTEGER,"
                       " raw TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX agent_entries_agent ON agent_entries(agent_id, ts_ms)"),
        QStringLiteral("CREATE INDEX agent_entries_action ON agent_entries(action_type)"),
        QStringLiteral("CREATE INDEX agent_entries_connector ON agent_entries(connector)"),
        QStringLiteral("CREATE INDEX agent_entries_source ON agent_entries(source_id, ordinal)"),
        // Compliance bundle exports (docs/spec/formats.md 4) and OCSF v1.1 events (docs/spec/formats.md 5).
        QStringLiteral("CREATE TABLE compliance_bundles ("
                       " id INTEGER PRIMARY KEY,"
                       " source_id INTEGER NOT NULL REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,"
                       " ordinal INTEGER NOT NULL,"
                       " name TEXT, regulatory_framework TEXT, version TEXT, enabled INTEGER,"
                       " raw TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE ocsf_events ("
            " id INTEGER PRIMARY KEY,"
            " source_id INTEGER NOT NULL REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,"
            " ordinal INTEGER NOT NULL,"
            " class_uid INTEGER NOT NULL, activity_id INTEGER, severity_id INTEGER, time_ms INTEGER,"
            " raw TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX ocsf_class ON ocsf_events(class_uid, time_ms)"),
        // Verification runs: the result JSON as printed (key ids and fingerprints only, never secrets).
        QStringLiteral("CREATE TABLE verification_runs ("
                       " id INTEGER PRIMARY KEY,"
                       " scope TEXT NOT NULL,"
                       " run_at TEXT NOT NULL, run_by TEXT NOT NULL,"
                       " period_start TEXT, period_end TEXT,"
                       " valid INTEGER NOT NULL, macs_verified INTEGER NOT NULL,"
                       " events_checked INTEGER NOT NULL, error_count INTEGER NOT NULL,"
                       " keys TEXT NOT NULL, sources TEXT NOT NULL, error_locations TEXT NOT NULL,"
                       " result TEXT NOT NULL)"),
        // Compliance packages (docs/spec/formats.md 3), generated here ('workbench') or imported
        // ('platform').
        QStringLiteral("CREATE TABLE packages ("
                       " id INTEGER PRIMARY KEY,"
                       " package_id TEXT NOT NULL UNIQUE,"
                       " agent_id TEXT NOT NULL, agent_name TEXT,"
                       " generated_at TEXT, generated_by TEXT,"
                       " origin TEXT NOT NULL CHECK (origin IN ('workbench', 'platform')),"
                       " content_sha256 TEXT,"
                       " source_id INTEGER REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,"
                       " stored_at TEXT NOT NULL, stored_by TEXT NOT NULL,"
                       " json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX packages_agent ON packages(agent_id, generated_at)"),
        // The auditor's VSQ verdicts: append-only, the latest row per (package, answer) wins.
        QStringLiteral("CREATE TABLE vsq_verdicts ("
                       " id INTEGER PRIMARY KEY,"
                       " package_id TEXT NOT NULL,"
                       " answer_key TEXT NOT NULL,"
                       " verdict TEXT NOT NULL CHECK (verdict IN ('agree', 'exception', 'not_applicable')),"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " user TEXT NOT NULL, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX vsq_package ON vsq_verdicts(package_id, answer_key, id)"),
        // What the auditor did, hash-chained: hash = SHA-256 hex(prev_hash + JCS(row without hashes)).
        QStringLiteral("CREATE TABLE activity_log ("
                       " seq INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,"
                       " details TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
    };
    addAppendOnlyTriggers(s, appendOnlyTables());
    return s;
}

// Version 2 (issue 11, forks and rollbacks, core/workspace/ForkCheck.h): each run stores its mark, the
// highest record rowid of its chain when it ran (NULL for runs stored before: they cannot be used for the
// check), and a later row with the sequence of a verified one is found through an index as a later row with
// its id is.
static QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE verification_runs ADD COLUMN record_mark INTEGER"),
        QStringLiteral("CREATE INDEX gateway_sequence ON gateway_records(sequence)"),
    };
}

// Version 3 (issue 17): seeded samples. A sample row holds its population (the filters as JSON, the count,
// the newest verification run covering it and that run's head HMAC), seed, algorithm and size; its items
// are the drawn records in draw order. Both are immutable like the evidence, and an item can only be one of
// the positions 0..size-1 of an existing sample (UNIQUE), so nothing can be added to a stored sample either.
static QStringList version3()
{
    QStringList s{
        QStringLiteral("CREATE TABLE samples ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " filters TEXT NOT NULL,"
                       " population_count INTEGER NOT NULL,"
                       " run_id INTEGER REFERENCES verification_runs(id),"
                       " head_hmac TEXT,"
                       " seed INTEGER NOT NULL,"
                       " algorithm TEXT NOT NULL,"
                       " size INTEGER NOT NULL CHECK (size >= 1 AND size <= population_count),"
                       " created_at TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sample_items ("
                       " sample_id INTEGER NOT NULL REFERENCES samples(id),"
                       " position INTEGER NOT NULL,"
                       " row_id INTEGER NOT NULL REFERENCES gateway_records(id),"
                       " record_id TEXT,"
                       " UNIQUE (sample_id, position))"),
        QStringLiteral("CREATE TRIGGER sample_items_in_range BEFORE INSERT ON sample_items"
                       " WHEN NEW.position < 0 OR NEW.position >= (SELECT size FROM samples WHERE id = "
                       "NEW.sample_id)"
                       " OR NOT EXISTS (SELECT 1 FROM samples WHERE id = NEW.sample_id)"
                       " BEGIN SELECT RAISE(ABORT, 'sample_items: position outside the sample'); END"),
    };
    addAppendOnlyTriggers(s, {QStringLiteral("samples"), QStringLiteral("sample_items")});
    return s;
}

// Version 4 (issue 17): tests-of-controls workpapers over a stored sample. A workpaper (its sample, name,
// confidence and tolerable rate) is immutable; its content lives in versions. Each version holds one
// result per sample item (an item without a row is pending), review notes and at most one preparer and one
// reviewer sign-off, each bound to the SHA-256 of the version's content. Once a version carries a sign-off
// its results refuse every change (the triggers below, not only the API): a change makes the next version,
// which needs signing again. A reviewer signs only a version the preparer signed with the same hash; review
// notes close with the reviewer's sign-off. Nothing is ever deleted.
static QStringList version4()
{
    QStringList s{
        QStringLiteral("CREATE TABLE workpapers ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " sample_id INTEGER NOT NULL REFERENCES samples(id),"
                       " confidence_bp INTEGER NOT NULL CHECK (confidence_bp > 0 AND confidence_bp < 10000),"
                       " tolerable_bp INTEGER NOT NULL CHECK (tolerable_bp > 0 AND tolerable_bp <= 10000),"
                       " created_at TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE workpaper_versions ("
                       " id INTEGER PRIMARY KEY,"
                       " workpaper_id INTEGER NOT NULL REFERENCES workpapers(id),"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
                       " UNIQUE (workpaper_id, version))"),
        QStringLiteral(
            "CREATE TABLE workpaper_results ("
            " version_id INTEGER NOT NULL REFERENCES workpaper_versions(id),"
            " position INTEGER NOT NULL,"
            " result TEXT NOT NULL CHECK (result IN ('no_exception', 'exception', 'not_applicable')),"
            " note TEXT NOT NULL,"
            " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,"
            " UNIQUE (version_id, position))"),
        QStringLiteral("CREATE TABLE workpaper_review_notes ("
                       " id INTEGER PRIMARY KEY,"
                       " version_id INTEGER NOT NULL REFERENCES workpaper_versions(id),"
                       " note TEXT NOT NULL,"
                       " written_at TEXT NOT NULL, written_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE workpaper_signoffs ("
                       " id INTEGER PRIMARY KEY,"
                       " version_id INTEGER NOT NULL REFERENCES workpaper_versions(id),"
                       " role TEXT NOT NULL CHECK (role IN ('preparer', 'reviewer')),"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),"
                       " signed_at TEXT NOT NULL, signed_by TEXT NOT NULL,"
                       " UNIQUE (version_id, role))"),
        // An item is one of the sample's positions.
        QStringLiteral(
            "CREATE TRIGGER workpaper_results_in_range BEFORE INSERT ON workpaper_results"
            " WHEN NEW.position < 0 OR NEW.position >= (SELECT s.size FROM samples s"
            " JOIN workpapers w ON w.sample_id = s.id JOIN workpaper_versions v ON v.workpaper_id = w.id"
            " WHERE v.id = NEW.version_id)"
            " BEGIN SELECT RAISE(ABORT, 'workpaper_results: position outside the sample'); END"),
        QStringLiteral("CREATE TRIGGER workpaper_results_signed_insert BEFORE INSERT ON workpaper_results"
                       " WHEN EXISTS (SELECT 1 FROM workpaper_signoffs WHERE version_id = NEW.version_id)"
                       " BEGIN SELECT RAISE(ABORT, 'workpaper_results: the workpaper version is signed and "
                       "cannot change'); END"),
        QStringLiteral("CREATE TRIGGER workpaper_results_signed_update BEFORE UPDATE ON workpaper_results"
                       " WHEN EXISTS (SELECT 1 FROM workpaper_signoffs WHERE version_id IN (OLD.version_id,"
                       " NEW.version_id))"
                       " BEGIN SELECT RAISE(ABORT, 'workpaper_results: the workpaper version is signed and "
                       "cannot change'); END"),
        QStringLiteral("CREATE TRIGGER workpaper_results_no_move BEFORE UPDATE ON workpaper_results"
                       " WHEN NEW.version_id IS NOT OLD.version_id OR NEW.position IS NOT OLD.position"
                       " BEGIN SELECT RAISE(ABORT, 'workpaper_results: an item stays in its version'); END"),
        QStringLiteral("CREATE TRIGGER workpaper_results_no_delete BEFORE DELETE ON workpaper_results"
                       " BEGIN SELECT RAISE(ABORT, 'workpaper_results: results are never deleted'); END"),
        QStringLiteral("CREATE TRIGGER workpaper_review_notes_closed BEFORE INSERT ON workpaper_review_notes"
                       " WHEN EXISTS (SELECT 1 FROM workpaper_signoffs WHERE version_id = NEW.version_id"
                       " AND role = 'reviewer')"
                       " BEGIN SELECT RAISE(ABORT, 'workpaper_review_notes: the reviewer has signed this "
                       "version'); END"),
        QStringLiteral("CREATE TRIGGER workpaper_signoffs_reviewer BEFORE INSERT ON workpaper_signoffs"
                       " WHEN NEW.role = 'reviewer' AND NOT EXISTS (SELECT 1 FROM workpaper_signoffs"
                       " WHERE version_id = NEW.version_id AND role = 'preparer'"
                       " AND content_sha256 = NEW.content_sha256)"
                       " BEGIN SELECT RAISE(ABORT, 'workpaper_signoffs: a reviewer signs only what the "
                       "preparer signed'); END"),
    };
    addAppendOnlyTriggers(s,
                          {QStringLiteral("workpapers"), QStringLiteral("workpaper_versions"),
                           QStringLiteral("workpaper_review_notes"), QStringLiteral("workpaper_signoffs")});
    return s;
}

// Version 5 (issue 14): organisation portfolios (core/portfolio/PortfolioStore.h). A row holds the
// portfolio.json as written, with its id, time, author, period, hash and counts; immutable like packages.
// Independent of version 4: migrations run in the order of their numbers, whichever of them a file lacks.
static QStringList version5()
{
    QStringList s{
        QStringLiteral("CREATE TABLE portfolios ("
                       " id INTEGER PRIMARY KEY,"
                       " portfolio_id TEXT NOT NULL UNIQUE,"
                       " generated_at TEXT NOT NULL, generated_by TEXT NOT NULL,"
                       " period_start TEXT, period_end TEXT,"
                       " agent_count INTEGER NOT NULL, excluded_count INTEGER NOT NULL,"
                       " run_id INTEGER REFERENCES verification_runs(id),"
                       " content_sha256 TEXT NOT NULL,"
                       " stored_at TEXT NOT NULL, stored_by TEXT NOT NULL,"
                       " json TEXT NOT NULL)"),
    };
    addAppendOnlyTriggers(s, {QStringLiteral("portfolios")});
    return s;
}

// Version 6 (issue 19): the auditor's notes and tags on records (core/annotations/NoteStore.h). A note names
// its record by kind and id (a gateway record's `id`, a runtime entry's `id`, an OCSF event's metadata.uid),
// so it stays attached to that record across re-imports. A later note on the same record supersedes the
// earlier one by naming it (at most once: the history of a record's notes is a line, never a tree); nothing
// is ever changed or deleted, and a note's tags are written with it and cannot be added to a superseded note.
static QStringList version6()
{
    QStringList s{
        QStringLiteral("CREATE TABLE record_notes ("
                       " id INTEGER PRIMARY KEY,"
                       " record_kind TEXT NOT NULL CHECK (record_kind IN ('gateway', 'runtime', 'ocsf')),"
                       " record_id TEXT NOT NULL CHECK (length(record_id) > 0),"
                       " text TEXT NOT NULL,"
                       " supersedes INTEGER UNIQUE REFERENCES record_notes(id),"
                       " created_at TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX record_notes_record ON record_notes(record_kind, record_id, id)"),
        QStringLiteral("CREATE TABLE record_note_tags ("
                       " note_id INTEGER NOT NULL REFERENCES record_notes(id),"
                       " tag TEXT NOT NULL CHECK (length(tag) > 0),"
                       " UNIQUE (note_id, tag))"),
        QStringLiteral("CREATE INDEX record_note_tags_tag ON record_note_tags(tag, note_id)"),
        QStringLiteral("CREATE TRIGGER record_notes_same_record BEFORE INSERT ON record_notes"
                       " WHEN NEW.supersedes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM record_notes"
                       " WHERE id = NEW.supersedes AND record_kind = NEW.record_kind"
                       " AND record_id = NEW.record_id)"
                       " BEGIN SELECT RAISE(ABORT, 'record_notes: a note supersedes only a note on the same "
                       "record'); END"),
        QStringLiteral("CREATE TRIGGER record_note_tags_current BEFORE INSERT ON record_note_tags"
                       " WHEN EXISTS (SELECT 1 FROM record_notes WHERE supersedes = NEW.note_id)"
                       " BEGIN SELECT RAISE(ABORT, 'record_note_tags: a superseded note cannot change'); "
                       "END"),
    };
    addAppendOnlyTriggers(s, {QStringLiteral("record_notes"), QStringLiteral("record_note_tags")});
    return s;
}

// Version 7 (issue 15, the workspace at 2x its input): a gateway record imported from now on is served from
// its stored original (core/workspace/RawSpan.h): `raw = ''` and the record's byte span in the original,
// whose chunks are then blocks of 64 KiB, each with the codec it is compressed with (BlockCodec.h: 'lz4'
// from now on; every chunk stored before is 'zlib', qCompress). Adding columns rewrites no row: the rows of
// an older workspace keep their `raw`, and readers take `raw` when it is not empty.
static QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE gateway_records ADD COLUMN raw_offset INTEGER"),
        QStringLiteral("ALTER TABLE gateway_records ADD COLUMN raw_length INTEGER"),
        QStringLiteral("ALTER TABLE source_chunks ADD COLUMN codec TEXT NOT NULL DEFAULT 'zlib'"),
    };
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, version1()}, {2, version2()}, {3, version3()}, {4, version4()},
        {5, version5()}, {6, version6()}, {7, version7()},
    };
    return all;
}

} // namespace ab::workspace_schema
