#pragma once
// Time for the demo evidence: epoch milliseconds to RFC 3339 with milliseconds and Z, without the C library's
// locale or time zone, and the gateway's time-ordered event ids.
#include "demo/Rng.h"

#include <QtGlobal>

#include <string>

namespace ab::demo {

constexpr qint64 DayMs = 86400000;

// Midnight UTC of a calendar date, in epoch milliseconds.
qint64 epochMs(int y, unsigned m, unsigned d);
// "2025-01-01T00:00:00.000Z" (or without the milliseconds).
std::string rfc3339(qint64 ms, bool withMillis = true);
// ULID-like event id: 10 Crockford base32 characters of the time, 16 random ones ("evt_01HZ...").
std::string eventId(qint64 ms, Rng &rng);

} // namespace ab::demo
