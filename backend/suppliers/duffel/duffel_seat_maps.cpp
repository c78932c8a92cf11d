// Duffel seat maps: per segment, cabins of rows of sections of elements; a seat can be chosen
// when Duffel lists a service (a price per passenger) for it.

#include "backend/suppliers/duffel/duffel_reading.h"

namespace tripdesk::duffel {

using namespace detail;

namespace {

SeatMapElement::Kind elementKind(const QString &type)
{
    using Kind = SeatMapElement::Kind;
    static const std::pair<QLatin1StringView, Kind> kinds[] = {
        {"seat"_L1, Kind::Seat},         {"empty"_L1, Kind::Empty},
        {"exit_row"_L1, Kind::ExitRow},  {"bassinet"_L1, Kind::Bassinet},
        {"lavatory"_L1, Kind::Lavatory}, {"restroom"_L1, Kind::Lavatory},
        {"galley"_L1, Kind::Galley},     {"closet"_L1, Kind::Closet},
        {"stairs"_L1, Kind::Stairs},
    };
    for (const auto &[name, kind] : kinds) {
        if (type == name)
            return kind;
    }
    return Kind::Other;
}

// The row number painted on the seats: the digits of the first seat's designator ("14C").
int rowNumber(const SeatMapRow &row)
{
    for (const auto &section : row.sections) {
        for (const SeatMapElement &e : section) {
            if (e.kind != SeatMapElement::Kind::Seat)
                continue;
            int number = 0;
            for (QChar c : e.designator) {
                if (c < u'0' || c > u'9' || number > 9999)
                    break;
                number = number * 10 + (c.unicode() - u'0');
            }
            if (number > 0)
                return number;
        }
    }
    return 0;
}

SeatMapElement readElement(const QJsonObject &o, Reader &scratch)
{
    SeatMapElement e;
    e.kind = elementKind(o.value("type"_L1).toString());
    e.designator = o.value("designator"_L1).toString();
    e.name = o.value("name"_L1).toString();
    for (const QJsonValue &d : o.value("disclosures"_L1).toArray())
        e.disclosures.append(d.toString());
    for (const QJsonValue &v : o.value("available_services"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        SeatMapElement::Price price;
        price.serviceId = s.value("id"_L1).toString();
        price.passengerId = s.value("passenger_id"_L1).toString();
        auto amount = scratch.optionalMoney(s, "total_amount"_L1, "total_currency"_L1);
        // A price that cannot be read, or no id to order it by, is not offered.
        if (price.serviceId.isEmpty() || !amount || amount->minorUnits() < 0)
            continue;
        price.price = *amount;
        e.prices.push_back(std::move(price));
    }
    e.available = !e.prices.empty();
    return e;
}

std::optional<SeatMap> readSeatMap(const QJsonObject &o, Reader &scratch)
{
    SeatMap map;
    map.id = o.value("id"_L1).toString();
    map.segmentId = o.value("segment_id"_L1).toString();
    const QJsonValue cabins = o.value("cabins"_L1);
    if (map.segmentId.isEmpty() || !cabins.isArray())
        return std::nullopt;
    for (const QJsonValue &c : cabins.toArray()) {
        const QJsonObject co = c.toObject();
        SeatMapCabin cabin;
        cabin.cabin =
            cabinFromString(co.value("cabin_class"_L1).toString()).value_or(Cabin::Economy);
        cabin.deck = std::clamp(co.value("deck"_L1).toInt(), 0, 1);
        cabin.aisles = std::clamp(co.value("aisles"_L1).toInt(1), 0, 4);
        const QJsonArray rows = co.value("rows"_L1).toArray();
        const QJsonObject wings = co.value("wings"_L1).toObject();
        const int first = wings.value("first_row_index"_L1).toInt(-1);
        const int last = wings.value("last_row_index"_L1).toInt(-1);
        // Indexes outside the rows sent, or reversed, say nothing usable about the wings.
        if (first >= 0 && last >= first && last < rows.size()) {
            cabin.firstWingRow = first;
            cabin.lastWingRow = last;
        }
        cabin.rows.reserve(size_t(rows.size()));
        for (const QJsonValue &rv : rows) {
            SeatMapRow row;
            for (const QJsonValue &sv : rv.toObject().value("sections"_L1).toArray()) {
                std::vector<SeatMapElement> section;
                for (const QJsonValue &ev : sv.toObject().value("elements"_L1).toArray())
                    section.push_back(readElement(ev.toObject(), scratch));
                row.sections.push_back(std::move(section));
            }
            row.number = rowNumber(row);
            cabin.rows.push_back(std::move(row));
        }
        map.cabins.push_back(std::move(cabin));
    }
    return map;
}

} // namespace

Result<std::vector<SeatMap>> parseSeatMaps(const QByteArray &body)
{
    auto doc = readDocument(body, "seat maps");
    if (!doc)
        return doc.error();
    const QJsonValue data = doc->value("data"_L1);
    if (!data.isArray())
        return unreadable(u"duffel seat maps: data is not a list"_s);
    const ParseContext context;
    ZoneCache zones;
    Reader scratch(context, zones);
    std::vector<SeatMap> maps;
    for (const QJsonValue &v : data.toArray()) {
        if (auto map = readSeatMap(v.toObject(), scratch))
            maps.push_back(std::move(*map));
    }
    return maps;
}

} // namespace tripdesk::duffel
