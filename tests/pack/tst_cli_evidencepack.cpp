// auditbench-cli evidence-pack and verify-pack as an examiner meets them: the pack checks with stock
// `sha256sum -c` and `openssl pkeyutl -verify`; report.pdf's text (pdftotext) has the period, the head hash
// prefix, every file name and the override exceptions; verify-pack on an intact pack, a changed byte, a
// removed file, an added file, a changed manifest and a wrong public key, with exact lines and exit statuses.
#include "pack/PackFixture.h"
#include "support/CliRun.h"
#include "support/WorkspaceFixture.h"

#include "core/crypto/Crypto.h"
#include "core/workspace/WorkspaceStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using ab::test::runCli;

namespace {

void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + "/" + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(path, target);
    }
}

} // namespace

class TestCliEvidencePack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<packfixture::Fixture> m_fx;
    QString m_pack;
    QJsonObject m_manifest;

    QString path(const QString &name) const { return m_dir.path() + "/" + name; }
    // A copy of the pack to damage.
    QString copy(const QString &name)
    {
        copyFolder(m_pack, path(name));
        return path(name);
    }

private slots:
    void initTestCase()
    {
        m_fx = packfixture::make(m_dir.path());
        m_fx->store.reset(); // the CLI opens the workspace itself
        for (const QStringList &args :
             {QStringList{"genpkey", "-algorithm", "ed25519", "-out", "sign.pem"},
              QStringList{"pkey", "-in", "sign.pem", "-pubout", "-out", "sign.pub.pem"},
              QStringList{"genpkey", "-algorithm", "ed25519", "-out", "other.pem"},
              QStringList{"pkey", "-in", "other.pem", "-pubout", "-out", "other.pub.pem"},
              QStringList{"genpkey", "-algorithm", "ed25519", "-aes-256-cbc", "-pass", "pass:s3cret words",
                          "-out", "enc.pem"}}) {
            const auto [code, out] = packfixture::run("openssl", args, m_dir.path());
            QVERIFY2(code == 0, out.constData());
        }
        wsfixture::writeFile(m_dir.path(), "pass.txt", "s3cret words\n");
        wsfixture::writeFile(m_dir.path(), "wrong.txt", "guess\n");

        const auto r = runCli({"evidence-pack", "--workspace", m_fx->workspacePath, "--start",
                               "2025-01-01T00:00:00Z", "--end", "2025-12-31T23:59:59Z", "--framework",
                               "pci_dss,hipaa,sox,soc2", "--out", path("evidence"), "--keyring",
                               m_fx->keyringPath, "--sign-key", path("sign.pem"), "--ocsf"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        m_pack = path("evidence");
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value("folder").toString(), m_pack);
        QCOMPARE(summary.value("signed").toBool(), true);
        QCOMPARE(summary.value("checklist").toObject().value("chain-verified").toString(),
                 QStringLiteral("done"));
        QCOMPARE(summary.value("checklist").toObject().value("overrides-justified").toString(),
                 QStringLiteral("failed"));
        const QByteArray manifest = wsfixture::readFile(m_pack + "/MANIFEST.json");
        QCOMPARE(summary.value("manifest_sha256").toString(), crypto::sha256Hex(manifest));
        m_manifest = QJsonDocument::fromJson(manifest).object();
    }

    void stockToolsCheckThePack()
    {
        const auto [sumCode, sumOut] = packfixture::run("sha256sum", {"-c", "SHA256SUMS"}, m_pack);
        QVERIFY2(sumCode == 0, sumOut.constData());
        QCOMPARE(sumOut.count(": OK\n"), m_manifest.value("files").toArray().size() + 1); // + MANIFEST.json
        const auto [sigCode, sigOut] =
            packfixture::run("openssl",
                             {"pkeyutl", "-verify", "-pubin", "-inkey", "signing-key.pub.pem", "-rawin",
                              "-in", "MANIFEST.json", "-sigfile", "MANIFEST.json.sig"},
                             m_pack);
        QVERIFY2(sigCode == 0, sigOut.constData());
        QVERIFY(sigOut.contains("Signature Verified Successfully"));
        QCOMPARE(QFileInfo(m_pack + "/MANIFEST.json.sig").size(), 64);
        QCOMPARE(wsfixture::readFile(m_pack + "/signing-key.pub.pem"),
                 wsfixture::readFile(path("sign.pub.pem")));
        // The same check fails on a manifest with one byte changed.
        const QString bad = copy("sig-bad");
        QByteArray m = wsfixture::readFile(bad + "/MANIFEST.json");
        m.replace("\"version\": 1", "\"version\": 1 ");
        wsfixture::writeFile(bad, "MANIFEST.json", m);
        QVERIFY(packfixture::run("openssl",
                                 {"pkeyutl", "-verify", "-pubin", "-inkey", "signing-key.pub.pem", "-rawin",
                                  "-in", "MANIFEST.json", "-sigfile", "MANIFEST.json.sig"},
                                 bad)
                    .first != 0);
    }

    void reportText()
    {
        const auto [code, text] = packfixture::run("pdftotext", {"-layout", "report.pdf", "-"}, m_pack);
        QVERIFY2(code == 0, text.constData());
        QVERIFY(text.contains("2025-01-01T00:00:00Z to 2025-12-31T23:59:59Z"));
        const QString head = m_manifest.value("chain_verification").toObject().value("head_hmac").toString();
        QVERIFY(text.contains(head.left(16).toLatin1()));
        for (const QJsonValue &v : m_manifest.value("files").toArray()) {
            const QString file = QFileInfo(v.toObject().value("path").toString()).fileName();
            if (file != "report.pdf")
                QVERIFY2(text.contains(file.toUtf8()), qPrintable(file));
        }
        QVERIFY(text.contains(m_fx->noReasonId.toLatin1()));
        QVERIFY(text.contains(m_fx->noUserId.toLatin1()));
        QVERIFY(text.contains("sha256sum -c SHA256SUMS"));
        QVERIFY(text.contains("openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem"));
        // The files digest on the cover is what the report tells the examiner to recompute.
        const auto [gCode, digest] = packfixture::run(
            "sh", {"-c", "grep -v -e '  report.pdf$' -e '  MANIFEST.json$' SHA256SUMS | sha256sum"}, m_pack);
        QCOMPARE(gCode, 0);
        QVERIFY2(text.contains(digest.left(64)), digest.constData());
    }

    void verifyPackIntact()
    {
        const QString key = m_manifest.value("signature").toObject().value("public_key_sha256").toString();
        const QByteArray intact = QStringLiteral("intact: %1 files, signature verified (key SHA-256 %2)\n")
                                      .arg(m_manifest.value("files").toArray().size())
                                      .arg(key)
                                      .toUtf8();
        auto r = runCli({"verify-pack", m_pack});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, intact);
        QVERIFY(r.err.isEmpty());
        r = runCli({"verify-pack", m_pack, "--public-key", path("sign.pub.pem")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, intact);
        // A relative folder reads the same (the CLI runs in the test's working directory).
        r = runCli({"verify-pack", QDir::current().relativeFilePath(m_pack)});
        QVERIFY(!QDir::isAbsolutePath(QDir::current().relativeFilePath(m_pack)));
        QCOMPARE(r.out, intact);
        QCOMPARE(r.exitCode, 0);
    }

    void verifyPackFindsProblems_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("changed byte")
            << "change"
            << QStringList{"changed: pci-dss/pci-req3-blocks.json (SHA-256 %1 in MANIFEST.json, %2 on disk)"};
        QTest::newRow("removed file") << "remove" << QStringList{"missing: soc2/cc6-access-events-2025.json"};
        QTest::newRow("added file") << "add" << QStringList{"added: hipaa/notes.txt (not in MANIFEST.json)"};
        QTest::newRow("wrong public key")
            << "key"
            << QStringList{"signature: the pack is not signed by the given public key "
                           "(SHA-256 %3; signed with %4)"};
        QTest::newRow("changed manifest")
            << "manifest"
            << QStringList{"SHA256SUMS: MANIFEST.json does not match MANIFEST.json",
                           "signature: MANIFEST.json.sig does not verify with signing-key.pub.pem"};
        QTest::newRow("removed signature") << "nosig" << QStringList{"signature: MANIFEST.json.sig missing"};
    }
    void verifyPackFindsProblems()
    {
        QFETCH(QString, damage);
        QFETCH(QStringList, lines);
        const QString dir = copy("damaged-" + damage);
        QStringList args{"verify-pack", dir};
        QString before, after;
        if (damage == "change") {
            QByteArray bytes = wsfixture::readFile(dir + "/pci-dss/pci-req3-blocks.json");
            before = crypto::sha256Hex(bytes);
            bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == '1' ? '2' : '1';
            wsfixture::writeFile(dir, "pci-dss/pci-req3-blocks.json", bytes);
            after = crypto::sha256Hex(bytes);
        } else if (damage == "remove") {
            QVERIFY(QFile::remove(dir + "/soc2/cc6-access-events-2025.json"));
        } else if (damage == "add") {
            wsfixture::writeFile(dir, "hipaa/notes.txt", "added later");
        } else if (damage == "key") {
            args << "--public-key" << path("other.pub.pem");
        } else if (damage == "manifest") {
            QByteArray m = wsfixture::readFile(dir + "/MANIFEST.json");
            m.replace("\"version\": 1", "\"version\": 1 ");
            wsfixture::writeFile(dir, "MANIFEST.json", m);
        } else if (damage == "nosig") {
            QVERIFY(QFile::remove(dir + "/MANIFEST.json.sig"));
        }
        const auto [otherCode, otherDer] =
            packfixture::run("openssl", {"pkey", "-pubin", "-in", path("other.pub.pem"), "-outform", "DER"});
        QCOMPARE(otherCode, 0);
        const QString signedWith =
            m_manifest.value("signature").toObject().value("public_key_sha256").toString();
        QByteArray expected;
        for (const QString &line : lines)
            expected += QString(line)
                            .replace("%1", before)
                            .replace("%2", after)
                            .replace("%3", crypto::sha256Hex(otherDer))
                            .replace("%4", signedWith)
                            .toUtf8() +
                        '\n';
        expected += QStringLiteral("not intact: %1 problem(s)\n").arg(lines.size()).toUtf8();
        const auto r = runCli(args);
        QCOMPARE(r.out, expected);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.isEmpty());
    }

    void verifyPackUnusableInput()
    {
        auto r = runCli({"verify-pack", path("nowhere")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, (path("nowhere") + ": not a folder\n").toUtf8());
        QDir().mkpath(path("not-a-pack"));
        wsfixture::writeFile(path("not-a-pack"), "MANIFEST.json", "{\"format\": \"something else\"}");
        r = runCli({"verify-pack", path("not-a-pack")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 (path("not-a-pack") + "/MANIFEST.json: not an evidence pack manifest (expected \"format\": "
                                       "\"auditbench-evidence-pack\")\n")
                     .toUtf8());
    }

    void encryptedSigningKey()
    {
        const QStringList base{
            "evidence-pack", "--workspace",          m_fx->workspacePath, "--start", "2025-01-01T00:00:00Z",
            "--end",         "2025-03-31T23:59:59Z", "--framework",       "sox",     "--sign-key",
            path("enc.pem")};
        auto r = runCli(base + QStringList{"--out", path("enc-missing")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 (path("enc.pem") + ": the key is encrypted: the passphrase is missing or wrong\n").toUtf8());
        r = runCli(base + QStringList{"--out", path("enc-wrong"), "--passphrase-file", path("wrong.txt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path("enc-wrong")));
        r = runCli(base + QStringList{"--out", path("enc-pack"), "--passphrase-file", path("pass.txt")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(runCli({"verify-pack", path("enc-pack")}).exitCode, 0);
        QVERIFY(QFileInfo::exists(path("enc-pack/sox/sox-override-audit-2025.json")));
    }

    void evidencePackRefusesAndLeavesNothing()
    {
        QDir().mkpath(path("occupied"));
        wsfixture::writeFile(path("occupied"), "keep.txt", "mine");
        auto r =
            runCli({"evidence-pack", "--workspace", m_fx->workspacePath, "--start", "2025-01-01T00:00:00Z",
                    "--end", "2025-12-31T23:59:59Z", "--framework", "sox", "--out", path("occupied")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, (path("occupied") + " exists and is not an empty folder\n").toUtf8());
        QCOMPARE(QDir(path("occupied")).entryList(QDir::Files), QStringList{"keep.txt"});
        r = runCli({"evidence-pack", "--workspace", m_fx->workspacePath, "--start", "2025-13-01", "--end",
                    "2025-12-31T23:59:59Z", "--framework", "sox", "--out", path("x")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(
            r.err,
            QByteArray("auditbench-cli evidence-pack: --start '2025-13-01': expected an RFC 3339 timestamp "
                       "such as 2025-01-01T00:00:00Z\n"));
        QVERIFY(!QFileInfo::exists(path("x")));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Hidden | QDir::AllEntries).filter(".partial-").size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliEvidencePack)
#include "tst_cli_evidencepack.moc"
