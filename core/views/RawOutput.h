#pragma once
// Imported records of the other views (OCSF events, runtime entries) written out as the query command writes
// gateway records (core/workspace/RecordExport): a JSON array of the records exactly as imported
// ("[", records joined by ",\n", "]\n") or NDJSON (one minified record a line), into a file that appears
// only complete, hashed as written.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ab::views {

struct WrittenOutput
{
    qint64 records = 0;
    qint64 bytes = 0;
    QString sha256; // hex, of exactly the bytes written
};

QByteArray rawDocument(const QList<QByteArray> &records, bool ndjson);
// Writes `bytes` to `path` through QSaveFile; throws WorkspaceError naming the file when it cannot.
WrittenOutput writeOutputFile(const QString &path, const QByteArray &bytes, qint64 records);

} // namespace ab::views
