// Seeded samples in a workspace, through the command line: the same seed gives the same records in two
// processes, a larger sample keeps the smaller as its prefix, the population is exactly what the filters
// select (checked against the fixture itself, not through the workspace's query), a known seed gives a
// known list, the stored sample cannot be changed, a size above the population is refused, the sample cites
// the verification run covering its population and is logged.
#include "analytics/CliRun.h"
#include "support/WorkspaceFixture.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using analyticstest::cli;
using analyticstest::Run;

namespace {

const QString Vectors = QStringLiteral(AB_SPEC_VECTORS_DIR);

QStringList ids(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestSamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameRecordsInTwoProcesses();
    void largerSampleKeepsTheSmallerAsPrefix();
    void populationIsExactlyWhatTheFiltersSelect();
    void knownSeedGivesKnownRecords();
    void storedSampleIsImmutable();
    void sizeAbovePopulationIsRefused();
    void badArguments_data();
    void badArguments();
    void citesTheCoveringRunAndIsLogged();
    void examinerRedrawsTheSampleWithoutAuditBench();

private:
    QString newWorkspace(const QString &name);
    Run sample(const QString &ws, const QStringList &args);

    QTemporaryDir m_dir;
    QJsonArray m_records; // the fixture's records, for independent checks
    QString m_evidence;
};

void TestSamples::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records = wsfixture::gatewayRecords(200);
    m_evidence =
        wsfixture::writeFile(m_dir.path(), QStringLiteral("records.json"), wsfixture::asArray(m_records));
}

QString TestSamples::newWorkspace(const QString &name)
{
    const QString ws = m_dir.filePath(name + QStringLiteral(".auditbench"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_evidence});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return ws;
}

Run TestSamples::sample(const QString &ws, const QStringList &args)
{
    return cli(QStringList{QStringLiteral("sample"), QStringLiteral("--workspace"), ws} + args);
}

void TestSamples::sameSeedSameRecordsInTwoProcesses()
{
    const QString ws = newWorkspace(QStringLiteral("twice"));
    const QStringList args{QStringLiteral("--action"), QStringLiteral("allow"),  QStringLiteral("--size"),
                           QStringLiteral("12"),       QStringLiteral("--seed"), QStringLiteral("31337")};
    const Run a = sample(ws, args);
    QCOMPARE(a.err, QByteArray());
    QCOMPARE(a.exitCode, 0);
    const Run b = sample(ws, args);
    QCOMPARE(b.exitCode, 0);
    const QJsonObject first = json(a), second = json(b);
    QCOMPARE(first[QStringLiteral("sample_id")].toInteger(), 1);
    QCOMPARE(second[QStringLiteral("sample_id")].toInteger(), 2);
    QCOMPARE(ids(first[QStringLiteral("records")].toArray()).size(), 12);
    QCOMPARE(ids(first[QStringLiteral("records")].toArray()),
             ids(second[QStringLiteral("records")].toArray()));
    // A fresh workspace with the same evidence draws the same records too.
    const Run c = sample(newWorkspace(QStringLiteral("twice-other")), args);
    QCOMPARE(ids(json(c)[QStringLiteral("records")].toArray()),
             ids(first[QStringLiteral("records")].toArray()));
    // Another seed draws other records.
    QStringList other = args;
    other.last() = QStringLiteral("31338");
    QVERIFY(ids(json(sample(ws, other))[QStringLiteral("records")].toArray()) !=
            ids(first[QStringLiteral("records")].toArray()));
}

void TestSamples::largerSampleKeepsTheSmallerAsPrefix()
{
    const QString ws = newWorkspace(QStringLiteral("prefix"));
    const Run small = sample(
        ws, {QStringLiteral("--size"), QStringLiteral("7"), QStringLiteral("--seed"), QStringLiteral("5")});
    const Run large = sample(
        ws, {QStringLiteral("--size"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5")});
    QCOMPARE(small.exitCode, 0);
    QCOMPARE(large.exitCode, 0);
    const QStringList s = ids(json(small)[QStringLiteral("records")].toArray());
    const QStringList l = ids(json(large)[QStringLiteral("records")].toArray());
    QCOMPARE(s.size(), 7);
    QCOMPARE(l.size(), 60);
    QCOMPARE(l.mid(0, 7), s);
    QCOMPARE(QSet<QString>(l.begin(), l.end()).size(), 60); // distinct
}

void TestSamples::populationIsExactlyWhatTheFiltersSelect()
{
    const QString ws = newWorkspace(QStringLiteral("population"));
    // Independently of the workspace: the fixture's records with action "block" and a timestamp in
    // [2025-03-01T00:00:00Z, 2025-08-31T23:59:59Z] (offsets converted to UTC here with QDateTime).
    const QDateTime from = QDateTime::fromString(QStringLiteral("2025-03-01T00:00:00Z"), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(QStringLiteral("2025-08-31T23:59:59Z"), Qt::ISODate);
    QSet<QString> expected;
    for (const QJsonValue &v : std::as_const(m_records)) {
        const QJsonObject r = v.toObject();
        if (r[QStringLiteral("action")].toString() != QLatin1String("block") ||
            !r.contains(QStringLiteral("timestamp")))
            continue;
        const QDateTime t =
            QDateTime::fromString(r[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs);
        QVERIFY(t.isValid());
        if (t >= from && t <= to)
            expected.insert(r[QStringLiteral("id")].toString());
    }
    QVERIFY(expected.size() > 5);
    const QStringList filters{QStringLiteral("--action"), QStringLiteral("block"),
                              QStringLiteral("--start"),  QStringLiteral("2025-03-01T00:00:00Z"),
                              QStringLiteral("--end"),    QStringLiteral("2025-08-31T23:59:59Z")};
    // The whole population as a sample: exactly the expected records.
    const Run all =
        sample(ws, filters + QStringList{QStringLiteral("--size"), QString::number(expected.size()),
                                         QStringLiteral("--seed"), QStringLiteral("1")});
    QCOMPARE(all.err, QByteArray());
    const QJsonObject o = json(all);
    const QJsonObject population = o[QStringLiteral("population")].toObject();
    QCOMPARE(population[QStringLiteral("count")].toInteger(), qint64(expected.size()));
    const QStringList drawn = ids(o[QStringLiteral("records")].toArray());
    QCOMPARE(QSet<QString>(drawn.begin(), drawn.end()), expected);
    QCOMPARE(drawn.size(), expected.size());
    // The filters as stored: sorted members, canonical instants.
    QCOMPARE(
        QJsonDocument(population[QStringLiteral("filters")].toObject()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"action":["block"],"end":"2025-08-31T23:59:59Z","start":"2025-03-01T00:00:00Z"})"));
    // A smaller sample: every record in the population.
    const Run part = sample(ws, filters + QStringList{QStringLiteral("--size"), QStringLiteral("4"),
                                                      QStringLiteral("--seed"), QStringLiteral("2")});
    for (const QString &id : ids(json(part)[QStringLiteral("records")].toArray()))
        QVERIFY2(expected.contains(id), qPrintable(id));
}

void TestSamples::knownSeedGivesKnownRecords()
{
    // Golden: the 34 records with action "block" in the order `query` lists them (UTC time, records without
    // a timestamp last), positions from SplitMix64 seed 2025; computed apart from AuditBench, in Python from
    // the fixture's formulas (tests/support/WorkspaceFixture.cpp) and scripts/redraw-sample.py's generator.
    // A change of generator or of the population's order changes this list.
    const Run r = sample(newWorkspace(QStringLiteral("golden")),
                         {QStringLiteral("--action"), QStringLiteral("block"), QStringLiteral("--size"),
                          QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("2025"),
                          QStringLiteral("--name"), QStringLiteral("Q3 block test")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[QStringLiteral("population")].toObject()[QStringLiteral("count")].toInteger(), 34);
    QCOMPARE(
        ids(o[QStringLiteral("records")].toArray()),
        (QStringList{QStringLiteral("evt_000194"), QStringLiteral("evt_000133"), QStringLiteral("evt_000062"),
                     QStringLiteral("evt_000193"), QStringLiteral("evt_000098")}));
    QCOMPARE(o[QStringLiteral("name")].toString(), QStringLiteral("Q3 block test"));
    QCOMPARE(o[QStringLiteral("seed")].toInteger(), 2025);
    QCOMPARE(o[QStringLiteral("size")].toInteger(), 5);
    QCOMPARE(o[QStringLiteral("algorithm")].toString(),
             QStringLiteral("splitmix64+rejection+partial-fisher-yates/v1"));
    QVERIFY(r.out.startsWith("{\n  \"sample_id\": 1,\n  \"name\": \"Q3 block test\",\n  \"population\": {"));
}

void TestSamples::storedSampleIsImmutable()
{
    const QString ws = newWorkspace(QStringLiteral("immutable"));
    const Run r = sample(
        ws, {QStringLiteral("--size"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("9")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray before = wsfixture::dumpWorkspace(ws);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(ws);
        QVERIFY(db.open());
        const QStringList attempts{
            QStringLiteral("UPDATE samples SET seed = 10"),
            QStringLiteral("UPDATE samples SET name = 'other'"),
            QStringLiteral("DELETE FROM samples"),
            QStringLiteral("UPDATE sample_items SET row_id = 1"),
            QStringLiteral("DELETE FROM sample_items"),
            // Nothing can be added to a stored sample: position 3 of a sample of 3, or a sample that is not.
            QStringLiteral(
                "INSERT INTO sample_items (sample_id, position, row_id, record_id) VALUES (1, 3, 1, 'x')"),
            QStringLiteral(
                "INSERT INTO sample_items (sample_id, position, row_id, record_id) VALUES (1, 0, 1, 'x')"),
            QStringLiteral(
                "INSERT INTO sample_items (sample_id, position, row_id, record_id) VALUES (7, 0, 1, 'x')"),
        };
        for (const QString &sql : attempts) {
            QSqlQuery q(db);
            QVERIFY2(!q.exec(sql), qPrintable(sql));
        }
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM samples")));
        QVERIFY(q.lastError().text().contains(QLatin1String("samples is append-only")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(wsfixture::dumpWorkspace(ws), before);
    // Listed as drawn.
    const Run listed = cli({QStringLiteral("samples"), QStringLiteral("--workspace"), ws});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].toObject()[QStringLiteral("records")].toArray(),
             json(r)[QStringLiteral("records")].toArray());
    QCOMPARE(all[0].toObject()[QStringLiteral("seed")].toInteger(), 9);
}

void TestSamples::sizeAbovePopulationIsRefused()
{
    const QString ws = newWorkspace(QStringLiteral("toolarge"));
    const QByteArray before = wsfixture::dumpWorkspace(ws);
    const Run r = sample(ws, {QStringLiteral("--action"), QStringLiteral("block"), QStringLiteral("--size"),
                              QStringLiteral("35"), QStringLiteral("--seed"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err),
             ws + QStringLiteral(": the sample size 35 is larger than the population: "
                                 "the filters select 34 records\n"));
    QCOMPARE(wsfixture::dumpWorkspace(ws), before);
}

void TestSamples::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no size") << QStringList{QStringLiteral("--seed"), QStringLiteral("1")}
                             << QStringLiteral("--size ''");
    QTest::newRow("size 0") << QStringList{QStringLiteral("--size"), QStringLiteral("0"),
                                           QStringLiteral("--seed"), QStringLiteral("1")}
                            << QStringLiteral("--size '0'");
    QTest::newRow("no seed") << QStringList{QStringLiteral("--size"), QStringLiteral("1")}
                             << QStringLiteral("--seed ''");
    QTest::newRow("seed 2^53") << QStringList{QStringLiteral("--size"), QStringLiteral("1"),
                                              QStringLiteral("--seed"), QStringLiteral("9007199254740992")}
                               << QStringLiteral("--seed '9007199254740992'");
    QTest::newRow("bad start") << QStringList{QStringLiteral("--size"),  QStringLiteral("1"),
                                              QStringLiteral("--seed"),  QStringLiteral("1"),
                                              QStringLiteral("--start"), QStringLiteral("soon")}
                               << QStringLiteral("auditbench-cli sample: --start 'soon'");
    QTest::newRow("no limit") << QStringList{QStringLiteral("--size"),  QStringLiteral("1"),
                                             QStringLiteral("--seed"),  QStringLiteral("1"),
                                             QStringLiteral("--limit"), QStringLiteral("3")}
                              << QStringLiteral("Unknown option 'limit'");
}

void TestSamples::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = sample(m_dir.filePath(QStringLiteral("none.auditbench")), args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestSamples::citesTheCoveringRunAndIsLogged()
{
    const QString ws = m_dir.filePath(QStringLiteral("run.auditbench"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                  Vectors + QStringLiteral("/chain-small.json")})
                 .exitCode,
             0);
    const QStringList args{QStringLiteral("--size"), QStringLiteral("2"), QStringLiteral("--seed"),
                           QStringLiteral("4")};
    // Not verified yet: no run to cite.
    QJsonObject population = json(sample(ws, args))[QStringLiteral("population")].toObject();
    QVERIFY(population[QStringLiteral("run")].isNull());
    QVERIFY(population[QStringLiteral("head_hmac")].isNull());
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--workspace"), ws, QStringLiteral("--keyring"),
                  Vectors + QStringLiteral("/keyring.json")})
                 .exitCode,
             0);
    const Run drawn = sample(ws, args);
    population = json(drawn)[QStringLiteral("population")].toObject();
    QCOMPARE(population[QStringLiteral("run")].toInteger(), 1);
    QCOMPARE(population[QStringLiteral("head_hmac")].toString(),
             QStringLiteral("6fd2b0202bf0dc3080c1c470ff37a7e73b807852771a195a05b17faa86a76bc7"));
    // Evidence the run did not verify joins the population: the run no longer covers it.
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--workspace"), ws, m_evidence}).exitCode, 0);
    QVERIFY(json(sample(ws, args))[QStringLiteral("population")].toObject()[QStringLiteral("run")].isNull());
    // ...but a population inside the verified file still is.
    const Run inside =
        sample(ws, args + QStringList{QStringLiteral("--text"), QStringLiteral("evt_0000000")});
    QCOMPARE(json(inside)[QStringLiteral("population")].toObject()[QStringLiteral("run")].toInteger(), 1);

    // Logged: action "sample", with the SHA-256 of the ids in draw order.
    const Run log = cli({QStringLiteral("log"), QStringLiteral("--workspace"), ws});
    QCOMPARE(log.exitCode, 0);
    QJsonObject second;
    int samples = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(log.out).array()) {
        const QJsonObject entry = v.toObject();
        if (entry[QStringLiteral("action")].toString() != QLatin1String("sample"))
            continue;
        if (++samples == 2)
            second = entry[QStringLiteral("details")].toObject();
    }
    QCOMPARE(samples, 4);
    QCOMPARE(second[QStringLiteral("sample_id")].toInteger(), 2);
    QCOMPARE(second[QStringLiteral("run")].toInteger(), 1);
    const QByteArray records =
        QJsonDocument(json(drawn)[QStringLiteral("records")].toArray()).toJson(QJsonDocument::Compact);
    QCOMPARE(second[QStringLiteral("records_sha256")].toString(),
             QString::fromLatin1(QCryptographicHash::hash(records, QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestSamples)
// docs/analytics.md: an examiner re-draws the sample with scripts/redraw-sample.py (Python, no AuditBench
// code) from the population `query` lists with the same filters, and gets the same ids in the same order.
void TestSamples::examinerRedrawsTheSampleWithoutAuditBench()
{
    const QString ws = newWorkspace(QStringLiteral("redraw"));
    const QStringList filters{QStringLiteral("--action"), QStringLiteral("allow")};
    const Run drawn =
        sample(ws, filters + QStringList{QStringLiteral("--size"), QStringLiteral("30"),
                                         QStringLiteral("--seed"), QStringLiteral("987654321")});
    QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
    const QString population = m_dir.filePath(QStringLiteral("redraw-population.json"));
    const Run listed = cli(
        QStringList{QStringLiteral("query"), QStringLiteral("--workspace"), ws} + filters +
        QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), population});
    QCOMPARE(listed.exitCode, 0);
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral(AB_SOURCE_DIR "/scripts/redraw-sample.py"),
                                             population, QStringLiteral("987654321"), QStringLiteral("30")});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.readAllStandardError(), QByteArray());
    QCOMPARE(python.exitCode(), 0);
    const QStringList redrawn = ids(QJsonDocument::fromJson(python.readAllStandardOutput()).array());
    QCOMPARE(redrawn.size(), 30);
    QCOMPARE(redrawn, ids(json(drawn)[QStringLiteral("records")].toArray()));
}

#include "tst_samples.moc"
