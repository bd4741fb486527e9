#pragma once
// `auditbench-cli verify-pack DIR [--public-key PEM]` and the workbench's Verify a pack…: re-hashes every
// file MANIFEST.json lists, reports files missing, changed or added, checks SHA256SUMS against the manifest,
// and checks the Ed25519 signature over MANIFEST.json (and, when a public key is given, that the pack was
// signed with it). Problems are evidence (an examiner may cite them): fixed English texts, never translated:
//   "missing: PATH"
//   "changed: PATH (SHA-256 EXPECTED in MANIFEST.json, ACTUAL on disk)"
//   "added: PATH (not in MANIFEST.json)"
//   "SHA256SUMS: PATH does not match MANIFEST.json" / "SHA256SUMS: missing"
//   "signature: MANIFEST.json.sig missing" / "signature: signing-key.pub.pem missing"
//   "signature: signing-key.pub.pem is not the key MANIFEST.json names (SHA-256 ACTUAL, expected EXPECTED)"
//   "signature: MANIFEST.json.sig does not verify with signing-key.pub.pem"
//   "signature: the pack is not signed by the given public key (SHA-256 GIVEN; signed with ACTUAL)"
//   "signature: the pack is not signed"   (only when a public key was given)

#include <QString>
#include <QStringList>

namespace ab::pack {

struct PackVerification
{
    QStringList problems;
    qint64 filesChecked = 0;
    bool isSigned = false;
    bool signatureVerified = false;
    QString keySha256; // of the key the signature verified with
    bool intact() const { return problems.isEmpty(); }
    // "intact: N files, signature verified (key SHA-256 X)" / "intact: N files, not signed" (evidence text).
    QString summary() const;
};

class PackVerifier
{
public:
    // Throws InputError (unusable input: no folder, no or unreadable MANIFEST.json, unreadable public key).
    static PackVerification verify(const QString &dir, const QString &publicKeyPath = {});
};

} // namespace ab::pack
