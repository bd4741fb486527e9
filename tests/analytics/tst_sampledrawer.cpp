// The sample generator: SplitMix64's published outputs, the unbiased bounded draw, distinct positions, the
// prefix property and golden draws (computed by an independent Python implementation of the documented
// algorithm), so any change to the generator fails here.
#include "core/analytics/SampleDrawer.h"

#include <QtTest>

#include <set>

using namespace ab::analytics;

class TestSampleDrawer : public QObject
{
    Q_OBJECT

private slots:
    void splitMix64ReferenceOutputs();
    void boundedStaysInRangeAndCoversIt();
    void boundedRejectsTheBiasedLowValues();
    void goldenDraws();
    void positionsAreDistinctAndInRange();
    void largerSizeKeepsTheSmallerAsPrefix();
    void sizeAboveCountIsCapped();
};

void TestSampleDrawer::splitMix64ReferenceOutputs()
{
    // Seed 0: the first outputs of Vigna's reference splitmix64.c.
    SplitMix64 rng(0);
    QCOMPARE(rng.next(), 0xE220A8397B1DCDAFULL);
    QCOMPARE(rng.next(), 0x6E789E6AA1B965F4ULL);
    QCOMPARE(rng.next(), 0x06C45D188009454FULL);
}

void TestSampleDrawer::boundedStaysInRangeAndCoversIt()
{
    SplitMix64 rng(12345);
    std::vector<int> seen(7, 0);
    for (int i = 0; i < 7000; ++i) {
        const uint64_t v = rng.bounded(7);
        QVERIFY(v < 7);
        ++seen[v];
    }
    // Uniform: each value about 1000 times (a biased or constant draw would miss this band).
    for (int count : seen)
        QVERIFY2(count > 850 && count < 1150, qPrintable(QString::number(count)));
    QCOMPARE(SplitMix64(1).bounded(1), uint64_t(0));
}

void TestSampleDrawer::boundedRejectsTheBiasedLowValues()
{
    // With bound 2^63 + 1 the rejection threshold (2^64 - bound) mod bound is 2^63 - 1: about half of all
    // outputs are rejected. The accepted draw must equal the first raw output >= the threshold, mod bound.
    const uint64_t bound = (uint64_t(1) << 63) + 1;
    const uint64_t threshold = (uint64_t(1) << 63) - 1;
    SplitMix64 raw(99);
    uint64_t expected = 0;
    int rejected = 0;
    for (;;) {
        const uint64_t x = raw.next();
        if (x >= threshold) {
            expected = x % bound;
            break;
        }
        ++rejected;
    }
    SplitMix64 rng(99);
    QCOMPARE(rng.bounded(bound), expected);
    // And the next draw continues after the consumed outputs.
    QCOMPARE(rng.next(), raw.next());
    Q_UNUSED(rejected);
}

void TestSampleDrawer::goldenDraws()
{
    QCOMPARE(drawPositions(1000, 10, 42),
             (std::vector<qint64>{413, 182, 552, 26, 338, 942, 855, 396, 285, 753}));
    QCOMPARE(drawPositions(10, 10, 7), (std::vector<qint64>{7, 0, 4, 6, 8, 5, 2, 1, 9, 3}));
    QCOMPARE(drawPositions(1000000, 5, 20251201),
             (std::vector<qint64>{179887, 674918, 482745, 175193, 421871}));
}

void TestSampleDrawer::positionsAreDistinctAndInRange()
{
    const std::vector<qint64> all = drawPositions(500, 500, 3);
    QCOMPARE(all.size(), size_t(500));
    const std::set<qint64> distinct(all.begin(), all.end());
    QCOMPARE(distinct.size(), size_t(500));
    QCOMPARE(*distinct.begin(), qint64(0));
    QCOMPARE(*distinct.rbegin(), qint64(499));
}

void TestSampleDrawer::largerSizeKeepsTheSmallerAsPrefix()
{
    const std::vector<qint64> small = drawPositions(10000, 25, 777);
    const std::vector<qint64> large = drawPositions(10000, 400, 777);
    QCOMPARE(small.size(), size_t(25));
    QVERIFY(std::equal(small.begin(), small.end(), large.begin()));
    // Another seed draws something else.
    QVERIFY(drawPositions(10000, 25, 778) != small);
}

void TestSampleDrawer::sizeAboveCountIsCapped()
{
    QCOMPARE(drawPositions(3, 5, 1).size(), size_t(3));
    QVERIFY(drawPositions(0, 5, 1).empty());
}

QTEST_GUILESS_MAIN(TestSampleDrawer)
#include "tst_sampledrawer.moc"
