// Contract text is data: what a verification returns, stores and logs, and the evidence a printed report
// quotes, are the same bytes whatever language the UI speaks (docs/spec/chain.md's exact texts), while the
// UI's own labels (progress stages, report headings) are translated. Every comparison runs once plain and
// once under ab::test::ScopedPseudoTranslation, which reverses every translated string.
#include "TestConfig.h"
#include "support/ChainFixture.h"
#include "support/PackageFixture.h"
#include "support/PseudoTranslator.h"

#include "core/chain/ChainVerifier.h"
#include "core/chain/Keyring.h"
#include "core/report/PackageReport.h"
#include "core/report/VerificationReport.h"
#include "core/workspace/WorkspaceStore.h"
#include "demo/DemoDataGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using ab::test::ChainFixture;
using ab::test::ScopedPseudoTranslation;

using Files = QList<QPair<QString, QByteArray>>;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString vector(const char *name)
{
    return QStringLiteral(AB_SPEC_VECTORS_DIR "/") + QLatin1String(name);
}

QStringList expectedTamperedErrors()
{
    const QJsonObject expected =
        QJsonDocument::fromJson(readAll(vector("chain-small-tampered.expected.json"))).object();
    QStringList errors;
    for (const QJsonValue &e : expected.value(QLatin1String("errors")).toArray())
        errors << e.toString();
    return errors;
}

QStringList errorsOf(const QByteArray &resultJson)
{
    QStringList errors;
    for (const QJsonValue &e :
         QJsonDocument::fromJson(resultJson).object().value(QLatin1String("errors")).toArray())
        errors << e.toString();
    return errors;
}

QString reversed(QString s)
{
    std::reverse(s.begin(), s.end());
    return s;
}

// Records the stage labels a verification announces (from any thread).
class StageRecorder : public Progress
{
public:
    void beginStage(const QString &label, qint64) override
    {
        QMutexLocker lock(&m_mutex);
        m_labels << label;
    }
    void report(qint64) override {}
    bool isCancelled() const override { return false; }
    QStringList labels() const
    {
        QMutexLocker lock(&m_mutex);
        return m_labels;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_labels;
};

struct StoredRun
{
    QByteArray returned, stored, activityDetails;
    QString activityAction;
};

// A fresh workspace holding the tampered vector, verified with the vectors' keyring.
StoredRun verifyInWorkspace(const QString &dir)
{
    auto store = WorkspaceStore::open(dir + QStringLiteral("/ws.auditbench"));
    store->importBytes(
        {{QStringLiteral("chain-small-tampered.json"), readAll(vector("chain-small-tampered.json"))}});
    const Keyring keyring = Keyring::fromFile(vector("keyring.json"));
    VerifyOptions options;
    options.keyring = &keyring;
    StoredRun out;
    out.returned = store->verifyGateway(options).resultJson;
    const QList<VerificationRun> runs = store->verificationRuns();
    if (runs.size() == 1)
        out.stored = runs.first().resultJson;
    const QList<ActivityEntry> log = store->activity();
    if (!log.isEmpty()) {
        out.activityAction = log.last().action;
        out.activityDetails = log.last().details;
    }
    return out;
}

template <typename T> QList<T> blocksOf(const ReportDocument &doc)
{
    QList<T> out;
    for (const ReportDocument::Block &b : doc.blocks)
        if (const T *t = std::get_if<T>(&b))
            out << *t;
    return out;
}

QStringList headingsOf(const ReportDocument &doc)
{
    QStringList out;
    for (const auto &h : blocksOf<ReportDocument::Heading>(doc))
        out << h.text;
    return out;
}

} // namespace

class TestEvidenceText : public QObject
{
    Q_OBJECT

private slots:
    void stageLabelsAreTranslated();
    void specVectorUnchanged();
    void everyCheckText_data();
    void everyCheckText();
    void workspaceRunUnchanged();
    void verificationReportQuotesEvidence();
    void packageReportQuotesEvidence();
    void demoTamperingNotesUnchanged();

private:
    ChainFixture fx;
};

// The UI's words do change under the pseudo-translator: without this the other tests could pass with no
// translator installed at all.
void TestEvidenceText::stageLabelsAreTranslated()
{
    VerifyOptions options;
    options.keyring = &fx.keyring();
    StageRecorder plain, pseudo;
    ChainVerifier::verifyFiles({vector("chain-small-tampered.json")}, options, &plain);
    {
        const ScopedPseudoTranslation translation;
        ChainVerifier::verifyFiles({vector("chain-small-tampered.json")}, options, &pseudo);
    }
    QVERIFY(plain.labels().contains(QStringLiteral("Checking the chain")));
    QVERIFY(pseudo.labels().contains(QStringLiteral("niahc eht gnikcehC")));
    QVERIFY(!pseudo.labels().contains(QStringLiteral("Checking the chain")));
    QCOMPARE(pseudo.labels().size(), plain.labels().size());
}

// The spec vector's result: the same JSON bytes in both languages, its errors exactly the vector's.
void TestEvidenceText::specVectorUnchanged()
{
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const QByteArray plain =
        ChainVerifier::verifyFiles({vector("chain-small-tampered.json")}, options).toJson();
    QByteArray pseudo;
    {
        const ScopedPseudoTranslation translation;
        pseudo = ChainVerifier::verifyFiles({vector("chain-small-tampered.json")}, options).toJson();
    }
    QCOMPARE(errorsOf(plain), expectedTamperedErrors());
    QCOMPARE(errorsOf(pseudo), expectedTamperedErrors());
    QCOMPARE(pseudo, plain);
}

// Every text of chain.md's checks table and the head check, each spelled out as the contract has it.
void TestEvidenceText::everyCheckText_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("expectHead");
    QTest::addColumn<QStringList>("errors");

    const QList<QJsonObject> intact = fx.chain(5);
    const auto one = [](const QList<QJsonObject> &records) {
        return Files{{QStringLiteral("export.json"), ChainFixture::toJsonArray(records)}};
    };
    {
        QList<QJsonObject> r = intact;
        r[1].remove(QStringLiteral("hmac"));
        QTest::newRow("malformed") << one(r) << QString()
                                   << QStringList{
                                          QStringLiteral("Event 2: malformed record (missing 'hmac')"),
                                          QStringLiteral("Event 3: previous_hmac mismatch")};
    }
    {
        QList<QJsonObject> r = intact;
        QJsonObject dup = r[4];
        dup.insert(QStringLiteral("action"), QStringLiteral("deny"));
        dup.insert(QStringLiteral("previous_hmac"), r[4].value(QLatin1String("hmac"))); // linked: only the id
        fx.seal(dup, QStringLiteral("k2025a"));                                         // and sequence fail
        r.append(dup);
        QTest::newRow("duplicate id, sequence break")
            << one(r) << QString()
            << QStringList{QStringLiteral("Event 6: duplicate id 'evt_00000005' with differing content"),
                           QStringLiteral("Event 6: sequence break (expected 6, got 5)")};
    }
    {
        QList<QJsonObject> r = intact;
        r[2].insert(QStringLiteral("hmac_key_id"), QStringLiteral("k2099"));
        QTest::newRow("unknown key") << one(r) << QString()
                                     << QStringList{QStringLiteral("Event 3: unknown hmac_key_id 'k2099'")};
    }
    {
        QList<QJsonObject> r = intact;
        r[2].insert(QStringLiteral("action"), QStringLiteral("deny"));
        QTest::newRow("HMAC mismatch") << one(r) << QString() << QStringList{fx.hmacMismatch(3, r[2])};
    }
    {
        const QString head = intact.last().value(QLatin1String("hmac")).toString();
        const QString got = intact[3].value(QLatin1String("hmac")).toString();
        QTest::newRow("head mismatch")
            << one(intact.mid(0, 4)) << head
            << QStringList{QStringLiteral("Chain head mismatch (expected '%1...', got '%2...')")
                               .arg(head.left(8), got.left(8))};
    }
}

void TestEvidenceText::everyCheckText()
{
    QFETCH(Files, files);
    QFETCH(QString, expectHead);
    QFETCH(QStringList, errors);
    VerifyOptions options;
    options.keyring = &fx.keyring();
    if (!expectHead.isEmpty())
        options.expectHead = expectHead.toStdString();
    const VerificationResult plain = ChainFixture::verify(files, options);
    VerificationResult pseudo;
    {
        const ScopedPseudoTranslation translation;
        pseudo = ChainFixture::verify(files, options);
    }
    QCOMPARE(plain.errors, errors);
    QCOMPARE(pseudo.errors, errors);
    QCOMPARE(pseudo.toJson(), plain.toJson());
}

// A workspace verification returns and stores the same result and logs the same details in both languages.
void TestEvidenceText::workspaceRunUnchanged()
{
    QTemporaryDir plainDir, pseudoDir;
    QVERIFY(plainDir.isValid() && pseudoDir.isValid());
    const StoredRun plain = verifyInWorkspace(plainDir.path());
    StoredRun pseudo;
    {
        const ScopedPseudoTranslation translation;
        pseudo = verifyInWorkspace(pseudoDir.path());
    }
    QCOMPARE(errorsOf(plain.stored), expectedTamperedErrors());
    QCOMPARE(plain.stored, plain.returned);
    QCOMPARE(pseudo.returned, plain.returned);
    QCOMPARE(pseudo.stored, plain.stored);
    QCOMPARE(plain.activityAction, QStringLiteral("verification"));
    QCOMPARE(pseudo.activityAction, plain.activityAction);
    QVERIFY(plain.activityDetails.contains("\"error_count\":3"));
    QCOMPARE(pseudo.activityDetails, plain.activityDetails);
}

// The printed verification report: its headings translated, the errors and key ids it quotes verbatim.
void TestEvidenceText::verificationReportQuotesEvidence()
{
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const VerificationResult r = ChainVerifier::verifyFiles({vector("chain-small-tampered.json")}, options);
    const ScopedPseudoTranslation translation;
    const ReportDocument doc = VerificationReport::build(r, VerificationReport::Options{});

    const QStringList headings = headingsOf(doc);
    QVERIFY2(headings.contains(reversed(QStringLiteral("Errors"))), qPrintable(headings.join(u'|')));
    QVERIFY(!headings.contains(QStringLiteral("Errors")));

    const auto tables = blocksOf<ReportDocument::Table>(doc);
    QCOMPARE(tables.size(), 4); // coverage gaps, keys, sources, errors
    QStringList printedErrors;
    for (const QStringList &row : tables[3].rows)
        printedErrors << row.value(1);
    QCOMPARE(printedErrors, expectedTamperedErrors());
    QCOMPARE(tables[3].columns.value(1).title, reversed(QStringLiteral("Error")));

    // The gaps' record ids and timestamps are the result's, verbatim.
    QCOMPARE(tables[0].rows.size(), r.coverage.gaps.size());
    QVERIFY(!r.coverage.gaps.isEmpty());
    for (qsizetype i = 0; i < r.coverage.gaps.size(); ++i)
        QCOMPARE(tables[0].rows[i].mid(1, 4),
                 (QStringList{r.coverage.gaps[i].after, r.coverage.gaps[i].before, r.coverage.gaps[i].from,
                              r.coverage.gaps[i].to}));

    QStringList printedKeys, printedFingerprints;
    for (const QStringList &row : tables[1].rows) {
        printedKeys << row.value(0);
        printedFingerprints << row.value(1);
    }
    QCOMPARE(printedKeys, (QStringList{QStringLiteral("k2025a"), QStringLiteral("k2025b")}));
    QCOMPARE(printedFingerprints,
             (QStringList{fx.keyring().fingerprint("k2025a"), fx.keyring().fingerprint("k2025b")}));
}

// The printed package: each answer's text and each exception as the package holds them, headings translated.
void TestEvidenceText::packageReportQuotesEvidence()
{
    const GeneratedPackage pkg = fixture::generate(fixture::AgentA);
    const QJsonArray answers = fixture::object(pkg.json)
                                   .value(QLatin1String("vsq"))
                                   .toObject()
                                   .value(QLatin1String("answers"))
                                   .toArray();
    QVERIFY(!answers.isEmpty());
    const ScopedPseudoTranslation translation;
    const auto doc = PackageReport::build(pkg.json, PackageReport::Options{});
    QVERIFY(doc);

    QVERIFY(headingsOf(*doc).contains(reversed(QStringLiteral("Vendor Security Questionnaire"))));
    QStringList paragraphs, cells;
    for (const auto &p : blocksOf<ReportDocument::Paragraph>(*doc))
        paragraphs << p.text;
    for (const auto &t : blocksOf<ReportDocument::Table>(*doc))
        for (const QStringList &row : t.rows)
            cells << row;
    int exceptions = 0;
    for (const QJsonValue &a : answers) {
        const QString answer = a.toObject().value(QLatin1String("answer")).toString();
        QVERIFY2(paragraphs.contains(answer), qPrintable(answer));
        for (const QJsonValue &e : a.toObject().value(QLatin1String("exceptions")).toArray()) {
            const QString reference = e.toObject().value(QLatin1String("reference")).toString();
            const QString description = e.toObject().value(QLatin1String("description")).toString();
            QVERIFY2(cells.contains(reference), qPrintable(reference));
            QVERIFY2(cells.contains(description), qPrintable(description));
            ++exceptions;
        }
    }
    QVERIFY(exceptions > 0);
}

// The demo's tampered copy: TAMPERING.txt and the errors it announces are the same bytes in both languages,
// and they are what the verifier reports for the copy.
void TestEvidenceText::demoTamperingNotesUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto generate = [&](const QString &name) {
        DemoDataOptions o;
        o.outDir = dir.filePath(name);
        o.records = 50;
        return DemoDataGenerator::generate(o);
    };
    const DemoDataSummary plain = generate(QStringLiteral("plain"));
    DemoDataSummary pseudo;
    {
        const ScopedPseudoTranslation translation;
        pseudo = generate(QStringLiteral("pseudo"));
    }
    const auto notes = [&](const QString &name) {
        return readAll(
            dir.filePath(name + QLatin1Char('/') + QLatin1String(DemoDataGenerator::TamperingNotes)));
    };
    QCOMPARE(pseudo.expectedTamperErrors, plain.expectedTamperErrors);
    QCOMPARE(notes(QStringLiteral("pseudo")), notes(QStringLiteral("plain")));
    QVERIFY(
        notes(QStringLiteral("plain")).startsWith("Tampered copy of gateway-audit-2025.ndjson (50 records"));

    const Keyring keyring = Keyring::fromFile(
        dir.filePath(QStringLiteral("plain/") + QLatin1String(DemoDataGenerator::KeyringFile)));
    VerifyOptions options;
    options.keyring = &keyring;
    const VerificationResult r = ChainVerifier::verifyFiles(
        {dir.filePath(QStringLiteral("plain/") + QLatin1String(DemoDataGenerator::TamperedFile))}, options);
    QCOMPARE(r.errors, plain.expectedTamperErrors);
    QCOMPARE(r.errors.size(), 6);
    for (const QString &e : std::as_const(r.errors))
        QVERIFY2(notes(QStringLiteral("plain")).contains(e.toUtf8()), qPrintable(e));
}

QTEST_GUILESS_MAIN(TestEvidenceText)
#include "tst_evidencetext.moc"
