#include "core/analytics/SampleSize.h"

#include <QRegularExpression>
#include <QString>

#include <cmath>

namespace ab::analytics {

namespace {

// ln of the probability mass at i: ln C(n, i) + i ln p + (n - i) ln(1 - p), for 0 < p < 1.
double logMass(qint64 i, qint64 n, double p)
{
    const double logChoose =
        std::lgamma(double(n) + 1.0) - std::lgamma(double(i) + 1.0) - std::lgamma(double(n - i) + 1.0);
    return logChoose + double(i) * std::log(p) + double(n - i) * std::log1p(-p);
}

} // namespace

double binomialCdf(qint64 k, qint64 n, double p)
{
    if (k < 0)
        return 0.0;
    if (k >= n || p <= 0.0)
        return 1.0;
    if (p >= 1.0)
        return 0.0;
    // Only one mass is computed in log space (lgamma: no overflow for any n); its neighbours follow by the
    // ratio of consecutive masses, summed away from the mode, where each is at most the one before (no
    // overflow either), until they no longer change the sum. Below the mode: the lower tail itself; at or
    // above it: 1 - the upper tail, so the sum never climbs towards the mode.
    const double q = 1.0 - p;
    if (double(k) < double(n + 1) * p) {
        double relative = 1.0, sum = 1.0;
        for (qint64 i = k; i > 0 && relative > sum * 1e-17; --i) {
            relative *= (double(i) * q) / (double(n - i + 1) * p);
            sum += relative;
        }
        return std::min(1.0, std::exp(logMass(k, n, p) + std::log(sum)));
    }
    double relative = 1.0, sum = 1.0;
    for (qint64 i = k + 1; i < n && relative > sum * 1e-17; ++i) {
        relative *= (double(n - i) * p) / (double(i + 1) * q);
        sum += relative;
    }
    return std::max(0.0, 1.0 - std::exp(logMass(k + 1, n, p) + std::log(sum)));
}

std::optional<SampleSizeResult> attributeSampleSize(double confidence, int tolerableBp, int expectedBp,
                                                    qint64 maxSize)
{
    if (!(confidence > 0.0 && confidence < 1.0) || tolerableBp <= 0 || tolerableBp > 10000 ||
        expectedBp < 0 || expectedBp >= tolerableBp)
        return std::nullopt;
    const double risk = 1.0 - confidence;
    const double tolerable = tolerableBp / 10000.0;
    for (qint64 n = 1; n <= maxSize; ++n) {
        // ceil(n * expectedBp / 10000) in integers: no rounding of 0.0125 * 80 to 0.99999...
        const qint64 k = (n * expectedBp + 9999) / 10000;
        if (k >= n)
            continue;
        // A relative tolerance keeps 1 - 0.95 (0.05000000000000004) from rejecting an exact boundary.
        if (binomialCdf(k, n, tolerable) <= risk * (1.0 + 1e-12))
            return SampleSizeResult{n, k};
    }
    return std::nullopt;
}

double upperDeviationLimit(qint64 n, qint64 deviations, double confidence)
{
    if (deviations >= n)
        return 1.0;
    const double risk = 1.0 - confidence;
    // P(X <= d | n, p) falls as p rises: bisect for the p where it crosses the risk.
    double lo = 0.0, hi = 1.0;
    while (hi - lo > 1e-12) {
        const double mid = (lo + hi) / 2.0;
        if (binomialCdf(deviations, n, mid) > risk)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2.0;
}

std::optional<int> percentToBp(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = number.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString decimals = m.captured(2);
    while (decimals.size() < 2)
        decimals += QLatin1Char('0');
    const int bp = m.captured(1).toInt() * 100 + decimals.toInt();
    if (bp > 10000)
        return std::nullopt;
    return bp;
}

} // namespace ab::analytics
