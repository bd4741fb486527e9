#pragma once
// Import of evidence files into the workspace, all or nothing: EvidenceReader recognises the format (one of
// five, docs/spec/formats.md) and validates every record; this class stores what it hands over (indexed
// columns + raw JSON), the original bytes, the `sources` row and one "import" activity, in ONE transaction.
//
// Gateway records with the same id and the same content as a record already stored (overlapping pages, a
// record repeated in a file or across files) are merged as docs/spec/chain.md "Order" merges them: stored
// once, counted in ImportFileResult::duplicatesMerged. Same id, other content: both stay (the verifier
// reports it).

#include "core/common/Progress.h"
#include "core/workspace/AuditorIdentity.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArrayView>
#include <QPair>

namespace ab {

class SourceText;

class EvidenceImport
{
public:
    EvidenceImport(const SqlSession &sql, const AuditorIdentity &identity) : m_sql(sql), m_identity(identity)
    {
    }

    QList<ImportFileResult> importFiles(const QStringList &paths, Progress *progress) const;
    QList<ImportFileResult> importBytes(const QList<QPair<QString, QByteArray>> &files,
                                        Progress *progress) const;

private:
    // `original`: the bytes as on disk (the text itself, or the gzip it was inflated from).
    ImportFileResult importOne(const QString &path, const SourceText &source, QByteArrayView original,
                               Progress *progress) const;
    void logImport(const QList<ImportFileResult> &results) const;

    const SqlSession &m_sql;
    const AuditorIdentity &m_identity;
};

} // namespace ab
