#include "backend/suppliers/sabre/sabre_shop.h"

#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_shop_internal.h"

#include <QSet>

#include <cstdlib>

namespace tripdesk::sabre {

using namespace Qt::StringLiterals;

namespace detail {

void DescIndex::add(const JsonValue &list)
{
    for (const JsonValue &item : list) {
        const auto id = item["id"_L1].integer();
        if (!id)
            continue;
        if (*id >= 0 && *id < kDense) {
            if (size_t(*id) >= m_dense.size())
                m_dense.resize(size_t(*id) + 1);
            m_dense[size_t(*id)] = item;
        } else {
            m_sparse.insert(*id, item);
        }
    }
}

JsonValue DescIndex::find(const JsonValue &ref) const
{
    const auto id = ref.integer();
    if (!id)
        return {};
    if (*id >= 0 && *id < kDense)
        return size_t(*id) < m_dense.size() ? m_dense[size_t(*id)] : JsonValue();
    return m_sparse.value(*id);
}

QDate parseDate(QStringView t)
{
    if (t.size() != 10 || t[4] != u'-' || t[7] != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const QChar c = t[starts[p] + i];
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c.unicode() - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

namespace {

// "07:30", "07:30:00", each with "+05:30", "-04:00" or "Z": seconds into the day and the UTC
// offset in seconds. Sabre's schedule times always carry their offset; without one no instant
// can be known, so such a time is refused.
bool parseClock(QStringView t, int &seconds, int &offset)
{
    const auto two = [&](int at, int &out) {
        if (at + 2 > t.size() || !t[at].isDigit() || !t[at + 1].isDigit())
            return false;
        out = (t[at].unicode() - u'0') * 10 + (t[at + 1].unicode() - u'0');
        return true;
    };
    int h = 0, m = 0, s = 0;
    if (!two(0, h) || t.size() < 5 || t[2] != u':' || !two(3, m) || h > 23 || m > 59)
        return false;
    int at = 5;
    if (at < t.size() && t[at] == u':') {
        if (!two(at + 1, s) || s > 59)
            return false;
        at += 3;
    }
    seconds = h * 3600 + m * 60 + s;
    if (at < t.size() && t[at] == u'Z' && at + 1 == t.size()) {
        offset = 0;
        return true;
    }
    if (at >= t.size() || (t[at] != u'+' && t[at] != u'-'))
        return false;
    int oh = 0, om = 0;
    if (!two(at + 1, oh) || at + 3 >= t.size() || t[at + 3] != u':' || !two(at + 4, om) ||
        at + 6 != t.size() || oh > 14 || om > 59)
        return false;
    offset = (oh * 3600 + om * 60) * (t[at] == u'-' ? -1 : 1);
    return true;
}

QString localStamp(const QDate &date, int seconds)
{
    return date.toString(u"yyyy-MM-dd"_s) + u'T' +
           QString::number(seconds / 3600).rightJustified(2, u'0') + u':' +
           QString::number(seconds / 60 % 60).rightJustified(2, u'0');
}

QDateTime instant(const QDate &date, int seconds, int offset)
{
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return QDateTime::fromMSecsSinceEpoch((days * 86400 + seconds - offset) * 1000, Qt::UTC);
}

QString flightNumber(const JsonValue &v)
{
    const auto n = v.integer();
    return n && *n > 0 && *n < 100000 ? QString::number(*n) : QString();
}

} // namespace

QDateTime deadline(const QString &date, const QString &time, const QTimeZone &zone)
{
    const QDate d = parseDate(date);
    if (!d.isValid())
        return {};
    QTime t = time.isEmpty() ? QTime(23, 59) : QTime::fromString(time, u"HH:mm"_s);
    if (!t.isValid())
        t = QTime(23, 59);
    return QDateTime(d, t, zone).toUTC();
}

PassengerType passengerTypeOf(QStringView code)
{
    if (code == u"INF")
        return PassengerType::Infant;
    if (code == u"CNN" || code == u"CHD" || code == u"INS")
        return PassengerType::Child;
    if (code.size() == 3 && code[0] == u'C' && code[1].isDigit() && code[2].isDigit())
        return PassengerType::Child;
    return PassengerType::Adult;
}

BuiltLeg buildLeg(const Descriptors &descs, const JsonValue &legRef, const QString &date)
{
    BuiltLeg leg;
    const JsonValue desc = descs.legs.find(legRef);
    const QDate legDate = parseDate(date);
    if (!desc.isObject()) {
        leg.failure = u"leg ref %1 not in legDescs"_s.arg(legRef.text());
        return leg;
    }
    if (!legDate.isValid()) {
        leg.failure = u"leg without a departure date"_s;
        return leg;
    }
    const JsonValue schedules = desc["schedules"_L1];
    if (schedules.size() == 0) {
        leg.failure = u"leg without schedules"_s;
        return leg;
    }
    for (const JsonValue &ref : schedules) {
        const JsonValue s = descs.schedules.find(ref["ref"_L1]);
        if (!s.isObject()) {
            leg.failure = u"schedule ref %1 not in scheduleDescs"_s.arg(ref["ref"_L1].text());
            return leg;
        }
        const JsonValue carrier = s["carrier"_L1];
        const JsonValue dep = s["departure"_L1];
        const JsonValue arr = s["arrival"_L1];
        // Days after the leg's date the flight leaves, then the day it arrives (relative to it).
        const int adjust = ref["departureDateAdjustment"_L1].toInt(0);
        const int depAdjust = dep["dateAdjustment"_L1].toInt(0);
        const int arrAdjust = arr["dateAdjustment"_L1].toInt(0);
        // A flight is never more than a few days off its leg's date; anything else is garbage.
        constexpr int kMaxDays = 7;
        if (std::abs(adjust) > kMaxDays || std::abs(depAdjust) > kMaxDays ||
            std::abs(arrAdjust) > kMaxDays) {
            leg.failure =
                u"schedule %1 with a day adjustment out of range"_s.arg(s["id"_L1].text());
            return leg;
        }
        const QDate depDate = legDate.addDays(adjust + depAdjust);
        const QDate arrDate = legDate.addDays(adjust + arrAdjust);
        int depSecs = 0, depOffset = 0, arrSecs = 0, arrOffset = 0;
        if (!parseClock(dep["time"_L1].text(), depSecs, depOffset) ||
            !parseClock(arr["time"_L1].text(), arrSecs, arrOffset)) {
            leg.failure = u"schedule %1 without local times and offsets"_s.arg(s["id"_L1].text());
            return leg;
        }
        Segment seg;
        seg.carrier = carrier["marketing"_L1].text();
        seg.flightNumber = flightNumber(carrier["marketingFlightNumber"_L1]);
        seg.origin = dep["airport"_L1].text();
        seg.destination = arr["airport"_L1].text();
        if (seg.carrier.isEmpty() || seg.flightNumber.isEmpty() || seg.origin.size() != 3 ||
            seg.destination.size() != 3) {
            leg.failure =
                u"schedule %1 without carrier, flight or airports"_s.arg(s["id"_L1].text());
            return leg;
        }
        const QString operating = carrier["operating"_L1].text();
        seg.operatingCarrier = operating.isEmpty() ? seg.carrier : operating;
        const QString opNumber = flightNumber(carrier["operatingFlightNumber"_L1]);
        if (seg.operatingCarrier != seg.carrier || opNumber != seg.flightNumber)
            seg.operatingFlightNumber = opNumber;
        seg.originTerminal = dep["terminal"_L1].text();
        seg.destinationTerminal = arr["terminal"_L1].text();
        seg.departure = instant(depDate, depSecs, depOffset);
        seg.arrival = instant(arrDate, arrSecs, arrOffset);
        seg.aircraft = carrier["equipment"_L1]["code"_L1].text();
        if (seg.arrival <= seg.departure) {
            leg.failure = u"schedule %1 arrives before it departs"_s.arg(s["id"_L1].text());
            return leg;
        }
        if (!leg.segments.empty() && seg.departure < leg.segments.back().arrival) {
            leg.failure =
                u"leg %1 connects before the previous flight lands"_s.arg(desc["id"_L1].text());
            return leg;
        }
        seg.id = seg.carrier + seg.flightNumber + u'-' + seg.origin + u'-' +
                 depDate.toString(Qt::ISODate);
        OfferKeyFlight key;
        key.carrier = seg.carrier;
        key.flightNumber = seg.flightNumber;
        key.operatingCarrier =
            seg.operatingCarrier == seg.carrier ? QString() : seg.operatingCarrier;
        key.operatingFlightNumber = seg.operatingFlightNumber;
        key.origin = seg.origin;
        key.destination = seg.destination;
        key.departureLocal = localStamp(depDate, depSecs);
        key.arrivalLocal = localStamp(arrDate, arrSecs);
        leg.segments.push_back(std::move(seg));
        leg.keys.push_back(std::move(key));
    }
    return leg;
}

} // namespace detail

namespace {

using namespace detail;

struct Shopped {
    std::vector<FlightOffer> offers;
    int malformed = 0;
};

Result<Shopped> readShopping(Call call, const QByteArray &body, const ReplyContext &context)
{
    QString why;
    const auto tree = JsonTree::parse(body, &why);
    if (!tree)
        return malformedReply(call, u"reply is not JSON: "_s + why);
    const JsonValue root = tree->root();
    if (auto failure = shoppingErrors(call, root))
        return *failure;
    if (auto failure = bookingErrors(call, root))
        return *failure;
    const JsonValue gir = root["groupedItineraryResponse"_L1];
    if (!gir.isObject())
        return malformedReply(call, u"no groupedItineraryResponse"_s);

    Descriptors descs;
    descs.schedules.add(gir["scheduleDescs"_L1]);
    descs.legs.add(gir["legDescs"_L1]);
    descs.fareComponents.add(gir["fareComponentDescs"_L1]);
    descs.allowances.add(gir["baggageAllowanceDescs"_L1]);

    Shopped out;
    // Legs repeat across itineraries (the same outbound with many returns): read each once.
    QHash<QString, BuiltLeg> legCache;
    QSet<QString> seen;
    for (const JsonValue &group : gir["itineraryGroups"_L1]) {
        const JsonValue legDescriptions = group["groupDescription"_L1]["legDescriptions"_L1];
        for (const JsonValue &itinerary : group["itineraries"_L1]) {
            const JsonValue legs = itinerary["legs"_L1];
            std::vector<const BuiltLeg *> built;
            QString failure;
            if (legs.size() == 0 || legs.size() != legDescriptions.size())
                failure = u"itinerary %1 has %2 legs for %3 slices"_s.arg(
                    itinerary["id"_L1].text(), QString::number(legs.size()),
                    QString::number(legDescriptions.size()));
            for (int i = 0; failure.isEmpty() && i < legs.size(); ++i) {
                const JsonValue ref = legs.at(i)["ref"_L1];
                const QString date = legDescriptions.at(i)["departureDate"_L1].text();
                const QString cacheKey = ref.text() + u'@' + date;
                auto it = legCache.find(cacheKey);
                if (it == legCache.end())
                    it = legCache.insert(cacheKey, buildLeg(descs, ref, date));
                if (!it->failure.isEmpty())
                    failure = it->failure;
                built.push_back(&*it);
            }
            if (!failure.isEmpty()) {
                ++out.malformed;
                continue;
            }
            for (const JsonValue &pricing : itinerary["pricingInformation"_L1]) {
                FlightOffer offer;
                bool skip = false;
                QString fareFailure; // each fare fails or not on its own
                if (!buildOffer(descs, built, pricing, context, offer, fareFailure, skip)) {
                    if (!skip)
                        ++out.malformed;
                    continue;
                }
                // The same fare twice (a reply listing one brand under two programs) is one
                // offer: ids must be unique within the supplier.
                if (seen.contains(offer.id))
                    continue;
                seen.insert(offer.id);
                out.offers.push_back(std::move(offer));
            }
        }
    }
    return out;
}

} // namespace

Result<SupplierOffers> parseShopReply(const QByteArray &body, const ReplyContext &context)
{
    auto shopped = readShopping(Call::Shop, body, context);
    if (!shopped)
        return shopped.error();
    SupplierOffers result;
    result.offers = std::move(shopped->offers);
    // Sabre states no expiry for a shopped fare, only the last day to ticket a booking of it,
    // which is a hold's deadline (revalidation's payBy), not how long the price stands: a
    // shopped offer's life is the caller's rule for offers without one.
    for (FlightOffer &offer : result.offers)
        offer.expiresAt = QDateTime();
    result.malformed = shopped->malformed;
    return result;
}

Result<PricedOffer> parseRevalidateReply(const QByteArray &body, const ReplyContext &context,
                                         const QString &offerId)
{
    auto shopped = readShopping(Call::Revalidate, body, context);
    if (!shopped)
        return shopped.error();
    if (shopped->offers.empty()) {
        return errorFromReply(Call::Revalidate, 404,
                              shopped->malformed ? QByteArray("{\"unreadable\":true}")
                                                 : QByteArray());
    }
    auto chosen = shopped->offers.begin();
    for (auto it = shopped->offers.begin(); it != shopped->offers.end(); ++it) {
        if (it->id == offerId) {
            chosen = it;
            break;
        }
    }
    PricedOffer priced;
    priced.offer = std::move(*chosen);
    // A Sabre booking can be made now and ticketed until the last ticketing date; the price
    // itself states no expiry (see parseShopReply).
    priced.payBy = std::exchange(priced.offer.expiresAt, QDateTime());
    priced.holdable = priced.payBy.isValid() && context.now.isValid() && priced.payBy > context.now;
    if (!priced.holdable)
        priced.payBy = QDateTime();
    return priced;
}

} // namespace tripdesk::sabre
