// One pricingInformation of a grouped itinerary into a FlightOffer: prices per passenger type,
// booking classes, fare bases and brands per segment, bags per passenger type and segment, change
// and refund penalties, seats left and the last ticketing date.
#include "backend/suppliers/sabre/sabre_shop_internal.h"

#include "backend/suppliers/sabre/sabre_codes.h"

#include <algorithm>

namespace tripdesk::sabre::detail {

using namespace Qt::StringLiterals;

namespace {

struct FareSegment {
    QString bookingCode;
    QString cabinCode;
    int seats = -1;
    QString fareBasis;
    QString brandCode;
    QString brandName;
};

bool money(const JsonValue &amount, const QString &currency, Money &out)
{
    if (!amount.exists())
        return false;
    auto parsed = Money::parse(amount.decimalText(), currency);
    if (!parsed)
        return false;
    out = *parsed;
    return true;
}

// The flat list of a passenger's fare segments, in journey order, each with its component's
// fare basis and brand.
bool fareSegments(const Descriptors &descs, const JsonValue &passenger,
                  std::vector<FareSegment> &out, QString &failure)
{
    for (const JsonValue &component : passenger["fareComponents"_L1]) {
        const JsonValue desc = descs.fareComponents.find(component["ref"_L1]);
        if (!desc.isObject()) {
            failure = u"fare component ref %1 not in fareComponentDescs"_s.arg(
                component["ref"_L1].text());
            return false;
        }
        const JsonValue brand = desc["brand"_L1];
        for (const JsonValue &entry : component["segments"_L1]) {
            const JsonValue s = entry["segment"_L1];
            if (!s.isObject())
                continue; // a surface sector (ARUNK) between flights
            FareSegment f;
            f.bookingCode = s["bookingCode"_L1].text();
            f.cabinCode = s["cabinCode"_L1].text();
            f.seats = s["seatsAvailable"_L1].toInt(-1);
            f.fareBasis = desc["fareBasisCode"_L1].text();
            f.brandCode = brand["code"_L1].text();
            f.brandName = brand["brandName"_L1].text();
            if (f.bookingCode.isEmpty()) {
                failure = u"fare segment without a booking code"_s;
                return false;
            }
            out.push_back(std::move(f));
        }
    }
    return true;
}

// Pieces and kilograms of one allowance descriptor; a weight-only allowance is one bag of up
// to that weight.
bool allowance(const JsonValue &desc, int &pieces, int &kg)
{
    if (!desc.isObject())
        return false;
    pieces = std::clamp(desc["pieceCount"_L1].toInt(-1), -1, 99);
    const int weight = std::clamp(desc["weight"_L1].toInt(0), 0, 999);
    const QString unit = desc["unit"_L1].text().toLower();
    kg = unit.startsWith(u"lb"_s) || unit.startsWith(u"pound"_s) ? (weight * 4536 + 5000) / 10000
                                                                 : weight;
    if (pieces < 0)
        pieces = weight > 0 ? 1 : 0;
    return true;
}

bool baggage(const Descriptors &descs, const JsonValue &passenger, PassengerType type,
             std::vector<Segment *> &segments, QString &failure)
{
    for (const JsonValue &info : passenger["baggageInformation"_L1]) {
        const JsonValue provision = info["provisionType"_L1];
        const bool checked = provision.equals("A"_L1);
        if (!checked && !provision.equals("B"_L1))
            continue; // charges (C), embargoes (E) and the like are not an allowance
        int pieces = 0, kg = 0;
        if (!allowance(descs.allowances.find(info["allowance"_L1]["ref"_L1]), pieces, kg)) {
            failure = u"baggage allowance ref %1 not in baggageAllowanceDescs"_s.arg(
                info["allowance"_L1]["ref"_L1].text());
            return false;
        }
        for (const JsonValue &s : info["segments"_L1]) {
            const int index = s["id"_L1].toInt(-1);
            if (index < 0 || index >= int(segments.size())) {
                failure = u"baggage for segment %1 of %2"_s.arg(index).arg(segments.size());
                return false;
            }
            auto &list = segments[size_t(index)]->baggage;
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const BaggageAllowance &b) { return b.passenger == type; });
            if (it == list.end()) {
                // Cabin bags unless the fare says otherwise: Sabre fares nearly always include one.
                list.push_back({type, 0, 0, 1});
                it = list.end() - 1;
            }
            if (checked) {
                it->checked = pieces;
                it->checkedKg = kg;
            } else {
                it->carryOn = pieces;
            }
        }
    }
    return true;
}

// Change and refund terms before departure (after it only when nothing is said before).
FareConditions conditions(const JsonValue &passenger, QString &failure)
{
    FareConditions c;
    c.refundKnown = false;
    c.changeKnown = false;
    const JsonValue nonRefundable = passenger["nonRefundable"_L1];
    if (nonRefundable.isBool()) {
        c.refundKnown = true;
        c.refundable = !nonRefundable.toBool();
    }
    const auto apply = [&](const JsonValue &p) {
        const bool exchange = p["type"_L1].equals("Exchange"_L1);
        if (!exchange && !p["type"_L1].equals("Refund"_L1))
            return;
        const JsonValue allowed = p[exchange ? "changeable"_L1 : "refundable"_L1];
        std::optional<Money> fee;
        if (p["amount"_L1].exists()) {
            Money m;
            if (!money(p["amount"_L1], p["currency"_L1].text(), m)) {
                failure =
                    u"penalty amount %1 %2"_s.arg(p["amount"_L1].text(), p["currency"_L1].text());
                return;
            }
            fee = m;
        }
        if (exchange) {
            c.changeKnown = true;
            c.changeable = allowed.toBool(fee.has_value());
            c.changePenalty = c.changeable ? fee : std::nullopt;
        } else {
            c.refundKnown = true;
            c.refundable = allowed.toBool(fee.has_value());
            c.refundPenalty = c.refundable ? fee : std::nullopt;
        }
    };
    const JsonValue penalties = passenger["penaltiesInfo"_L1]["penalties"_L1];
    for (const char *when : {"After", "Before"}) { // Before last, so it wins
        for (const JsonValue &p : penalties) {
            if (p["applicability"_L1].equals(QLatin1StringView(when)) ||
                (!p["applicability"_L1].exists() && QLatin1StringView(when) == "Before"_L1))
                apply(p);
        }
    }
    return c;
}

} // namespace

bool buildOffer(const Descriptors &descs, const std::vector<const BuiltLeg *> &legs,
                const JsonValue &pricing, const ReplyContext &context, FlightOffer &offer,
                QString &failure, bool &skip)
{
    const JsonValue fare = pricing["fare"_L1];
    const JsonValue passengers = fare["passengerInfoList"_L1];
    if (!fare.isObject() || passengers.size() == 0) {
        skip = true; // sold out, or a fare Sabre could not price
        return false;
    }
    offer.supplier = kSupplierId;
    OfferKey key;
    key.validatingCarrier = fare["validatingCarrierCode"_L1].text();
    std::vector<Segment *> segments;
    for (const BuiltLeg *leg : legs) {
        Itinerary itinerary;
        itinerary.segments = leg->segments;
        offer.itineraries.push_back(std::move(itinerary));
        key.slices.push_back(leg->keys);
    }
    for (Itinerary &it : offer.itineraries) {
        for (Segment &s : it.segments)
            segments.push_back(&s);
    }

    const JsonValue total = fare["totalFare"_L1];
    const QString currency = total["currency"_L1].text();
    if (!money(total["totalPrice"_L1], currency, offer.price)) {
        failure = u"total %1 %2"_s.arg(total["totalPrice"_L1].text(), currency);
        return false;
    }

    // The first adult's fare decides the segments' classes, brand and terms; with no adult, the
    // first passenger's.
    int primary = -1;
    for (int i = 0; i < passengers.size(); ++i) {
        const JsonValue info = passengers.at(i)["passengerInfo"_L1];
        if (!info.isObject()) {
            skip = true; // passengerNotAvailableInfo: the party cannot travel on this fare
            return false;
        }
        if (primary < 0 && passengerTypeOf(info["passengerType"_L1].text()) == PassengerType::Adult)
            primary = i;
    }
    if (primary < 0)
        primary = 0;

    for (int i = 0; i < passengers.size(); ++i) {
        const JsonValue info = passengers.at(i)["passengerInfo"_L1];
        const QString code = info["passengerType"_L1].text();
        const PassengerType type = passengerTypeOf(code);
        // passengerNumber is how many passengers this fare is for; newer versions add total.
        const int count = info["total"_L1].toInt(info["passengerNumber"_L1].toInt(0));
        if (code.isEmpty() || count <= 0 || count > 9) {
            failure = u"passenger fare without a type or count"_s;
            return false;
        }
        key.passengers.push_back({code, count});
        const JsonValue ptf = info["passengerTotalFare"_L1];
        const QString paxCurrency = ptf["currency"_L1].text();
        Money each, taxes;
        if (!money(ptf["totalFare"_L1], paxCurrency, each) ||
            !money(ptf["totalTaxAmount"_L1], paxCurrency, taxes)) {
            failure = u"passenger total %1 %2"_s.arg(ptf["totalFare"_L1].text(), paxCurrency);
            return false;
        }
        // The base in the selling currency is what remains after taxes: Sabre's baseFareAmount
        // is in the fare's filing currency, which may differ.
        auto base = each.minus(taxes);
        if (!base || base->minorUnits() < 0 || taxes.minorUnits() < 0) {
            failure = u"passenger taxes exceed the total"_s;
            return false;
        }
        offer.fares.push_back({type, count, *base, taxes});
        if (!baggage(descs, info, type, segments, failure))
            return false;
    }
    if (!offer.faresAddUp())
        offer.fares.clear(); // the total stands; per-type prices that contradict it do not

    const JsonValue main = passengers.at(primary)["passengerInfo"_L1];
    std::vector<FareSegment> fareSegs;
    if (!fareSegments(descs, main, fareSegs, failure))
        return false;
    if (fareSegs.size() != segments.size()) {
        failure = u"%1 fare segments for %2 flights"_s.arg(fareSegs.size()).arg(segments.size());
        return false;
    }
    QStringList brands;
    int seats = -1;
    size_t k = 0;
    for (size_t slice = 0; slice < key.slices.size(); ++slice) {
        for (OfferKeyFlight &flight : key.slices[slice]) {
            const FareSegment &f = fareSegs[k];
            Segment &s = *segments[k];
            s.fareClass = f.bookingCode;
            s.fareBasis = f.fareBasis;
            s.cabin = cabinFromCode(f.cabinCode);
            flight.bookingClass = f.bookingCode;
            flight.fareBasis = f.fareBasis;
            flight.cabinCode = f.cabinCode;
            flight.brandCode = f.brandCode;
            const QString brand = f.brandName.isEmpty() ? f.brandCode : f.brandName;
            if (!brand.isEmpty() && !brands.contains(brand))
                brands << brand;
            if (f.seats >= 0)
                seats = seats < 0 ? f.seats : std::min(seats, f.seats);
            ++k;
        }
    }
    offer.fareBrand = brands.join(u" / "_s);
    if (seats >= 0)
        offer.seatsLeft = seats;

    offer.conditions = conditions(main, failure);
    if (!failure.isEmpty())
        return false;

    // Bags for the whole offer: what the main passenger may take on every segment.
    const PassengerType mainType = passengerTypeOf(main["passengerType"_L1].text());
    int checked = -1, carryOn = -1;
    for (const Segment *s : segments) {
        for (const BaggageAllowance &b : s->baggage) {
            if (b.passenger != mainType)
                continue;
            checked = checked < 0 ? b.checked : std::min(checked, b.checked);
            carryOn = carryOn < 0 ? b.carryOn : std::min(carryOn, b.carryOn);
        }
    }
    if (checked >= 0)
        offer.baggage = {checked, carryOn};

    QString lastDate = fare["lastTicketDate"_L1].text();
    QString lastTime = fare["lastTicketTime"_L1].text();
    if (lastDate.isEmpty()) {
        lastDate = main["lastTicketDate"_L1].text();
        lastTime = main["lastTicketTime"_L1].text();
    }
    offer.expiresAt = deadline(lastDate, lastTime, context.agencyZone);

    offer.id = key.encode();
    return true;
}

} // namespace tripdesk::sabre::detail
