#include "backend/suppliers/sandbox/seat_map_builder.h"

#include "backend/suppliers/sandbox/rng.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tripdesk::sandbox {

namespace {

const QString kSeatPrefix = QStringLiteral("seat.");

// Seat letters by block between aisles, left to right, as each kind of aircraft seats a cabin.
QLatin1StringView layoutFor(AircraftKind kind, Cabin cabin, int seats)
{
    switch (kind) {
    case AircraftKind::Turboprop:
        return QLatin1StringView("AC|DF");
    case AircraftKind::RegionalJet:
        return QLatin1StringView(cabin == Cabin::Economy ? "AC|DF" : "A|DF");
    case AircraftKind::NarrowBody:
        return QLatin1StringView(cabin == Cabin::Economy ? "ABC|DEF" : "AC|DF");
    case AircraftKind::WideBody:
        switch (cabin) {
        case Cabin::Economy:
            return QLatin1StringView(seats >= 280 ? "ABC|DEFG|HJK" : "ABC|DEF|HJK");
        case Cabin::PremiumEconomy:
            return QLatin1StringView(seats >= 40 ? "AC|DEFG|HK" : "AC|DEF|HK");
        case Cabin::Business:
            return QLatin1StringView("A|EF|K");
        case Cabin::First:
            return QLatin1StringView("A|E|K");
        }
    }
    return QLatin1StringView("ABC|DEF");
}

// Where the wings are, as shares of the aircraft's seat rows from the front.
std::pair<double, double> wingShare(AircraftKind kind)
{
    switch (kind) {
    case AircraftKind::Turboprop:
        return {0.15, 0.40};
    case AircraftKind::RegionalJet:
        return {0.40, 0.65};
    case AircraftKind::NarrowBody:
        return {0.35, 0.62};
    case AircraftKind::WideBody:
        return {0.30, 0.58};
    }
    return {0.35, 0.62};
}

SeatMapElement facility(SeatMapElement::Kind kind)
{
    SeatMapElement e;
    e.kind = kind;
    return e;
}

// A row of galleys, lavatories or closets across the cabin: `left` by the first block's wall,
// `right` by the last's.
SeatMapRow facilityRow(int sections, SeatMapElement::Kind left, SeatMapElement::Kind right)
{
    SeatMapRow row;
    for (int i = 0; i < sections; ++i) {
        const auto kind = i == 0 ? left : i == sections - 1 ? right : SeatMapElement::Kind::Empty;
        row.sections.push_back({facility(kind)});
    }
    return row;
}

// A taken-seat candidate: where it is in the map and how likely it is to be taken first.
struct Place {
    std::size_t cabin, row, section, element;
    quint64 score;
};

} // namespace

QString seatServiceId(const QString &segmentId, const QString &designator)
{
    return kSeatPrefix + segmentId + u'.' + designator;
}

bool parseSeatServiceId(QStringView id, QString *segmentId, QString *designator)
{
    if (!id.startsWith(kSeatPrefix) || id.size() > 60)
        return false;
    const QStringView rest = id.mid(kSeatPrefix.size());
    const qsizetype dot = rest.lastIndexOf(u'.');
    if (dot <= 0 || dot == rest.size() - 1)
        return false;
    *segmentId = rest.left(dot).toString();
    *designator = rest.mid(dot + 1).toString();
    return true;
}

SeatMapBuilder::SeatMapBuilder(const Schedule &schedule, const Availability &availability,
                               const FareModel &fares)
    : m_schedule(schedule)
    , m_availability(availability)
    , m_fares(fares)
{}

SeatMap SeatMapBuilder::build(const SeatMapFlight &flight, const QSet<QString> &chosen) const
{
    const Leg &leg = m_schedule.legs()[std::size_t(flight.leg)];
    const AircraftKind kind = aircraftTypes()[leg.aircraft].kind;
    SeatMap map;
    map.id = QStringLiteral("seatmap.") + flight.segmentId;
    map.segmentId = flight.segmentId;

    // From the front: first, business, premium economy, economy.
    std::vector<Cabin> cabins;
    int totalRows = 0;
    for (Cabin c : {Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy}) {
        const int seats = leg.seats[std::size_t(c)];
        if (seats == 0)
            continue;
        const qsizetype abreast =
            layoutFor(kind, c, seats).size() - layoutFor(kind, c, seats).count(QLatin1Char('|'));
        totalRows += int((seats + abreast - 1) / abreast);
        cabins.push_back(c);
    }
    const auto [wingFrom, wingTo] = wingShare(kind);
    const int wingFirst = int(std::floor(totalRows * wingFrom));
    const int wingLast = std::max(wingFirst, int(std::ceil(totalRows * wingTo)) - 1);
    const double distanceKm = leg.distanceKm;
    const Money legroom = m_fares.seatPrice(FareModel::PaidSeat::ExtraLegroom, distanceKm);
    const Money preferred = m_fares.seatPrice(FareModel::PaidSeat::Preferred, distanceKm);
    const quint64 flightKey =
        mixHash({m_schedule.seed(), leg.carrier, leg.number, quint64(quint32(flight.localDay))});

    int seatRow = 0; // across the whole aircraft, from the front
    int number = 1;  // as painted
    std::vector<std::vector<Place>> candidates;
    std::vector<int> chosenInCabin;
    for (std::size_t ci = 0; ci < cabins.size(); ++ci) {
        const Cabin cabin = cabins[ci];
        const int seats = leg.seats[std::size_t(cabin)];
        const QStringList blocks =
            QString(layoutFor(kind, cabin, seats)).split(u'|', Qt::SkipEmptyParts);
        const int sections = int(blocks.size());
        const int abreast = int(blocks.join(QString()).size());
        const int rows = (seats + abreast - 1) / abreast;
        const bool economy = cabin == Cabin::Economy;
        const bool bookable = cabin == flight.cabin;

        // Exit rows in economy: over the wing on single-aisle aircraft (two on the longer
        // ones), at the door and halfway back on wide bodies.
        std::vector<int> exits; // cabin row indexes
        if (economy) {
            const int wingMiddle = (wingFirst + wingLast) / 2 - seatRow;
            const auto inCabin = [rows](int r) { return std::clamp(r, 1, std::max(1, rows - 1)); };
            if (kind == AircraftKind::WideBody) {
                exits = {0, inCabin(rows / 2)};
            } else {
                exits.push_back(inCabin(wingMiddle));
                if (kind == AircraftKind::NarrowBody && rows >= 20)
                    exits.push_back(inCabin(wingMiddle + 1));
            }
        }

        SeatMapCabin out;
        out.cabin = cabin;
        out.aisles = sections - 1;
        out.rows.push_back(ci == 0 ? facilityRow(sections, SeatMapElement::Kind::Galley,
                                                 SeatMapElement::Kind::Lavatory)
                                   : facilityRow(sections, SeatMapElement::Kind::Lavatory,
                                                 economy ? SeatMapElement::Kind::Galley
                                                         : SeatMapElement::Kind::Closet));
        std::vector<Place> places;
        int inCabinChosen = 0;
        int placed = 0;
        for (int r = 0; r < rows; ++r, ++seatRow) {
            if (number == 13)
                ++number;
            const bool exit = std::find(exits.begin(), exits.end(), r) != exits.end();
            const bool bulkhead = economy && r == 0;
            const bool front = economy && r >= 1 && r <= 3 && !exit;
            if (seatRow >= wingFirst && seatRow <= wingLast) {
                const int index = int(out.rows.size());
                if (out.firstWingRow < 0)
                    out.firstWingRow = index;
                out.lastWingRow = index;
            }
            SeatMapRow row;
            row.number = number;
            int letterIndex = 0;
            for (int s = 0; s < sections; ++s) {
                std::vector<SeatMapElement> block;
                if (exit && s == 0)
                    block.push_back(facility(SeatMapElement::Kind::ExitRow));
                for (QChar letter : blocks[s]) {
                    SeatMapElement e;
                    if (placed >= seats) { // the last row of a cabin may be short
                        block.push_back(e);
                        ++letterIndex;
                        continue;
                    }
                    ++placed;
                    e.kind = SeatMapElement::Kind::Seat;
                    e.designator = QString::number(number) + letter;
                    Money price(0, m_fares.currency());
                    if (exit || bulkhead) {
                        e.name =
                            exit ? QCoreApplication::translate("SandboxSeatMap", "Exit row seat")
                                 : QCoreApplication::translate("SandboxSeatMap",
                                                               "Extra legroom seat");
                        price = legroom;
                    } else if (front) {
                        e.name = QCoreApplication::translate("SandboxSeatMap", "Preferred seat");
                        price = preferred;
                    }
                    if (exit) {
                        e.disclosures << QCoreApplication::translate(
                            "SandboxSeatMap",
                            "Exit row seats are not for children or for passengers travelling "
                            "with an infant.");
                    }
                    const bool window = letterIndex == 0 || letterIndex == abreast - 1;
                    const bool aisle = (letter == blocks[s].front() && s > 0) ||
                                       (letter == blocks[s].back() && s < sections - 1);
                    if (chosen.contains(e.designator)) {
                        ++inCabinChosen;
                    } else if (bookable) {
                        e.available = true;
                        e.prices.push_back(
                            {QString(), seatServiceId(flight.segmentId, e.designator), price});
                    }
                    if (!chosen.contains(e.designator)) {
                        // Windows, aisles and the front go first.
                        const quint64 h =
                            mixHash({flightKey, quint64(number), quint64(letter.unicode())}) % 1000;
                        const quint64 bias = (window || aisle ? 0 : 250) + quint64(r * 300 / rows);
                        places.push_back(
                            {ci, out.rows.size(), std::size_t(s), block.size(), h + bias});
                    }
                    block.push_back(std::move(e));
                    ++letterIndex;
                }
                if (exit && s == sections - 1)
                    block.push_back(facility(SeatMapElement::Kind::ExitRow));
                row.sections.push_back(std::move(block));
            }
            out.rows.push_back(std::move(row));
            ++number;
        }
        if (ci + 1 == cabins.size())
            out.rows.push_back(facilityRow(sections, SeatMapElement::Kind::Lavatory,
                                           SeatMapElement::Kind::Lavatory));
        map.cabins.push_back(std::move(out));
        candidates.push_back(std::move(places));
        chosenInCabin.push_back(inCabinChosen);
    }

    // As many seats of each cabin taken as the inventory has sold there, the chosen ones first.
    for (std::size_t ci = 0; ci < cabins.size(); ++ci) {
        std::vector<Place> &places = candidates[ci];
        const int sold = m_availability.seatsSold(flight.leg, flight.localDay, cabins[ci]);
        const std::size_t taken =
            std::min(places.size(), std::size_t(std::max(0, sold - chosenInCabin[ci])));
        std::stable_sort(places.begin(), places.end(),
                         [](const Place &a, const Place &b) { return a.score < b.score; });
        for (std::size_t i = 0; i < taken; ++i) {
            const Place &p = places[i];
            SeatMapElement &e = map.cabins[p.cabin].rows[p.row].sections[p.section][p.element];
            e.available = false;
            e.prices.clear();
        }
    }
    return map;
}

const SeatMapElement *findSeat(const SeatMap &map, QStringView designator, Cabin *cabin)
{
    for (const SeatMapCabin &c : map.cabins) {
        for (const SeatMapRow &row : c.rows) {
            for (const auto &block : row.sections) {
                for (const SeatMapElement &e : block) {
                    if (e.kind == SeatMapElement::Kind::Seat && e.designator == designator) {
                        if (cabin)
                            *cabin = c.cabin;
                        return &e;
                    }
                }
            }
        }
    }
    return nullptr;
}

} // namespace tripdesk::sandbox
