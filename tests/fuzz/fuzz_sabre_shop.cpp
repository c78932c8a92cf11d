// Fuzzes Sabre's shopping parsers (Bargain Finder Max and Revalidate Itinerary replies) and the
// JSON reader under them. Nothing may crash; what is accepted must keep the parser's promises:
// every offer has an id that decodes to its flights, a known currency, segments in time order,
// and a record that reads back.
#include "backend/flights/flight_record_json.h"
#include "backend/suppliers/sabre/sabre_offer_key.h"
#include "backend/suppliers/sabre/sabre_shop.h"

#include <cstdint>
#include <cstdlib>

using namespace tripdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    sabre::ReplyContext context;
    context.now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    const auto shop = sabre::parseShopReply(body, context);
    if (!shop) {
        if (shop.error().message.isEmpty())
            std::abort();
    } else {
        if (shop->malformed < 0)
            std::abort();
        for (const FlightOffer &o : shop->offers) {
            const auto key = sabre::OfferKey::decode(o.id);
            if (!key || key->slices.size() != o.itineraries.size() || !o.price.isValid())
                std::abort();
            for (size_t i = 0; i < o.itineraries.size(); ++i) {
                const auto &segments = o.itineraries[i].segments;
                if (segments.empty() || segments.size() != key->slices[i].size())
                    std::abort();
                for (const Segment &s : segments) {
                    if (!(s.departure < s.arrival))
                        std::abort();
                }
            }
            if (!o.fares.empty() && !o.faresAddUp())
                std::abort();
            if (!offerFromRecord(offerRecord(o)))
                std::abort();
        }
    }
    const auto priced = sabre::parseRevalidateReply(body, context);
    if (priced && priced->holdable && !(priced->payBy > context.now))
        std::abort();
    return 0;
}
