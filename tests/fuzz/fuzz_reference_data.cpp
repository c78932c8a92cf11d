// Fuzzes the reference data parser (ReferenceData::loadFromData) and the autocomplete index
// built over whatever it accepts. The input is the airports, cities and airlines TSV files
// separated by form feeds, then a query, then the names TSV (last, so older seeds still read
// the same). Nothing may crash; accepted data must keep the loader's promises.
#include "backend/reference/place_index.h"

#include <QByteArray>
#include <QList>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using tripdesk::PlaceIndex;
using tripdesk::ReferenceData;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> parts = input.split('\f');
    while (parts.size() < 5)
        parts.append(QByteArray());
    const auto loaded = ReferenceData::loadFromData(parts[0], parts[1], parts[2], parts[4]);
    if (!loaded) {
        if (loaded.error().message.isEmpty() || loaded.error().detail.isEmpty())
            std::abort();
        return 0;
    }
    const auto &ref = **loaded;
    for (const auto &airport : ref.airports()) {
        if (ref.airport(airport.code) != &airport || airport.importance < 0 ||
            airport.importance > 100 || !std::isfinite(airport.latitude))
            std::abort();
        if (ref.distanceKm(airport.code, ref.airports().front().code) < 0)
            std::abort();
    }
    for (const auto &city : ref.cities()) {
        if (ref.airportsFor(city.code).isEmpty())
            std::abort();
    }
    const PlaceIndex index(*loaded);
    for (const auto &airport : ref.airports()) {
        for (const auto &n : airport.localNames) {
            if (n.name.isEmpty() || tripdesk::localNameIn(airport.localNames, n.language) != n.name)
                std::abort();
            // A place is found by its own name in any script.
            bool found = false;
            for (const auto &p : index.complete(n.name, 1000))
                found = found || p.code == airport.code;
            if (!found)
                std::abort();
        }
    }
    const QString query = QString::fromUtf8(parts[3]);
    const auto all = index.complete(query, 1 << 20);
    for (int limit : {1, 10}) {
        const auto some = index.complete(query, limit);
        if (some.size() > size_t(limit) || some.size() > all.size())
            std::abort();
        // A shorter list is the start of the longer one, however the lookup cut its work short.
        for (size_t i = 0; i < some.size(); ++i) {
            if (some[i].code != all[i].code || some[i].kind != all[i].kind)
                std::abort();
        }
    }
    for (const auto &airport : ref.airports()) {
        const auto places = index.complete(airport.code, 1);
        if (places.empty() || places.front().code != airport.code)
            std::abort();
    }
    return 0;
}
