// docs/spec/chain.md "Segments": an archive verified in consecutive segments and joined gives the verdict the
// whole archive gives (everything but `sources`, byte for byte), and what the seams hide comes out: a record
// dropped at a seam, segments out of order, a seam wider than max-gap, a segment's own errors, prefixed.
#include "support/ChainFixture.h"
#include "support/PseudoTranslator.h"

#include "core/chain/SegmentJoiner.h"
#include "core/common/InputError.h"

#include <QJsonDocument>
#include <QTest>

using ab::SegmentJoiner;
using ab::VerificationResult;
using ab::VerifyOptions;
using ab::test::ChainFixture;

namespace {

const QString KeyA = QStringLiteral("k2025a"), KeyB = QStringLiteral("k2025b");

// Records 1..count: key k2025a for the first half and k2025b after (a rotation; `fromB`: the other way
// round), hourly, except a silence of three days after each record listed in `silenceAfter`.
QList<QJsonObject> archive(const ChainFixture &fx, int count, bool withSequence = true,
                           const QList<int> &silenceAfter = {}, bool fromB = false)
{
    QList<QJsonObject> records;
    int silences = 0;
    for (int n = 1; n <= count; ++n) {
        QJsonObject e = ChainFixture::event(n, withSequence);
        const QDateTime at = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)
                                 .addSecs(qint64(n) * 3600 + qint64(silences) * 72 * 3600);
        e.insert(QStringLiteral("timestamp"), at.toString(Qt::ISODate));
        fx.append(records, e, (n <= count / 2) != fromB ? KeyA : KeyB);
        if (silenceAfter.contains(n))
            ++silences;
    }
    return records;
}

// The records cut before each index of `cuts` (0-based, ascending): consecutive segments.
QList<QList<QJsonObject>> split(const QList<QJsonObject> &records, const QList<int> &cuts)
{
    QList<QList<QJsonObject>> segments;
    int from = 0;
    for (int cut : cuts + QList<int>{int(records.size())}) {
        segments << records.mid(from, cut - from);
        from = cut;
    }
    return segments;
}

QString segmentName(qsizetype i)
{
    return QStringLiteral("segment-%1.json").arg(i + 1);
}

QStringList names(qsizetype count)
{
    QStringList all;
    for (qsizetype i = 0; i < count; ++i)
        all << segmentName(i);
    return all;
}

VerificationResult verifySegment(const QList<QJsonObject> &records, qsizetype index,
                                 const VerifyOptions &options)
{
    return ChainFixture::verify({{segmentName(index), ChainFixture::toJsonArray(records)}}, options);
}

QList<VerificationResult> verifyAll(const QList<QList<QJsonObject>> &segments, const VerifyOptions &options)
{
    QList<VerificationResult> results;
    for (qsizetype i = 0; i < segments.size(); ++i)
        results << verifySegment(segments[i], i, options);
    return results;
}

// The result as JSON without `sources`, the one member a join legitimately differs in.
QByteArray withoutSources(VerificationResult r)
{
    r.sources.clear();
    return r.toJson();
}

VerifyOptions periodOptions(const ChainFixture &fx, const QString &start, const QString &end)
{
    VerifyOptions o;
    o.keyring = &fx.keyring();
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

QString hourText(int hour)
{
    return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)
        .addSecs(qint64(hour) * 3600)
        .toString(Qt::ISODate);
}

QString joinError(const QList<VerificationResult> &segments)
{
    try {
        SegmentJoiner::join(segments, names(segments.size()));
    } catch (const ab::InputError &e) {
        return e.text();
    }
    return QStringLiteral("(joined)");
}

} // namespace

class TestSegmentJoiner : public QObject
{
    Q_OBJECT
private slots:
    void intactJoinsToWholeVerdict_data();
    void intactJoinsToWholeVerdict();
    void periodJoinsToWholeVerdict_data();
    void periodJoinsToWholeVerdict();
    void brokenSeams_data();
    void brokenSeams();
    void segmentOwnErrorsArePrefixed();
    void linkageOnlySegmentMakesJoinLinkageOnly();
    void emptySegmentJoinsAsItIs();
    void maxErrorsCapsListNotCount();
    void unjoinable_data();
    void unjoinable();
    void parseNamesFileAndExpectation_data();
    void parseNamesFileAndExpectation();
    void evidenceTextIsNotTranslated();

private:
    ChainFixture fx;
};

void TestSegmentJoiner::intactJoinsToWholeVerdict_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("cuts");
    QTest::addColumn<bool>("withSequence");
    QTest::addColumn<QList<int>>("silenceAfter");
    QTest::addColumn<bool>("keyring");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("gapCount");
    QTest::addColumn<bool>("fromB"); // keys rotate from k2025b to k2025a: listed by id all the same

    QTest::newRow("one segment") << 12 << QList<int>{} << true << QList<int>{} << true << 0 << 0 << false;
    QTest::newRow("two segments") << 12 << QList<int>{6} << true << QList<int>{} << true << 0 << 0 << false;
    QTest::newRow("four segments, key rotation inside one")
        << 12 << QList<int>{2, 5, 9} << true << QList<int>{} << true << 0 << 0 << false;
    QTest::newRow("one-record segments")
        << 4 << QList<int>{1, 2, 3} << true << QList<int>{} << true << 0 << 0 << false;
    QTest::newRow("timestamp order (no sequence)")
        << 12 << QList<int>{4, 8} << false << QList<int>{} << true << 0 << 0 << false;
    QTest::newRow("silence inside a segment")
        << 12 << QList<int>{4, 8} << true << QList<int>{2} << true << 0 << 1 << false;
    QTest::newRow("silence at a seam: a gap")
        << 12 << QList<int>{4, 8} << true << QList<int>{4} << true << 0 << 1 << false;
    QTest::newRow("silences at both seams and inside, in order")
        << 12 << QList<int>{4, 8} << true << QList<int>{4, 6, 8} << true << 0 << 3 << false;
    QTest::newRow("linkage only (no keyring): 3")
        << 12 << QList<int>{3, 6, 9} << true << QList<int>{} << false << 3 << 0 << false;
    QTest::newRow("rotation from k2025b to k2025a, keys listed by id")
        << 12 << QList<int>{3, 9} << true << QList<int>{} << true << 0 << 0 << true;
}

void TestSegmentJoiner::intactJoinsToWholeVerdict()
{
    QFETCH(int, count);
    QFETCH(QList<int>, cuts);
    QFETCH(bool, withSequence);
    QFETCH(QList<int>, silenceAfter);
    QFETCH(bool, keyring);
    QFETCH(int, exitCode);
    QFETCH(int, gapCount);
    QFETCH(bool, fromB);

    VerifyOptions options;
    if (keyring)
        options.keyring = &fx.keyring();
    const QList<QJsonObject> records = archive(fx, count, withSequence, silenceAfter, fromB);
    const VerificationResult whole =
        ChainFixture::verify({{QStringLiteral("whole.json"), ChainFixture::toJsonArray(records)}}, options);
    const QList<QList<QJsonObject>> segments = split(records, cuts);
    const VerificationResult joined =
        SegmentJoiner::join(verifyAll(segments, options), names(segments.size()));

    QCOMPARE(joined.valid, true);
    QCOMPARE(joined.eventsChecked, count);
    QCOMPARE(joined.errors, whole.errors);
    QCOMPARE(joined.errorCount, 0);
    QCOMPARE(joined.macsVerified, keyring);
    QCOMPARE(joined.firstEvent->id, ChainFixture::eventId(1));
    QCOMPARE(joined.lastEvent->id, ChainFixture::eventId(count));
    QCOMPARE(joined.anchor, QString::fromLatin1(ab::ChainVerifier::GenesisHmac));
    QCOMPARE(joined.headHmac, records.last().value(QLatin1String("hmac")).toString());
    QCOMPARE(joined.keys.size(), 2);
    QCOMPARE(joined.keys[0].id, KeyA);
    QCOMPARE(joined.keys[0].records, fromB ? count - count / 2 : count / 2);
    QCOMPARE(joined.keys[1].id, KeyB);
    QCOMPARE(joined.keys[1].records, fromB ? count / 2 : count - count / 2);
    QCOMPARE(joined.keys[0].fingerprint.isEmpty(), !keyring);
    QCOMPARE(joined.coverage.gapCount, gapCount);
    QCOMPARE(joined.coverage.gaps.size(), gapCount);
    QCOMPARE(joined.coverage.complete, gapCount == 0);
    QCOMPARE(joined.exitCode(), exitCode);
    QCOMPARE(joined.exitCode(true), gapCount ? 4 : exitCode);
    QCOMPARE(whole.exitCode(), exitCode);
    for (int i = 0; i < gapCount; ++i) {
        const int after = silenceAfter[i];
        QCOMPARE(joined.coverage.gaps[i].after, ChainFixture::eventId(after));
        QCOMPARE(joined.coverage.gaps[i].before, ChainFixture::eventId(after + 1));
        QCOMPARE(joined.coverage.gaps[i].seconds, 73 * 3600);
    }
    // Everything else too, byte for byte: the whole archive's verdict.
    QCOMPARE(withoutSources(joined), withoutSources(whole));
    QCOMPARE(joined.sources.size(), segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QCOMPARE(joined.sources[i].file, segmentName(i));
        QCOMPARE(joined.sources[i].records, segments[i].size());
    }
}

void TestSegmentJoiner::periodJoinsToWholeVerdict_data()
{
    QTest::addColumn<int>("startHour"); // period start (ChainFixture hours); records are hours 1..12
    QTest::addColumn<int>("endHour");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("startsLate");
    QTest::addColumn<bool>("endsEarly");

    QTest::newRow("inside the archive") << 3 << 10 << true << false << false;
    QTest::newRow("starts two days before the first record") << -48 << 12 << false << true << false;
    QTest::newRow("ends two days after the last record") << 1 << 60 << false << false << true;
}

// Each segment verified with its part of the period (the first from the period's start, the last to its
// end), or each with the whole period: the join states the period and the coverage the whole period's
// verification states.
void TestSegmentJoiner::periodJoinsToWholeVerdict()
{
    QFETCH(int, startHour);
    QFETCH(int, endHour);
    QFETCH(bool, complete);
    QFETCH(bool, startsLate);
    QFETCH(bool, endsEarly);

    const QList<QJsonObject> records = archive(fx, 12);
    const QString start = hourText(startHour), end = hourText(endHour);
    const VerificationResult whole = ChainFixture::verify(
        {{QStringLiteral("whole.json"), ChainFixture::toJsonArray(records)}}, periodOptions(fx, start, end));
    const QList<QList<QJsonObject>> segments = split(records, {6});
    const QList<VerificationResult> results{
        verifySegment(segments[0], 0, periodOptions(fx, start, hourText(6))),
        verifySegment(segments[1], 1, periodOptions(fx, hourText(7), end))};
    const VerificationResult joined = SegmentJoiner::join(results, names(2));

    QCOMPARE(joined.periodStart, start);
    QCOMPARE(joined.periodEnd, end);
    QCOMPARE(joined.coverage.requestedStart, start);
    QCOMPARE(joined.coverage.requestedEnd, end);
    QCOMPARE(joined.coverage.complete, complete);
    QCOMPARE(joined.coverage.startsLate, startsLate);
    QCOMPARE(joined.coverage.endsEarly, endsEarly);
    QCOMPARE(withoutSources(joined), withoutSources(whole));
    // docs/scale.md's way: every segment verified with the whole period gives the same result.
    const QList<VerificationResult> samePeriod{verifySegment(segments[0], 0, periodOptions(fx, start, end)),
                                               verifySegment(segments[1], 1, periodOptions(fx, start, end))};
    QCOMPARE(withoutSources(SegmentJoiner::join(samePeriod, names(2))), withoutSources(whole));
}

void TestSegmentJoiner::brokenSeams_data()
{
    QTest::addColumn<QList<int>>("cuts");
    QTest::addColumn<int>("drop"); // record number (1-based) left out of its segment; 0: none
    QTest::addColumn<bool>("withSequence");
    QTest::addColumn<bool>("swapFirstTwo"); // segments given out of chain order
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("first record after seam 1 dropped")
        << QList<int>{6} << 7 << true << false
        << QStringList{QStringLiteral("Seam 1: anchor of segment 2 does not match the head of segment 1"),
                       QStringLiteral("Seam 1: sequence break (expected 7, got 8)")};
    QTest::newRow("last record before seam 2 dropped")
        << QList<int>{3, 6, 9} << 6 << true << false
        << QStringList{QStringLiteral("Seam 2: anchor of segment 3 does not match the head of segment 2"),
                       QStringLiteral("Seam 2: sequence break (expected 6, got 7)")};
    QTest::newRow("dropped at seam 3, no sequences: linkage only")
        << QList<int>{3, 6, 9} << 10 << false << false
        << QStringList{QStringLiteral("Seam 3: anchor of segment 4 does not match the head of segment 3")};
    QTest::newRow("segments out of order")
        << QList<int>{4, 8} << 0 << true << true
        << QStringList{QStringLiteral("Seam 1: anchor of segment 2 does not match the head of segment 1"),
                       QStringLiteral("Seam 1: sequence break (expected 9, got 1)"),
                       QStringLiteral("Seam 2: anchor of segment 3 does not match the head of segment 2"),
                       QStringLiteral("Seam 2: sequence break (expected 5, got 9)")};
}

void TestSegmentJoiner::brokenSeams()
{
    QFETCH(QList<int>, cuts);
    QFETCH(int, drop);
    QFETCH(bool, withSequence);
    QFETCH(bool, swapFirstTwo);
    QFETCH(QStringList, errors);

    QList<QList<QJsonObject>> segments = split(archive(fx, 12, withSequence), cuts);
    for (QList<QJsonObject> &segment : segments)
        segment.removeIf([&](const QJsonObject &r) {
            return r.value(QLatin1String("id")) == ChainFixture::eventId(drop);
        });
    if (swapFirstTwo)
        segments.swapItemsAt(0, 1);
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const QList<VerificationResult> results = verifyAll(segments, options);
    for (const VerificationResult &r : results)
        QVERIFY2(r.valid, qPrintable(r.errors.join(QLatin1Char('\n')))); // each segment on its own is intact
    const VerificationResult joined = SegmentJoiner::join(results, names(segments.size()));

    QCOMPARE(joined.errors, errors);
    QCOMPARE(joined.errorCount, errors.size());
    QCOMPARE(joined.valid, false);
    QCOMPARE(joined.exitCode(), 1);
    QCOMPARE(joined.eventsChecked, drop ? 11 : 12);
}

void TestSegmentJoiner::segmentOwnErrorsArePrefixed()
{
    QList<QJsonObject> records = archive(fx, 12);
    records[7].insert(QStringLiteral("action"), QStringLiteral("tampered")); // event 8, hmac left as it was
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const VerificationResult whole =
        ChainFixture::verify({{QStringLiteral("whole.json"), ChainFixture::toJsonArray(records)}}, options);
    QCOMPARE(whole.errors, QStringList{fx.hmacMismatch(8, records[7])});

    // Event 8 is the fourth record of segment 2 (records 5..8).
    const VerificationResult joined =
        SegmentJoiner::join(verifyAll(split(records, {4, 8}), options), names(3));
    QCOMPARE(joined.errors, QStringList{QStringLiteral("Segment 2: ") + fx.hmacMismatch(4, records[7])});
    QVERIFY(joined.errors[0].startsWith(QLatin1String("Segment 2: Event 4: HMAC mismatch (expected '")));
    QCOMPARE(joined.errorCount, 1);
    QCOMPARE(joined.valid, false);
    QCOMPARE(joined.exitCode(), 1);
    QCOMPARE(joined.headHmac, whole.headHmac);
}

void TestSegmentJoiner::linkageOnlySegmentMakesJoinLinkageOnly()
{
    const QList<QList<QJsonObject>> segments = split(archive(fx, 12), {4, 8});
    VerifyOptions keyed;
    keyed.keyring = &fx.keyring();
    const QList<VerificationResult> results{verifySegment(segments[0], 0, keyed),
                                            verifySegment(segments[1], 1, VerifyOptions()),
                                            verifySegment(segments[2], 2, keyed)};
    QCOMPARE(results[1].macsVerified, false);
    const VerificationResult joined = SegmentJoiner::join(results, names(3));
    QCOMPARE(joined.valid, true);
    QCOMPARE(joined.macsVerified, false);
    QCOMPARE(joined.exitCode(), 3);
    // The key's fingerprint comes from the segments that had the keyring.
    QCOMPARE(joined.keys[0].fingerprint, results[0].keys[0].fingerprint);
    QCOMPARE(joined.keys[0].records, 6);
}

void TestSegmentJoiner::emptySegmentJoinsAsItIs()
{
    const QList<QList<QJsonObject>> parts = split(archive(fx, 12), {6});
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const QList<VerificationResult> results{verifySegment(parts[0], 0, options),
                                            verifySegment({}, 1, options),
                                            verifySegment(parts[1], 2, options)};
    const VerificationResult joined = SegmentJoiner::join(results, names(3));
    // The empty segment has neither anchor nor head: neither seam next to it is proven.
    QCOMPARE(
        joined.errors,
        (QStringList{QStringLiteral("Segment 2: No events to verify"),
                     QStringLiteral("Seam 1: anchor of segment 2 does not match the head of segment 1"),
                     QStringLiteral("Seam 2: anchor of segment 3 does not match the head of segment 2")}));
    QCOMPARE(joined.errorCount, 3);
    QCOMPARE(joined.eventsChecked, 12);
    QCOMPARE(joined.exitCode(), 1);
    // Coverage passes over it: the records on either side are an hour apart.
    QCOMPARE(joined.coverage.gapCount, 0);
    QCOMPARE(joined.coverage.first, hourText(1));
    QCOMPARE(joined.coverage.last, hourText(12));
}

void TestSegmentJoiner::maxErrorsCapsListNotCount()
{
    QList<QJsonObject> records = archive(fx, 12);
    for (int i : {4, 5, 6})
        records[i].insert(QStringLiteral("action"), QStringLiteral("tampered"));
    QList<QList<QJsonObject>> segments = split(records, {4, 8});
    segments[2].removeFirst(); // record 9: seam 2 broken (two errors)
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const QList<VerificationResult> results = verifyAll(segments, options);
    const VerificationResult all = SegmentJoiner::join(results, names(3));
    QCOMPARE(all.errorCount, 5);
    QCOMPARE(all.errors.size(), 5);
    QVERIFY(all.errors[3].startsWith(QLatin1String("Seam 2: anchor")));
    const VerificationResult capped = SegmentJoiner::join(results, names(3), 2);
    QCOMPARE(capped.errors, all.errors.mid(0, 2));
    QCOMPARE(capped.errorCount, 5);
    QCOMPARE(SegmentJoiner::join(results, names(3), 0).errors, QStringList());
}

void TestSegmentJoiner::unjoinable_data()
{
    QTest::addColumn<int>("maxGapOfSegment2");
    QTest::addColumn<QString>("fingerprintOfSegment2"); // empty: as verified
    QTest::addColumn<QString>("error");

    QTest::newRow("different --max-gap")
        << 12 << QString()
        << QStringLiteral("segment-2.json: verified with --max-gap 12 but segment-1.json with --max-gap 24: "
                          "segments must be verified with the same --max-gap to be joined");
    QTest::newRow("different keyrings")
        << 24 << QStringLiteral("0123456789abcdef")
        << QStringLiteral("segment-2.json: key 'k2025a' has fingerprint 0123456789abcdef here but %1 in "
                          "segment-1.json: segments must be verified with the same keyring to be joined");
}

void TestSegmentJoiner::unjoinable()
{
    QFETCH(int, maxGapOfSegment2);
    QFETCH(QString, fingerprintOfSegment2);
    QFETCH(QString, error);

    const QList<QList<QJsonObject>> segments = split(archive(fx, 12), {4});
    VerifyOptions options;
    options.keyring = &fx.keyring();
    QList<VerificationResult> results = verifyAll(segments, options);
    results[1] = [&] {
        VerifyOptions o = options;
        o.maxGapHours = maxGapOfSegment2;
        return verifySegment(segments[1], 1, o);
    }();
    if (!fingerprintOfSegment2.isEmpty())
        results[1].keys[0].fingerprint = fingerprintOfSegment2;
    QCOMPARE(joinError(results),
             error.contains(QLatin1String("%1")) ? error.arg(results[0].keys[0].fingerprint) : error);
    QCOMPARE(joinError({}), QStringLiteral("join: expected at least one result to join"));
}

void TestSegmentJoiner::parseNamesFileAndExpectation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    VerifyOptions options;
    const QByteArray good = fx.verifyRecords(archive(fx, 3), options).toJson();
    QTest::newRow("not JSON") << QByteArray("{\n  \"valid\": tru\n}")
                              << QStringLiteral("r.json:3:1: expected a verification result (JSON): %1")
                                     .arg(QStringLiteral("illegal value"));
    QTest::newRow("empty (verify found its input unusable)")
        << QByteArray("\n")
        << QStringLiteral("r.json: empty: expected a verification result (what auditbench-cli "
                          "verify prints)");
    QTest::newRow("an array") << QByteArray("[]")
                              << QStringLiteral("r.json: expected a verification result object (what "
                                                "auditbench-cli verify prints)");
    QByteArray noCount = good;
    noCount.replace("\"events_checked\": 3", "\"events_checked\": \"3\"");
    QTest::newRow("events_checked a string")
        << noCount
        << QStringLiteral(
               "r.json: not a verification result: expected \"events_checked\" to be a whole number");
    QByteArray noCoverage = good;
    noCoverage.replace("\"max_gap_hours\"", "\"max_gap\"");
    QTest::newRow("coverage without max_gap_hours")
        << noCoverage
        << QStringLiteral(
               "r.json: not a verification result: expected \"coverage\" to be a coverage object with "
               "max_gap_hours, gaps and gap_count");
    QTest::newRow("a result") << good << QString();
}

void TestSegmentJoiner::parseNamesFileAndExpectation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    try {
        const VerificationResult r = VerificationResult::parse(json, QStringLiteral("r.json"));
        QCOMPARE(QString(), error);
        QCOMPARE(r.toJson(), json); // what toJson() wrote reads back whole
    } catch (const ab::InputError &e) {
        QCOMPARE(e.text(), error);
    }
}

void TestSegmentJoiner::evidenceTextIsNotTranslated()
{
    QList<QList<QJsonObject>> segments = split(archive(fx, 12), {6});
    segments[1].removeFirst();
    VerifyOptions options;
    options.keyring = &fx.keyring();
    const QList<VerificationResult> results = verifyAll(segments, options);
    const QByteArray plain = SegmentJoiner::join(results, names(2)).toJson();
    QVERIFY(plain.contains("Seam 1: sequence break (expected 7, got 8)"));
    ab::test::ScopedPseudoTranslation pseudo;
    QCOMPARE(SegmentJoiner::join(results, names(2)).toJson(), plain);
    // The user's message for unusable input is translated (reversed here), so it cannot be evidence.
    QList<VerificationResult> mixed = results;
    mixed[1].coverage.maxGapHours = 1;
    QVERIFY(joinError(mixed).contains(QStringLiteral("nioj")));
}

QTEST_GUILESS_MAIN(TestSegmentJoiner)
#include "tst_segmentjoiner.moc"
