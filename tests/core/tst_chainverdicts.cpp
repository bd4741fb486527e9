// The verdict rules of docs/spec/chain.md that keep an intact chain from misleading: nothing verified is not
// valid, records a period cannot place, sequence in first_event/last_event, coverage (gaps over max-gap,
// starts_late, ends_early, complete) and the keys' validity windows, each with its exact text.
#include "support/ChainFixture.h"

#include "core/chain/ChainVerifier.h"
#include "core/chain/Keyring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using ab::ChainVerifier;
using ab::Keyring;
using ab::VerificationResult;
using ab::VerifyOptions;
using ab::test::ChainFixture;

namespace {

const QString KeyA = QStringLiteral("k2025a"), KeyB = QStringLiteral("k2025b");

QString at(int hour) // the timestamp ChainFixture gives event `hour`
{
    return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)
        .addSecs(qint64(hour) * 3600)
        .toString(Qt::ISODate);
}

// The spec keyring's two secrets, with windows.
Keyring windowed(const QByteArray &windowA, const QByteArray &windowB = QByteArray())
{
    return Keyring::fromBytes(
        QStringLiteral("windows.json"),
        R"({"keys": [{"id": "k2025a", "secret": "hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")" +
            windowA + R"(}, {"id": "k2025b", "secret": "base64:cm90YXRlZC1rZXktZm9yLXZlY3RvcnM=")" + windowB +
            "}]}");
}

VerifyOptions period(const QString &start, const QString &end)
{
    VerifyOptions o;
    if (!start.isEmpty()) {
        o.start = ab::Instant::parse(start);
        o.startText = start;
    }
    if (!end.isEmpty()) {
        o.end = ab::Instant::parse(end);
        o.endText = end;
    }
    return o;
}

QJsonObject jsonOf(const VerificationResult &r)
{
    return QJsonDocument::fromJson(r.toJson()).object();
}

} // namespace

class TestChainVerdicts : public QObject
{
    Q_OBJECT
private slots:
    void nothingVerified_data();
    void nothingVerified();
    void unplaceableRecords_data();
    void unplaceableRecords();
    void sequenceInFirstAndLastEvent();
    void coverage_data();
    void coverage();
    void gapsListedUpToMaxErrors();
    void keyWindows_data();
    void keyWindows();
    void keysRepeatWindows();
    void resultRoundTrips();

private:
    ChainFixture fx;
};

void TestChainVerdicts::nothingVerified_data()
{
    QTest::addColumn<QList<QJsonObject>>("records");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("expectHead");
    QTest::addColumn<QString>("error");
    const QList<QJsonObject> chain = fx.chain(4);
    const QString none = QStringLiteral("No events to verify");
    const QString emptyPeriod = QStringLiteral("No events in the examination period");
    QTest::newRow("empty file") << QList<QJsonObject>() << QString() << QString() << false << none;
    QTest::newRow("empty file, expect-head adds nothing")
        << QList<QJsonObject>() << QString() << QString() << true << none;
    QTest::newRow("period before the export")
        << chain << QStringLiteral("2024-01-01T00:00:00Z") << QStringLiteral("2024-12-31T23:59:59Z") << false
        << emptyPeriod;
    QTest::newRow("period after the export, expect-head adds nothing")
        << chain << QStringLiteral("2026-01-01T00:00:00Z") << QString() << true << emptyPeriod;
    QTest::newRow("empty file with a period")
        << QList<QJsonObject>() << QString() << QStringLiteral("2025-12-31T23:59:59Z") << false
        << emptyPeriod;
}

void TestChainVerdicts::nothingVerified()
{
    QFETCH(QList<QJsonObject>, records);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, expectHead);
    QFETCH(QString, error);
    VerifyOptions o = period(start, end);
    if (expectHead)
        o.expectHead = std::string(64, 'e');
    const VerificationResult r = fx.verifyRecords(records, o);
    QCOMPARE(r.eventsChecked, 0);
    QCOMPARE(r.valid, false);
    QCOMPARE(r.errors, QStringList{error});
    QCOMPARE(r.errorCount, 1);
    QCOMPARE(r.exitCode(), 1);
    const QJsonObject json = jsonOf(r);
    QCOMPARE(json.value(QLatin1String("valid")), QJsonValue(false));
    QCOMPARE(json.value(QLatin1String("errors")).toArray(), QJsonArray{error});
    QCOMPARE(json.value(QLatin1String("first_event")), QJsonValue());
    QCOMPARE(json.value(QLatin1String("coverage"))[QLatin1String("complete")], QJsonValue(false));
    QCOMPARE(json.value(QLatin1String("coverage"))[QLatin1String("first")], QJsonValue());
}

void TestChainVerdicts::unplaceableRecords_data()
{
    QTest::addColumn<QList<QJsonObject>>("records");
    QTest::addColumn<bool>("withPeriod");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<int>("events");

    // The issue's example: the last record tampered, its timestamp set to "garbage". It used to fall silently
    // outside the period and the period verified as valid.
    QList<QJsonObject> garbage = fx.chain(6);
    garbage[5].insert(QStringLiteral("timestamp"), QStringLiteral("garbage"));
    garbage[5].insert(QStringLiteral("action"), QStringLiteral("deny"));
    const QString garbageText =
        QStringLiteral("Record 'evt_00000006': no valid timestamp to place it in the period");
    QTest::newRow("garbage timestamp, with period") << garbage << true << QStringList{garbageText} << 5;
    QTest::newRow("garbage timestamp, without period")
        << garbage << false << QStringList{fx.hmacMismatch(6, garbage[5])} << 6;

    // Several, in input order (not sequence order) and before the numbered errors; one without an id.
    QList<QJsonObject> several = fx.chain(6);
    several[4].remove(QStringLiteral("timestamp"));
    several[1].remove(QStringLiteral("id"));
    several[1].insert(QStringLiteral("timestamp"), 20250101);
    several[3].insert(QStringLiteral("action"), QStringLiteral("deny")); // tampered: a numbered error
    fx.relink(several, 4);
    std::swap(several[1], several[4]); // input order: ..., evt_5, ..., evt_2 (no id)
    QTest::newRow("several, input order, before numbered errors")
        << several << true
        << QStringList{QStringLiteral("Record 'evt_00000005': no valid timestamp to place it in the period"),
                       QStringLiteral("Record '(no id)': no valid timestamp to place it in the period"),
                       // Numbered among the placed records (evt_1, evt_3, evt_4, evt_6): those that follow
                       // an unplaced one no longer link to their verified predecessor; evt_4 was tampered.
                       QStringLiteral("Event 2: sequence break (expected 2, got 3)"),
                       QStringLiteral("Event 2: previous_hmac mismatch"), fx.hmacMismatch(3, several[3]),
                       QStringLiteral("Event 4: sequence break (expected 5, got 6)"),
                       QStringLiteral("Event 4: previous_hmac mismatch")}
        << 4;
}

void TestChainVerdicts::unplaceableRecords()
{
    QFETCH(QList<QJsonObject>, records);
    QFETCH(bool, withPeriod);
    QFETCH(QStringList, errors);
    QFETCH(int, events);
    const VerifyOptions o = withPeriod ? period(at(0), at(100)) : VerifyOptions();
    const VerificationResult r = fx.verifyRecords(records, o);
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.errorCount, errors.size());
    QCOMPARE(r.valid, false);
    QCOMPARE(r.eventsChecked, events);
    QCOMPARE(jsonOf(r).value(QLatin1String("errors")).toArray(), QJsonArray::fromStringList(errors));
}

void TestChainVerdicts::sequenceInFirstAndLastEvent()
{
    const QJsonObject withSeq = jsonOf(fx.verifyRecords(fx.chain(5)));
    QCOMPARE(withSeq.value(QLatin1String("first_event")).toObject(),
             (QJsonObject{{QStringLiteral("id"), ChainFixture::eventId(1)},
                          {QStringLiteral("timestamp"), at(1)},
                          {QStringLiteral("sequence"), 1}}));
    QCOMPARE(withSeq.value(QLatin1String("last_event")).toObject(),
             (QJsonObject{{QStringLiteral("id"), ChainFixture::eventId(5)},
                          {QStringLiteral("timestamp"), at(5)},
                          {QStringLiteral("sequence"), 5}}));
    // Member order as in the contract: id, timestamp, sequence.
    QVERIFY(
        fx.verifyRecords(fx.chain(5))
            .toJson(false)
            .contains(
                R"("first_event":{"id":"evt_00000001","timestamp":"2025-01-01T01:00:00Z","sequence":1})"));
    // Without an integer sequence there is no member at all.
    const QJsonObject noSeq = jsonOf(fx.verifyRecords(fx.chain(5, false)));
    QCOMPARE(noSeq.value(QLatin1String("last_event")).toObject(),
             (QJsonObject{{QStringLiteral("id"), ChainFixture::eventId(5)},
                          {QStringLiteral("timestamp"), at(5)}}));
}

// Events 1..4 hourly, then 5..6 moved `shiftMs` later: a silence of an hour plus the shift after evt_4.
static QList<QJsonObject> silence(const ChainFixture &fx, qint64 shiftMs)
{
    QList<QJsonObject> records;
    for (int n = 1; n <= 6; ++n) {
        QJsonObject e = ChainFixture::event(n);
        if (n >= 5)
            e.insert(QStringLiteral("timestamp"), QDateTime(QDate(2025, 1, 1), QTime(n, 0), Qt::UTC)
                                                      .addMSecs(shiftMs)
                                                      .toString(Qt::ISODateWithMs));
        fx.append(records, e);
    }
    return records;
}

void TestChainVerdicts::coverage_data()
{
    QTest::addColumn<QList<QJsonObject>>("records");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("maxGap");
    QTest::addColumn<QJsonObject>("coverage");

    const QList<QJsonObject> chain = fx.chain(8);
    const auto cov = [](const QJsonValue &requested, const QJsonValue &first, const QJsonValue &last,
                        int maxGap, const QJsonArray &gaps, bool late, bool early, bool complete) {
        return QJsonObject{
            {QStringLiteral("requested"), requested}, {QStringLiteral("first"), first},
            {QStringLiteral("last"), last},           {QStringLiteral("max_gap_hours"), maxGap},
            {QStringLiteral("gaps"), gaps},           {QStringLiteral("gap_count"), gaps.size()},
            {QStringLiteral("starts_late"), late},    {QStringLiteral("ends_early"), early},
            {QStringLiteral("complete"), complete}};
    };
    const auto req = [](const QJsonValue &s, const QJsonValue &e) {
        return QJsonObject{{QStringLiteral("start"), s}, {QStringLiteral("end"), e}};
    };
    QTest::newRow("no period, no gap") << chain << QString() << QString() << 24
                                       << cov(QJsonValue(), at(1), at(8), 24, {}, false, false, true);
    // Half-covered: the period starts a day and a half before the first record.
    const QString s = QStringLiteral("2024-12-30T12:00:00Z"), e = QStringLiteral("2025-01-01T08:00:00Z");
    QTest::newRow("half-covered period starts late")
        << chain << s << e << 24 << cov(req(s, e), at(1), at(8), 24, {}, true, false, false);
    QTest::newRow("the same with a larger max-gap is complete")
        << chain << s << e << 48 << cov(req(s, e), at(1), at(8), 48, {}, false, false, true);
    const QString late = QStringLiteral("2025-01-05T00:00:00Z");
    QTest::newRow("ends early, only an end given")
        << chain << QString() << late << 24
        << cov(req(QJsonValue(), late), at(1), at(8), 24, {}, false, true, false);

    // A silence of 49 hours between evt_4 and evt_5.
    const QList<QJsonObject> quiet = silence(fx, 48 * 3600000LL);
    const QString from = quiet[3].value(QLatin1String("timestamp")).toString();
    const QString to = quiet[4].value(QLatin1String("timestamp")).toString();
    QCOMPARE(to, QStringLiteral("2025-01-03T05:00:00.000Z"));
    const QJsonArray gap{QJsonObject{{QStringLiteral("after"), ChainFixture::eventId(4)},
                                     {QStringLiteral("before"), ChainFixture::eventId(5)},
                                     {QStringLiteral("from"), from},
                                     {QStringLiteral("to"), to},
                                     {QStringLiteral("seconds"), 49 * 3600}}};
    const QString lastQuiet = quiet[5].value(QLatin1String("timestamp")).toString();
    QTest::newRow("silence over max-gap")
        << quiet << QString() << QString() << 24
        << cov(QJsonValue(), at(1), lastQuiet, 24, gap, false, false, false);
    QTest::newRow("silence under a larger max-gap")
        << quiet << QString() << QString() << 49
        << cov(QJsonValue(), at(1), lastQuiet, 49, {}, false, false, true);
    QTest::newRow("silence just over a smaller max-gap")
        << quiet << QString() << QString() << 48
        << cov(QJsonValue(), at(1), lastQuiet, 48, gap, false, false, false);
    // Exactly max-gap apart is not "more than"; a millisecond more is, and its seconds round down.
    const QList<QJsonObject> exact = silence(fx, 23 * 3600000LL);
    const QString exactLast = exact[5].value(QLatin1String("timestamp")).toString();
    QTest::newRow("silence of exactly max-gap")
        << exact << QString() << QString() << 24
        << cov(QJsonValue(), at(1), exactLast, 24, {}, false, false, true);
    const QList<QJsonObject> over = silence(fx, 23 * 3600000LL + 1);
    QCOMPARE(over[4].value(QLatin1String("timestamp")).toString(),
             QStringLiteral("2025-01-02T04:00:00.001Z"));
    const QJsonArray overGap{QJsonObject{{QStringLiteral("after"), ChainFixture::eventId(4)},
                                         {QStringLiteral("before"), ChainFixture::eventId(5)},
                                         {QStringLiteral("from"), at(4)},
                                         {QStringLiteral("to"), QStringLiteral("2025-01-02T04:00:00.001Z")},
                                         {QStringLiteral("seconds"), 86400}}};
    QTest::newRow("silence a millisecond over max-gap")
        << over << QString() << QString() << 24
        << cov(QJsonValue(), at(1), over[5].value(QLatin1String("timestamp")).toString(), 24, overGap, false,
               false, false);

    // A record without a timestamp is passed over: the gap is measured between its neighbours.
    QList<QJsonObject> untimed = silence(fx, 48 * 3600000LL);
    untimed[4].remove(QStringLiteral("timestamp"));
    fx.relink(untimed, 4);
    const QJsonArray around{QJsonObject{{QStringLiteral("after"), ChainFixture::eventId(4)},
                                        {QStringLiteral("before"), ChainFixture::eventId(6)},
                                        {QStringLiteral("from"), from},
                                        {QStringLiteral("to"), lastQuiet},
                                        {QStringLiteral("seconds"), 50 * 3600}}};
    QTest::newRow("untimed record passed over")
        << untimed << QString() << QString() << 24
        << cov(QJsonValue(), at(1), lastQuiet, 24, around, false, false, false);
}

void TestChainVerdicts::coverage()
{
    QFETCH(QList<QJsonObject>, records);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, maxGap);
    QFETCH(QJsonObject, coverage);
    VerifyOptions o = period(start, end);
    o.maxGapHours = maxGap;
    const VerificationResult r = fx.verifyRecords(records, o);
    QVERIFY2(r.valid, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(jsonOf(r).value(QLatin1String("coverage")).toObject(), coverage);
    // valid never depends on coverage; the exit status does only when coverage is required.
    QCOMPARE(r.exitCode(), 0);
    QCOMPARE(r.exitCode(true), coverage.value(QLatin1String("complete")).toBool() ? 0 : 4);
}

void TestChainVerdicts::gapsListedUpToMaxErrors()
{
    QList<QJsonObject> records;
    for (int n = 1; n <= 5; ++n) {
        QJsonObject e = ChainFixture::event(n);
        e.insert(QStringLiteral("timestamp"), QStringLiteral("2025-0%1-01T00:00:00Z").arg(n));
        fx.append(records, e);
    }
    VerifyOptions o;
    o.maxErrors = 2;
    const VerificationResult r = fx.verifyRecords(records, o);
    QCOMPARE(r.coverage.gapCount, 4);
    QCOMPARE(r.coverage.gaps.size(), 2);
    QCOMPARE(r.coverage.gaps[1].after, ChainFixture::eventId(2));
    QCOMPARE(r.coverage.gaps[1].seconds, 28 * 86400);
    // Member order as in the contract's example.
    QVERIFY(r.toJson(false).contains(
        R"("coverage":{"requested":null,"first":"2025-01-01T00:00:00Z","last":"2025-05-01T00:00:00Z","max_gap_hours":24,"gaps":[{"after":"evt_00000001","before":"evt_00000002","from":"2025-01-01T00:00:00Z","to":"2025-02-01T00:00:00Z","seconds":2678400},)"));
}

void TestChainVerdicts::keyWindows_data()
{
    QTest::addColumn<QList<QJsonObject>>("records");
    QTest::addColumn<QByteArray>("windowA");
    QTest::addColumn<QByteArray>("windowB");
    QTest::addColumn<QStringList>("errors");

    const QList<QJsonObject> chain = fx.chain(6);
    const auto notValid = [](int n, const QString &key, const QString &when) {
        return QStringLiteral("Event %1: key '%2' not valid at '%3'").arg(n).arg(key, when);
    };
    QTest::newRow("inside an inclusive window")
        << chain
        << QByteArray(R"(, "not_before": "2025-01-01T01:00:00Z", "not_after": "2025-01-01T06:00:00Z")")
        << QByteArray() << QStringList();
    QTest::newRow("bounds compared as instants")
        << chain << QByteArray(R"(, "not_before": "2025-01-01T02:00:00+01:00")") << QByteArray()
        << QStringList();
    QTest::newRow("signed after the window")
        << chain << QByteArray(R"(, "not_after": "2025-01-01T04:00:00Z")") << QByteArray()
        << QStringList{notValid(5, KeyA, at(5)), notValid(6, KeyA, at(6))};
    QTest::newRow("signed before the window")
        << chain << QByteArray(R"(, "not_before": "2025-01-01T02:00:00.001Z")") << QByteArray()
        << QStringList{notValid(1, KeyA, at(1)), notValid(2, KeyA, at(2))};
    {
        QList<QJsonObject> r = chain;
        r[2].remove(QStringLiteral("timestamp"));
        fx.relink(r, 2);
        QTest::newRow("no timestamp under a windowed key")
            << r << QByteArray(R"(, "not_after": "2026-01-01T00:00:00Z")") << QByteArray()
            << QStringList{notValid(3, KeyA, QStringLiteral("(none)"))};
        QTest::newRow("no timestamp, key without a window")
            << r << QByteArray() << QByteArray() << QStringList();
        QList<QJsonObject> g = chain;
        g[2].insert(QStringLiteral("timestamp"), QStringLiteral("garbage"));
        fx.relink(g, 2);
        QTest::newRow("unparsable timestamp under a windowed key")
            << g << QByteArray(R"(, "not_after": "2026-01-01T00:00:00Z")") << QByteArray()
            << QStringList{notValid(3, KeyA, QStringLiteral("garbage"))};
    }
    {
        // CVE-2023-31439 in another form: k2025a retired at 04:00, k2025b from then on; record 6 altered and
        // re-sealed (and linked) with the retired key, which is still in the keyring. The MACs all match.
        QList<QJsonObject> rotated = fx.chain(4);
        fx.append(rotated, ChainFixture::event(5), KeyB);
        fx.append(rotated, ChainFixture::event(6), KeyB);
        const QByteArray retired = R"(, "not_after": "2025-01-01T04:00:00Z")";
        const QByteArray active = R"(, "not_before": "2025-01-01T04:00:01Z")";
        QTest::newRow("rotation honoured") << rotated << retired << active << QStringList();
        QList<QJsonObject> resealed = rotated;
        resealed[5].insert(QStringLiteral("action"), QStringLiteral("allow-all"));
        resealed[5].insert(QStringLiteral("hmac_key_id"), KeyA);
        fx.relink(resealed, 5);
        QTest::newRow("re-sealed with a retired key")
            << resealed << retired << active << QStringList{notValid(6, KeyA, at(6))};
        // Outside the window and tampered: both, the window check first.
        QList<QJsonObject> both = resealed;
        both[5].insert(QStringLiteral("action"), QStringLiteral("deny"));
        QTest::newRow("outside the window and HMAC mismatch")
            << both << retired << active
            << QStringList{notValid(6, KeyA, at(6)), fx.hmacMismatch(6, both[5])};
    }
}

void TestChainVerdicts::keyWindows()
{
    QFETCH(QList<QJsonObject>, records);
    QFETCH(QByteArray, windowA);
    QFETCH(QByteArray, windowB);
    QFETCH(QStringList, errors);
    const Keyring keyring = windowed(windowA, windowB);
    VerifyOptions o;
    o.keyring = &keyring;
    const VerificationResult r = fx.verifyRecords(records, o);
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.valid, errors.isEmpty());
    QCOMPARE(r.exitCode(), errors.isEmpty() ? 0 : 1);
    QCOMPARE(r.eventsChecked, records.size());
}

void TestChainVerdicts::keysRepeatWindows()
{
    QList<QJsonObject> records = fx.chain(2);
    fx.append(records, ChainFixture::event(3), KeyB);
    const Keyring keyring =
        windowed(R"(, "not_before": "2024-12-31T00:00:00+01:00", "not_after": "2025-01-01T02:00:00Z")",
                 R"(, "not_after": "2026-01-01T00:00:00Z")");
    VerifyOptions o;
    o.keyring = &keyring;
    const VerificationResult r = fx.verifyRecords(records, o);
    QVERIFY2(r.valid, qPrintable(r.errors.join(QLatin1Char('\n'))));
    // As given (not normalised), after the contract's members; a bound not given is absent.
    QVERIFY(r.toJson(false).contains(
        R"("keys":[{"id":"k2025a","fingerprint":"630dcd2966c43366","records":2,"not_before":"2024-12-31T00:00:00+01:00","not_after":"2025-01-01T02:00:00Z"},{"id":"k2025b","fingerprint":"7cebe353eff7d40a","records":1,"not_after":"2026-01-01T00:00:00Z"}])"));
    // Without windows nothing is added.
    QVERIFY(fx.verifyRecords(records).toJson(false).contains(
        R"("keys":[{"id":"k2025a","fingerprint":"630dcd2966c43366","records":2},{"id":"k2025b","fingerprint":"7cebe353eff7d40a","records":1}])"));
}

void TestChainVerdicts::resultRoundTrips()
{
    QList<QJsonObject> records = silence(fx, 48 * 3600000LL);
    const Keyring keyring = windowed(R"(, "not_after": "2026-01-01T00:00:00Z")");
    VerifyOptions o = period(QStringLiteral("2024-12-01T00:00:00Z"), QString());
    o.keyring = &keyring;
    const VerificationResult r = fx.verifyRecords(records, o);
    QCOMPARE(r.coverage.gapCount, 1);
    QVERIFY(r.coverage.startsLate);
    const auto back = VerificationResult::fromJson(r.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), r.toJson());
}

QTEST_APPLESS_MAIN(TestChainVerdicts)
#include "tst_chainverdicts.moc"
