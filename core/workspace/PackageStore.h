#pragma once
// Compliance packages (docs/spec/formats.md 3) kept immutably in the workspace, generated here ("workbench")
// or imported ("platform"), and the auditor's append-only VSQ verdicts on their answers.

#include "core/workspace/AuditorIdentity.h"
#include "core/workspace/EvidenceReader.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QMap>

#include <string_view>

namespace ab {

class PackageStore
{
public:
    PackageStore(const SqlSession &sql, const AuditorIdentity &identity) : m_sql(sql), m_identity(identity) {}

    struct Stored
    {
        qint64 rowId = 0;           // packages.id, of the existing row when alreadyStored
        bool alreadyStored = false; // same package_id with the same bytes was there
        QString packageId, agentId, contentSha256;
    };
    // Inside the caller's transaction: the package is found by its package_id; same bytes: the existing row;
    // other bytes: InputError(`name`, ...) (packages are immutable); else a new row (sourceId 0: none).
    Stored insert(const QString &name, std::string_view raw, const PackageFields &fields,
                  const QString &origin, qint64 sourceId) const;

    // WorkspaceStore::storePackage: in its own transaction, logs a new package.
    qint64 store(const QByteArray &packageJson, const QString &origin) const;
    QList<PackageInfo> packages(const QString &agentId) const;
    QByteArray packageJson(const QString &packageId) const;

    void addVerdict(const QString &packageId, const QString &answerKey, const QString &verdict,
                    const QString &comment) const;
    QMap<QString, VsqVerdict> latestVerdicts(const QString &packageId) const;
    QList<VsqVerdict> verdictHistory(const QString &packageId, const QString &answerKey) const;

private:
    const SqlSession &m_sql;
    const AuditorIdentity &m_identity;
};

} // namespace ab
