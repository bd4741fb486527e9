#include "core/pack/PackVerifier.h"

#include "core/common/InputError.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Ed25519.h"
#include "core/pack/PackManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace ab::pack {

namespace {

struct VerifierTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::pack::PackVerifier)
};

std::optional<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    crypto::Sha256 hash;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(buffer.data(), buffer.size())) > 0)
        hash.update(buffer.constData(), size_t(n));
    return crypto::toHex(hash.final());
}

QByteArray readAll(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

void checkSums(const QString &dir, const PackManifest &m, const QString &manifestSha256,
               QStringList &problems)
{
    bool ok = false;
    const QByteArray sums = readAll(dir + QLatin1Char('/') + QLatin1String(SumsName), &ok);
    if (!ok) {
        problems << QStringLiteral("SHA256SUMS: missing");
        return;
    }
    QMap<QString, QString> listed;
    for (const QByteArray &line : sums.split('\n'))
        if (line.size() > 66)
            listed.insert(QString::fromUtf8(line.mid(66)), QString::fromLatin1(line.left(64)));
    QMap<QString, QString> expected;
    for (const PackFile &f : m.files)
        expected.insert(f.path, f.sha256);
    expected.insert(QString::fromLatin1(ManifestName), manifestSha256);
    QStringList paths = expected.keys() + listed.keys();
    paths.removeDuplicates();
    paths.sort();
    for (const QString &path : paths)
        if (listed.value(path) != expected.value(path))
            problems << QStringLiteral("SHA256SUMS: %1 does not match MANIFEST.json").arg(path);
}

void checkSignature(const QString &dir, const PackManifest &m, const QByteArray &manifest,
                    const QString &publicKeyPath, PackVerification &v)
{
    std::optional<crypto::Ed25519PublicKey> given;
    if (!publicKeyPath.isEmpty())
        given = crypto::Ed25519PublicKey::fromPemFile(publicKeyPath); // KeyError: unusable input
    v.isSigned = m.publicKeySha256.has_value();
    if (!v.isSigned) {
        if (given)
            v.problems << QStringLiteral("signature: the pack is not signed");
        return;
    }
    bool ok = false;
    const QByteArray signature = readAll(dir + QLatin1Char('/') + QLatin1String(SignatureName), &ok);
    if (!ok) {
        v.problems << QStringLiteral("signature: MANIFEST.json.sig missing");
        return;
    }
    const QByteArray pem = readAll(dir + QLatin1Char('/') + QLatin1String(PublicKeyName), &ok);
    std::optional<crypto::Ed25519PublicKey> packKey;
    if (!ok) {
        v.problems << QStringLiteral("signature: signing-key.pub.pem missing");
    } else {
        try {
            packKey = crypto::Ed25519PublicKey::fromPem(pem, QString::fromLatin1(PublicKeyName));
        } catch (const crypto::KeyError &) {
            v.problems << QStringLiteral("signature: signing-key.pub.pem is not an Ed25519 public key");
        }
    }
    if (packKey && packKey->sha256() != *m.publicKeySha256)
        v.problems << QStringLiteral(
                          "signature: signing-key.pub.pem is not the key MANIFEST.json names (SHA-256 %1, "
                          "expected %2)")
                          .arg(packKey->sha256(), *m.publicKeySha256);
    if (packKey && !packKey->verify(manifest, signature))
        v.problems << QStringLiteral("signature: MANIFEST.json.sig does not verify with signing-key.pub.pem");
    if (given && (given->sha256() != *m.publicKeySha256 || !given->verify(manifest, signature)))
        v.problems << QStringLiteral("signature: the pack is not signed by the given public key (SHA-256 %1; "
                                     "signed with %2)")
                          .arg(given->sha256(), *m.publicKeySha256);
    const crypto::Ed25519PublicKey *used = given ? &*given : packKey ? &*packKey : nullptr;
    v.signatureVerified = used && used->sha256() == *m.publicKeySha256 && used->verify(manifest, signature);
    if (v.signatureVerified)
        v.keySha256 = used->sha256();
}

} // namespace

QString PackVerification::summary() const
{
    if (!intact())
        return QStringLiteral("not intact: %1 problem(s)").arg(problems.size());
    return isSigned ? QStringLiteral("intact: %1 files, signature verified (key SHA-256 %2)")
                          .arg(filesChecked)
                          .arg(keySha256)
                    : QStringLiteral("intact: %1 files, not signed").arg(filesChecked);
}

PackVerification PackVerifier::verify(const QString &dir, const QString &publicKeyPath)
{
    if (!QFileInfo(dir).isDir())
        throw InputError(dir, VerifierTr::tr("not a folder"));
    const QString manifestPath = dir + QLatin1Char('/') + QLatin1String(ManifestName);
    bool ok = false;
    const QByteArray manifestJson = readAll(manifestPath, &ok);
    if (!ok)
        throw InputError(manifestPath, VerifierTr::tr("cannot read the pack's manifest"));
    const PackManifest m = PackManifest::parse(manifestJson, manifestPath);

    PackVerification v;
    for (const PackFile &f : m.files) {
        const std::optional<QString> actual = fileSha256(dir + QLatin1Char('/') + f.path);
        ++v.filesChecked;
        if (!actual)
            v.problems << QStringLiteral("missing: %1").arg(f.path);
        else if (*actual != f.sha256)
            v.problems << QStringLiteral("changed: %1 (SHA-256 %2 in MANIFEST.json, %3 on disk)")
                              .arg(f.path, f.sha256, *actual);
    }
    QStringList own{QString::fromLatin1(ManifestName), QString::fromLatin1(SumsName)};
    if (m.publicKeySha256) // an unsigned pack has no signature files: any there were added
        own << QString::fromLatin1(SignatureName) << QString::fromLatin1(PublicKeyName);
    QStringList added;
    // Absolute, so the relative paths below are relative to the pack whatever form `dir` was given in.
    const QDir root(QFileInfo(dir).absoluteFilePath());
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = root.relativeFilePath(it.next());
        if (!own.contains(rel) && !m.file(rel))
            added << rel;
    }
    added.sort();
    for (const QString &rel : added)
        v.problems << QStringLiteral("added: %1 (not in MANIFEST.json)").arg(rel);
    checkSums(dir, m, crypto::sha256Hex(manifestJson), v.problems);
    checkSignature(dir, m, manifestJson, publicKeyPath, v);
    return v;
}

} // namespace ab::pack
