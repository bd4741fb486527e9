#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab {

class WorkspaceStore;

// A record as it stands in an export file outside the workspace: its exact bytes, the file, the file's
// SHA-256 and the line it starts on. What the record viewer shows beside the workspace's record.
struct OutsideRecord
{
    QByteArray raw;
    QString path;
    QString sha256;
    qint64 line = 0;

    // The record `recordId` in `paths` read as one chain (ChainInput, as the verifier reads them); with
    // several records of that id, the one at the 1-based position `event` in input order if it has the id,
    // else the first. Nullopt when no file holds it or a file is unusable.
    static std::optional<OutsideRecord> find(const QStringList &paths, const QString &recordId, qint64 event);
    // The raw bytes of the workspace's gateway record with that id (the first stored), if any.
    static std::optional<QByteArray> inWorkspace(const WorkspaceStore *store, const QString &recordId);
    // Whether every file of `sha256s` was imported into `store` (bytes identical): then the workspace's
    // record is the file's record and the audit log can show it.
    static bool allInWorkspace(const WorkspaceStore *store, const QStringList &sha256s);
};

} // namespace ab
