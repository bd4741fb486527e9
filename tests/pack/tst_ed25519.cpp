// The Ed25519 wrapper (core/crypto/Ed25519) against stock OpenSSL: keys made with `openssl genpkey`, plain
// and passphrase-protected; signatures that `openssl pkeyutl -verify` accepts; the public key PEM
// byte-for-byte as `openssl pkey -pubout` writes it; the fingerprint as the SHA-256 of the DER; clear errors;
// inputs wiped.
#include "pack/PackFixture.h"
#include "support/WorkspaceFixture.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/Ed25519.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::crypto;

class TestEd25519 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.path() + "/" + name; }
    void openssl(const QStringList &args)
    {
        const auto [code, out] = packfixture::run("openssl", args, m_dir.path());
        QVERIFY2(code == 0, out.constData());
    }

private slots:
    void initTestCase()
    {
        openssl({"genpkey", "-algorithm", "ed25519", "-out", "plain.pem"});
        openssl({"pkey", "-in", "plain.pem", "-pubout", "-out", "plain.pub.pem"});
        openssl({"genpkey", "-algorithm", "ed25519", "-aes-256-cbc", "-pass", "pass:correct horse", "-out",
                 "enc.pem"});
        openssl(
            {"pkey", "-in", "enc.pem", "-passin", "pass:correct horse", "-pubout", "-out", "enc.pub.pem"});
        openssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec.pem"});
    }

    void signaturesVerifyWithOpenssl()
    {
        QByteArray pass;
        const Ed25519PrivateKey key = Ed25519PrivateKey::fromPemFile(path("plain.pem"), pass);
        const QByteArray message("{\"format\": \"auditbench-evidence-pack\"}\n");
        const QByteArray signature = key.sign(message);
        QCOMPARE(signature.size(), 64);
        wsfixture::writeFile(m_dir.path(), "msg", message);
        wsfixture::writeFile(m_dir.path(), "msg.sig", signature);
        const auto [code, out] = packfixture::run("openssl",
                                                  {"pkeyutl", "-verify", "-pubin", "-inkey", "plain.pub.pem",
                                                   "-rawin", "-in", "msg", "-sigfile", "msg.sig"},
                                                  m_dir.path());
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("Signature Verified Successfully"), out.constData());
        // The public half is exactly what openssl writes, and verifies our signature; one changed byte does
        // not.
        const Ed25519PublicKey pub = key.publicKey();
        QCOMPARE(pub.pem(), wsfixture::readFile(path("plain.pub.pem")));
        QVERIFY(pub.verify(message, signature));
        QByteArray changed = message;
        changed[3] = 'F';
        QVERIFY(!pub.verify(changed, signature));
        // The fingerprint is the SHA-256 of the SubjectPublicKeyInfo DER.
        const auto [derCode, der] = packfixture::run(
            "openssl", {"pkey", "-pubin", "-in", "plain.pub.pem", "-outform", "DER"}, m_dir.path());
        QCOMPARE(derCode, 0);
        QCOMPARE(der.size(), 44);
        QCOMPARE(pub.sha256(), sha256Hex(der));
        QCOMPARE(Ed25519PublicKey::fromPemFile(path("plain.pub.pem")).sha256(), sha256Hex(der));
    }

    void encryptedKeys()
    {
        QByteArray pem = wsfixture::readFile(path("enc.pem"));
        QVERIFY(Ed25519PrivateKey::isEncrypted(pem));
        QByteArray none;
        try {
            Ed25519PrivateKey::fromPem(pem, none, "enc.pem");
            QFAIL("no error");
        } catch (const KeyError &e) {
            QCOMPARE(e.text(),
                     QStringLiteral("enc.pem: the key is encrypted: the passphrase is missing or wrong"));
        }
        QVERIFY(pem.isEmpty()); // wiped even on failure
        QByteArray wrong("wrong");
        try {
            Ed25519PrivateKey::fromPemFile(path("enc.pem"), wrong);
            QFAIL("no error");
        } catch (const KeyError &e) {
            QCOMPARE(e.text(),
                     path("enc.pem") + ": the key is encrypted: the passphrase is missing or wrong");
        }
        QByteArray pass("correct horse");
        const Ed25519PrivateKey key = Ed25519PrivateKey::fromPemFile(path("enc.pem"), pass);
        QVERIFY(pass.isEmpty()); // the passphrase does not outlive the parse
        QCOMPARE(key.publicKey().pem(), wsfixture::readFile(path("enc.pub.pem")));
        QVERIFY(key.publicKey().verify("m", key.sign("m")));
    }

    void badKeys()
    {
        QByteArray pass;
        try {
            Ed25519PrivateKey::fromPemFile(path("ec.pem"), pass);
            QFAIL("no error");
        } catch (const KeyError &e) {
            QCOMPARE(e.text(), path("ec.pem") + ": not an Ed25519 private key");
        }
        try {
            Ed25519PrivateKey::fromPemFile(path("plain.pub.pem"), pass);
            QFAIL("no error");
        } catch (const KeyError &e) {
            QCOMPARE(e.text(), path("plain.pub.pem") + ": not a private key PEM (PKCS#8)");
        }
        try {
            Ed25519PublicKey::fromPemFile(path("plain.pem"));
            QFAIL("no error");
        } catch (const KeyError &e) {
            QCOMPARE(e.text(), path("plain.pem") + ": not a public key PEM");
        }
        try {
            Ed25519PrivateKey::fromPemFile(path("absent.pem"), pass);
            QFAIL("no error");
        } catch (const KeyError &e) {
            QVERIFY(e.text().startsWith(path("absent.pem") + ": cannot read the key file ("));
        }
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
