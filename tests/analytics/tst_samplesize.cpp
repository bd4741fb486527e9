// Attribute sample sizes and upper deviation limits against the published tables.
//
// Source of the table values: AICPA Audit Guide "Audit Sampling", Appendix A "Attributes Statistical
// Sampling Tables": Table A-1 "Statistical Sample Sizes for Tests of Controls - 5 Percent Risk of
// Overreliance", Table A-2 (10 percent risk), Table A-3 "Statistical Sampling Results Evaluation Table for
// Tests of Controls - Upper Limits at 5 Percent Risk of Overreliance" (text of the appendix e.g. at
// https://pl.scribd.com/document/407003314/Statistical-Sampling-Table-Attribute-Sampling). The tables give
// "sample size (expected number of deviations)". 99 % is not tabulated there: 90 is ceil(ln 0.01 / ln 0.95).
#include "analytics/CliRun.h"

#include "core/analytics/SampleSize.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace ab::analytics;
using analyticstest::cli;

class TestSampleSize : public QObject
{
    Q_OBJECT

private slots:
    void binomialCdf_data();
    void binomialCdf();
    void tableValues_data();
    void tableValues();
    void upperDeviationLimit_data();
    void upperDeviationLimit();
    void percentParsing();
    void cliPrintsTheResult();
    void cliRejectsBadRates_data();
    void cliRejectsBadRates();
};

void TestSampleSize::binomialCdf_data()
{
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    // Closed forms: P(X <= 0) = (1-p)^n, P(X <= 1) = (1-p)^n + n p (1-p)^(n-1).
    QTest::newRow("k0") << qint64(0) << qint64(59) << 0.05 << std::pow(0.95, 59) << 1e-14;
    QTest::newRow("k1") << qint64(1) << qint64(93) << 0.05
                        << std::pow(0.95, 93) + 93 * 0.05 * std::pow(0.95, 92) << 1e-14;
    QTest::newRow("k>=n") << qint64(10) << qint64(10) << 0.5 << 1.0 << 0.0;
    QTest::newRow("p0") << qint64(0) << qint64(10) << 0.0 << 1.0 << 0.0;
    // Large n: a plain product of factorials would overflow; in log space the sum stays finite. lgamma of
    // 10^5 carries an absolute error near 1e-10, hence the wider tolerance (sample sizes stay far below).
    QTest::newRow("large n, k = n-1") << qint64(99999) << qint64(100000) << 0.5 << 1.0 << 1e-9;
    // Symmetric: P(X <= 49 | 99, 0.5) = 0.5 exactly.
    QTest::newRow("symmetric") << qint64(49) << qint64(99) << 0.5 << 0.5 << 1e-13;
}

void TestSampleSize::binomialCdf()
{
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, p);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    QVERIFY2(std::abs(ab::analytics::binomialCdf(k, n, p) - expected) <= tolerance,
             qPrintable(QString::number(ab::analytics::binomialCdf(k, n, p), 'g', 17)));
}

void TestSampleSize::tableValues_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<int>("tolerableBp");
    QTest::addColumn<int>("expectedBp");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("allowed");
    // Table A-1 (95 %), 0 % expected row.
    QTest::newRow("95/2/0") << 0.95 << 200 << 0 << qint64(149) << qint64(0);
    QTest::newRow("95/5/0") << 0.95 << 500 << 0 << qint64(59) << qint64(0);
    QTest::newRow("95/10/0") << 0.95 << 1000 << 0 << qint64(29) << qint64(0);
    QTest::newRow("95/20/0") << 0.95 << 2000 << 0 << qint64(14) << qint64(0);
    // Table A-1 with deviations expected.
    QTest::newRow("95/5/0.25") << 0.95 << 500 << 25 << qint64(93) << qint64(1);
    QTest::newRow("95/5/1") << 0.95 << 500 << 100 << qint64(93) << qint64(1);
    QTest::newRow("95/5/1.25") << 0.95 << 500 << 125 << qint64(124) << qint64(2);
    QTest::newRow("95/5/1.75") << 0.95 << 500 << 175 << qint64(153) << qint64(3);
    QTest::newRow("95/5/2") << 0.95 << 500 << 200 << qint64(181) << qint64(4);
    QTest::newRow("95/4/1") << 0.95 << 400 << 100 << qint64(156) << qint64(2);
    QTest::newRow("95/6/1.5") << 0.95 << 600 << 150 << qint64(103) << qint64(2);
    QTest::newRow("95/3/0.75") << 0.95 << 300 << 75 << qint64(208) << qint64(2);
    QTest::newRow("95/7/3") << 0.95 << 700 << 300 << qint64(129) << qint64(4);
    // Table A-2 (90 %).
    QTest::newRow("90/5/0") << 0.90 << 500 << 0 << qint64(45) << qint64(0);
    QTest::newRow("90/10/0") << 0.90 << 1000 << 0 << qint64(22) << qint64(0);
    QTest::newRow("90/2/0") << 0.90 << 200 << 0 << qint64(114) << qint64(0);
    QTest::newRow("90/5/1") << 0.90 << 500 << 100 << qint64(77) << qint64(1);
    QTest::newRow("90/4/2") << 0.90 << 400 << 200 << qint64(198) << qint64(4);
    QTest::newRow("90/6/2") << 0.90 << 600 << 200 << qint64(88) << qint64(2);
    // 99 %: not in the AICPA tables; ceil(ln 0.01 / ln 0.95) = 90, ceil(ln 0.01 / ln 0.90) = 44.
    QTest::newRow("99/5/0") << 0.99 << 500 << 0 << qint64(90) << qint64(0);
    QTest::newRow("99/10/0") << 0.99 << 1000 << 0 << qint64(44) << qint64(0);
}

void TestSampleSize::tableValues()
{
    QFETCH(double, confidence);
    QFETCH(int, tolerableBp);
    QFETCH(int, expectedBp);
    QFETCH(qint64, size);
    QFETCH(qint64, allowed);
    const auto result = attributeSampleSize(confidence, tolerableBp, expectedBp);
    QVERIFY(result);
    QCOMPARE(result->sampleSize, size);
    QCOMPARE(result->allowedDeviations, allowed);
}

void TestSampleSize::upperDeviationLimit_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    // 1 - 0.05^(1/59) = 0.049507...: exact for d = 0.
    QTest::newRow("59/0/95") << qint64(59) << qint64(0) << 0.95 << 1.0 - std::pow(0.05, 1.0 / 59) << 1e-9;
    // Table A-3: n = 100, 1 deviation -> 4.7 %; n = 50, 0 -> 5.8 %; n = 100, 0 -> 3.0 %; n = 50, 2 -> 12.1 %;
    // n = 100, 3 -> 7.6 % (the table rounds to 0.1 %).
    QTest::newRow("100/1/95") << qint64(100) << qint64(1) << 0.95 << 0.047 << 0.0005;
    QTest::newRow("50/0/95") << qint64(50) << qint64(0) << 0.95 << 0.058 << 0.0005;
    QTest::newRow("100/0/95") << qint64(100) << qint64(0) << 0.95 << 0.030 << 0.0005;
    QTest::newRow("50/2/95") << qint64(50) << qint64(2) << 0.95 << 0.121 << 0.0005;
    QTest::newRow("100/3/95") << qint64(100) << qint64(3) << 0.95 << 0.076 << 0.0005;
    QTest::newRow("all deviate") << qint64(5) << qint64(5) << 0.95 << 1.0 << 0.0;
}

void TestSampleSize::upperDeviationLimit()
{
    QFETCH(qint64, n);
    QFETCH(qint64, d);
    QFETCH(double, confidence);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const double limit = ab::analytics::upperDeviationLimit(n, d, confidence);
    QVERIFY2(std::abs(limit - expected) <= tolerance + 1e-11, qPrintable(QString::number(limit, 'g', 10)));
}

void TestSampleSize::percentParsing()
{
    QCOMPARE(percentToBp(QStringLiteral("95")), std::optional<int>(9500));
    QCOMPARE(percentToBp(QStringLiteral("0.25")), std::optional<int>(25));
    QCOMPARE(percentToBp(QStringLiteral("1.5")), std::optional<int>(150));
    QCOMPARE(percentToBp(QStringLiteral("100")), std::optional<int>(10000));
    QCOMPARE(percentToBp(QStringLiteral("100.01")), std::nullopt);
    QCOMPARE(percentToBp(QStringLiteral("0.125")), std::nullopt);
    QCOMPARE(percentToBp(QStringLiteral("-1")), std::nullopt);
    QCOMPARE(percentToBp(QStringLiteral("5%")), std::nullopt);
}

void TestSampleSize::cliPrintsTheResult()
{
    const auto r = cli({QStringLiteral("sample-size"), QStringLiteral("--confidence"), QStringLiteral("95"),
                        QStringLiteral("--tolerable"), QStringLiteral("5"), QStringLiteral("--expected"),
                        QStringLiteral("1")});
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.keys(), QStringList({QStringLiteral("allowed_deviations"), QStringLiteral("confidence"),
                                    QStringLiteral("expected_rate"), QStringLiteral("method"),
                                    QStringLiteral("sample_size"), QStringLiteral("tolerable_rate")}));
    QCOMPARE(o[QStringLiteral("sample_size")].toInteger(), 93);
    QCOMPARE(o[QStringLiteral("allowed_deviations")].toInteger(), 1);
    QCOMPARE(o[QStringLiteral("confidence")].toDouble(), 0.95);
    QCOMPARE(o[QStringLiteral("tolerable_rate")].toDouble(), 0.05);
    QCOMPARE(o[QStringLiteral("expected_rate")].toDouble(), 0.01);
    QCOMPARE(o[QStringLiteral("method")].toString(), QStringLiteral("binomial attribute sampling"));
    // The member order of the contract.
    QVERIFY(r.out.startsWith("{\n  \"sample_size\": 93,\n  \"allowed_deviations\": 1,"));

    const auto r90 = cli({QStringLiteral("sample-size"), QStringLiteral("--confidence"), QStringLiteral("90"),
                          QStringLiteral("--tolerable"), QStringLiteral("5")});
    QCOMPARE(r90.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r90.out).object()[QStringLiteral("sample_size")].toInteger(), 45);
}

void TestSampleSize::cliRejectsBadRates_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no tolerable") << QStringList{} << QStringLiteral("--tolerable is required");
    QTest::newRow("bad tolerable") << QStringList{QStringLiteral("--tolerable"), QStringLiteral("five")}
                                   << QStringLiteral("--tolerable 'five'");
    QTest::newRow("expected >= tolerable") << QStringList{QStringLiteral("--tolerable"), QStringLiteral("5"),
                                                          QStringLiteral("--expected"), QStringLiteral("5")}
                                           << QStringLiteral("must be below the tolerable rate");
    // Nothing up to 100000 items reaches 95 % when expected is this close to tolerable: refused, quickly.
    QTest::newRow("unreachable") << QStringList{QStringLiteral("--tolerable"), QStringLiteral("50"),
                                                QStringLiteral("--expected"), QStringLiteral("49.99")}
                                 << QStringLiteral("no sample of up to 100000 items reaches 95 % confidence");
    QTest::newRow("confidence 100") << QStringList{QStringLiteral("--tolerable"), QStringLiteral("5"),
                                                   QStringLiteral("--confidence"), QStringLiteral("100")}
                                    << QStringLiteral("--confidence '100'");
}

void TestSampleSize::cliRejectsBadRates()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = cli(QStringList{QStringLiteral("sample-size")} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestSampleSize)
#include "tst_samplesize.moc"
