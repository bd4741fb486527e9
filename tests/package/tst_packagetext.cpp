// Package text is evidence: the answers, exceptions, notes, diagram labels and the "(unknown auditor)"
// fallback are hashed into content_sha256, so they must not depend on the UI language. A pseudo-translator
// (every translated string reversed) is installed and the same package must come out byte for byte.
#include "support/PackageFixture.h"
#include "support/PseudoTranslator.h"

#include "core/package/WorkspacePackages.h"
#include "core/workspace/WorkspaceStore.h"

#include "core/crypto/Crypto.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ab;

class TestPackageText : public QObject
{
    Q_OBJECT
private slots:
    void pseudoTranslatorIsActive();
    void generatorBytesIndependentOfLanguage_data();
    void generatorBytesIndependentOfLanguage();
    void workspaceFallbackIndependentOfLanguage();
    void englishTextPinned_data();
    void englishTextPinned();
};

// SHA-256 of the package without its SVG (Graphviz's layout differs between versions; its DOT input does
// not), keys sorted by QJsonDocument: pins every English text of the package. Pinned before the text left
// tr() and kept through the split into sections; re-pinned once when soc2.platform_bookkeeping was added,
// once when the Monitoring answer began citing the runtime run's result hash and coverage (issue 11), and
// once when packages began carrying agent_profile (issue 14; without that member the digests are unchanged).
static QString pinnedDigest(const QByteArray &json)
{
    QJsonObject pkg = fixture::object(json);
    QJsonObject flow = pkg[QLatin1String("data_flow")].toObject();
    flow.remove(QStringLiteral("svg"));
    pkg.insert(QStringLiteral("data_flow"), flow);
    pkg.remove(QStringLiteral("content_sha256"));
    return crypto::sha256Hex(QJsonDocument(pkg).toJson(QJsonDocument::Compact));
}

static PackageOptions options(bool cited)
{
    PackageOptions o = fixture::fixedOptions();
    if (cited) {
        VerificationResult r;
        r.valid = true;
        r.macsVerified = false;
        r.eventsChecked = 20;
        r.coverage.first = QStringLiteral("2026-02-01T09:00:00Z");
        r.coverage.last = QStringLiteral("2026-02-02T08:03:00Z");
        r.coverage.gapCount = 1;
        o.chainVerification = ChainVerificationCitation{QStringLiteral("7"),
                                                        QStringLiteral("2026-03-01T09:00:00Z"),
                                                        QStringLiteral("runtime-small.json"),
                                                        r,
                                                        QStringLiteral("runtime"),
                                                        QString(64, QLatin1Char('e'))};
    }
    return o;
}

void TestPackageText::pseudoTranslatorIsActive()
{
    // Guards the test itself: with the translator installed a translated string really changes.
    const ab::test::ScopedPseudoTranslation pseudo;
    QCOMPARE(QCoreApplication::translate("ctx", "abc"), QStringLiteral("cba"));
}

void TestPackageText::generatorBytesIndependentOfLanguage_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<bool>("cited");
    QTest::newRow("A, no citation") << fixture::AgentA << false;
    QTest::newRow("A, cited run") << fixture::AgentA << true;
    QTest::newRow("B, no citation") << fixture::AgentB << false;
}

void TestPackageText::generatorBytesIndependentOfLanguage()
{
    QFETCH(QString, agent);
    QFETCH(bool, cited);
    const PackageOptions o = options(cited);
    const GeneratedPackage plain = fixture::generate(agent, o);
    GeneratedPackage pseudo;
    {
        const ab::test::ScopedPseudoTranslation translation;
        pseudo = fixture::generate(agent, o);
    }
    QCOMPARE(pseudo.contentSha256, plain.contentSha256);
    QCOMPARE(pseudo.json, plain.json);
    QCOMPARE(pseudo.dot, plain.dot);
    QCOMPARE(pseudo.svg, plain.svg);
    // Spot checks of English evidence text (a reversed string would read "noitarugifnoc").
    QVERIFY(plain.json.contains("connector configuration"));
    QVERIFY(plain.json.contains("Data flows of agent"));
}

void TestPackageText::workspaceFallbackIndependentOfLanguage()
{
    // A workspace without an auditor identity: generated_by is the "(unknown auditor)" fallback.
    QByteArray bytes[2];
    for (int pass = 0; pass < 2; ++pass) {
        QTemporaryDir tmp;
        auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")),
                                          WorkspaceStore::OpenMode::CreateIfMissing, AuditorIdentity{});
        store->importFiles({fixture::smallPath()});
        PackageOptions o = fixture::fixedOptions();
        o.generatedBy.clear();
        std::optional<ab::test::ScopedPseudoTranslation> translation;
        if (pass == 1)
            translation.emplace();
        bytes[pass] = generatePackageInWorkspace(*store, fixture::AgentA, o).json;
    }
    QCOMPARE(fixture::object(bytes[0])[QLatin1String("generated_by")].toString(),
             QStringLiteral("(unknown auditor)"));
    QCOMPARE(bytes[1], bytes[0]);
}

void TestPackageText::englishTextPinned_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<bool>("cited");
    QTest::addColumn<QString>("digest");
    QTest::newRow("A, no citation")
        << fixture::AgentA << false
        << QStringLiteral("54eaa840c659b70134488c3be2531d1f080090c1939f25ceaa2074f57928b97a");
    QTest::newRow("A, cited run") << fixture::AgentA << true
                                  << QStringLiteral(
                                         "57df9be0ecb8dd4797f0cec2849adf6d6faa6a1a9b4401b962d05d1eba8088a2");
    QTest::newRow("B, no citation")
        << fixture::AgentB << false
        << QStringLiteral("914a18649951dad41eec410dfe5cedccd6f83788a9b5ccfaf543934fd3952225");
}

void TestPackageText::englishTextPinned()
{
    QFETCH(QString, agent);
    QFETCH(bool, cited);
    QFETCH(QString, digest);
    QCOMPARE(pinnedDigest(fixture::generate(agent, options(cited)).json), digest);
}

QTEST_GUILESS_MAIN(TestPackageText)
#include "tst_packagetext.moc"
