// Fuzzes Duffel's seat maps: no crash; a seat is available exactly when it has a price, wings
// lie within the rows.
#include "duffel_fuzz_support.h"

using namespace tripdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto maps = duffel::parseSeatMaps(fuzz::bytes(data, size));
    if (!maps) {
        fuzz::checkError(maps.error());
        return 0;
    }
    for (const SeatMap &map : *maps) {
        fuzz::require(!map.segmentId.isEmpty());
        for (const SeatMapCabin &cabin : map.cabins) {
            fuzz::require(cabin.lastWingRow < int(cabin.rows.size()));
            fuzz::require(cabin.firstWingRow <= cabin.lastWingRow);
            for (const SeatMapRow &row : cabin.rows) {
                fuzz::require(row.number >= 0);
                for (const auto &section : row.sections) {
                    for (const SeatMapElement &e : section) {
                        fuzz::require(e.available == !e.prices.empty());
                        for (const auto &p : e.prices) {
                            fuzz::require(!p.serviceId.isEmpty());
                            fuzz::checkMoney(p.price);
                        }
                    }
                }
            }
        }
        (void)seatMapRecord(map);
    }
    return 0;
}
