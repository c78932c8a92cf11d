// Seat maps of sandbox flights as a seat picker sees them: one per segment, laid out as the
// aircraft's cabins are (rows, blocks between aisles, exit rows, wings), the same for the same
// flight and day, with as many seats taken as the inventory has sold; paid seats at the front of
// economy and in exit rows, free ones elsewhere, each chosen through the service it names; a
// seat chosen through an order is taken and cannot be chosen twice.
#include "test_sandbox_orders_support.h"

#include "backend/suppliers/sandbox/inventory.h"
#include "backend/suppliers/sandbox/seat_map_builder.h"

#include <QTemporaryDir>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tripdesk::Cabin)

namespace {

struct CabinCount {
    int seats = 0;
    int taken = 0;
};

CabinCount count(const SeatMapCabin &cabin)
{
    CabinCount c;
    for (const SeatMapRow &row : cabin.rows) {
        for (const auto &block : row.sections) {
            for (const SeatMapElement &e : block) {
                if (e.kind != SeatMapElement::Kind::Seat)
                    continue;
                ++c.seats;
                c.taken += e.available ? 0 : 1;
            }
        }
    }
    return c;
}

const SeatMapCabin *cabinOf(const SeatMap &map, Cabin cabin)
{
    for (const SeatMapCabin &c : map.cabins) {
        if (c.cabin == cabin)
            return &c;
    }
    return nullptr;
}

const Leg &legOf(const Segment &s)
{
    const Schedule &world = *schedule();
    const int leg = world.findLeg(world.carrierIndex(s.carrier), s.flightNumber.toInt());
    if (leg < 0)
        qFatal("no such flight");
    return world.legs()[std::size_t(leg)];
}

int localDay(const Segment &s)
{
    return dayNumber(s.departure.toTimeZone(reference()->timeZone(s.origin)).date());
}

// A free seat of the booked cabin that is open, away from exit rows.
const SeatMapElement *freeSeat(const SeatMap &map, Cabin cabin, int skip = 0)
{
    const SeatMapCabin *c = cabinOf(map, cabin);
    for (const SeatMapRow &row : c->rows) {
        for (const auto &block : row.sections) {
            for (const SeatMapElement &e : block) {
                if (e.kind == SeatMapElement::Kind::Seat && e.available &&
                    e.prices.front().price.minorUnits() == 0 && skip-- == 0)
                    return &e;
            }
        }
    }
    return nullptr;
}

QStringList picture(const SeatMap &map)
{
    QStringList out;
    for (const SeatMapCabin &c : map.cabins) {
        for (const SeatMapRow &row : c.rows) {
            QString line = QString::number(row.number) + u' ';
            for (const auto &block : row.sections) {
                for (const SeatMapElement &e : block)
                    line +=
                        e.designator + (e.available ? u'o' : u'x') +
                        (e.prices.empty() ? QString() : e.prices.front().price.toDecimalString());
                line += u'|';
            }
            out << line;
        }
    }
    return out;
}

} // namespace

class TestSandboxSeatMap : public QObject
{
    Q_OBJECT

    FixedClock m_clock{now()};

private Q_SLOTS:
    void oneMapPerSegmentFromTheAircraft_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("maxStops");
        QTest::addColumn<Cabin>("cabin");
        QTest::newRow("DEL-BOM non-stop") << u"DEL"_s << u"BOM"_s << 0 << Cabin::Economy;
        QTest::newRow("LHR-JFK non-stop") << u"LHR"_s << u"JFK"_s << 0 << Cabin::Economy;
        QTest::newRow("LHR-JFK business") << u"LHR"_s << u"JFK"_s << 0 << Cabin::Business;
        QTest::newRow("IXC-BLR with stops") << u"IXC"_s << u"BLR"_s << 2 << Cabin::Economy;
    }
    void oneMapPerSegmentFromTheAircraft()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, maxStops);
        QFETCH(Cabin, cabin);
        auto s = supplier(m_clock);
        const auto offers = s->searchNow(oneWay(from, to, travelDate(), maxStops, cabin));
        QVERIFY(offers.ok() && !offers->empty());
        const FlightOffer &offer = offers->back();
        auto maps = seatMapsNow(*s, offer.id);
        QVERIFY(maps.ok());
        const auto &segments = offer.itineraries.front().segments;
        QCOMPARE(maps->size(), segments.size());
        const Availability availability(*schedule(), std::make_shared<const SoldSeats>(), now());
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const SeatMap &map = (*maps)[i];
            const Segment &seg = segments[i];
            QCOMPARE(map.segmentId, seg.id);
            QVERIFY(!seg.id.isEmpty());
            const Leg &leg = legOf(seg);
            const int l = int(&leg - schedule()->legs().data());
            int previousRow = 0;
            bool exits = false;
            for (const SeatMapCabin &c : map.cabins) {
                // Every seat of the cabin is on the map, and as many are taken as are sold.
                const CabinCount n = count(c);
                QCOMPARE(n.seats, int(leg.seats[std::size_t(c.cabin)]));
                QCOMPARE(n.taken, c.cabin == seg.cabin
                                      ? availability.seatsSold(l, localDay(seg), c.cabin)
                                      : n.seats);
                QCOMPARE(c.aisles, int(c.rows[1].sections.size()) - 1);
                QVERIFY(c.aisles >= 1);
                for (const SeatMapRow &row : c.rows) {
                    if (row.number == 0)
                        continue;
                    QVERIFY(row.number > previousRow);
                    QVERIFY(row.number != 13);
                    previousRow = row.number;
                    for (const auto &block : row.sections) {
                        for (const SeatMapElement &e : block) {
                            exits = exits || e.kind == SeatMapElement::Kind::ExitRow;
                            if (e.kind != SeatMapElement::Kind::Seat)
                                continue;
                            QVERIFY(e.designator.startsWith(QString::number(row.number)));
                            // Only the cabin booked can be chosen.
                            if (c.cabin != seg.cabin)
                                QVERIFY(!e.available && e.prices.empty());
                            if (e.available) {
                                QCOMPARE(int(e.prices.size()), 1);
                                QCOMPARE(e.prices.front().serviceId,
                                         seatServiceId(seg.id, e.designator));
                            }
                        }
                    }
                }
                if (c.cabin == Cabin::Economy) {
                    QVERIFY(c.firstWingRow >= 0 && c.firstWingRow <= c.lastWingRow);
                    QVERIFY(c.lastWingRow < int(c.rows.size()));
                }
            }
            if (leg.seats[std::size_t(Cabin::Economy)] > 0)
                QVERIFY2(exits, qPrintable(map.segmentId));
        }
    }

    void layoutsFollowTheAircraft()
    {
        auto s = supplier(m_clock);
        // A single-aisle and a twin-aisle aircraft, told apart by their economy blocks.
        const auto domestic = s->searchNow(oneWay(u"DEL"_s, u"BOM"_s, travelDate(), 0));
        const auto atlantic = s->searchNow(oneWay(u"LHR"_s, u"JFK"_s, travelDate(), 0));
        QVERIFY(domestic.ok() && atlantic.ok());
        bool narrow = false;
        bool wide = false;
        for (const auto *offers : {&domestic.value(), &atlantic.value()}) {
            for (const FlightOffer &o : *offers) {
                const Leg &leg = legOf(o.itineraries.front().segments.front());
                const AircraftKind kind = aircraftTypes()[leg.aircraft].kind;
                auto maps = seatMapsNow(*s, o.id);
                const SeatMapCabin *economy = cabinOf(maps->front(), Cabin::Economy);
                QVERIFY(economy);
                const auto &blocks = economy->rows[1].sections;
                if (kind == AircraftKind::NarrowBody) {
                    narrow = true;
                    QCOMPARE(int(blocks.size()), 2);
                    QCOMPARE(int(blocks[0].size()), 3);
                    QCOMPARE(blocks[0][0].designator.right(1), u"A"_s);
                } else if (kind == AircraftKind::WideBody) {
                    wide = true;
                    QCOMPARE(int(blocks.size()), 3);
                    QCOMPARE(economy->aisles, 2);
                    QVERIFY(blocks[1].size() >= 3);
                }
            }
        }
        QVERIFY(narrow && wide);
    }

    void theSameFlightLooksTheSameEveryTime()
    {
        auto a = supplier(m_clock);
        auto b = supplier(m_clock);
        const auto offers = a->searchNow(oneWay(u"LHR"_s, u"JFK"_s, travelDate(), 0));
        QVERIFY(offers.ok() && !offers->empty());
        const QString id = offers->front().id;
        const QStringList first = picture(seatMapsNow(*a, id)->front());
        QCOMPARE(picture(seatMapsNow(*b, id)->front()), first);
        // Another day the flight is as full as its sales, with other seats taken.
        const auto later = a->searchNow(oneWay(u"LHR"_s, u"JFK"_s, travelDate().addDays(7), 0));
        QVERIFY(later.ok() && !later->empty());
        QVERIFY(picture(seatMapsNow(*a, later->front().id)->front()) != first);
    }

    void economySellsLegroomAndTheFrontRows()
    {
        auto s = supplier(m_clock);
        const auto offers = s->searchNow(oneWay(u"DEL"_s, u"BOM"_s, travelDate(), 0));
        QVERIFY(offers.ok() && !offers->empty());
        auto maps = seatMapsNow(*s, offers->front().id);
        const SeatMapCabin *economy = cabinOf(maps->front(), Cabin::Economy);
        int exitSeats = 0;
        int preferred = 0;
        int free = 0;
        const SeatMapRow &bulkhead = economy->rows[1];
        for (const auto &block : bulkhead.sections) {
            for (const SeatMapElement &e : block) {
                if (e.kind == SeatMapElement::Kind::Seat && e.available)
                    QVERIFY(e.prices.front().price.minorUnits() > 0);
            }
        }
        for (const SeatMapRow &row : economy->rows) {
            for (const auto &block : row.sections) {
                for (const SeatMapElement &e : block) {
                    if (e.kind != SeatMapElement::Kind::Seat || !e.available)
                        continue;
                    const qint64 price = e.prices.front().price.minorUnits();
                    QCOMPARE(e.prices.front().price.currency(), u"USD"_s);
                    if (!e.disclosures.isEmpty()) {
                        ++exitSeats;
                        QVERIFY(price > 0);
                        QVERIFY(!e.name.isEmpty());
                    } else if (e.name == u"Preferred seat") {
                        ++preferred;
                        QVERIFY(price > 0);
                    } else if (e.name.isEmpty()) {
                        ++free;
                        QCOMPARE(price, qint64(0));
                    }
                }
            }
        }
        QVERIFY(exitSeats > 0);
        QVERIFY(preferred > 0);
        QVERIFY(free > preferred);
        // Premium cabins' seats are all free.
        const auto business =
            s->searchNow(oneWay(u"LHR"_s, u"JFK"_s, travelDate(), 0, Cabin::Business));
        QVERIFY(business.ok() && !business->empty());
        auto premium = seatMapsNow(*s, business->front().id);
        const SeatMapCabin *j = cabinOf(premium->front(), Cabin::Business);
        QVERIFY(j);
        for (const SeatMapRow &row : j->rows) {
            for (const auto &block : row.sections) {
                for (const SeatMapElement &e : block) {
                    if (e.kind == SeatMapElement::Kind::Seat && e.available)
                        QCOMPARE(e.prices.front().price.minorUnits(), qint64(0));
                }
            }
        }
    }

    void aChosenSeatIsTakenAndCannotBeTakenTwice()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 4, 8);
        const Segment &seg = offer.itineraries.front().segments.front();
        const Passengers two{2, 0, 0};
        auto priced = pricedNow(*s, offer.id, two);
        auto before = seatMapsNow(*s, offer.id);
        QVERIFY(before.ok());
        const SeatMapElement *seat = freeSeat(before->front(), seg.cabin);
        QVERIFY(seat);
        const QString designator = seat->designator;
        const QString serviceId = seat->prices.front().serviceId;
        const CabinCount was = count(*cabinOf(before->front(), seg.cabin));

        auto order = createNow(*s, request(*priced, two, OrderRequest::Kind::Instant,
                                           {SelectedService{serviceId, 1, u"pas_2"_s, seg.id}}));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->services.front().kind, u"seat"_s);
        QCOMPARE(order->services.front().name, designator);
        QCOMPARE(order->services.front().passengerIds, QStringList{u"pas_2"_s});
        QCOMPARE(order->services.front().total.minorUnits(), qint64(0));

        // Taken now, here and in another process on the same file; two more seats are gone.
        auto after = seatMapsNow(*s, offer.id);
        QVERIFY(!findSeat(after->front(), designator)->available);
        QCOMPARE(count(*cabinOf(after->front(), seg.cabin)).taken, was.taken + 2);
        auto other = supplier(m_clock, dir.path());
        QVERIFY(!findSeat(seatMapsNow(*other, offer.id)->front(), designator)->available);

        // Choosing it again is refused, and nothing is sold.
        const int left = seatsLeft(*s, offer.id);
        auto again = pricedNow(*s, offer.id, Passengers{});
        auto second = createNow(*s, request(*again, Passengers{}, OrderRequest::Kind::Instant,
                                            {SelectedService{serviceId, 1, QString(), seg.id}}));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().field, u"services[0].id"_s);
        QVERIFY(second.error().message.contains(designator));
        QCOMPARE(seatsLeft(*s, offer.id), left);
        auto late = createNow(*other, request(*again, Passengers{}, OrderRequest::Kind::Instant,
                                              {SelectedService{serviceId, 1, QString(), seg.id}}));
        QVERIFY(!late.ok());

        // Cancelled, the order gives the seat back.
        auto quote = quoteNow(*s, order->id);
        QVERIFY(confirmNow(*s, quote->id).ok());
        auto freed = seatMapsNow(*s, offer.id);
        QVERIFY(findSeat(freed->front(), designator)->available);
        QCOMPARE(count(*cabinOf(freed->front(), seg.cabin)).taken, was.taken);
    }

    void seatsFollowTheRules()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 4, 8);
        const Segment &seg = offer.itineraries.front().segments.front();
        const Passengers family{1, 1, 1};
        auto priced = pricedNow(*s, offer.id, family);
        auto maps = seatMapsNow(*s, offer.id);
        const SeatMapElement *a = freeSeat(maps->front(), seg.cabin);
        const SeatMapElement *b = freeSeat(maps->front(), seg.cabin, 1);
        const auto attempt = [&](std::vector<SelectedService> services) {
            return createNow(
                *s, request(*priced, family, OrderRequest::Kind::Instant, std::move(services)));
        };
        const QString idA = a->prices.front().serviceId;
        const QString idB = b->prices.front().serviceId;
        // With two seated passengers, a seat must say whose it is.
        QCOMPARE(attempt({{idA, 1, QString(), seg.id}}).error().field,
                 u"services[0].passengerId"_s);
        // An infant sits on a lap.
        QCOMPARE(attempt({{idA, 1, u"pas_3"_s, seg.id}}).error().field,
                 u"services[0].passengerId"_s);
        // One seat per passenger per flight.
        QCOMPARE(
            attempt({{idA, 1, u"pas_1"_s, seg.id}, {idB, 1, u"pas_1"_s, seg.id}}).error().field,
            u"services[1].passengerId"_s);
        // A seat that is not on the map.
        QCOMPARE(attempt({{seatServiceId(seg.id, u"99Z"_s), 1, u"pas_1"_s, seg.id}}).error().field,
                 u"services[0].id"_s);
        // No child in an exit row.
        const SeatMapElement *exit = nullptr;
        for (const SeatMapRow &row : cabinOf(maps->front(), seg.cabin)->rows) {
            for (const auto &block : row.sections) {
                for (const SeatMapElement &e : block) {
                    if (!exit && e.available && !e.disclosures.isEmpty())
                        exit = &e;
                }
            }
        }
        if (exit) {
            QCOMPARE(
                attempt({{exit->prices.front().serviceId, 1, u"pas_2"_s, seg.id}}).error().field,
                u"services[0].passengerId"_s);
        }
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft);
        // Two free seats for the two passengers with seats: booked, two seats gone.
        const auto ok = attempt({{idA, 1, u"pas_1"_s, seg.id}, {idB, 1, u"pas_2"_s, seg.id}});
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 2);

        // A paid seat is paid for with the fare.
        const SeatMapElement *paid = nullptr;
        for (const SeatMapRow &row : cabinOf(maps->front(), seg.cabin)->rows) {
            for (const auto &block : row.sections) {
                for (const SeatMapElement &e : block) {
                    if (!paid && e.available && e.prices.front().price.minorUnits() > 0 &&
                        e.designator != a->designator && e.designator != b->designator)
                        paid = &e;
                }
            }
        }
        QVERIFY(paid);
        auto single = pricedNow(*s, offer.id, Passengers{});
        OrderRequest r = request(*single, Passengers{}, OrderRequest::Kind::Instant,
                                 {{paid->prices.front().serviceId, 1, QString(), seg.id}});
        QCOMPARE(createNow(*s, r).error().field, u"payment"_s);
        r.payment = single->offer.price + paid->prices.front().price;
        auto bought = createNow(*s, r);
        QVERIFY2(bought.ok(), qPrintable(bought.ok() ? QString() : bought.error().message));
        QCOMPARE(bought->total, r.payment);
        QCOMPARE(bought->services.front().total, paid->prices.front().price);
    }

    void unknownOffersHaveNoSeatMap()
    {
        auto s = supplier(m_clock);
        QCOMPARE(seatMapsNow(*s, u"sbx_nothing"_s).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeatMap)
#include "test_sandbox_seat_map.moc"
