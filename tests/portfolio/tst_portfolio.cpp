// The organisation portfolio (issue 14): one package per active agent, the suspended agent left out with its
// status, the matrix equal to the hand counts of PortfolioFixture.h, inherited criteria with valid TSC ids,
// content_sha256 over the JCS form and stable for the same data, stored immutably and logged, the runtime
// chain verified first and cited by every package, Cancel storing nothing, and the PDF naming every agent.
#include "PortfolioFixture.h"
#include "core/chain/Keyring.h"
#include "core/package/ChainCitation.h"
#include "core/package/PackageGenerator.h"
#include "core/portfolio/PortfolioBuilder.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"
#include "support/CliRun.h"
#include "support/PackageFixture.h"
#include "support/PseudoTranslator.h"
#include "support/WorkspaceFixture.h"

#include <QGuiApplication>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::portfolio;
using namespace portfolio_fixture;

namespace {

const QString FixedId = QStringLiteral("0f0f0f0f-1111-4222-8333-444444444444");
const QString FixedTime = QStringLiteral("2026-03-02T10:00:00Z");

PortfolioOptions fixedOptions()
{
    PortfolioOptions o;
    o.portfolioId = FixedId;
    o.generatedAt = FixedTime;
    o.generatedBy = QStringLiteral("auditor@example.com");
    return o;
}

std::unique_ptr<WorkspaceStore> workspace(const QTemporaryDir &tmp, const QString &name = QStringLiteral("w"))
{
    auto store = WorkspaceStore::open(tmp.filePath(name + QStringLiteral(".auditbench")),
                                      WorkspaceStore::OpenMode::CreateIfMissing,
                                      AuditorIdentity{QStringLiteral("auditor@example.com"), {}, {}});
    store->importBytes({{QStringLiteral("runtime.json"), runtimeExport()}});
    return store;
}

// Cancels when the stage whose label contains `trigger` begins.
class CancelAt : public CancellableProgress
{
public:
    explicit CancelAt(QString trigger) : m_trigger(std::move(trigger)) {}
    void beginStage(const QString &label, qint64) override
    {
        stages << label;
        if (label.contains(m_trigger))
            cancel();
    }
    QStringList stages;

private:
    QString m_trigger;
};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void activeAgentsIncludedSuspendedExcluded();
    void matrixEqualsHandCounts();
    void inheritedControlsAreValidAndOverridable();
    void contentHashOverJcsAndStable();
    void storedImmutablyAndLogged();
    void keyringVerifiesFirstAndEveryPackageCitesTheRun();
    void cancelStoresNothing();
    void evidenceIndependentOfLanguage();
    void pdfNamesEveryAgentVerbatim();
    void cliWritesEveryFile();
};

void TestPortfolio::activeAgentsIncludedSuspendedExcluded()
{
    QTemporaryDir tmp;
    auto store = workspace(tmp);
    const Portfolio p = buildPortfolio(*store, fixedOptions());
    QCOMPARE(p.agents.size(), 2);
    QCOMPARE(p.agents[0].agentId, Triage);
    QCOMPARE(p.agents[1].agentId, Markup);
    QCOMPARE(p.agents[1].name, MarkupName);
    QCOMPARE(p.agents[0].entries, 6);
    QCOMPARE(p.agents[1].entries, 5);
    QCOMPARE(p.excluded.size(), 1);
    QCOMPARE(p.excluded[0].agentId, Paused);
    QCOMPARE(p.excluded[0].status, QStringLiteral("suspended"));
    QCOMPARE(p.excluded[0].reason, QStringLiteral("status \"suspended\": only active agents are included"));
    const QJsonObject json = QJsonDocument::fromJson(p.json).object();
    QCOMPARE(json[QLatin1String("format")].toString(), QStringLiteral("auditbench-portfolio"));
    QCOMPARE(json[QLatin1String("version")].toInt(), 1);
    QCOMPARE(json[QLatin1String("portfolio_id")].toString(), FixedId);
    QCOMPARE(json[QLatin1String("generated_at")].toString(), FixedTime);
    QCOMPARE(json[QLatin1String("generated_by")].toString(), QStringLiteral("auditor@example.com"));
    QVERIFY(json[QLatin1String("period")].toObject()[QLatin1String("start")].isNull());
    const QStringList members = json.keys();
    QCOMPARE(members, (QStringList{"agents", "content_sha256", "coverage", "excluded", "format",
                                   "generated_at", "generated_by", "inherited_controls", "matrix", "period",
                                   "portfolio_id", "version"}));
    const QJsonObject agent = json[QLatin1String("agents")].toArray()[1].toObject();
    QCOMPARE(agent.keys(),
             (QStringList{"agent_id", "content_sha256", "entries", "name", "package_id", "status"}));
    QCOMPARE(agent[QLatin1String("name")].toString(), MarkupName);
    QCOMPARE(agent[QLatin1String("content_sha256")].toString(), p.agents[1].contentSha256);
    QCOMPARE(PackageGenerator::computeContentSha256(p.agents[1].packageJson), p.agents[1].contentSha256);
    const QJsonObject excluded = json[QLatin1String("excluded")].toArray()[0].toObject();
    QCOMPARE(excluded.keys(), (QStringList{"agent_id", "name", "reason", "status"}));
    QCOMPARE(excluded[QLatin1String("status")].toString(), QStringLiteral("suspended"));

    // --include-inactive: every agent gets a package, none is left out.
    PortfolioOptions all = fixedOptions();
    all.includeInactive = true;
    const Portfolio everyone = buildPortfolio(*store, all);
    QCOMPARE(everyone.agents.size(), 3);
    QVERIFY(everyone.excluded.isEmpty());
}

void TestPortfolio::matrixEqualsHandCounts()
{
    QTemporaryDir tmp;
    auto store = workspace(tmp);
    const Portfolio p = buildPortfolio(*store, fixedOptions());
    const QJsonObject matrix = QJsonDocument::fromJson(p.json).object()[QLatin1String("matrix")].toObject();
    const auto expected = expectedMatrix();
    // The mapped criteria plus the five inherited ones, nothing else.
    QCOMPARE(matrix.size(), expected.size() + 5);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QJsonObject row = matrix[it.key()].toObject();
        QCOMPARE(row.size(), 2);
        for (auto cell = it->cbegin(); cell != it->cend(); ++cell)
            QCOMPARE(row[cell.key()].toInteger(), cell.value());
    }
    QCOMPARE(matrix[QLatin1String("A1.2")].toObject()[Triage].toInteger(), 0);
    const QJsonObject coverage =
        QJsonDocument::fromJson(p.json).object()[QLatin1String("coverage")].toObject();
    QCOMPARE(coverage[QLatin1String("with_evidence")].toArray(),
             (QJsonArray{"CC6.1", "CC6.2", "CC6.3", "CC7.1", "CC7.2", "CC8.1"}));
    QCOMPARE(coverage[QLatin1String("inherited")].toArray(),
             (QJsonArray{"CC6.4", "CC6.5", "A1.1", "A1.2", "A1.3"}));
    QCOMPARE(coverage[QLatin1String("without_evidence")].toArray(), QJsonArray{"CC6.6"});
}

void TestPortfolio::inheritedControlsAreValidAndOverridable()
{
    const QSet<QString> tsc = fixture::tscIds();
    QVERIFY(tsc.size() > 50);
    const InheritedControls shipped = InheritedControls::builtIn();
    QCOMPARE(shipped.controls().size(), 5);
    for (const InheritedControl &c : shipped.controls()) {
        QVERIFY2(tsc.contains(c.id), qPrintable(c.id));
        QCOMPARE(c.provider, QStringLiteral("Aptible, Inc."));
        QCOMPARE(c.basis, QStringLiteral("provider's SOC 2 Type II report; carve-out"));
        QVERIFY(c.reportPeriod.isEmpty()); // the auditor fills it in
    }
    // The auditor's file: fills in a report period and adds a criterion.
    InheritedControls merged = shipped;
    merged.merge(InheritedControls::fromJson(
        QStringLiteral("mine.json"),
        R"({"controls": [{"id": "A1.2", "provider": "Aptible, Inc.", "basis": "SOC 2 Type II; carve-out",
                          "report_period": "2025-01-01 to 2025-12-31"},
                         {"id": "CC9.1", "provider": "Aptible, Inc.", "basis": "bridge letter"}]})"));
    QCOMPARE(merged.controls().size(), 6);
    QCOMPARE(merged.find(QStringLiteral("A1.2"))->reportPeriod, QStringLiteral("2025-01-01 to 2025-12-31"));
    QCOMPARE(merged.controls().at(2).id, QStringLiteral("CC9.1")); // criteria order: CC before A
    try {
        InheritedControls::fromJson(QStringLiteral("bad.json"),
                                    R"({"controls": [{"id": "CC99", "provider": "x", "basis": "y"}]})");
        QFAIL("an invalid criterion id was accepted");
    } catch (const Error &e) {
        QCOMPARE(e.text(),
                 QStringLiteral("bad.json: controls[0]: \"CC99\" is not a Trust Services Criteria id "
                                "(e.g. CC6.4, A1.2)"));
    }
}

void TestPortfolio::contentHashOverJcsAndStable()
{
    QTemporaryDir tmp;
    auto one = workspace(tmp, QStringLiteral("one"));
    auto two = workspace(tmp, QStringLiteral("two"));
    const Portfolio a = buildPortfolio(*one, fixedOptions());
    const Portfolio b = buildPortfolio(*two, fixedOptions());
    // The JCS form without the member, hashed: the same rule as packages (and an independent reader of it).
    QCOMPARE(PackageGenerator::computeContentSha256(a.json), a.contentSha256);
    QCOMPARE(QJsonDocument::fromJson(a.json).object()[QLatin1String("content_sha256")].toString(),
             a.contentSha256);
    QCOMPARE(b.contentSha256, a.contentSha256);
    QCOMPARE(b.json, a.json);
    // Different data: one more agent included changes it.
    PortfolioOptions all = fixedOptions();
    all.includeInactive = true;
    QVERIFY(buildPortfolio(*one, all).contentSha256 != a.contentSha256);
}

void TestPortfolio::storedImmutablyAndLogged()
{
    QTemporaryDir tmp;
    auto store = workspace(tmp);
    const PortfolioResult r = generatePortfolio(*store, fixedOptions(), tmp.filePath(QStringLiteral("out")));
    const QList<StoredPortfolio> stored = storedPortfolios(*store);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].portfolioId, FixedId);
    QCOMPARE(stored[0].contentSha256, r.portfolio.contentSha256);
    QCOMPARE(stored[0].json, r.portfolio.json);
    QCOMPARE(stored[0].agentCount, 2);
    QCOMPARE(stored[0].excludedCount, 1);
    QCOMPARE(store->packages().size(), 2);
    // Stored as the package's JSON text (the span of the object, without the file's final newline).
    QCOMPARE(store->packageJson(r.portfolio.agents[1].packageId).trimmed(),
             r.portfolio.agents[1].packageJson.trimmed());
    const QList<ActivityEntry> log = store->activity();
    QCOMPARE(log.last().action, QStringLiteral("portfolio.generated"));
    const QJsonObject details = QJsonDocument::fromJson(log.last().details).object();
    QCOMPARE(details[QLatin1String("portfolio_id")].toString(), FixedId);
    QCOMPARE(details[QLatin1String("content_sha256")].toString(), r.portfolio.contentSha256);
    QCOMPARE(details[QLatin1String("excluded")].toArray(), QJsonArray{Paused});
    QCOMPARE(details[QLatin1String("files")].toArray().size(), 6);
    QCOMPARE(std::count_if(
                 log.cbegin(), log.cend(),
                 [](const ActivityEntry &e) { return e.action == QLatin1String("compliance.generated"); }),
             2);
    QVERIFY(store->verifyActivityLog().intact);
    // Immutable: the table refuses UPDATE and DELETE.
    QSqlQuery q(store->sqlSession().db());
    QVERIFY(!q.exec(QStringLiteral("UPDATE portfolios SET json = '{}'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("portfolios is append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM portfolios")));
    // The same portfolio again: stored once; other bytes under the same id: refused.
    generatePortfolio(*store, fixedOptions(), tmp.filePath(QStringLiteral("out")));
    QCOMPARE(storedPortfolios(*store).size(), 1);
    PortfolioOptions changed = fixedOptions();
    changed.generatedBy = QStringLiteral("someone-else@example.com");
    QVERIFY_THROWS_EXCEPTION(WorkspaceError,
                             generatePortfolio(*store, changed, tmp.filePath(QStringLiteral("o2"))));
    QCOMPARE(storedPortfolios(*store).size(), 1);
}

void TestPortfolio::keyringVerifiesFirstAndEveryPackageCitesTheRun()
{
    QTemporaryDir tmp;
    auto store = workspace(tmp);
    const Keyring keyring = Keyring::fromFile(keyringPath());
    PortfolioOptions o = fixedOptions();
    o.keyring = &keyring;
    const Portfolio p = buildPortfolio(*store, o);
    QVERIFY(p.chainRun);
    QVERIFY(p.chainRun->result.valid);
    QVERIFY(p.chainRun->result.macsVerified);
    QCOMPARE(p.chainRun->result.eventsChecked, 14);
    QCOMPARE(store->verificationRuns().size(), 1);
    for (const PortfolioAgent &a : p.agents) {
        const auto cited = ChainCitation::read(QJsonDocument::fromJson(a.packageJson).object());
        QVERIFY2(cited, qPrintable(a.agentId));
        QCOMPARE(cited->runId, QString::number(p.chainRun->id));
        QVERIFY(cited->valid);
        QVERIFY(cited->macsVerified);
    }
}

void TestPortfolio::cancelStoresNothing()
{
    for (const QString &at : {QStringLiteral("(2 of 2)"), QStringLiteral("Printing")}) {
        QTemporaryDir tmp;
        auto store = workspace(tmp);
        const QByteArray before = wsfixture::dumpWorkspace(store->path());
        CancelAt progress(at);
        QVERIFY_THROWS_EXCEPTION(
            CancelledError,
            generatePortfolio(*store, fixedOptions(), tmp.filePath(QStringLiteral("out")), &progress));
        QVERIFY2(std::any_of(progress.stages.cbegin(), progress.stages.cend(),
                             [&](const QString &s) { return s.contains(at); }),
                 qPrintable(progress.stages.join(QLatin1Char('|'))));
        QCOMPARE(wsfixture::dumpWorkspace(store->path()), before);
        QVERIFY(storedPortfolios(*store).isEmpty());
        QVERIFY(store->packages().isEmpty());
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("out/portfolio.json"))));
    }
}

void TestPortfolio::evidenceIndependentOfLanguage()
{
    QTemporaryDir tmp;
    auto one = workspace(tmp, QStringLiteral("one"));
    auto two = workspace(tmp, QStringLiteral("two"));
    const Portfolio english = buildPortfolio(*one, fixedOptions());
    ab::test::ScopedPseudoTranslation reversed;
    const Portfolio translated = buildPortfolio(*two, fixedOptions());
    QCOMPARE(translated.json, english.json);
    QCOMPARE(translated.agents[0].packageJson, english.agents[0].packageJson);
}

void TestPortfolio::pdfNamesEveryAgentVerbatim()
{
    QTemporaryDir tmp;
    auto store = workspace(tmp);
    const PortfolioResult r = generatePortfolio(*store, fixedOptions(), tmp.filePath(QStringLiteral("out")));
    QVERIFY(r.pdfPages > 5);
    const QString text = pdfText(tmp.filePath(QStringLiteral("out/portfolio.pdf")));
    QVERIFY2(!text.isEmpty(), "pdftotext failed");
    QVERIFY(text.contains(QStringLiteral("SOC 2 Evidence Portfolio")));
    QVERIFY(text.contains(MarkupName));
    QVERIFY(text.contains(QStringLiteral("triage-bot")));
    QVERIFY(text.contains(QStringLiteral("paused-bot")));
    // The reason, in its table cell (wrapped there, so only its first words are asked for on one line).
    QVERIFY(text.contains(QStringLiteral("status \"suspended\"")));
    QVERIFY(text.contains(QStringLiteral("Compliance Package")));
    QVERIFY(!text.contains(QStringLiteral("&amp;")));
    QVERIFY(!text.contains(QStringLiteral("&quot;")));
    // Both included agents' package reports follow the summary (their cover names each once more).
    QVERIFY(text.count(MarkupName) >= 3);
    QVERIFY(text.contains(r.portfolio.contentSha256.left(16)));
}

void TestPortfolio::cliWritesEveryFile()
{
    QTemporaryDir tmp;
    const QString path = workspace(tmp)->path();
    QProcessEnvironment env;
    env.insert(QStringLiteral("AUDITBENCH_FIXED_PORTFOLIO_ID"), FixedId);
    env.insert(QStringLiteral("AUDITBENCH_FIXED_TIME"), FixedTime);
    const QString out = tmp.filePath(QStringLiteral("cli-out"));
    const auto run =
        test::runCli({QStringLiteral("portfolio"), QStringLiteral("--workspace"), path,
                      QStringLiteral("--keyring"), keyringPath(), QStringLiteral("--generated-by"),
                      QStringLiteral("auditor@example.com"), QStringLiteral("--out"), out},
                     env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QByteArray json = wsfixture::readFile(out + QStringLiteral("/portfolio.json"));
    const QString hash = QJsonDocument::fromJson(json).object()[QLatin1String("content_sha256")].toString();
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("%1 %2\n").arg(FixedId, hash));
    for (const char *name : {"portfolio.pdf", "oscal-assessment-results.json", "oscal-assessment-plan.json"})
        QVERIFY2(QFileInfo(out + QLatin1Char('/') + QLatin1String(name)).size() > 1000, name);
    QCOMPARE(QDir(out + QStringLiteral("/packages")).entryList(QDir::Files).size(), 2);
    // Missing --out: one line, exit 2, nothing stored.
    const auto bad = test::runCli({QStringLiteral("portfolio"), QStringLiteral("--workspace"), path});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err, QByteArray("auditbench-cli portfolio: expected --out DIR (see --help)\n"));
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // portfolio.pdf needs fonts
    TestPortfolio test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_portfolio.moc"
