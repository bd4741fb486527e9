#pragma once
// MANIFEST.json and SHA256SUMS of an evidence pack (docs/spec/formats.md 6): what the pack holds, each file
// with its SHA-256, size, kind and (for a query) the seed API query that gives exactly its records. Written
// with members in the contract's order; read back by verify-pack.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab::pack {

// The `kind` values of formats.md 6.
namespace FileKind {
inline constexpr const char *Query = "query";
inline constexpr const char *Verification = "verification";
inline constexpr const char *Bundles = "bundles";
inline constexpr const char *Ocsf = "ocsf";
inline constexpr const char *Checklist = "checklist";
inline constexpr const char *Report = "report";
inline constexpr const char *PolicyChain =
    "policy-chain";                           // the user's policy-chain export ("more may follow")
inline constexpr const char *Notes = "notes"; // notes.json: the auditor's notes on records (issue 19)
} // namespace FileKind

// The files every pack has besides those MANIFEST.json lists.
inline constexpr const char *ManifestName = "MANIFEST.json";
inline constexpr const char *SumsName = "SHA256SUMS";
inline constexpr const char *SignatureName = "MANIFEST.json.sig";
inline constexpr const char *PublicKeyName = "signing-key.pub.pem";

struct PackFile
{
    QString path; // relative, '/' separated
    QString sha256;
    qint64 size = 0;
    QString kind;
    QString framework, title; // empty when not per framework
    qint64 records = -1;      // query and ocsf files; -1: not written
    // Seed API filter name -> value (framework, action, entity_type, category), then start and end: written
    // as "query" for kind query.
    QList<QPair<QString, QString>> query;
};

struct PackManifest
{
    QString createdAt, createdBy;
    QString workspaceFile;
    QStringList sourcesSha256;
    QString start, end;
    QStringList frameworks;
    struct Chain
    {
        QString file;
        bool valid = false, macsVerified = false, coverageComplete = false;
        qint64 eventsChecked = 0;
        QString headHmac;
    } chain;
    QList<PackFile> files;
    std::optional<QString> publicKeySha256; // set when signed

    QByteArray toJson() const;
    // Reads what toJson() wrote (and unknown members); InputError naming `origin` when it is not a manifest.
    static PackManifest parse(const QByteArray &json, const QString &origin);
    const PackFile *file(const QString &path) const;
};

// "HASH  PATH\n" lines (`sha256sum -c` format), sorted by path.
QByteArray sha256Sums(const QList<QPair<QString, QString>> &pathAndHash);

} // namespace ab::pack
