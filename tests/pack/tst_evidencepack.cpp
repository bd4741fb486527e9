// The evidence pack built by core (EvidencePackBuilder): layout and names of formats.md 6; every query file's
// records against counts computed here from the fixture; MANIFEST.json's members; the chain file is the
// stored run; the checklist on a complete and on a half-covered period; overrides without justification
// listed; the activity log names the manifest's SHA-256; Cancel and a failure leave no folder; evidence bytes
// do not depend on the user's language.
#include "pack/PackFixture.h"
#include "support/PseudoTranslator.h"
#include "support/WorkspaceFixture.h"

#include "core/common/Progress.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Ed25519.h"
#include "core/pack/EvidencePackBuilder.h"
#include "core/pack/PackError.h"
#include "core/workspace/WorkspaceStore.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::pack;

namespace {

Instant at(const char *text)
{
    return *Instant::parse(QString::fromLatin1(text));
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QMap<QString, QString> statuses(const QList<ChecklistItem> &items)
{
    QMap<QString, QString> out;
    for (const ChecklistItem &i : items)
        out.insert(i.id, i.status);
    return out;
}

// Stops the work when the stage whose label starts with `label` begins: by cancelling, or by failing as a
// full disk would.
class StopAt : public CancellableProgress
{
public:
    StopAt(QString label, bool fail) : m_label(std::move(label)), m_fail(fail) {}
    void beginStage(const QString &label, qint64) override
    {
        if (!label.startsWith(m_label))
            return;
        reached = true;
        if (m_fail)
            throw Error(QStringLiteral("No space left on device"));
        cancel();
    }
    bool reached = false;

private:
    QString m_label;
    bool m_fail;
};

} // namespace

class TestEvidencePack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<packfixture::Fixture> m_fx;
    std::optional<Keyring> m_keyring;
    std::optional<crypto::Ed25519PrivateKey> m_key;

    EvidencePackOptions options(const QString &out,
                                QStringList frameworks = {"pci_dss", "hipaa", "sox", "soc2"})
    {
        EvidencePackOptions o;
        o.outDir = m_dir.path() + "/" + out;
        o.start = at("2025-01-01T00:00:00Z");
        o.end = at("2025-12-31T23:59:59Z");
        o.frameworks = frameworks;
        o.keyring = &*m_keyring;
        o.signingKey = &*m_key;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fx = packfixture::make(m_dir.path());
        m_keyring = Keyring::fromFile(m_fx->keyringPath);
        const auto [code, out] = packfixture::run(
            "openssl", {"genpkey", "-algorithm", "ed25519", "-out", "sign.pem"}, m_dir.path());
        QVERIFY2(code == 0, out.constData());
        QByteArray pass;
        m_key = crypto::Ed25519PrivateKey::fromPemFile(m_dir.path() + "/sign.pem", pass);
    }

    void layoutNamesAndCounts()
    {
        EvidencePackOptions o = options("evidence");
        o.ocsf = true;
        const EvidencePackResult r = EvidencePackBuilder::build(*m_fx->store, o);
        QCOMPARE(r.dir, m_dir.path() + "/evidence");
        const QStringList expected{"MANIFEST.json",
                                   "MANIFEST.json.sig",
                                   "SHA256SUMS",
                                   "chain-verification-2025-01-01--2025-12-31.json",
                                   "checklist.json",
                                   "compliance-bundles-export-2026-03-13.json",
                                   "hipaa/hipaa-audit-controls.json",
                                   "hipaa/hipaa-disclosures.json",
                                   "hipaa/hipaa-enforcement-events-2025.json",
                                   "hipaa/hipaa-phi-enforcement.json",
                                   "ocsf/ocsf-events-2025-01-01--2025-12-31.ndjson",
                                   "pci-dss/pci-chain-verification-2025.json",
                                   "pci-dss/pci-enforcement-events-2025.json",
                                   "pci-dss/pci-req10-full-log.json",
                                   "pci-dss/pci-req3-blocks.json",
                                   "report.pdf",
                                   "signing-key.pub.pem",
                                   "soc2/c1-block-events-2025.json",
                                   "soc2/c1-redaction-events-2025.json",
                                   "soc2/cc6-access-events-2025.json",
                                   "soc2/cc6-enforcement-events-2025.json",
                                   "soc2/chain-verification-2025.json",
                                   "soc2/pi1-model-routing-2025.json",
                                   "soc2/pi1-override-events-2025.json",
                                   "soc2/privacy-redact-events-2025.json",
                                   "sox/sox-enforcement-events-2025.json",
                                   "sox/sox-override-audit-2025.json"};
        QCOMPARE(filesUnder(r.dir), expected);
        QCOMPARE(entries(m_dir.path()).filter(".partial-").size(), 0);

        // MANIFEST.json as written is what the result holds, and names every file but itself, SHA256SUMS and
        // the signature files, with their real hashes and sizes.
        const QByteArray manifest = wsfixture::readFile(r.dir + "/MANIFEST.json");
        QCOMPARE(manifest, r.manifestJson);
        QCOMPARE(r.manifestSha256, crypto::sha256Hex(manifest));
        const QJsonObject m = QJsonDocument::fromJson(manifest).object();
        QCOMPARE(m.value("format").toString(), QStringLiteral("auditbench-evidence-pack"));
        QCOMPARE(m.value("version").toInt(), 1);
        QCOMPARE(m.value("period").toObject().value("start").toString(),
                 QStringLiteral("2025-01-01T00:00:00Z"));
        QCOMPARE(m.value("workspace").toObject().value("file").toString(),
                 QStringLiteral("audit.auditbench"));
        QCOMPARE(m.value("workspace").toObject().value("sha256_of_sources").toArray().size(), 2);
        QCOMPARE(m.value("frameworks").toArray().size(), 4);
        const QJsonObject chain = m.value("chain_verification").toObject();
        QCOMPARE(chain.value("valid").toBool(), true);
        QCOMPARE(chain.value("macs_verified").toBool(), true);
        QCOMPARE(chain.value("coverage_complete").toBool(), true);
        QCOMPARE(chain.value("events_checked").toInt(), packfixture::Records);
        QCOMPARE(chain.value("head_hmac").toString(), m_fx->records.last().value("hmac").toString());
        QCOMPARE(m.value("signature").toObject().value("public_key_sha256").toString(),
                 m_key->publicKey().sha256());
        const QJsonArray files = m.value("files").toArray();
        QCOMPARE(files.size(), expected.size() - 4);
        int queries = 0;
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            const QString path = f.value("path").toString();
            const QByteArray bytes = wsfixture::readFile(r.dir + "/" + path);
            QCOMPARE(f.value("sha256").toString(), crypto::sha256Hex(bytes));
            QCOMPARE(f.value("size").toInteger(), bytes.size());
            if (f.value("kind").toString() != "query")
                continue;
            ++queries;
            // The count from the fixture's JSON, the manifest's "records" and the file's array agree.
            QList<QPair<QString, QString>> query;
            const QJsonObject q = f.value("query").toObject();
            for (auto it = q.begin(); it != q.end(); ++it)
                query.append({it.key(), it.value().toString()});
            QCOMPARE(q.value("start").toString(), QStringLiteral("2025-01-01T00:00:00Z"));
            const qint64 expectedCount = packfixture::countMatching(m_fx->records, query);
            QVERIFY2(expectedCount > 0, qPrintable(path));
            QCOMPARE(f.value("records").toInteger(), expectedCount);
            QCOMPARE(QJsonDocument::fromJson(bytes).array().size(), expectedCount);
        }
        QCOMPARE(queries, 16);
        // The seed's Req 3 query, as formats.md shows it.
        QJsonObject req3;
        for (const QJsonValue &v : files)
            if (v.toObject().value("path").toString() == "pci-dss/pci-req3-blocks.json")
                req3 = v.toObject();
        QCOMPARE(req3.value("title").toString(), QStringLiteral("Req 3 — Protect cardholder data"));
        QCOMPARE(req3.value("framework").toString(), QStringLiteral("pci_dss"));
        QCOMPARE(
            QJsonDocument(req3.value("query").toObject()).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"action":"block","end":"2025-12-31T23:59:59Z","entity_type":"credit_card","start":"2025-01-01T00:00:00Z"})"));
        QVERIFY(manifest.indexOf("\"action\"", manifest.indexOf("pci-req3-blocks")) <
                manifest.indexOf("\"start\"",
                                 manifest.indexOf("pci-req3-blocks"))); // filters first, then the period

        // The chain file is the run stored in the workspace, byte for byte, and so are both framework copies.
        QCOMPARE(wsfixture::readFile(r.dir + "/chain-verification-2025-01-01--2025-12-31.json"),
                 r.run.resultJson);
        QCOMPARE(wsfixture::readFile(r.dir + "/pci-dss/pci-chain-verification-2025.json"), r.run.resultJson);
        QCOMPARE(m_fx->store->verificationRuns().first().id, r.run.id);
        // The bundle definitions exactly as imported.
        QCOMPARE(wsfixture::readFile(r.dir + "/compliance-bundles-export-2026-03-13.json"),
                 wsfixture::readFile(m_fx->bundlesPath));
        // OCSF: one event per record of a mappable category.
        const QList<QByteArray> ocsf =
            wsfixture::readFile(r.dir + "/ocsf/ocsf-events-2025-01-01--2025-12-31.ndjson").split('\n');
        QCOMPARE(ocsf.size() - 1, packfixture::Records - packfixture::countMatching(
                                                             m_fx->records, {{"category", "model_routing"}},
                                                             "2025-01-01T00:00:00Z", "2025-12-31T23:59:59Z"));

        // SHA256SUMS: every file but itself and the signature files, sorted, sha256sum format.
        const QByteArray sums = wsfixture::readFile(r.dir + "/SHA256SUMS");
        QCOMPARE(sums.count('\n'), expected.size() - 3);
        QVERIFY(sums.startsWith(crypto::sha256Hex(manifest).toLatin1() + "  MANIFEST.json\n"));

        // The activity log's last entry records the pack with the manifest's SHA-256.
        const ActivityEntry last = m_fx->store->activity().last();
        QCOMPARE(last.action, QStringLiteral("export"));
        const QJsonObject details = QJsonDocument::fromJson(last.details).object();
        QCOMPARE(details.value("what").toString(), QStringLiteral("evidence-pack"));
        QCOMPARE(details.value("manifest_sha256").toString(), r.manifestSha256);
        QCOMPARE(details.value("folder").toString(), QStringLiteral("evidence"));
        QCOMPARE(details.value("files").toInt(), files.size());
        QVERIFY(m_fx->store->verifyActivityLog().intact);
    }

    void checklistOnACompletePeriod()
    {
        QTemporaryDir dir;
        auto fx = packfixture::make(dir.path(), false);
        const QString policy = wsfixture::writeFile(dir.path(), "policy-chain.json", "{\"chain\": []}");
        EvidencePackOptions o = options("complete", {"pci_dss", "soc2"});
        o.outDir = dir.path() + "/complete";
        o.ocsf = true;
        o.policyChainFile = policy;
        const EvidencePackResult r = EvidencePackBuilder::build(*fx->store, o);
        QCOMPARE(r.checklist.size(), 7);
        QStringList ids;
        for (const ChecklistItem &i : r.checklist) {
            ids << i.id;
            QVERIFY2(i.status == "done", qPrintable(i.id + ": " + i.status + ": " + i.detail));
        }
        QCOMPARE(ids,
                 (QStringList{"chain-verified", "bundles-exported", "framework-queries", "retention-covered",
                              "ocsf-exported", "policy-chain-documented", "overrides-justified"}));
        QCOMPARE(r.checklist[2].detail, QStringLiteral("12 of 12 file(s) for pci_dss, soc2"));
        QCOMPARE(r.checklist[1].detail,
                 QStringLiteral("3 bundle(s); enabled: bundle-0 (HIPAA), bundle-2 (SOC 2); "
                                "not enabled: bundle-1 (PCI-DSS)"));
        QCOMPARE(r.checklist[5].detail,
                 QStringLiteral("policy chain export attached as policy-chain/policy-chain.json"));
        QCOMPARE(wsfixture::readFile(r.dir + "/policy-chain/policy-chain.json"),
                 QByteArray("{\"chain\": []}"));
        QVERIFY(
            r.checklist[0].detail.startsWith(QStringLiteral("valid, 730 events checked, head %1")
                                                 .arg(fx->records.last().value("hmac").toString().left(16))));
        // checklist.json holds the same items.
        const QJsonArray items = QJsonDocument::fromJson(wsfixture::readFile(r.dir + "/checklist.json"))
                                     .object()
                                     .value("items")
                                     .toArray();
        QCOMPARE(items.size(), 7);
        QCOMPARE(items[3].toObject().value("id").toString(), QStringLiteral("retention-covered"));
        QCOMPARE(items[3].toObject().value("status").toString(), QStringLiteral("done"));
        QCOMPARE(items[3].toObject().value("detail").toString(), r.checklist[3].detail);
    }

    void checklistOnAHalfCoveredPeriod()
    {
        EvidencePackOptions o = options("half", {"pci_dss"});
        o.start = at("2024-07-01T00:00:00Z");
        o.end = at("2025-06-30T23:59:59Z");
        o.keyring = nullptr;
        const EvidencePackResult r = EvidencePackBuilder::build(*m_fx->store, o);
        const QMap<QString, QString> s = statuses(r.checklist);
        QCOMPARE(s.value("chain-verified"), QStringLiteral("open"));
        QCOMPARE(s.value("bundles-exported"), QStringLiteral("done"));
        QCOMPARE(s.value("framework-queries"), QStringLiteral("done"));
        QCOMPARE(s.value("retention-covered"), QStringLiteral("open"));
        QCOMPARE(s.value("ocsf-exported"), QStringLiteral("open"));
        QCOMPARE(s.value("policy-chain-documented"), QStringLiteral("open"));
        QCOMPARE(s.value("overrides-justified"), QStringLiteral("failed"));
        QCOMPARE(
            r.checklist[0].detail,
            QStringLiteral(
                "valid, 362 events checked, head %1; open: MACs not verified (no keyring); records start "
                "late (first 2025-01-01T06:00:00Z)")
                .arg(r.run.result.headHmac->left(16)));
        QCOMPARE(r.checklist[3].detail,
                 QStringLiteral(
                     "pci_dss: PCI DSS: 12 months of audit log history, the last 3 months immediately "
                     "available (needs evidence from 2024-06-30T23:59:59Z; held from 2025-01-01T06:00:00Z): "
                     "not covered"));
        QVERIFY(QFileInfo::exists(r.dir + "/pci-dss/pci-chain-verification-2024-2025.json"));
    }

    void overridesWithoutJustificationAreListed()
    {
        const OverrideCheckResult o =
            checkOverrides(*m_fx->store, at("2025-01-01T00:00:00Z"), at("2025-12-31T23:59:59Z"));
        QCOMPARE(o.overrides, packfixture::countMatching(m_fx->records, {{"action", "allow_with_override"}},
                                                         "2025-01-01T00:00:00Z", "2025-12-31T23:59:59Z"));
        QCOMPARE(o.violations.size(), 2);
        QCOMPARE(o.violations[0].recordId, m_fx->noReasonId);
        QVERIFY(o.violations[0].missingReason && !o.violations[0].missingUser);
        QCOMPARE(o.violations[1].recordId, m_fx->noUserId);
        QVERIFY(!o.violations[1].missingReason && o.violations[1].missingUser);
        const QList<ChecklistItem> items = PackChecklist::compute(ChecklistInputs{.overrides = o});
        QCOMPARE(items.last().id, QStringLiteral("overrides-justified"));
        QCOMPARE(items.last().status, QStringLiteral("failed"));
        QCOMPARE(items.last().detail,
                 QStringLiteral("2 of %1 override(s) without justification or user: %2; %3")
                     .arg(o.overrides)
                     .arg(o.violations[0].text(), o.violations[1].text()));
        QVERIFY(o.violations[0].text().endsWith(": no override_reason"));
        QCOMPARE(o.violations[1].text().section(" by ", 1), QStringLiteral("(no user): no user identity"));
    }

    void cancelAndFailureLeaveNothing_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("fail");
        QTest::newRow("cancel while verifying") << "Verifying the chain" << false;
        QTest::newRow("cancel at a query file") << "Writing hipaa/" << false;
        QTest::newRow("cancel at the report") << "Writing report.pdf" << false;
        QTest::newRow("fail at a query file") << "Writing sox/" << true;
        QTest::newRow("fail at the manifest") << "Writing MANIFEST.json" << true;
    }
    void cancelAndFailureLeaveNothing()
    {
        QFETCH(QString, stage);
        QFETCH(bool, fail);
        const QStringList before = entries(m_dir.path());
        const qsizetype logBefore = m_fx->store->activity().size();
        StopAt progress(stage, fail);
        try {
            EvidencePackBuilder::build(*m_fx->store, options("stopped"), &progress);
            QFAIL("not stopped");
        } catch (const CancelledError &) {
            QVERIFY(!fail);
        } catch (const Error &e) {
            QVERIFY(fail);
            QCOMPARE(e.text(), QStringLiteral("No space left on device"));
        }
        QVERIFY(progress.reached);
        QCOMPARE(entries(m_dir.path()), before); // neither the folder nor its temporary sibling
        // No pack was logged (the verification run the pack started is, as any run is).
        for (const ActivityEntry &e : m_fx->store->activity().mid(logBefore))
            QVERIFY(!e.details.contains("evidence-pack"));
    }

    void destinationAndScopeErrors()
    {
        const QString full = m_dir.path() + "/full";
        QDir().mkpath(full);
        wsfixture::writeFile(full, "x.txt", "x");
        try {
            EvidencePackBuilder::build(*m_fx->store, options("full"));
            QFAIL("no error");
        } catch (const PackError &e) {
            QCOMPARE(e.text(), full + " exists and is not an empty folder");
        }
        try {
            EvidencePackBuilder::build(*m_fx->store, options("gdpr", {"pci_dss", "gdpr"}));
            QFAIL("no error");
        } catch (const PackError &e) {
            QCOMPARE(e.text(),
                     QStringLiteral(
                         "No evidence recipe for the framework 'gdpr' (known: soc2, pci_dss, hipaa, sox)"));
        }
        QVERIFY(!QFileInfo::exists(m_dir.path() + "/gdpr"));
        // An empty folder is fine: it becomes the pack.
        QDir().mkpath(m_dir.path() + "/empty");
        EvidencePackOptions o = options("empty", {"sox"});
        o.signingKey = nullptr;
        const EvidencePackResult r = EvidencePackBuilder::build(*m_fx->store, o);
        QVERIFY(QFileInfo::exists(r.dir + "/MANIFEST.json"));
        QVERIFY(!QFileInfo::exists(r.dir + "/MANIFEST.json.sig"));
        QVERIFY(r.manifestJson.contains("\"signature\": null"));
    }

    void evidenceDoesNotDependOnLanguage()
    {
        EvidencePackOptions o = options("english", {"pci_dss"});
        const EvidencePackResult plain = EvidencePackBuilder::build(*m_fx->store, o);
        ab::test::ScopedPseudoTranslation reversed;
        o.outDir = m_dir.path() + "/reversed";
        const EvidencePackResult translated = EvidencePackBuilder::build(*m_fx->store, o);
        QCOMPARE(wsfixture::readFile(translated.dir + "/checklist.json"),
                 wsfixture::readFile(plain.dir + "/checklist.json"));
        QCOMPARE(wsfixture::readFile(translated.dir + "/pci-dss/pci-req3-blocks.json"),
                 wsfixture::readFile(plain.dir + "/pci-dss/pci-req3-blocks.json"));
        // Every file but the report (whose headings are UI text) has the same bytes.
        const auto hashes = [](const EvidencePackResult &r) {
            QStringList out;
            for (const PackFile &f : r.manifest.files)
                if (f.kind != "report")
                    out << f.path + " " + f.sha256;
            return out;
        };
        QCOMPARE(hashes(translated), hashes(plain));
        QCOMPARE(hashes(plain).size(), 7);
        // Titles come from the recipes (data), not from tr().
        QVERIFY(translated.manifestJson.contains("\"title\": \"Req 3 — Protect cardholder data\""));
    }
};

QTEST_MAIN(TestEvidencePack)
#include "tst_evidencepack.moc"
