#pragma once
// The journal an import into a fresh workspace writes through (issue 15). In WAL mode every page of a bulk
// load is written twice: into the -wal, then checkpointed into the file. A rollback journal keeps only the
// original content of pages that existed before the transaction; pages appended beyond the file's original
// size are not journaled at all. So for an import into a workspace with no gateway records yet (nearly all
// of its pages new), the connection leaves WAL for the import (journal_mode = DELETE) and each page is
// written once. It stays all-or-nothing and kill -9 safe: a killed import leaves a hot -journal, which the
// next connection to open the workspace rolls back (truncating the file to its original size) before it
// reads anything.
//
// Leaving WAL needs an exclusive lock on the file. Another connection that has the workspace open (the
// workbench's own connection or its workers, another process) holds a shared lock, so the switch fails at
// once (no busy wait) and the import runs in WAL as before: nothing else is ever blocked by a switch it did
// not expect. The destructor goes back to WAL (the mode every other part of AuditBench expects; the next
// open would switch back anyway). mmap_size is raised for the import's duration, so SQLite reads the pages
// it builds the indexes from through a mapping instead of read() copies.

#include "core/workspace/SqlSession.h"

namespace ab {

class ImportJournal
{
public:
    explicit ImportJournal(const SqlSession &sql);
    ~ImportJournal(); // back to WAL; never throws (a failure is warned about and left to the next open)
    ImportJournal(const ImportJournal &) = delete;
    ImportJournal &operator=(const ImportJournal &) = delete;

    // Whether this import writes through a rollback journal (false: the workspace stays in WAL).
    bool rollbackJournal() const { return m_rollback; }

    // The connection's journal mode as SQLite names it ("wal", "delete", ...).
    static QString journalMode(const SqlSession &sql);

private:
    const SqlSession &m_sql;
    bool m_rollback = false;
};

} // namespace ab
