// The agent runtime trail (issue 11) as a user runs it through the real binary: `verify --workspace W
// --chain runtime` verifies and stores the agent runtime chain; a package generated afterwards cites that
// run (id, result hash, verdict, coverage) and its PDF cover says verified; a package generated before says
// plainly that nothing was stored; `pdf --package-json` takes `--verification-json RESULT` instead of the
// self-declared `--trail-status`, which is gone.
#include "support/ChainFixture.h"
#include "support/CliRun.h"
#include "support/PackageFixture.h"

#include "core/crypto/Crypto.h"
#include "core/package/ChainCitation.h"
#include "core/package/WorkspacePackages.h"
#include "core/report/PackageReport.h"
#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;

namespace {

using Run = ab::test::CliRun;

static Run run(const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AUDITBENCH_USER"), QStringLiteral("Ada Auditor <ada@example.com>"));
    return ab::test::runCli(args, env);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// runtime-small.json with its audit_entries chained and sealed with the spec vectors' key k2025a (the fixture
// itself carries no chain fields). `tamper`: one entry's content changed after sealing.
QByteArray chainedExport(bool tamper = false)
{
    const ab::test::ChainFixture chain;
    QJsonObject x = fixture::object(fixture::readFile(fixture::smallPath()));
    QList<QJsonObject> records;
    for (const QJsonValue &e : x.value(QLatin1String("audit_entries")).toArray())
        chain.append(records, e.toObject());
    if (tamper)
        records[3].insert(QStringLiteral("actor"), QStringLiteral("someone else"));
    QJsonArray entries;
    for (const QJsonObject &r : std::as_const(records))
        entries.append(r);
    x.insert(QStringLiteral("audit_entries"), entries);
    return QJsonDocument(x).toJson();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QJsonObject monitoring(const QByteArray &packageJson)
{
    for (const QJsonValue &a :
         fixture::object(packageJson)[QLatin1String("vsq")][QLatin1String("answers")].toArray())
        if (a[QLatin1String("category")].toString() == QLatin1String("Monitoring"))
            return a.toObject();
    return {};
}

const ReportDocument::Cover *coverOf(const ReportDocument &doc)
{
    for (const ReportDocument::Block &b : doc.blocks)
        if (const auto *cover = std::get_if<ReportDocument::Cover>(&b))
            return cover;
    return nullptr;
}

const QString keyring = QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json");

} // namespace

class TestPackageTrail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verifyRuntimeChain();
    void runtimeExportsFormOneChain();
    void verifyRuntimeExitStatuses_data();
    void verifyRuntimeExitStatuses();
    void packageCitesTheRun();
    void packageBeforeAnyRunSaysSo();
    void onlyACoveringRunIsCited();
    void citationCrossChecked();
    void pdfWithVerificationJson();
    void trailStatusIsGone();

private:
    QTemporaryDir m_dir;
    QString m_export, m_tamperedExport;
};

void TestPackageTrail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_export = m_dir.filePath(QStringLiteral("runtime-chained.json"));
    writeFile(m_export, chainedExport());
    m_tamperedExport = m_dir.filePath(QStringLiteral("runtime-tampered.json"));
    writeFile(m_tamperedExport, chainedExport(true));
}

void TestPackageTrail::verifyRuntimeChain()
{
    const QString ws = m_dir.filePath(QStringLiteral("verify.auditbench"));
    QCOMPARE(run({"import", "--workspace", ws, m_export}).exitCode, 0);
    const Run v = run({"verify", "--workspace", ws, "--chain", "runtime", "--keyring", keyring});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.err.isEmpty());
    const QJsonObject result = fixture::object(v.out);
    QCOMPARE(result[QLatin1String("valid")].toBool(), true);
    QCOMPARE(result[QLatin1String("macs_verified")].toBool(), true);
    QCOMPARE(result[QLatin1String("events_checked")].toInt(), 25);
    QCOMPARE(result[QLatin1String("error_count")].toInt(), 0);
    QCOMPARE(result[QLatin1String("errors")].toArray().size(), 0);
    QCOMPARE(result[QLatin1String("anchor")].toString(), QString(64, QLatin1Char('0'))); // starts at genesis
    QCOMPARE(result[QLatin1String("first_event")][QLatin1String("timestamp")].toString(),
             QStringLiteral("2026-02-01T09:00:00Z"));
    QCOMPARE(result[QLatin1String("last_event")][QLatin1String("timestamp")].toString(),
             QStringLiteral("2026-02-02T08:03:00Z"));
    // Agent B's entries follow agent A's in sequence order: the day between sequence 8 and 9 is a gap.
    QCOMPARE(result[QLatin1String("coverage")][QLatin1String("gap_count")].toInt(), 1);
    QCOMPARE(result[QLatin1String("coverage")][QLatin1String("gaps")][0][QLatin1String("seconds")].toInt(),
             88199);
    QCOMPARE(result[QLatin1String("coverage")][QLatin1String("complete")].toBool(), false);
    const QJsonArray sources = result[QLatin1String("sources")].toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0][QLatin1String("file")].toString(), QStringLiteral("runtime-chained.json"));
    QCOMPARE(sources[0][QLatin1String("sha256")].toString(), crypto::sha256Hex(fixture::readFile(m_export)));
    QCOMPARE(sources[0][QLatin1String("records")].toInt(), 25);

    // Stored as printed, with scope "runtime", and logged like a gateway run.
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    const QList<VerificationRun> runs = store->verificationRuns();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].scope, QStringLiteral("runtime"));
    QCOMPARE(runs[0].resultJson, v.out);
    const ActivityEntry last = store->activity().last();
    QCOMPARE(last.action, QStringLiteral("verification"));
    const QJsonObject details = fixture::object(last.details);
    QCOMPARE(details[QLatin1String("scope")].toString(), QStringLiteral("runtime"));
    QCOMPARE(details[QLatin1String("run_id")].toInt(), int(runs[0].id));
    QCOMPARE(details[QLatin1String("events_checked")].toInt(), 25);

    // Two runtime exports form one chain: the same chain exported twice merges, nothing is counted twice.
    const QString copy = m_dir.filePath(QStringLiteral("runtime-chained-again.json"));
    writeFile(copy, fixture::readFile(m_export) + "\n");
    QCOMPARE(run({"import", "--workspace", ws, copy}).exitCode, 0);
    const Run both = run({"verify", "--workspace", ws, "--chain", "runtime", "--keyring", keyring});
    QCOMPARE(both.exitCode, 0);
    const QJsonObject merged = fixture::object(both.out);
    QCOMPARE(merged[QLatin1String("events_checked")].toInt(), 25);
    QCOMPARE(merged[QLatin1String("duplicates_merged")].toInt(), 25);
    QCOMPARE(merged[QLatin1String("sources")].toArray().size(), 2);
}

// Two exports of one runtime trail are one chain: split in two they verify as the whole did, and an entry
// missing where they meet is found at the seam (verified one by one, each piece would pass).
void TestPackageTrail::runtimeExportsFormOneChain()
{
    const QJsonObject whole = fixture::object(fixture::readFile(m_export));
    const QJsonArray entries = whole.value(QLatin1String("audit_entries")).toArray();
    const auto piece = [&](qsizetype from, qsizetype to) {
        QJsonObject x = whole;
        QJsonArray part;
        for (qsizetype i = from; i < to; ++i)
            part.append(entries[i]);
        x.insert(QStringLiteral("audit_entries"), part);
        return QJsonDocument(x).toJson();
    };
    const Keyring keys = Keyring::fromFile(keyring);
    VerifyOptions options;
    options.keyring = &keys;
    for (const bool dropAtSeam : {false, true}) {
        QTemporaryDir tmp;
        auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")));
        store->importBytes({{QStringLiteral("part-2.json"), piece(dropAtSeam ? 13 : 12, entries.size())},
                            {QStringLiteral("part-1.json"), piece(0, 12)}});
        const VerificationRun run = store->verifyRuntime(options);
        QCOMPARE(run.scope, QStringLiteral("runtime"));
        QCOMPARE(run.result.sources.size(), 2);
        if (!dropAtSeam) {
            QCOMPARE(run.result.errors, QStringList());
            QCOMPARE(run.result.eventsChecked, qint64(25));
            QCOMPARE(run.result.headHmac, ChainVerifier::verifyFiles({m_export}, options).headHmac);
        } else {
            QCOMPARE(run.result.eventsChecked, qint64(24));
            QCOMPARE(run.result.errors,
                     (QStringList{QStringLiteral("Event 13: sequence break (expected 13, got 14)"),
                                  QStringLiteral("Event 13: previous_hmac mismatch")}));
        }
    }
}

void TestPackageTrail::verifyRuntimeExitStatuses_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrLine"); // %1: the workspace path
    const QStringList chained{QStringLiteral("runtime-chained.json")};
    QTest::newRow("intact, keyring") << chained << QStringList{"--chain", "runtime", "--keyring", keyring}
                                     << 0 << QString();
    QTest::newRow("no keyring: linkage only")
        << chained << QStringList{"--chain", "runtime"} << 3 << QString();
    QTest::newRow("tampered") << QStringList{QStringLiteral("runtime-tampered.json")}
                              << QStringList{"--chain", "runtime", "--keyring", keyring} << 1 << QString();
    QTest::newRow("period not covered, --require-coverage")
        << chained << QStringList{"--chain",           "runtime",
                                  "--keyring",         keyring,
                                  "--start",           "2026-01-01T00:00:00Z",
                                  "--require-coverage"}
        << 4 << QString();
    QTest::newRow("bad --chain") << chained << QStringList{"--chain", "agents"} << 2
                                 << QStringLiteral(
                                        "auditbench-cli verify: --chain 'agents': expected gateway or "
                                        "runtime");
    QTest::newRow("--chain without --workspace")
        << QStringList() << QStringList{"--chain", "runtime"} << 2
        << QStringLiteral("auditbench-cli verify: --chain needs --workspace W (FILEs form one chain)");
    QTest::newRow("no runtime export")
        << QStringList() << QStringList{"--chain", "runtime"} << 2
        << QStringLiteral("%1: the workspace holds no agent runtime export to verify");
}

void TestPackageTrail::verifyRuntimeExitStatuses()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrLine);
    const QString ws =
        m_dir.filePath(QStringLiteral("exit-%1.auditbench")
                           .arg(QTest::currentDataTag())
                           .replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-")));
    QStringList import{"import", "--workspace", ws};
    for (const QString &f : std::as_const(files))
        import << m_dir.filePath(f);
    if (files.isEmpty())
        import << QStringLiteral(AB_SPEC_VECTORS_DIR
                                 "/chain-small.json"); // a workspace with a gateway chain only
    QCOMPARE(run(import).exitCode, 0);
    QStringList verify{"verify"};
    if (!QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("without --workspace")))
        verify << "--workspace" << ws;
    const Run v = run(verify + args);
    QCOMPARE(v.exitCode, exitCode);
    if (exitCode == 2) {
        QCOMPARE(QString::fromUtf8(v.err),
                 (stderrLine.contains(QLatin1String("%1")) ? stderrLine.arg(ws) : stderrLine) +
                     QLatin1Char('\n'));
        QVERIFY(v.out.isEmpty());
    } else {
        QVERIFY(v.err.isEmpty());
        QCOMPARE(fixture::object(v.out)[QLatin1String("valid")].toBool(), exitCode != 1);
    }
    // A run is stored exactly when a result was printed.
    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    QCOMPARE(store->verificationRuns().size(), exitCode == 2 ? 0 : 1);
}

void TestPackageTrail::packageCitesTheRun()
{
    const QString ws = m_dir.filePath(QStringLiteral("cite.auditbench"));
    QCOMPARE(run({"import", "--workspace", ws, m_export}).exitCode, 0);
    // The fixture's one silence (a day and 29 minutes) is within a 48-hour max gap: coverage complete.
    QCOMPARE(run({"verify", "--workspace", ws, "--chain", "runtime", "--keyring", keyring, "--max-gap", "48"})
                 .exitCode,
             0);
    const Run p = run({"package", "--workspace", ws, "--agent", fixture::AgentA});
    QCOMPARE(p.exitCode, 0);
    const QString packageId = QString::fromUtf8(p.out.trimmed());

    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    const VerificationRun stored = store->verificationRuns().first();
    const QString resultHash = crypto::sha256Hex(stored.resultJson);
    const QByteArray json = store->packageJson(packageId);
    const QJsonObject answer = monitoring(json);
    const QJsonObject cited =
        answer[QLatin1String("evidence")][QLatin1String("chain_verification")].toObject();
    QCOMPARE(cited[QLatin1String("run_id")].toString(), QString::number(stored.id));
    QCOMPARE(cited[QLatin1String("scope")].toString(), QStringLiteral("runtime"));
    QCOMPARE(cited[QLatin1String("result_sha256")].toString(), resultHash);
    QCOMPARE(cited[QLatin1String("valid")].toBool(), true);
    QCOMPARE(cited[QLatin1String("macs_verified")].toBool(), true);
    QCOMPARE(cited[QLatin1String("error_count")].toInt(), 0);
    QCOMPARE(cited[QLatin1String("events_checked")].toInt(), 25);
    QCOMPARE(cited[QLatin1String("coverage")].toObject(), (QJsonObject{{"first", "2026-02-01T09:00:00Z"},
                                                                       {"last", "2026-02-02T08:03:00Z"},
                                                                       {"gap_count", 0},
                                                                       {"complete", true}}));
    QVERIFY2(answer[QLatin1String("answer")].toString().endsWith(
                 QStringLiteral(
                     "The auditor verified the agent runtime chain offline (run %1, result SHA-256 %2): "
                     "valid over 25 entries, every MAC verified. Coverage: 2026-02-01T09:00:00Z to "
                     "2026-02-02T08:03:00Z, 0 gap(s) longer than 48 hour(s), complete.")
                     .arg(stored.id)
                     .arg(resultHash)),
             qPrintable(answer[QLatin1String("answer")].toString()));
    QCOMPARE(answer[QLatin1String("exceptions")].toArray().size(), 0);

    const QString pdf = m_dir.filePath(QStringLiteral("cited.pdf"));
    QCOMPARE(run({"pdf", "--workspace", ws, "--package", packageId, "--out", pdf}).exitCode, 0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("Audit trail: VERIFIED: chain intact, every MAC verified")),
             qPrintable(text.left(1500)));
    QVERIFY(text.contains(QStringLiteral("It matches the run stored in this workspace.")));
    PackageReport::Options options;
    WorkspaceReports::checkTrailCitation(*store, json, options);
    QCOMPARE(int(options.trailBasis), int(PackageReport::TrailBasis::Checked));
    const auto doc = PackageReport::build(json, options);
    QVERIFY(doc && coverOf(*doc));
    QCOMPARE(int(coverOf(*doc)->statusTone), int(Tone::Good));
}

void TestPackageTrail::packageBeforeAnyRunSaysSo()
{
    const QString ws = m_dir.filePath(QStringLiteral("before.auditbench"));
    QCOMPARE(run({"import", "--workspace", ws, m_export}).exitCode, 0);
    const Run p = run({"package", "--workspace", ws, "--agent", fixture::AgentA});
    QCOMPARE(p.exitCode, 0);
    const QString packageId = QString::fromUtf8(p.out.trimmed());
    // A run stored afterwards changes nothing about the package generated before it.
    QCOMPARE(run({"verify", "--workspace", ws, "--chain", "runtime", "--keyring", keyring}).exitCode, 0);

    auto store = WorkspaceStore::open(ws, WorkspaceStore::OpenMode::ExistingOnly);
    const QByteArray json = store->packageJson(packageId);
    const QJsonObject answer = monitoring(json);
    QVERIFY(answer[QLatin1String("evidence")][QLatin1String("chain_verification")].isNull());
    QVERIFY(answer[QLatin1String("answer")].toString().endsWith(QLatin1String(
        "No verification of the agent runtime chain was stored when this package was generated.")));
    QCOMPARE(ChainCitation::read(fixture::object(json)), std::nullopt);

    const QString pdf = m_dir.filePath(QStringLiteral("before.pdf"));
    QCOMPARE(run({"pdf", "--workspace", ws, "--package", packageId, "--out", pdf}).exitCode, 0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("Audit trail: NOT VERIFIED: the audit trail has not been verified")),
             qPrintable(text.left(1500)));
    QVERIFY(text.contains(QLatin1String(
        "No verification of the agent runtime chain was stored when this package was generated.")));
    QVERIFY(!text.contains(QLatin1String("VERIFIED: chain intact")));
    PackageReport::Options options;
    WorkspaceReports::checkTrailCitation(*store, json, options);
    const auto doc = PackageReport::build(json, options);
    QVERIFY(doc && coverOf(*doc));
    QCOMPARE(int(coverOf(*doc)->statusTone), int(Tone::Neutral));
}

void TestPackageTrail::onlyACoveringRunIsCited()
{
    QTemporaryDir tmp;
    auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")));
    const auto imported = store->importFiles({m_export});
    const Keyring keys = Keyring::fromFile(keyring);
    VerifyOptions covering;
    covering.keyring = &keys;
    const VerificationRun whole = store->verifyRuntime(covering);
    // Newer, but its period leaves out the agent's first entries (2026-02-01T09:00:00Z): not citable.
    VerifyOptions partial = covering;
    partial.startText = QStringLiteral("2026-02-01T12:00:00Z");
    partial.start = Instant::parse(partial.startText);
    const VerificationRun later = store->verifyRuntime(partial);
    QVERIFY(later.id > whole.id);
    PackageOptions o = fixture::fixedOptions();
    const GeneratedPackage p = generatePackageInWorkspace(*store, fixture::AgentA, o);
    QCOMPARE(ChainCitation::read(fixture::object(p.json))->runId, QString::number(whole.id));

    // A per-export run of earlier versions ("runtime:N") stays readable and citable.
    const VerificationRun legacy = store->verifyRuntimeExport(imported[0].sourceId, covering);
    QCOMPARE(legacy.scope, QStringLiteral("runtime:%1").arg(imported[0].sourceId));
    o.packageId = QStringLiteral("11111111-2222-4333-8444-666666666666");
    const GeneratedPackage q = generatePackageInWorkspace(*store, fixture::AgentA, o);
    const auto cited = ChainCitation::read(fixture::object(q.json));
    QCOMPARE(cited->runId, QString::number(legacy.id));
    QCOMPARE(cited->scope, legacy.scope);
    QCOMPARE(cited->resultSha256, crypto::sha256Hex(legacy.resultJson));

    // A gateway run never stands for the runtime chain.
    store->importFiles({QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json")});
    QTemporaryDir other;
    auto gatewayOnly = WorkspaceStore::open(other.filePath(QStringLiteral("g.auditbench")));
    gatewayOnly->importFiles({QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json"), m_export});
    gatewayOnly->verifyGateway(covering);
    o.packageId = QStringLiteral("11111111-2222-4333-8444-777777777777");
    QCOMPARE(ChainCitation::read(
                 fixture::object(generatePackageInWorkspace(*gatewayOnly, fixture::AgentA, o).json)),
             std::nullopt);
}

void TestPackageTrail::citationCrossChecked()
{
    QTemporaryDir tmp;
    auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")));
    store->importFiles({m_export});
    const Keyring keys = Keyring::fromFile(keyring);
    VerifyOptions options;
    options.keyring = &keys;
    const VerificationRun stored = store->verifyRuntime(options);
    const QByteArray json = generatePackageInWorkspace(*store, fixture::AgentA, fixture::fixedOptions()).json;
    const QString hash = crypto::sha256Hex(stored.resultJson);
    QVERIFY(json.contains(hash.toLatin1()));

    struct Case
    {
        QByteArray json;
        QString note;
    };
    QByteArray otherRun = json;
    otherRun.replace(QByteArray("\"run_id\": \"") + QByteArray::number(stored.id) + '"',
                     "\"run_id\": \"99\"");
    QByteArray otherHash = json;
    otherHash.replace(hash.toLatin1(), QByteArray(64, 'a'));
    QByteArray otherVerdict = json;
    QVERIFY(otherVerdict.contains("\"error_count\": 0"));
    otherVerdict.replace("\"error_count\": 0", "\"error_count\": 5");
    for (const Case &c :
         {Case{otherVerdict,
               QStringLiteral("The package cites run %1 with a verdict or coverage other than the "
                              "result stored for run %1 in this workspace.")
                   .arg(stored.id)},
          Case{otherRun, QStringLiteral("The package cites run 99, which is not stored in this workspace.")},
          Case{otherHash,
               QStringLiteral("The package cites run %1 with result SHA-256 %2, but the result stored for "
                              "run %1 in this workspace has SHA-256 %3.")
                   .arg(stored.id)
                   .arg(QString(64, QLatin1Char('a')), hash)}}) {
        QVERIFY(c.json != json);
        PackageReport::Options o;
        WorkspaceReports::checkTrailCitation(*store, c.json, o);
        QCOMPARE(int(o.trailBasis), int(PackageReport::TrailBasis::Mismatch));
        QCOMPARE(o.trailNote, c.note);
        const auto doc = PackageReport::build(c.json, o);
        QCOMPARE(int(coverOf(*doc)->statusTone), int(Tone::Bad));
        QCOMPARE(coverOf(*doc)->statusTitle,
                 QStringLiteral(
                     "Audit trail: CITATION DOES NOT MATCH: the cited verification cannot be confirmed"));
        QCOMPARE(coverOf(*doc)->statusDetail, c.note);
    }
}

void TestPackageTrail::pdfWithVerificationJson()
{
    // A package JSON outside any workspace, citing a verified run.
    const Run verified = run({"verify", "--keyring", keyring, "--max-gap", "48", m_export});
    QCOMPARE(verified.exitCode, 0);
    const QString resultPath = m_dir.filePath(QStringLiteral("result.json"));
    writeFile(resultPath, verified.out);
    const Run tampered = run({"verify", "--keyring", keyring, m_tamperedExport});
    QCOMPARE(tampered.exitCode, 1);
    const QString tamperedPath = m_dir.filePath(QStringLiteral("tampered-result.json"));
    writeFile(tamperedPath, tampered.out);
    const QString packagePath = m_dir.filePath(QStringLiteral("package.json"));
    QCOMPARE(run({"package", "--runtime-export", m_export, "--agent", fixture::AgentA, "--out", packagePath})
                 .exitCode,
             0);

    const auto cover = [&](const QStringList &extra) {
        const QString pdf = m_dir.filePath(QStringLiteral("given.pdf"));
        QFile::remove(pdf);
        const Run r = run(QStringList{"pdf", "--package-json", packagePath, "--out", pdf} + extra);
        return r.exitCode == 0 ? pdfText(pdf)
                               : QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
    };
    const QString good = cover({"--verification-json", resultPath});
    QVERIFY2(good.contains(QLatin1String("Audit trail: VERIFIED: chain intact, every MAC verified")),
             qPrintable(good.left(1500)));
    QVERIFY(good.contains(
        QStringLiteral("From the verification result given when printing: result.json, SHA-256 %1.")
            .arg(crypto::sha256Hex(verified.out))));
    const QString bad = cover({"--verification-json", tamperedPath});
    // English plural forms (issue 19): one error, never "error(s)".
    QVERIFY2(bad.contains(QLatin1String("Audit trail: ERRORS FOUND: 1 error")) &&
                 !bad.contains(QLatin1String("error(s)")),
             qPrintable(bad.left(1500)));
    QVERIFY(!bad.contains(QLatin1String("VERIFIED: chain intact")));
    // Without a result, nothing can be re-checked: what the package cites (here: nothing), never green.
    const QString none = cover({});
    QVERIFY(none.contains(QLatin1String("Audit trail: NOT VERIFIED: the audit trail has not been verified")));

    // A result file that is not a result: exit 2, one line naming the file, no PDF.
    const QString broken = m_dir.filePath(QStringLiteral("broken-result.json"));
    QByteArray damaged = verified.out;
    damaged.replace("\"valid\": true", "\"valid\": \"yes\"");
    QVERIFY(damaged != verified.out);
    writeFile(broken, damaged);
    QCOMPARE(cover({"--verification-json", broken}),
             QStringLiteral("exit 2: auditbench-cli pdf: %1: expected a chain verification result as "
                            "'auditbench-cli verify' prints\n")
                 .arg(broken));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("given.pdf"))));

    // A package that cites a run, printed outside its workspace: reported as cited, not re-checked, not
    // green.
    QTemporaryDir tmp;
    auto store = WorkspaceStore::open(tmp.filePath(QStringLiteral("w.auditbench")));
    store->importFiles({m_export});
    const Keyring keys = Keyring::fromFile(keyring);
    VerifyOptions options;
    options.keyring = &keys;
    options.maxGapHours = 48;
    QCOMPARE(store->verifyRuntime(options).result.exitCode(true), 0);
    const QByteArray citing =
        generatePackageInWorkspace(*store, fixture::AgentA, fixture::fixedOptions()).json;
    writeFile(packagePath, citing);
    const QString unchecked = cover({});
    QVERIFY2(
        unchecked.contains(QStringLiteral("Audit trail: NOT RE-CHECKED: the package cites \"VERIFIED: chain "
                                          "intact, every MAC verified\"")),
        qPrintable(unchecked.left(1500)));
    PackageReport::Options asCited;
    const auto doc = PackageReport::build(citing, asCited);
    QCOMPARE(int(coverOf(*doc)->statusTone), int(Tone::Warning));
}

void TestPackageTrail::trailStatusIsGone()
{
    const Run r = run({"pdf", "--package-json", QStringLiteral(AB_TEST_DATA_DIR "/report/package-small.json"),
                       "--trail-status", "verified", "--out", m_dir.filePath(QStringLiteral("status.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray("auditbench-cli pdf: Unknown option 'trail-status'.\n"));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("status.pdf"))));
}

QTEST_GUILESS_MAIN(TestPackageTrail)
#include "tst_packagetrail.moc"
