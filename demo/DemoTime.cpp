#include "demo/DemoTime.h"

#include <cstdio>

namespace ab::demo {

namespace {

// Howard Hinnant's days-from-civil algorithms: exact for every Gregorian date, no time zone involved.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(qint64(yoe) + era * 400 + (m <= 2));
}

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

} // namespace

qint64 epochMs(int y, unsigned m, unsigned d)
{
    return daysFromCivil(y, m, d) * DayMs;
}

std::string rfc3339(qint64 ms, bool withMillis)
{
    const qint64 days = ms >= 0 ? ms / DayMs : (ms - DayMs + 1) / DayMs;
    qint64 rest = ms - days * DayMs;
    int y;
    unsigned mo, d;
    civilFromDays(days, y, mo, d);
    const int h = int(rest / 3600000);
    rest %= 3600000;
    const int mi = int(rest / 60000);
    rest %= 60000;
    char buf[40];
    if (withMillis)
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y, mo, d, h, mi,
                      int(rest / 1000), int(rest % 1000));
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", y, mo, d, h, mi, int(rest / 1000));
    return buf;
}

std::string eventId(qint64 ms, Rng &rng)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string id = "evt_";
    id.resize(4 + 26);
    quint64 t = quint64(ms);
    for (int i = 9; i >= 0; --i) {
        id[4 + size_t(i)] = alphabet[t & 31];
        t >>= 5;
    }
    quint64 bits = rng.next();
    for (int i = 0; i < 16; ++i) {
        if (i == 12)
            bits = rng.next();
        id[14 + size_t(i)] = alphabet[bits & 31];
        bits >>= 5;
    }
    return id;
}

} // namespace ab::demo
