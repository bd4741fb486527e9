// `auditbench-cli join` as docs/scale.md runs it: a chain split into four files, four `verify` processes
// started at once, their results joined; the join prints what `verify` of the whole file prints (byte for
// byte but `sources`), a seam broken on purpose gives the contract's seam errors, and unusable input is one
// stderr line with nothing on stdout.
#include "TestConfig.h"
#include "support/ChainFixture.h"
#include "support/CliRun.h"
#include "support/WorkspaceFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using ab::test::ChainFixture;

namespace {

using Run = ab::test::CliRun;

static Run finish(QProcess &p)
{
    return ab::test::finishCli(p);
}

static Run run(const QStringList &args)
{
    return ab::test::runCli(args);
}

// The printed result without its "sources" array (the one member a join differs in by design).
QByteArray withoutSources(const QByteArray &json)
{
    const qsizetype from = json.indexOf("\"sources\": [");
    const qsizetype to = json.indexOf(']', from);
    if (from < 0 || to < 0)
        return "(no sources in " + json + ")";
    return json.left(from) + json.mid(to + 1);
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList strings(const QJsonValue &array)
{
    QStringList all;
    for (const QJsonValue &v : array.toArray())
        all << v.toString();
    return all;
}

constexpr int Records = 40;

} // namespace

class TestCliJoin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parallelSegmentsJoinToWholeVerdict();
    void brokenSeam();
    void verdicts_data();
    void verdicts();
    void unusable_data();
    void unusable();
    void help();

private:
    QString write(const QString &name, const QByteArray &bytes);
    // Verifies the files with `options`, one process each, all started before any is waited for; writes
    // each result to result-K.json and returns their paths.
    QStringList verifyInParallel(const QStringList &files, const QStringList &options);

    ChainFixture fx;
    QTemporaryDir tmp;
    QString keyring, whole;
    QStringList segments; // the four segment files, in chain order
    QString thirdDropped; // segment 3 without its first record (record 21)
};

QString TestCliJoin::write(const QString &name, const QByteArray &bytes)
{
    return wsfixture::writeFile(tmp.path(), name, bytes);
}

void TestCliJoin::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(AB_CLI_PATH)));
    QVERIFY(tmp.isValid());
    keyring = QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json");
    // 40 hourly records; the key rotates from k2025a to k2025b inside segment 2.
    QList<QJsonObject> chain;
    for (int n = 1; n <= Records; ++n)
        fx.append(chain, ChainFixture::event(n),
                  n <= 15 ? QStringLiteral("k2025a") : QStringLiteral("k2025b"));
    whole = write(QStringLiteral("whole.ndjson"), ChainFixture::toNdjson(chain));
    // The segments in the forms an archive holds: arrays, NDJSON, API pages.
    segments =
        QStringList{write(QStringLiteral("segment-1.json"), ChainFixture::toJsonArray(chain.mid(0, 10))),
                    write(QStringLiteral("segment-2.ndjson"), ChainFixture::toNdjson(chain.mid(10, 10))),
                    write(QStringLiteral("segment-3.json"),
                          ChainFixture::toPage(chain.mid(20, 10), QStringLiteral("items"))),
                    write(QStringLiteral("segment-4.ndjson"), ChainFixture::toNdjson(chain.mid(30, 10)))};
    thirdDropped =
        write(QStringLiteral("segment-3-dropped.json"), ChainFixture::toJsonArray(chain.mid(21, 9)));
}

QStringList TestCliJoin::verifyInParallel(const QStringList &files, const QStringList &options)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString &file : files) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(QStringLiteral(AB_CLI_PATH),
                                QStringList{QStringLiteral("verify")} + options + QStringList{file});
    }
    for (const auto &p : processes)
        if (!p->waitForStarted(60000))
            qFatal("auditbench-cli verify did not start");
    QStringList results;
    for (size_t i = 0; i < processes.size(); ++i) {
        const Run r = finish(*processes[i]);
        if (!r.err.isEmpty() || r.out.isEmpty())
            qFatal("verify %s: exit %d, %s", qPrintable(files[qsizetype(i)]), r.exitCode, r.err.constData());
        results << write(QStringLiteral("result-%1.json").arg(i + 1), r.out);
    }
    return results;
}

void TestCliJoin::parallelSegmentsJoinToWholeVerdict()
{
    const QStringList results = verifyInParallel(segments, {QStringLiteral("--keyring"), keyring});
    const Run joined = run(QStringList{QStringLiteral("join")} + results);
    const Run direct = run({QStringLiteral("verify"), QStringLiteral("--keyring"), keyring, whole});
    QCOMPARE(direct.exitCode, 0);
    QCOMPARE(joined.err, QByteArray());
    QCOMPARE(joined.exitCode, 0);
    QCOMPARE(withoutSources(joined.out), withoutSources(direct.out));

    const QJsonObject result = objectOf(joined.out);
    QCOMPARE(result.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(result.value(QLatin1String("events_checked")).toInt(), Records);
    QCOMPARE(result.value(QLatin1String("keys")).toArray().size(), 2);
    QCOMPARE(result.value(QLatin1String("keys"))[1][QLatin1String("records")].toInt(), Records - 15);
    const QJsonArray sources = result.value(QLatin1String("sources")).toArray();
    QCOMPARE(sources.size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(sources[i][QLatin1String("file")].toString(), QFileInfo(segments[i]).fileName());
        QCOMPARE(sources[i][QLatin1String("records")].toInt(), 10);
    }
}

void TestCliJoin::brokenSeam()
{
    QStringList files = segments;
    files[2] = thirdDropped;
    const QStringList results = verifyInParallel(files, {QStringLiteral("--keyring"), keyring});
    for (const QString &r : results) { // each segment on its own is intact
        QFile f(r);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(objectOf(f.readAll()).value(QLatin1String("valid")).toBool());
    }
    const Run joined = run(QStringList{QStringLiteral("join")} + results);
    QCOMPARE(joined.err, QByteArray());
    QCOMPARE(joined.exitCode, 1);
    const QJsonObject result = objectOf(joined.out);
    QCOMPARE(strings(result.value(QLatin1String("errors"))),
             (QStringList{QStringLiteral("Seam 2: anchor of segment 3 does not match the head of segment 2"),
                          QStringLiteral("Seam 2: sequence break (expected 21, got 22)")}));
    QCOMPARE(result.value(QLatin1String("error_count")).toInt(), 2);
    QCOMPARE(result.value(QLatin1String("valid")).toBool(), false);
    QCOMPARE(result.value(QLatin1String("events_checked")).toInt(), Records - 1);
}

void TestCliJoin::verdicts_data()
{
    QTest::addColumn<QStringList>("verifyOptions");
    QTest::addColumn<QStringList>("linkageOnlySegment"); // "3": that segment verified without --keyring
    QTest::addColumn<QStringList>("joinOptions");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("gapCount");
    QTest::addColumn<int>("gapsListed");

    const QStringList keyed{QStringLiteral("--keyring"), keyring};
    const QStringList everyHourAGap = keyed + QStringList{QStringLiteral("--max-gap"), QStringLiteral("0")};
    const QString require = QStringLiteral("--require-coverage");
    QTest::newRow("one segment linkage-only: 3")
        << keyed << QStringList{QStringLiteral("3")} << QStringList{} << 3 << 0 << 0;
    QTest::newRow("intact, --require-coverage: 0")
        << keyed << QStringList{} << QStringList{require} << 0 << 0 << 0;
    QTest::newRow("--max-gap 0: every step a gap, seams included")
        << everyHourAGap << QStringList{} << QStringList{} << 0 << Records - 1 << Records - 1;
    QTest::newRow("gaps with --require-coverage: 4")
        << everyHourAGap << QStringList{} << QStringList{require} << 4 << Records - 1 << Records - 1;
    QTest::newRow("--max-errors 5 lists five gaps, counts all")
        << everyHourAGap << QStringList{} << QStringList{QStringLiteral("--max-errors"), QStringLiteral("5")}
        << 0 << Records - 1 << 5;
}

void TestCliJoin::verdicts()
{
    QFETCH(QStringList, verifyOptions);
    QFETCH(QStringList, linkageOnlySegment);
    QFETCH(QStringList, joinOptions);
    QFETCH(int, exitCode);
    QFETCH(int, gapCount);
    QFETCH(int, gapsListed);

    QStringList results = verifyInParallel(segments, verifyOptions);
    for (const QString &k : linkageOnlySegment) {
        const int i = k.toInt() - 1;
        const Run r = run({QStringLiteral("verify"), segments[i]});
        QCOMPARE(r.exitCode, 3);
        results[i] = write(QStringLiteral("linkage-only-%1.json").arg(k), r.out);
    }
    const Run joined = run(QStringList{QStringLiteral("join")} + joinOptions + results);
    QCOMPARE(joined.err, QByteArray());
    QCOMPARE(joined.exitCode, exitCode);
    const QJsonObject coverage = objectOf(joined.out).value(QLatin1String("coverage")).toObject();
    QCOMPARE(coverage.value(QLatin1String("gap_count")).toInt(), gapCount);
    QCOMPARE(coverage.value(QLatin1String("gaps")).toArray().size(), gapsListed);
    QCOMPARE(objectOf(joined.out).value(QLatin1String("macs_verified")).toBool(),
             linkageOnlySegment.isEmpty());
    if (gapCount) { // the whole file measured with the same --max-gap finds the same gaps
        const Run direct =
            run(QStringList{QStringLiteral("verify")} + verifyOptions + joinOptions + QStringList{whole});
        QCOMPARE(direct.exitCode, exitCode);
        QCOMPARE(withoutSources(joined.out), withoutSources(direct.out));
    }
}

void TestCliJoin::unusable_data()
{
    QTest::addColumn<QStringList>("args");   // %1: the temporary directory
    QTest::addColumn<QString>("stderrLine"); // exact, without the line break

    const QString dir = QStringLiteral("%1/");
    QTest::newRow("no results") << QStringList{QStringLiteral("join")}
                                << QStringLiteral(
                                       "auditbench-cli join: expected at least one RESULT.json (see --help)");
    QTest::newRow("missing file") << QStringList{QStringLiteral("join"), dir + QStringLiteral("nope.json")}
                                  << dir + QStringLiteral(
                                               "nope.json: cannot open result: No such file or directory");
    QTest::newRow("an export instead of a result")
        << QStringList{QStringLiteral("join"), dir + QStringLiteral("segment-1.json")}
        << dir + QStringLiteral(
                     "segment-1.json: expected a verification result object (what auditbench-cli verify "
                     "prints)");
    QTest::newRow("empty: verify found its segment unusable")
        << QStringList{QStringLiteral("join"), dir + QStringLiteral("max-gap-24.json"),
                       dir + QStringLiteral("empty.json")}
        << dir + QStringLiteral(
                     "empty.json: empty: expected a verification result (what auditbench-cli verify prints)");
    QTest::newRow("a keyring instead of a result")
        << QStringList{QStringLiteral("join"), QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json")}
        << QStringLiteral(AB_SPEC_VECTORS_DIR
                          "/keyring.json: not a verification result: expected \"valid\" to be "
                          "true or false");
    QTest::newRow("different --max-gap")
        << QStringList{QStringLiteral("join"), dir + QStringLiteral("max-gap-24.json"),
                       dir + QStringLiteral("max-gap-12.json")}
        << dir + QStringLiteral("max-gap-12.json: verified with --max-gap 12 but ") + dir +
               QStringLiteral("max-gap-24.json with --max-gap 24: segments must be verified with the same "
                              "--max-gap to be joined");
    QTest::newRow("bad --max-errors")
        << QStringList{QStringLiteral("join"), QStringLiteral("--max-errors"), QStringLiteral("x"),
                       dir + QStringLiteral("max-gap-24.json")}
        << QStringLiteral("auditbench-cli join: --max-errors 'x': expected a whole number of 0 or more");
}

void TestCliJoin::unusable()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrLine);
    for (const char *gap : {"24", "12"}) {
        const Run r =
            run({QStringLiteral("verify"), QStringLiteral("--max-gap"), QLatin1String(gap), segments[0]});
        write(QStringLiteral("max-gap-%1.json").arg(QLatin1String(gap)), r.out);
    }
    write(QStringLiteral("empty.json"), QByteArray());
    for (QString &a : args)
        a.replace(QLatin1String("%1"), tmp.path());
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err),
             QString(stderrLine).replace(QLatin1String("%1"), tmp.path()) + QLatin1Char('\n'));
}

void TestCliJoin::help()
{
    const Run own = run({QStringLiteral("join"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.startsWith("Usage: auditbench-cli join [options] RESULT.json..."));
    QVERIFY(own.out.contains("--require-coverage"));
    const Run all = run({QStringLiteral("--help")});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("  join          Join the verification results of an archive's segments into "
                             "one, checking the seams\n"));
}

QTEST_GUILESS_MAIN(TestCliJoin)
#include "tst_cli_join.moc"
