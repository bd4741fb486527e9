#include "core/views/RawOutput.h"

#include "core/workspace/AuditQuery.h"
#include "core/workspace/SqlSession.h"

#include <QCryptographicHash>
#include <QSaveFile>

namespace ab::views {

QByteArray rawDocument(const QList<QByteArray> &records, bool ndjson)
{
    QByteArray out;
    if (ndjson) {
        for (const QByteArray &r : records)
            out += minifiedJson(r) + '\n';
        return out;
    }
    out += '[';
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i > 0)
            out += ",\n";
        out += records[i];
    }
    out += "]\n";
    return out;
}

WrittenOutput writeOutputFile(const QString &path, const QByteArray &bytes, qint64 records)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {records, bytes.size(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
}

} // namespace ab::views
