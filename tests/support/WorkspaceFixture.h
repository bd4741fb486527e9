#pragma once
// Fixtures shared by the workspace tests: evidence files written into a temporary directory, and a
// row-for-row dump of a workspace to prove that a failed import left it exactly as before.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wsfixture {

// Writes `bytes` to dir/name and returns the path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);
QByteArray readFile(const QString &path);
QByteArray gzip(const QByteArray &bytes);

// `count` gateway records with varied filter columns (frameworks, actions, entity types, categories, users,
// timestamps with offsets, a few without timestamp, text with LIKE wildcards), deterministic.
QJsonArray gatewayRecords(int count, int firstSequence = 1);
QByteArray asArray(const QJsonArray &records);
QByteArray asNdjson(const QJsonArray &records);

// An agent runtime export (docs/spec/formats.md 2) with `entries` audit entries for two agents.
QByteArray runtimeExport(int entries);
// A compliance package (docs/spec/formats.md 3) with a correct content_sha256.
QByteArray compliancePackage(const QString &packageId, const QString &agentId, const QString &generatedAt);
// A compliance bundle export (docs/spec/formats.md 4): `count` bundle objects.
QByteArray bundleExport(int count);
// One valid OCSF v1.1 event of a class, built from the compiled class definition in external/ocsf-1.1.0
// (every core-required attribute, recursively for objects). 2004 uses the Compliance Finding definition
// without "compliance" (Detection Finding is not in the subset).
QJsonObject ocsfEvent(int classUid);

// Every table's rows (and user_version) of a workspace file, in a stable text form.
QByteArray dumpWorkspace(const QString &path);

// What `sql` returns on a read-only connection of its own to a workspace file: one line per row, cells
// joined by '|', NULL spelled out ("cannot open" / "query failed" as the only line when it fails). A second
// connection sees what another process would: committed data, the journal mode in the file.
QStringList queryRows(const QString &path, const QString &sql);

} // namespace wsfixture
