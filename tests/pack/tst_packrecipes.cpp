// The evidence recipes and retention rules shipped as data: every recipe's query uses only the seed API's
// filter names and maps to an AuditFilter; the seed's queries named in issue 12 are all there with the seed's
// file names; a user file extends and overrides; bad files fail with the file, the entry and what is wrong.
#include "core/common/InputError.h"
#include "core/pack/EvidenceRecipes.h"
#include "core/pack/RetentionRules.h"

#include "support/WorkspaceFixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::pack;

class TestPackRecipes : public QObject
{
    Q_OBJECT

private slots:
    void everyRecipeParsesAndMaps()
    {
        const RecipeBook book = RecipeBook::builtIn();
        QCOMPARE(book.recipes().size(), 18);
        QCOMPARE(book.frameworks(), (QStringList{"soc2", "pci_dss", "hipaa", "sox"}));
        const Instant start = *Instant::parse(QStringLiteral("2025-01-01T00:00:00Z"));
        const Instant end = *Instant::parse(QStringLiteral("2025-12-31T23:59:59Z"));
        for (const EvidenceRecipe &r : book.recipes()) {
            QVERIFY2(!r.source.isEmpty(), qPrintable(r.id));
            for (auto it = r.query.begin(); it != r.query.end(); ++it)
                QVERIFY2(seedFilterNames().contains(it.key()), qPrintable(r.id + ": " + it.key()));
            const AuditFilter f = toAuditFilter(r.query, start, end);
            QCOMPARE(f.start->toString(), QStringLiteral("2025-01-01T00:00:00Z"));
            QCOMPARE(f.end->toString(), QStringLiteral("2025-12-31T23:59:59Z"));
            QCOMPARE(f.frameworks.size() + f.actions.size() + f.categories.size() +
                         (f.entityTypes.isEmpty() ? 0 : 1),
                     r.query.size());
        }
    }

    // The seed's queries the issue lists, each with the seed's filter values and file name.
    void seedQueriesArePresent_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::newRow("cc6 access") << "soc2-cc6-access-events"
                                    << "soc2/cc6-access-events-2025.json"
                                    << "category=authentication";
        QTest::newRow("cc6 enforcement") << "soc2-cc6-enforcement-events"
                                         << "soc2/cc6-enforcement-events-2025.json"
                                         << "action=block";
        QTest::newRow("c1 redactions") << "soc2-c1-redaction-events"
                                       << "soc2/c1-redaction-events-2025.json"
                                       << "action=redact";
        QTest::newRow("c1 blocks") << "soc2-c1-block-events"
                                   << "soc2/c1-block-events-2025.json"
                                   << "action=block&category=enforcement";
        QTest::newRow("pi1 overrides") << "soc2-pi1-override-events"
                                       << "soc2/pi1-override-events-2025.json"
                                       << "action=allow_with_override";
        QTest::newRow("pi1 routing") << "soc2-pi1-model-routing"
                                     << "soc2/pi1-model-routing-2025.json"
                                     << "category=model_routing";
        QTest::newRow("privacy") << "soc2-privacy-redact-events"
                                 << "soc2/privacy-redact-events-2025.json"
                                 << "action=redact";
        QTest::newRow("pci enforcement") << "pci-enforcement-events"
                                         << "pci-dss/pci-enforcement-events-2025.json"
                                         << "framework=pci_dss";
        QTest::newRow("pci req3") << "pci-req3-blocks"
                                  << "pci-dss/pci-req3-blocks.json"
                                  << "action=block&entity_type=credit_card";
        QTest::newRow("pci req10") << "pci-req10-full-log"
                                   << "pci-dss/pci-req10-full-log.json"
                                   << "";
        QTest::newRow("hipaa 312b") << "hipaa-audit-controls"
                                    << "hipaa/hipaa-audit-controls.json"
                                    << "";
        QTest::newRow("hipaa 502") << "hipaa-disclosures"
                                   << "hipaa/hipaa-disclosures.json"
                                   << "action=block&framework=hipaa";
        QTest::newRow("hipaa phi") << "hipaa-phi-enforcement"
                                   << "hipaa/hipaa-phi-enforcement.json"
                                   << "entity_type=medical_record,dob,ssn";
        QTest::newRow("sox enforcement") << "sox-enforcement-events"
                                         << "sox/sox-enforcement-events-2025.json"
                                         << "framework=sox";
        QTest::newRow("sox overrides") << "sox-override-audit"
                                       << "sox/sox-override-audit-2025.json"
                                       << "action=allow_with_override";
    }
    void seedQueriesArePresent()
    {
        QFETCH(QString, id);
        QFETCH(QString, path);
        QFETCH(QString, query);
        const EvidenceRecipe *r = RecipeBook::builtIn().find(id);
        QVERIFY2(r, qPrintable(id));
        QCOMPARE(r->kind, EvidenceRecipe::Kind::Query);
        const Instant start = *Instant::parse(QStringLiteral("2025-01-01T00:00:00Z"));
        const Instant end = *Instant::parse(QStringLiteral("2025-12-31T23:59:59Z"));
        QCOMPARE(r->pathFor(start, end), path);
        QStringList parts;
        for (auto it = r->query.begin(); it != r->query.end(); ++it) // QMap: sorted by filter name
            parts << it.key() + "=" + it.value();
        QCOMPARE(parts.join('&'), query);
    }

    void verificationRecipes()
    {
        const RecipeBook book = RecipeBook::builtIn();
        const Instant start = *Instant::parse(QStringLiteral("2024-07-01T00:00:00Z"));
        const Instant end = *Instant::parse(QStringLiteral("2025-06-30T23:59:59Z"));
        QCOMPARE(book.find("pci-req10-chain-verify")->kind, EvidenceRecipe::Kind::Verification);
        QCOMPARE(book.find("pci-req10-chain-verify")->pathFor(start, end),
                 QStringLiteral("pci-dss/pci-chain-verification-2024-2025.json"));
        QCOMPARE(book.find("soc2-cc6-chain-verification")->pathFor(start, end),
                 QStringLiteral("soc2/chain-verification-2024-2025.json"));
    }

    void entityTypeIsACommaList()
    {
        const Instant t = *Instant::parse(QStringLiteral("2025-01-01T00:00:00Z"));
        const AuditFilter f =
            toAuditFilter({{"entity_type", "medical_record, dob,ssn"}, {"action", "block"}}, t, t);
        QCOMPARE(f.entityTypes, (QStringList{"medical_record", "dob", "ssn"}));
        QCOMPARE(f.actions, QStringList{"block"});
        QVERIFY(f.frameworks.isEmpty());
    }

    void userFileExtendsAndOverrides()
    {
        RecipeBook book = RecipeBook::builtIn();
        book.merge(RecipeBook::fromJson("mine.json", R"({"recipes": [
            {"id": "pci-req3-blocks", "framework": "pci_dss", "folder": "pci-dss", "file": "req3.json", "title": "Req 3",
             "query": {"action": "block", "entity_type": "credit_card,cvv"}, "source": "our examiner"},
            {"id": "sox-kill-switch", "framework": "sox", "folder": "sox", "file": "kill-switch-{year}.json",
             "title": "Kill switch", "query": {"action": "kill_switch"}, "source": "seed 004, Availability"}]})"));
        QCOMPARE(book.recipes().size(), 19);
        QCOMPARE(book.find("pci-req3-blocks")->file, QStringLiteral("req3.json"));
        QCOMPARE(book.find("pci-req3-blocks")->query.value("entity_type"), QStringLiteral("credit_card,cvv"));
        QCOMPARE(book.forFrameworks({"sox"}).size(), 3);
    }

    void badRecipeFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("{\"recipes\": [\n  {]}")
                                << "bad.json:2:4: invalid JSON (unterminated object)";
        QTest::newRow("no array") << QByteArray("{}") << "bad.json: expected \"recipes\" to be an array";
        QTest::newRow("unknown filter")
            << QByteArray(
                   R"({"recipes": [{"id": "a", "framework": "sox", "folder": "sox", "file": "a.json", "title": "A",
                "source": "s", "query": {"user": "x"}}]})")
            << "bad.json: recipes[0]: unknown filter \"user\" (expected framework, action, entity_type or "
               "category)";
        QTest::newRow("escaping path")
            << QByteArray(
                   R"({"recipes": [{"id": "a", "framework": "sox", "folder": "..", "file": "a.json", "title": "A", "source": "s"}]})")
            << "bad.json: recipes[0]: \"folder\" '..' must be one plain folder name";
        QTest::newRow("no source")
            << QByteArray(
                   R"({"recipes": [{"id": "a", "framework": "sox", "folder": "sox", "file": "a.json", "title": "A"}]})")
            << "bad.json: recipes[0]: expected a non-empty \"source\"";
        QTest::newRow("twice")
            << QByteArray(
                   R"({"recipes": [{"id": "a", "framework": "sox", "folder": "sox", "file": "a.json", "title": "A", "source": "s"},
                {"id": "a", "framework": "sox", "folder": "sox", "file": "b.json", "title": "B", "source": "s"}]})")
            << "bad.json: recipes[1]: the id 'a' is used twice";
    }
    void badRecipeFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        try {
            RecipeBook::fromJson("bad.json", json);
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.text(), message);
        }
    }

    void retentionAsData()
    {
        const RetentionRules rules = RetentionRules::builtIn();
        QCOMPARE(rules.tiers().size(), 2);
        QCOMPARE(rules.tiers().at(0).months, 3);
        QCOMPARE(rules.tiers().at(1).months, 24);
        QCOMPARE(rules.minimumFor("pci_dss")->months, 12);
        QCOMPARE(rules.minimumFor("pci_dss")->immediateMonths, 3);
        QCOMPARE(rules.minimumFor("hipaa")->months, 72);
        QCOMPARE(rules.minimumFor("bsa_aml")->months, 60);
        QCOMPARE(rules.minimumFor("sec_17a_4")->months, 72);
        for (const RetentionMinimum &m : rules.minimums())
            QVERIFY2(!m.source.isEmpty(), qPrintable(m.id));
        QVERIFY(rules.minimumFor("soc2"));
        QVERIFY(rules.minimumFor("sox"));
    }

    void retentionCheck()
    {
        const RetentionRules rules = RetentionRules::builtIn();
        const Instant start = *Instant::parse(QStringLiteral("2025-01-01T00:00:00Z"));
        const Instant end = *Instant::parse(QStringLiteral("2025-12-31T23:59:59Z"));
        const auto earliest = Instant::parse(QStringLiteral("2025-01-01T06:00:00Z"));
        const QList<RetentionCheck> checks =
            checkRetention(rules, {"pci_dss", "hipaa", "gdpr"}, start, end, earliest, 24);
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks[0].requiredFrom.toString(), QStringLiteral("2024-12-31T23:59:59Z"));
        QVERIFY(checks[0].covered);
        QCOMPARE(checks[1].requiredFrom.toString(), QStringLiteral("2019-12-31T23:59:59Z"));
        QVERIFY(!checks[1].covered);
        QCOMPARE(checks[1].detail(),
                 QStringLiteral("hipaa: HIPAA: 6 years for required documentation (needs evidence from "
                                "2019-12-31T23:59:59Z; held from 2025-01-01T06:00:00Z): not covered"));
        QVERIFY(!checks[2].covered);
        QCOMPARE(checks[2].detail(), QStringLiteral("gdpr: no retention rule for this framework"));
        // Six hours after the required instant is beyond a two-hour allowance.
        const auto late = Instant::parse(QStringLiteral("2025-01-01T06:00:00Z"));
        QVERIFY(!checkRetention(rules, {"pci_dss"}, start, end, late, 2).first().covered);
    }

    void userRetentionFile()
    {
        QTemporaryDir dir;
        const QString path = wsfixture::writeFile(dir.path(), "r.json", R"({"minimums": [
            {"id": "pci_dss", "framework": "pci_dss", "title": "ours", "months": 24, "source": "policy 7"}]})");
        RetentionRules rules = RetentionRules::builtIn();
        rules.merge(RetentionRules::fromFile(path));
        QCOMPARE(rules.minimumFor("pci_dss")->months, 24);
        QCOMPARE(rules.minimums().size(), RetentionRules::builtIn().minimums().size());
        try {
            RetentionRules::fromJson(
                "r.json", R"({"minimums": [{"id": "x", "framework": "x", "title": "t", "months": 3}]})");
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.text(),
                     QStringLiteral(
                         "r.json: minimums[0]: expected a non-empty \"source\" (every entry cites one)"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackRecipes)
#include "tst_packrecipes.moc"
