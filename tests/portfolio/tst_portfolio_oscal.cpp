// The portfolio as OSCAL 1.1.2 assessment results (core/portfolio/OscalAssessmentResults): valid against the
// vendored OSCAL complete schema (tests/data/oscal/, checked with Debian's python3-jsonschema), with the
// assessment plan its import-ap names, unique UUIDs that stay the same for the same portfolio, an observation
// per package carrying its hashes, and a finding per criterion whose state follows the matrix.
#include "PortfolioFixture.h"
#include "core/crypto/Crypto.h"
#include "core/portfolio/OscalAssessmentResults.h"
#include "core/portfolio/PortfolioBuilder.h"
#include "core/workspace/WorkspaceStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::portfolio;
using namespace portfolio_fixture;

namespace {

Portfolio fixturePortfolio(const QTemporaryDir &tmp, const QString &name = QStringLiteral("w"))
{
    auto store = WorkspaceStore::open(tmp.filePath(name + QStringLiteral(".auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing,
                                      AuditorIdentity{QStringLiteral("auditor@example.com"), {}, {}});
    store->importBytes({{QStringLiteral("runtime.json"), runtimeExport()}});
    PortfolioOptions o;
    o.portfolioId = QStringLiteral("0f0f0f0f-1111-4222-8333-444444444444");
    o.generatedAt = QStringLiteral("2026-03-02T10:00:00Z");
    return buildPortfolio(*store, o);
}

// Every "uuid" value anywhere in the document (definitions, not references to them).
void collectUuids(const QJsonValue &v, QStringList &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("uuid"))
                out << it.value().toString();
            collectUuids(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectUuids(e, out);
    }
}

// Runs tests/portfolio/validate_oscal.py with Debian's Python; returns (exit code, output).
QPair<int, QString> validate(const QStringList &files)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral(AB_SOURCE_DIR "/tests/portfolio/validate_oscal.py"),
                        QStringLiteral(AB_TEST_DATA_DIR
                                       "/oscal/oscal_complete_schema-1-1-2.go-oscal-doctored.json")} +
                files);
    if (!p.waitForFinished(300000))
        return {-1, QStringLiteral("validator did not finish")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace

class TestPortfolioOscal : public QObject
{
    Q_OBJECT

private slots:
    void schemaValid();
    void schemaCheckCanFail();
    void uuidsUniqueAndStable();
    void observationPerPackageWithHashes();
    void findingPerCriterion();
};

void TestPortfolioOscal::schemaValid()
{
    QTemporaryDir tmp;
    const OscalDocuments docs = oscalDocuments(fixturePortfolio(tmp));
    QFile results(tmp.filePath(QStringLiteral("ar.json"))), plan(tmp.filePath(QStringLiteral("ap.json")));
    QVERIFY(results.open(QIODevice::WriteOnly) && results.write(docs.results) == docs.results.size());
    QVERIFY(plan.open(QIODevice::WriteOnly) && plan.write(docs.plan) == docs.plan.size());
    results.close();
    plan.close();
    const auto [code, output] = validate({results.fileName(), plan.fileName()});
    QVERIFY2(code == 0, qPrintable(output));
    const QJsonObject ar =
        QJsonDocument::fromJson(docs.results).object()[QLatin1String("assessment-results")].toObject();
    QCOMPARE(ar[QLatin1String("metadata")].toObject()[QLatin1String("oscal-version")].toString(),
             QStringLiteral("1.1.2"));
    QCOMPARE(ar[QLatin1String("import-ap")].toObject()[QLatin1String("href")].toString(),
             QString::fromLatin1(OscalPlanFile));
    QVERIFY(QJsonDocument::fromJson(docs.plan).object().contains(QLatin1String("assessment-plan")));
}

void TestPortfolioOscal::schemaCheckCanFail()
{
    // The same document with a finding state the model does not allow is rejected: the check is real.
    QTemporaryDir tmp;
    QByteArray results = oscalDocuments(fixturePortfolio(tmp)).results;
    results.replace("\"not-satisfied\"", "\"maybe\"");
    QFile file(tmp.filePath(QStringLiteral("bad.json")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(results) == results.size());
    file.close();
    QCOMPARE(validate({file.fileName()}).first, 1);
}

void TestPortfolioOscal::uuidsUniqueAndStable()
{
    QTemporaryDir tmp;
    const Portfolio one = fixturePortfolio(tmp, QStringLiteral("one"));
    const Portfolio two = fixturePortfolio(tmp, QStringLiteral("two"));
    const OscalDocuments a = oscalDocuments(one), b = oscalDocuments(two);
    QCOMPARE(b.results, a.results);
    QCOMPARE(b.plan, a.plan);
    QStringList uuids;
    collectUuids(QJsonDocument::fromJson(a.results).object(), uuids);
    const QString planUuid = QJsonDocument::fromJson(a.plan)
                                 .object()[QLatin1String("assessment-plan")]
                                 .toObject()[QLatin1String("uuid")]
                                 .toString();
    // document, party, result, 2 observations, 12 findings; the plan has its own uuid (and the same party).
    QCOMPARE(uuids.size(), 1 + 1 + 1 + 2 + 12);
    const QSet<QString> distinct(uuids.cbegin(), uuids.cend());
    QCOMPARE(distinct.size(), uuids.size());
    static const QRegularExpression v5(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const QString &u : uuids)
        QVERIFY2(v5.match(u).hasMatch(), qPrintable(u));
    QVERIFY(v5.match(planUuid).hasMatch());
    QVERIFY(!distinct.contains(planUuid));
}

void TestPortfolioOscal::observationPerPackageWithHashes()
{
    QTemporaryDir tmp;
    const Portfolio p = fixturePortfolio(tmp);
    const QJsonObject result = QJsonDocument::fromJson(oscalDocuments(p).results)
                                   .object()[QLatin1String("assessment-results")]
                                   .toObject()[QLatin1String("results")]
                                   .toArray()[0]
                                   .toObject();
    const QJsonArray observations = result[QLatin1String("observations")].toArray();
    QCOMPARE(observations.size(), p.agents.size());
    for (qsizetype i = 0; i < p.agents.size(); ++i) {
        const QJsonObject o = observations[i].toObject();
        QCOMPARE(o[QLatin1String("collected")].toString(), p.generatedAt);
        QCOMPARE(o[QLatin1String("methods")].toArray(), (QJsonArray{"EXAMINE", "TEST"}));
        const QJsonObject evidence = o[QLatin1String("relevant-evidence")].toArray()[0].toObject();
        QCOMPARE(evidence[QLatin1String("href")].toString(), p.agents[i].packageFile());
        QMap<QString, QString> props;
        for (const QJsonValue &v : evidence[QLatin1String("props")].toArray())
            props.insert(v[QLatin1String("name")].toString(), v[QLatin1String("value")].toString());
        QCOMPARE(props.value(QStringLiteral("content-sha256")), p.agents[i].contentSha256);
        QCOMPARE(props.value(QStringLiteral("file-sha256")), crypto::sha256Hex(p.agents[i].packageJson));
    }
    // The period: the span of the packages' entries when none was given.
    QCOMPARE(result[QLatin1String("start")].toString(), QStringLiteral("2026-02-01T01:00:00Z"));
    QCOMPARE(result[QLatin1String("end")].toString(), QStringLiteral("2026-02-01T14:00:00Z"));
}

void TestPortfolioOscal::findingPerCriterion()
{
    QTemporaryDir tmp;
    const Portfolio p = fixturePortfolio(tmp);
    const QJsonArray findings = QJsonDocument::fromJson(oscalDocuments(p).results)
                                    .object()[QLatin1String("assessment-results")]
                                    .toObject()[QLatin1String("results")]
                                    .toArray()[0]
                                    .toObject()[QLatin1String("findings")]
                                    .toArray();
    QCOMPARE(findings.size(), p.matrix.criteria.size());
    QMap<QString, QString> state;
    QMap<QString, int> related;
    for (const QJsonValue &v : findings) {
        const QJsonObject target = v[QLatin1String("target")].toObject();
        state.insert(target[QLatin1String("target-id")].toString(),
                     target[QLatin1String("status")].toObject()[QLatin1String("state")].toString());
        related.insert(target[QLatin1String("target-id")].toString(),
                       int(v[QLatin1String("related-observations")].toArray().size()));
    }
    QCOMPARE(state.value(QStringLiteral("CC6.1")), QStringLiteral("satisfied"));
    QCOMPARE(related.value(QStringLiteral("CC6.1")), 2);
    QCOMPARE(related.value(QStringLiteral("CC6.2")), 1);                        // triage-bot only
    QCOMPARE(state.value(QStringLiteral("A1.2")), QStringLiteral("satisfied")); // inherited
    QCOMPARE(related.value(QStringLiteral("A1.2")), 0);
    QCOMPARE(state.value(QStringLiteral("CC6.6")), QStringLiteral("not-satisfied"));
    QCOMPARE(std::count(state.cbegin(), state.cend(), QStringLiteral("not-satisfied")), 1);
}

QTEST_GUILESS_MAIN(TestPortfolioOscal)
#include "tst_portfolio_oscal.moc"
