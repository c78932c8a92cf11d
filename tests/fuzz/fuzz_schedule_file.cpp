// Fuzzes the sandbox schedule file's tables (ScheduleFile::decodeTables), past the checksum that
// would turn almost every mutation away at the door, and reads whatever it accepts the way route
// search does. Nothing may crash or read out of bounds; a refusal must say why.
#include "backend/suppliers/sandbox/schedule_file.h"

#include <cstdint>
#include <cstdlib>

using namespace tripdesk::sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto decoded = ScheduleFile::decodeTables(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), 1);
    if (!decoded) {
        if (decoded.error().detail.isEmpty())
            std::abort();
        return 0;
    }
    const Schedule &s = **decoded;
    const Minute day = Minute(20811) * 1440; // 2026-12-24
    qint64 sum = 0;
    const auto visit = [&](qint32 leg, int localDay, Minute departure) {
        sum += leg + localDay + departure + s.arrivalUtc(leg, localDay);
        return true;
    };
    for (int a = 0; a < int(s.airports().size()); ++a) {
        s.forEachDeparture(s.departures(a), a, day, day + 1440, visit);
        for (const Route &r : s.routesFrom(a)) {
            s.forEachDeparture(s.routeLegIds(r), a, day, day + 1440, visit);
            sum += s.findRoute(a, r.to) + int(s.distanceKm(a, r.to));
        }
        for (qint32 r : s.inboundRoutes(a))
            sum += s.routes()[std::size_t(r)].from;
        if (s.airportIndex(s.airports()[std::size_t(a)].code) < 0)
            std::abort();
    }
    for (const Leg &leg : s.legs())
        sum += s.findLeg(leg.carrier, leg.number) + s.carriers()[leg.carrier].pricePercent;
    return sum == 42 ? 0 : 0;
}
