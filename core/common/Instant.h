#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace ab {

// A point in time from an RFC 3339 timestamp, kept to the nanosecond and compared as an instant
// (so "2025-01-01T01:00:00+01:00" == "2025-01-01T00:00:00Z").
struct Instant
{
    int64_t seconds = 0; // since 1970-01-01T00:00:00Z
    int32_t nanos = 0;

    friend auto operator<=>(const Instant &, const Instant &) = default;

    // Strict RFC 3339 date-time: YYYY-MM-DD('T'|'t'|' ')hh:mm:ss[.frac]('Z'|'z'|±hh:mm).
    static std::optional<Instant> parse(std::string_view text);
    static std::optional<Instant> parse(const QString &text);
    static Instant fromMSecsSinceEpoch(qint64 ms);
    qint64 toMSecsSinceEpoch() const { return seconds * 1000 + nanos / 1000000; }
    QDateTime toDateTime() const;
    // Canonical UTC form: 2025-01-01T00:00:00Z, with fractional digits only when needed.
    QString toString() const;
};

} // namespace ab
