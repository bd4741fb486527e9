#pragma once
// Attribute sampling for tests of controls (issue 17), from the binomial distribution:
//
//   sample size  = the smallest n such that P(X <= k | n, tolerable) <= 1 - confidence, where
//                  k = ceil(n * expected) deviations are allowed (X ~ Binomial(n, tolerable));
//   upper limit  = the rate p with P(X <= d | n, p) = 1 - confidence for d deviations found in n items.
//
// k = ceil(n * expected) is the convention that reproduces the AICPA Audit Sampling guide's Tables A-1 and
// A-2 (the parenthetical "expected number of deviations"): 95 %, 5 % tolerable, 1 % expected -> 93 (1);
// 0 % expected gives k = 0 and n = ceil(ln(1 - confidence) / ln(1 - tolerable)) (59 at 95 % / 5 %).
// The CDF starts from one mass in log space (lgamma) and sums the tail by ratios away from the mode, so it
// never overflows and costs only the terms that matter.

#include <QtGlobal>

#include <optional>

namespace ab::analytics {

struct SampleSizeResult
{
    qint64 sampleSize = 0;
    qint64 allowedDeviations = 0;
};

// P(X <= k) for X ~ Binomial(n, p); 0 <= p <= 1.
double binomialCdf(qint64 k, qint64 n, double p);

// Rates are given in basis points of a percent ("hundredths of a percent": 5 % = 500, 0.25 % = 25) so the
// allowed deviations, ceil(n * expected), are computed exactly in integers. `confidence` is 0 < c < 1.
// Returns nothing when no n up to `maxSize` reaches the confidence (expected close to or above tolerable).
std::optional<SampleSizeResult> attributeSampleSize(double confidence, int tolerableBp, int expectedBp,
                                                    qint64 maxSize = 100000);

// The upper deviation limit: the rate p in [0, 1] with P(X <= deviations | n, p) = 1 - confidence
// (bisection to 1e-12). deviations >= n gives 1.
double upperDeviationLimit(qint64 n, qint64 deviations, double confidence);

// "95", "5", "0.25", "1.5": a percentage with at most two decimals, 0 <= value <= 100, as basis points of a
// percent (9500, 500, 25, 150); nothing when the text is not such a number.
std::optional<int> percentToBp(const QString &text);

} // namespace ab::analytics
