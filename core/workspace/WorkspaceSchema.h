#pragma once

#include <QStringList>

#include <vector>

namespace ab::workspace_schema {

// SQLite application_id of a workspace ("ABWS"): tells an AuditBench workspace from any other SQLite file.
inline constexpr int ApplicationId = 0x41425753;
// The page size of a new workspace (existing ones keep theirs): see WorkspaceStore::open.
inline constexpr int PageSize = 8192;

// Migration n (1-based) turns a version n-1 workspace into version n; it runs inside one transaction with
// PRAGMA user_version = n at its end. Append new migrations; never change a released one.
struct Migration
{
    int version;
    QStringList statements;
};
const std::vector<Migration> &migrations();

// The tables no row of which may ever change or go (RAISE(ABORT) triggers on UPDATE and DELETE).
const QStringList &appendOnlyTables();

} // namespace ab::workspace_schema
