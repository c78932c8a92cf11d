#pragma once
// The autocomplete index over airports and metropolitan cities: matches IATA codes, city (in
// English and in the other languages the data names it in: "मुंबई"), airport name and country,
// by prefix, over several words, ignoring case and diacritics, and ranks the place a traveller
// most likely means first. Lookups are synchronous and take one to a few microseconds, so the UI
// calls complete() on every keystroke. The index is built by the first lookup (about 20 ms),
// not when it is made.

#include "backend/reference/reference_data.h"

#include <memory>
#include <vector>

namespace tripdesk {

struct Place {
    enum class Kind { Airport, City };
    Kind kind = Kind::Airport;
    QString code;    // "BOM" or "NYC"
    QString name;    // airport name, or the city's name for a city
    QString city;    // city name
    QString country; // country name
};

class PlaceIndex
{
public:
    explicit PlaceIndex(std::shared_ptr<const ReferenceData> data);
    ~PlaceIndex();
    PlaceIndex(const PlaceIndex &) = delete;
    PlaceIndex &operator=(const PlaceIndex &) = delete;

    // Best matches first, a metropolitan city directly followed by its airports (busiest
    // first); empty for an empty or unmatched query. Safe to call from several threads.
    std::vector<Place> complete(QStringView query, int limit = 10) const;

    // Whether the first lookup has built the index yet.
    bool isBuilt() const;

    // Folds text the way the index does: lower case, diacritics removed ("São" -> "sao").
    static QString fold(QStringView text);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tripdesk
