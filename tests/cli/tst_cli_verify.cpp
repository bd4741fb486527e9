// `auditbench-cli verify` as a user runs it (the real binary through QProcess): exit statuses 0/1/2/3, the
// result JSON on stdout, and for unusable input or arguments exactly one line on stderr and nothing on
// stdout.
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

using ab::test::ChainFixture;

class TestCliVerify : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void results_data();
    void results();
    void unusable_data();
    void unusable();
    void verdicts_data();
    void verdicts();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ChainFixture fx;
    QTemporaryDir tmp;
    QString chainSmall, tampered, keyring, page1, page2, headOfPages, hourly, empty, windowKeyring;
};

using Run = ab::test::CliRun;

static Run run(const QStringList &args)
{
    return ab::test::runCli(args);
}

QString TestCliVerify::write(const QString &name, const QByteArray &bytes)
{
    return wsfixture::writeFile(tmp.path(), name, bytes);
}

void TestCliVerify::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(AB_CLI_PATH)));
    QVERIFY(tmp.isValid());
    chainSmall = QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json");
    tampered = QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small-tampered.json");
    keyring = QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json");
    const QList<QJsonObject> chain = fx.chain(6, false);
    page1 =
        write(QStringLiteral("page-1.json"), ChainFixture::toPage(chain.mid(0, 4), QStringLiteral("items")));
    page2 = write(QStringLiteral("page-2.ndjson"), ChainFixture::toNdjson(chain.mid(3)));
    headOfPages = chain.last().value(QLatin1String("hmac")).toString();
    hourly = write(QStringLiteral("hourly.json"), ChainFixture::toJsonArray(fx.chain(8)));
    empty = write(QStringLiteral("empty.json"), "[]");
    // k2025a retired after event 4 (2025-01-01T04:00:00Z).
    windowKeyring =
        write(QStringLiteral("window-keyring.json"),
              R"({"keys": [{"id": "k2025a", "secret": "hex:000102030405060708090a0b0c0d0e0f1011121314)"
              R"(15161718191a1b1c1d1e1f", "not_after": "2025-01-01T04:00:00Z"}]})");
}

void TestCliVerify::results_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QJsonObject>("expected"); // members the printed result must have, with these values

    const QString head = QStringLiteral("6fd2b0202bf0dc3080c1c470ff37a7e73b807852771a195a05b17faa86a76bc7");
    const QJsonArray tamperedErrors{
        QStringLiteral("Event 3: HMAC mismatch (expected '08e7f6ec...', got '7cca0c9e...')"),
        QStringLiteral("Event 5: sequence break (expected 5, got 6)"),
        QStringLiteral("Event 5: previous_hmac mismatch")};
    QTest::newRow("valid with keyring: 0")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--keyring"), keyring, chainSmall} << 0
        << QJsonObject{{QStringLiteral("valid"), true},
                       {QStringLiteral("events_checked"), 6},
                       {QStringLiteral("errors"), QJsonArray()},
                       {QStringLiteral("error_count"), 0},
                       {QStringLiteral("macs_verified"), true},
                       {QStringLiteral("head_hmac"), head},
                       {QStringLiteral("anchor"), QString::fromLatin1(ab::ChainVerifier::GenesisHmac)},
                       {QStringLiteral("duplicates_merged"), 0},
                       {QStringLiteral("period"), QJsonValue()}};
    QTest::newRow("tampered: 1") << QStringList{QStringLiteral("verify"), QStringLiteral("--keyring"),
                                                keyring, tampered}
                                 << 1
                                 << QJsonObject{{QStringLiteral("valid"), false},
                                                {QStringLiteral("events_checked"), 5},
                                                {QStringLiteral("errors"), tamperedErrors},
                                                {QStringLiteral("error_count"), 3},
                                                {QStringLiteral("macs_verified"), true}};
    QTest::newRow("max-errors 1") << QStringList{QStringLiteral("verify"),
                                                 QStringLiteral("--max-errors"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--keyring"),
                                                 keyring,
                                                 tampered}
                                  << 1
                                  << QJsonObject{{QStringLiteral("errors"), QJsonArray{tamperedErrors[0]}},
                                                 {QStringLiteral("error_count"), 3}};
    QTest::newRow("no keyring: 3") << QStringList{QStringLiteral("verify"), chainSmall} << 3
                                   << QJsonObject{{QStringLiteral("valid"), true},
                                                  {QStringLiteral("macs_verified"), false},
                                                  {QStringLiteral("events_checked"), 6}};
    QTest::newRow("no keyring, linkage broken: 1")
        << QStringList{QStringLiteral("verify"), tampered} << 1
        << QJsonObject{{QStringLiteral("valid"), false},
                       {QStringLiteral("macs_verified"), false},
                       {QStringLiteral("errors"), QJsonArray{tamperedErrors[1], tamperedErrors[2]}}};
    QTest::newRow("truncation: expect-head")
        << QStringList{QStringLiteral("verify"),        QStringLiteral("--keyring"),   keyring,
                       QStringLiteral("--expect-head"), QString(64, QLatin1Char('e')), chainSmall}
        << 1
        << QJsonObject{{QStringLiteral("errors"),
                        QJsonArray{QStringLiteral(
                            "Chain head mismatch (expected 'eeeeeeee...', got '6fd2b020...')")}}};
    QTest::newRow("wrong anchor")
        << QStringList{QStringLiteral("verify"),   QStringLiteral("--keyring"),   keyring,
                       QStringLiteral("--anchor"), QString(64, QLatin1Char('1')), chainSmall}
        << 1
        << QJsonObject{
               {QStringLiteral("errors"), QJsonArray{QStringLiteral("Event 1: previous_hmac mismatch")}}};
    QTest::newRow("expect-head in capitals") << QStringList{QStringLiteral("verify"),
                                                            QStringLiteral("--keyring"),
                                                            keyring,
                                                            QStringLiteral("--expect-head"),
                                                            head.toUpper(),
                                                            chainSmall}
                                             << 0 << QJsonObject{{QStringLiteral("valid"), true}};
    QTest::newRow("period")
        << QStringList{QStringLiteral("verify"),
                       QStringLiteral("--keyring"),
                       keyring,
                       QStringLiteral("--start"),
                       QStringLiteral("2025-01-01T03:00:00Z"),
                       QStringLiteral("--end"),
                       QStringLiteral("2025-01-01T06:00:00+01:00"),
                       page2,
                       page1}
        << 0
        << QJsonObject{{QStringLiteral("events_checked"), 3},
                       {QStringLiteral("period"),
                        QJsonObject{{QStringLiteral("start"), QStringLiteral("2025-01-01T03:00:00Z")},
                                    {QStringLiteral("end"), QStringLiteral("2025-01-01T06:00:00+01:00")}}},
                       {QStringLiteral("first_event"),
                        QJsonObject{{QStringLiteral("id"), ChainFixture::eventId(3)},
                                    {QStringLiteral("timestamp"), QStringLiteral("2025-01-01T03:00:00Z")}}},
                       {QStringLiteral("last_event"),
                        QJsonObject{{QStringLiteral("id"), ChainFixture::eventId(5)},
                                    {QStringLiteral("timestamp"), QStringLiteral("2025-01-01T05:00:00Z")}}}};
    QTest::newRow("two files, newest first, overlapping")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--keyring"), keyring, page2, page1} << 0
        << QJsonObject{
               {QStringLiteral("events_checked"), 6},
               {QStringLiteral("duplicates_merged"), 1},
               {QStringLiteral("head_hmac"), headOfPages},
               {QStringLiteral("keys"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("k2025a")},
                                       {QStringLiteral("fingerprint"), QStringLiteral("630dcd2966c43366")},
                                       {QStringLiteral("records"), 6}}}}};
}

void TestCliVerify::results()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QJsonObject, expected);
    const Run r = run(args);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject result = doc.object();
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(result.value(it.key()), it.value());
    // The contract's members are all there, and the exit status agrees with them.
    for (const char *member :
         {"valid", "events_checked", "errors", "error_count", "macs_verified", "period", "first_event",
          "last_event", "anchor", "head_hmac", "keys", "duplicates_merged", "sources", "coverage"})
        QVERIFY2(result.contains(QLatin1String(member)), member);
    const bool valid = result.value(QLatin1String("valid")).toBool();
    QCOMPARE(valid, result.value(QLatin1String("errors")).toArray().isEmpty() &&
                        result.value(QLatin1String("error_count")).toInt() == 0);
    QCOMPARE(exitCode, !valid ? 1 : (result.value(QLatin1String("macs_verified")).toBool() ? 0 : 3));
    // No secret reaches stdout.
    QVERIFY(!r.out.contains("000102030405060708090a0b"));
    QVERIFY(!r.out.contains("cm90YXRlZC1rZXk"));
}

void TestCliVerify::unusable_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrLine"); // exact, without the line break; %1 is the temporary directory

    const QString malformed = QStringLiteral(AB_TEST_DATA_DIR "/malformed/");
    QTest::newRow("malformed export")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--keyring"),
                       QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json"),
                       malformed + QStringLiteral("MissingComma.json")}
        << malformed + QStringLiteral("MissingComma.json:3:4: expected ',' or '}' after an object member");
    QTest::newRow("malformed second file")
        << QStringList{QStringLiteral("verify"), QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json"),
                       malformed + QStringLiteral("DuplicateMemberNested.json")}
        << malformed + QStringLiteral("DuplicateMemberNested.json:2:66: duplicate member name \"x\": "
                                      "expected each name once per object");
    QTest::newRow("NDJSON unterminated string")
        << QStringList{QStringLiteral("verify"),
                       malformed + QStringLiteral("NdjsonUnterminatedString.ndjson")}
        << malformed +
               QStringLiteral("NdjsonUnterminatedString.ndjson:2:34: expected '\"' to close the string");
    QTest::newRow("gzip with a second member")
        << QStringList{QStringLiteral("verify"), malformed + QStringLiteral("SecondGzipMember.json.gz")}
        << malformed + QStringLiteral("SecondGzipMember.json.gz: byte 85: expected end of file after the "
                                      "first gzip member, found 22 more bytes");
    QTest::newRow("malformed keyring")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--keyring"),
                       QStringLiteral("%1/bad-keyring.json"),
                       QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json")}
        << QStringLiteral("%1/bad-keyring.json:3:30: expected only hex digits after 'hex:'");
    QTest::newRow("missing export") << QStringList{QStringLiteral("verify"), QStringLiteral("%1/absent.json")}
                                    << QStringLiteral(
                                           "%1/absent.json: cannot open file: No such file or directory");
    QTest::newRow("no file") << QStringList{QStringLiteral("verify")}
                             << QStringLiteral(
                                    "auditbench-cli verify: expected at least one FILE (see --help)");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("verify"), QStringLiteral("--frobnicate"),
                                                   QStringLiteral("x.json")}
                                    << QStringLiteral("auditbench-cli verify: Unknown option 'frobnicate'.");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("verify"), QStringLiteral("x.json"), QStringLiteral("--keyring")}
        << QStringLiteral("auditbench-cli verify: Missing value after '--keyring'.");
    QTest::newRow("bad max-errors")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--max-errors"), QStringLiteral("-1"),
                       QStringLiteral("x.json")}
        << QStringLiteral("auditbench-cli verify: --max-errors '-1': expected a whole number of 0 or more");
    for (const char *bad : {"abc", "-1", "1.5", ""}) {
        QTest::addRow("bad max-gap '%s'", bad)
            << QStringList{QStringLiteral("verify"), QStringLiteral("--max-gap"), QLatin1String(bad),
                           QStringLiteral("x.json")}
            << QStringLiteral(
                   "auditbench-cli verify: --max-gap '%1': expected a whole number of hours (0 or more)")
                   .arg(QLatin1String(bad));
    }
    QTest::newRow("malformed key window")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--keyring"),
                       QStringLiteral("%1/bad-window.json"),
                       QStringLiteral(AB_SPEC_VECTORS_DIR "/chain-small.json")}
        << QStringLiteral("%1/bad-window.json:1:61: expected \"not_after\" of key 'k2025a' to be an RFC 3339 "
                          "timestamp such as 2025-06-30T23:59:59Z");
    QTest::newRow("bad start") << QStringList{QStringLiteral("verify"), QStringLiteral("--start"),
                                              QStringLiteral("2025-13-01"), QStringLiteral("x.json")}
                               << QStringLiteral("auditbench-cli verify: --start '2025-13-01': expected an "
                                                 "RFC 3339 timestamp such as 2025-01-01T00:00:00Z");
    QTest::newRow("end before start") << QStringList{QStringLiteral("verify"),
                                                     QStringLiteral("--start"),
                                                     QStringLiteral("2025-02-01T00:00:00Z"),
                                                     QStringLiteral("--end"),
                                                     QStringLiteral("2025-01-01T00:00:00Z"),
                                                     QStringLiteral("x.json")}
                                      << QStringLiteral("auditbench-cli verify: --end is before --start");
    QTest::newRow("anchor not an hmac")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--anchor"), QStringLiteral("abc"),
                       QStringLiteral("x.json")}
        << QStringLiteral("auditbench-cli verify: --anchor 'abc': expected 64 hex digits (an hmac)");
    QTest::newRow("expect-head not hex")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--expect-head"),
                       QString(64, QLatin1Char('g')), QStringLiteral("x.json")}
        << QStringLiteral("auditbench-cli verify: --expect-head '%1': expected 64 hex digits (an hmac)")
               .arg(QString(64, QLatin1Char('g')));
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("verfy")}
        << QStringLiteral("auditbench-cli: unknown command 'verfy' (see auditbench-cli --help)");
    QTest::newRow("no command") << QStringList()
                                << QStringLiteral(
                                       "auditbench-cli: expected a COMMAND (see auditbench-cli --help)");
}

void TestCliVerify::unusable()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrLine);
    write(QStringLiteral("bad-keyring.json"),
          "{\"keys\": [\n  {\"id\": \"k2025a\", \"secret\": \"hex:0011\"},\n"
          "  {\"id\": \"k2025b\", \"secret\": \"hex:zz\"}\n]}\n");
    write(QStringLiteral("bad-window.json"),
          R"({"keys": [{"id": "k2025a", "secret": "hex:00", "not_after": "2025-06-31T00:00:00Z"}]})");
    for (QString &a : args)
        a.replace(QLatin1String("%1"), tmp.path());
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(QString::fromUtf8(r.err),
             QString(stderrLine).replace(QLatin1String("%1"), tmp.path()) + QLatin1Char('\n'));
}

// docs/spec/chain.md: nothing verified is not valid, records a period cannot place, coverage with --max-gap
// and --require-coverage (exit 4, checked before 3), key windows; exact texts and exit statuses.
void TestCliVerify::verdicts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QJsonObject>("expected"); // members of the result (coverage: members of coverage)

    const QStringList withKeys{QStringLiteral("verify"), QStringLiteral("--keyring"), keyring};
    const QStringList halfPeriod{QStringLiteral("--start"), QStringLiteral("2024-12-30T12:00:00Z"),
                                 QStringLiteral("--end"), QStringLiteral("2025-01-01T08:00:00Z")};
    const QString require = QStringLiteral("--require-coverage");
    const auto errors = [](const QString &e) {
        return QJsonObject{{QStringLiteral("valid"), false},
                           {QStringLiteral("errors"), QJsonArray{e}},
                           {QStringLiteral("error_count"), 1}};
    };
    QTest::newRow("empty file: 1") << withKeys + QStringList{empty} << 1
                                   << errors(QStringLiteral("No events to verify"));
    QTest::newRow("empty file, require-coverage: still 1")
        << withKeys + QStringList{require, empty} << 1 << errors(QStringLiteral("No events to verify"));
    QTest::newRow("empty period: 1") << withKeys + QStringList{QStringLiteral("--start"),
                                                               QStringLiteral("2024-01-01T00:00:00Z"),
                                                               QStringLiteral("--end"),
                                                               QStringLiteral("2024-12-31T23:59:59Z"), hourly}
                                     << 1 << errors(QStringLiteral("No events in the examination period"));
    const QJsonObject lateCoverage{{QStringLiteral("starts_late"), true},
                                   {QStringLiteral("ends_early"), false},
                                   {QStringLiteral("gap_count"), 0},
                                   {QStringLiteral("complete"), false}};
    QTest::newRow("half-covered period: 0")
        << withKeys + halfPeriod + QStringList{hourly} << 0 << lateCoverage;
    QTest::newRow("half-covered period, require-coverage: 4")
        << withKeys + halfPeriod + QStringList{require, hourly} << 4 << lateCoverage;
    QTest::newRow("half-covered, linkage only, require-coverage: 4 before 3")
        << QStringList{QStringLiteral("verify")} + halfPeriod + QStringList{require, hourly} << 4
        << lateCoverage;
    QTest::newRow("half-covered under --max-gap 48, require-coverage: 0")
        << withKeys + halfPeriod +
               QStringList{QStringLiteral("--max-gap"), QStringLiteral("48"), require, hourly}
        << 0
        << QJsonObject{{QStringLiteral("max_gap_hours"), 48},
                       {QStringLiteral("starts_late"), false},
                       {QStringLiteral("complete"), true}};
    QTest::newRow("complete, linkage only, require-coverage: 3")
        << QStringList{QStringLiteral("verify"), require, hourly} << 3
        << QJsonObject{{QStringLiteral("complete"), true}, {QStringLiteral("requested"), QJsonValue()}};
    // chain-small's records are months apart: five gaps over 24 hours; --max-gap 3000 hours leaves none.
    QTest::newRow("silences over max-gap, require-coverage: 4")
        << withKeys + QStringList{require, chainSmall} << 4
        << QJsonObject{{QStringLiteral("gap_count"), 5}, {QStringLiteral("complete"), false}};
    QTest::newRow("--max-gap 3000: no gap")
        << withKeys + QStringList{QStringLiteral("--max-gap"), QStringLiteral("3000"), require, chainSmall}
        << 0
        << QJsonObject{{QStringLiteral("gaps"), QJsonArray()},
                       {QStringLiteral("gap_count"), 0},
                       {QStringLiteral("complete"), true}};
    QTest::newRow("signed with a retired key: 1")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--keyring"), windowKeyring, hourly} << 1
        << QJsonObject{
               {QStringLiteral("errors"),
                QJsonArray{QStringLiteral("Event 5: key 'k2025a' not valid at '2025-01-01T05:00:00Z'"),
                           QStringLiteral("Event 6: key 'k2025a' not valid at '2025-01-01T06:00:00Z'"),
                           QStringLiteral("Event 7: key 'k2025a' not valid at '2025-01-01T07:00:00Z'"),
                           QStringLiteral("Event 8: key 'k2025a' not valid at '2025-01-01T08:00:00Z'")}},
               {QStringLiteral("keys"),
                QJsonArray{
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("k2025a")},
                                {QStringLiteral("fingerprint"), QStringLiteral("630dcd2966c43366")},
                                {QStringLiteral("records"), 8},
                                {QStringLiteral("not_after"), QStringLiteral("2025-01-01T04:00:00Z")}}}}};
}

void TestCliVerify::verdicts()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QJsonObject, expected);
    const Run r = run(args);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    const QJsonObject coverage = result.value(QLatin1String("coverage")).toObject();
    QVERIFY(!coverage.isEmpty());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(result.contains(it.key()) ? result.value(it.key()) : coverage.value(it.key()), it.value());
}

void TestCliVerify::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("contains");
    QTest::newRow("verify --help") << QStringList{QStringLiteral("verify"), QStringLiteral("--help")}
                                   << QStringLiteral("--expect-head <HEX>");
    QTest::newRow("verify -h") << QStringList{QStringLiteral("verify"), QStringLiteral("-h")}
                               << QStringLiteral("--keyring <FILE>");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("  verify ");
    QTest::newRow("help") << QStringList{QStringLiteral("help")}
                          << QStringLiteral("Usage: auditbench-cli COMMAND");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("auditbench-cli ");
}

void TestCliVerify::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, contains);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QVERIFY2(QString::fromUtf8(r.out).contains(contains), r.out.constData());
}

QTEST_APPLESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
