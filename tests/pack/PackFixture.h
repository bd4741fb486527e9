#pragma once
// A workspace for the evidence-pack tests: one HMAC chain (keyring of docs/spec/vectors) with a record every
// 12 hours from 2025-01-01T06:00:00Z to 2025-12-31T18:00:00Z (so 2025 is covered without a gap longer than a
// day), varied category/action/framework/entity_type, overrides with and (optionally) without justification,
// and a compliance bundle export. The records are kept so tests count matches independently of core.
#include "support/ChainFixture.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace ab {
class WorkspaceStore;
}

namespace packfixture {

inline constexpr int Records = 730;

struct Fixture
{
    QList<QJsonObject> records; // as imported (with hmac fields)
    QString workspacePath, keyringPath, bundlesPath, recordsPath;
    QString noReasonId, noUserId; // the overrides without justification (empty without violations)
    std::unique_ptr<ab::WorkspaceStore> store;
    ~Fixture();
};

// Builds the evidence in `dir` and imports it into dir/audit.auditbench. `violations`: two overrides lack a
// reason or a user (noReasonId without override_reason, noUserId without user_id and user_email).
std::unique_ptr<Fixture> make(const QString &dir, bool violations = true);

// How many records the seed API query selects in [start, end], computed here from the JSON (not by core):
// framework / action / category equal, entity_type one of the comma list, timestamp within the period.
qint64 countMatching(const QList<QJsonObject> &records, const QMap<QString, QString> &query,
                     const QString &start, const QString &end);
// The same for a query written as pairs (MANIFEST.json's "query").
qint64 countMatching(const QList<QJsonObject> &records, const QList<QPair<QString, QString>> &query);

// Runs a program (sha256sum, openssl, pdftotext) in `dir`; returns exit code and the output (stdout+stderr).
QPair<int, QByteArray> run(const QString &program, const QStringList &args, const QString &dir = {});

} // namespace packfixture
