// Route search in the sandbox world, checked on real searches over the full schedule: every
// connection honours the minimum connection time and the 12-hour limit, stops and cabins are
// what was asked for, dates are local at the origin, times survive time zones and the date line,
// city codes cover their airports, and round trips and multi-city trips come back whole.
#include "test_sandbox_support.h"

#include "backend/suppliers/sandbox/connection_rules.h"
#include "backend/suppliers/sandbox/route_search.h"

#include <QSet>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

const Leg &legOf(const Segment &seg)
{
    const Schedule &s = *schedule();
    const int leg = s.findLeg(s.carrierIndex(seg.carrier), seg.flightNumber.toInt());
    if (leg < 0)
        qFatal("offer names an unknown flight %s%s", qPrintable(seg.carrier),
               qPrintable(seg.flightNumber));
    return s.legs()[std::size_t(leg)];
}

QString cityOf(const QString &airport)
{
    const Airport *a = reference()->airport(airport);
    return a && !a->cityCode.isEmpty() ? a->cityCode : airport;
}

// Checks one itinerary against the slice it answers; returns a description of the first problem.
QString problemWith(const Itinerary &it, const SliceRequest &slice, int maxStops)
{
    const ReferenceData &ref = *reference();
    const QStringList origins = ref.airportsFor(slice.origin);
    const QStringList destinations = ref.airportsFor(slice.destination);
    if (it.segments.empty() || it.stops() > maxStops)
        return u"stops: %1"_s.arg(it.stops());
    const Segment &first = it.segments.front();
    const Segment &last = it.segments.back();
    if (!origins.contains(first.origin) || !destinations.contains(last.destination))
        return u"goes from %1 to %2"_s.arg(first.origin, last.destination);
    if (first.departure.toTimeZone(ref.timeZone(first.origin)).date() != slice.date)
        return u"leaves on another local date: %1"_s.arg(local(first.departure, first.origin));
    if (it.durationMinutes() != first.departure.secsTo(last.arrival) / 60 ||
        it.durationMinutes() <= 0)
        return u"duration"_s;
    QSet<QString> visited{first.origin};
    double flown = 0;
    for (std::size_t i = 0; i < it.segments.size(); ++i) {
        const Segment &s = it.segments[i];
        if (s.departure.timeSpec() != Qt::UTC || s.arrival <= s.departure)
            return u"segment times"_s;
        if (visited.contains(s.destination))
            return u"visits %1 twice"_s.arg(s.destination);
        visited.insert(s.destination);
        flown += ref.distanceKm(s.origin, s.destination);
        if (i == 0)
            continue;
        const Segment &prev = it.segments[i - 1];
        if (prev.destination != s.origin)
            return u"changes airport at %1"_s.arg(prev.destination);
        if (cityOf(s.origin) == cityOf(last.destination) ||
            cityOf(s.origin) == cityOf(first.origin))
            return u"connects in the origin's or destination's city at %1"_s.arg(s.origin);
        const int layover = int(prev.arrival.secsTo(s.departure) / 60);
        const int mct = minimumConnectionMinutes(*schedule(), legOf(prev), legOf(s));
        if (layover < mct || layover < kShortestConnection || layover > kMaxLayoverMinutes)
            return u"layover of %1 min at %2 (minimum %3)"_s.arg(layover).arg(s.origin).arg(mct);
        if (!canConnect(*schedule(), legOf(prev), legOf(s)))
            return u"low-cost airline connection %1 to %2"_s.arg(prev.carrier, s.carrier);
    }
    const double direct = ref.distanceKm(first.origin, last.destination);
    if (flown > 2.0 * direct + 1)
        return u"flies %1 km for %2 km"_s.arg(flown).arg(direct);
    return {};
}

void verifyOffers(const std::vector<FlightOffer> &offers, const FlightSearchRequest &request)
{
    // At most 300 results; each may come again in its dearer brands, with the same flights.
    QSet<QString> flights;
    for (const FlightOffer &o : offers)
        flights.insert(flightsOf(o));
    QVERIFY(flights.size() <= 300);
    QSet<QString> ids;
    for (const FlightOffer &o : offers) {
        QVERIFY2(!ids.contains(o.id), qPrintable(o.id));
        ids.insert(o.id);
        QCOMPARE(o.supplier, u"sandbox"_s);
        QCOMPARE(o.itineraries.size(), request.slices.size());
        QVERIFY(o.price.minorUnits() > 0);
        QVERIFY(o.seatsLeft >= 1 && o.seatsLeft <= 9);
        for (std::size_t i = 0; i < o.itineraries.size(); ++i) {
            const QString problem =
                problemWith(o.itineraries[i], request.slices[i], request.maxStops);
            QVERIFY2(problem.isEmpty(), qPrintable(o.id + u": "_s + problem));
        }
        for (std::size_t i = 1; i < o.itineraries.size(); ++i)
            QVERIFY(o.itineraries[i].departure() > o.itineraries[i - 1].arrival());
    }
}

} // namespace

class TestRouteSearch : public QObject
{
    Q_OBJECT

    FixedClock m_clock{now()};
    std::unique_ptr<SandboxSupplier> m_supplier;

    std::vector<FlightOffer> run(const FlightSearchRequest &request)
    {
        auto result = m_supplier->searchNow(request);
        if (!result)
            qWarning() << result.error().detail;
        return result.ok() ? result.value() : std::vector<FlightOffer>{};
    }

private Q_SLOTS:
    void initTestCase() { m_supplier = supplier(m_clock); }

    void connectionsHonourTheRules_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("domestic trunk DEL-BOM") << u"DEL"_s << u"BOM"_s;
        QTest::newRow("hub to hub LHR-JFK") << u"LHR"_s << u"JFK"_s;
        QTest::newRow("hub to hub FRA-ORD") << u"FRA"_s << u"ORD"_s;
        QTest::newRow("cities NYC-LON") << u"NYC"_s << u"LON"_s;
        QTest::newRow("spoke to spoke IXC-MSN") << u"IXC"_s << u"MSN"_s;
        QTest::newRow("spoke to spoke GAU-BOI") << u"GAU"_s << u"BOI"_s;
        QTest::newRow("transpacific SYD-LAX") << u"SYD"_s << u"LAX"_s;
        QTest::newRow("transpacific HND-LAX") << u"HND"_s << u"LAX"_s;
        QTest::newRow("southern JNB-EZE") << u"JNB"_s << u"EZE"_s;
        QTest::newRow("regional CCJ-KTM") << u"CCJ"_s << u"KTM"_s;
    }
    void connectionsHonourTheRules()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const auto request = oneWay(from, to);
        const auto offers = run(request);
        QVERIFY2(!offers.empty(), "no offers");
        verifyOffers(offers, request);
    }

    void domesticTripsStayInTheirCountry_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<Cabin>("cabin");
        QTest::newRow("DEL-BOM") << u"DEL"_s << u"BOM"_s << Cabin::Economy;
        QTest::newRow("DEL-BOM business") << u"DEL"_s << u"BOM"_s << Cabin::Business;
        QTest::newRow("IXC-CCJ") << u"IXC"_s << u"CCJ"_s << Cabin::Economy;
        QTest::newRow("ATQ-TRV") << u"ATQ"_s << u"TRV"_s << Cabin::Economy;
        QTest::newRow("BUF-SEA") << u"BUF"_s << u"SEA"_s << Cabin::Economy;
        QTest::newRow("ANC-MIA") << u"ANC"_s << u"MIA"_s << Cabin::Economy;
        QTest::newRow("YVR-YHZ") << u"YVR"_s << u"YHZ"_s << Cabin::Economy;
        QTest::newRow("PER-CNS") << u"PER"_s << u"CNS"_s << Cabin::Economy;
        QTest::newRow("LHE-KHI") << u"LHE"_s << u"KHI"_s << Cabin::Economy;
        QTest::newRow("INV-SOU") << u"INV"_s << u"SOU"_s << Cabin::Economy;
    }
    void domesticTripsStayInTheirCountry()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(Cabin, cabin);
        const ReferenceData &ref = *reference();
        const QString country = ref.airport(from)->countryCode;
        QCOMPARE(ref.airport(to)->countryCode, country);
        int offers = 0;
        for (int day = 0; day < 7; ++day) {
            const auto request = oneWay(from, to, travelDate().addDays(day), 2, cabin);
            for (const FlightOffer &o : run(request)) {
                ++offers;
                for (const Segment &s : o.itineraries.front().segments) {
                    QVERIFY2(ref.airport(s.destination)->countryCode == country,
                             qPrintable(o.id + u" connects abroad at "_s + s.destination));
                }
            }
        }
        QVERIFY(offers > 0);
    }

    void internationalTripsStillConnectAbroad()
    {
        // A trip between two countries may connect in a third (Chandigarh to Madison by way of
        // Delhi and Europe or the Gulf); only domestic trips stay at home.
        const auto offers = run(oneWay(u"IXC"_s, u"MSN"_s));
        const auto third = [](const FlightOffer &o) {
            for (const Segment &s : o.itineraries.front().segments) {
                const QString c = reference()->airport(s.destination)->countryCode;
                if (c != u"IN" && c != u"US")
                    return true;
            }
            return false;
        };
        QVERIFY(std::any_of(offers.begin(), offers.end(), third));
    }

    void maxStopsRespected_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("maxStops");
        QTest::addColumn<bool>("expectOffers");
        QTest::newRow("LHR-JFK non-stop") << u"LHR"_s << u"JFK"_s << 0 << true;
        QTest::newRow("LHR-JFK one stop") << u"LHR"_s << u"JFK"_s << 1 << true;
        QTest::newRow("BOM-SFO one stop") << u"BOM"_s << u"SFO"_s << 1 << true;
        QTest::newRow("IXC-MSN non-stop") << u"IXC"_s << u"MSN"_s << 0 << false;
        QTest::newRow("IXC-MSN two stops") << u"IXC"_s << u"MSN"_s << 2 << true;
    }
    void maxStopsRespected()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, maxStops);
        QFETCH(bool, expectOffers);
        const auto request = oneWay(from, to, travelDate(), maxStops);
        const auto offers = run(request);
        QCOMPARE(!offers.empty(), expectOffers);
        for (const FlightOffer &o : offers)
            QVERIFY(o.maxStops() <= maxStops);
        verifyOffers(offers, request);
    }

    void cabinRespected_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<Cabin>("cabin");
        QTest::newRow("economy") << u"LHR"_s << u"JFK"_s << Cabin::Economy;
        QTest::newRow("premium economy") << u"LHR"_s << u"JFK"_s << Cabin::PremiumEconomy;
        QTest::newRow("business") << u"LHR"_s << u"JFK"_s << Cabin::Business;
        QTest::newRow("first") << u"LHR"_s << u"JFK"_s << Cabin::First;
        QTest::newRow("business, domestic India") << u"DEL"_s << u"BOM"_s << Cabin::Business;
        QTest::newRow("business from a spoke") << u"IXC"_s << u"SFO"_s << Cabin::Business;
    }
    void cabinRespected()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(Cabin, cabin);
        const auto request = oneWay(from, to, travelDate(), 2, cabin);
        const auto offers = run(request);
        QVERIFY(!offers.empty());
        verifyOffers(offers, request);
        for (const FlightOffer &o : offers) {
            const auto &segments = o.itineraries.front().segments;
            // The longest flight is in the cabin asked for; short feeders may have only a lower
            // one.
            const auto longest = std::max_element(
                segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
                    return a.durationMinutes() < b.durationMinutes();
                });
            QCOMPARE(longest->cabin, cabin);
            for (const Segment &s : segments)
                QVERIFY(int(s.cabin) <= int(cabin));
        }
    }

    void datesAreLocalAtTheOrigin_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("someOnAnotherUtcDate");
        QTest::newRow("Sydney, ahead of UTC") << u"SYD"_s << u"MEL"_s << true;
        QTest::newRow("Delhi, half-hour offset") << u"DEL"_s << u"BOM"_s << false;
        QTest::newRow("Los Angeles, behind UTC") << u"LAX"_s << u"JFK"_s << true;
        QTest::newRow("Auckland, across the date line") << u"AKL"_s << u"SYD"_s << true;
    }
    void datesAreLocalAtTheOrigin()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, someOnAnotherUtcDate);
        const auto request = oneWay(from, to);
        const auto offers = run(request);
        QVERIFY(!offers.empty());
        verifyOffers(offers, request); // checks the local date of every departure
        // Where the zone is far from UTC, some departures fall on another UTC date: the date
        // asked for is the local one.
        const bool otherUtcDate =
            std::any_of(offers.begin(), offers.end(), [](const FlightOffer &o) {
                return o.itineraries.front().departure().date() != travelDate();
            });
        if (someOnAnotherUtcDate)
            QVERIFY(otherUtcDate);
    }

    void crossingTheDateLine_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("localDays"); // local arrival date minus local departure date
        QTest::newRow("Sydney to Los Angeles lands the day before by the clock")
            << u"SYD"_s << u"LAX"_s << 0;
        QTest::newRow("Haneda to Los Angeles lands earlier by the clock")
            << u"HND"_s << u"LAX"_s << 0;
        QTest::newRow("Los Angeles to Sydney lands two days later") << u"LAX"_s << u"SYD"_s << 2;
    }
    void crossingTheDateLine()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, localDays);
        const auto offers = run(oneWay(from, to, travelDate(), 0));
        QVERIFY(!offers.empty());
        bool seen = false;
        for (const FlightOffer &o : offers) {
            const Segment &s = o.itineraries.front().segments.front();
            const QDateTime dep = s.departure.toTimeZone(reference()->timeZone(from));
            const QDateTime arr = s.arrival.toTimeZone(reference()->timeZone(to));
            // Durations come from instants: 9 to 16 hours over the Pacific, whatever the clocks
            // say.
            QVERIFY(s.durationMinutes() > 9 * 60 && s.durationMinutes() < 16 * 60);
            if (localDays == 0) {
                // Eastbound over the date line: the wall clock at arrival reads earlier than at
                // departure.
                QVERIFY(arr.toString(Qt::ISODate).left(19) < dep.toString(Qt::ISODate).left(19));
                seen = true;
            } else if (dep.date().daysTo(arr.date()) == localDays) {
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    void cityCodesCoverTheirAirports()
    {
        const auto request = oneWay(u"NYC"_s, u"LON"_s);
        const auto offers = run(request);
        QVERIFY(!offers.empty());
        verifyOffers(offers, request);
        QSet<QString> from;
        QSet<QString> to;
        for (const FlightOffer &o : offers) {
            from.insert(o.itineraries.front().segments.front().origin);
            to.insert(o.itineraries.front().segments.back().destination);
        }
        QVERIFY2(from.size() >= 2, qPrintable(QStringList(from.values()).join(u',')));
        QVERIFY2(to.size() >= 2, qPrintable(QStringList(to.values()).join(u',')));
    }

    void roundTrip()
    {
        FlightSearchRequest request = oneWay(u"NYC"_s, u"LON"_s);
        request.slices.push_back({u"LON"_s, u"NYC"_s, travelDate().addDays(7)});
        QCOMPARE(request.kind(), FlightSearchRequest::Kind::RoundTrip);
        const auto offers = run(request);
        QVERIFY(offers.size() >= 50);
        verifyOffers(offers, request);
    }

    void multiCity()
    {
        FlightSearchRequest request = oneWay(u"DEL"_s, u"BOM"_s);
        request.slices.push_back({u"BOM"_s, u"DXB"_s, travelDate().addDays(3)});
        request.slices.push_back({u"DXB"_s, u"LHR"_s, travelDate().addDays(6)});
        QCOMPARE(request.kind(), FlightSearchRequest::Kind::MultiCity);
        const auto offers = run(request);
        QVERIFY(offers.size() >= 50);
        verifyOffers(offers, request);
    }

    void sameDayReturnLeavesAfterArriving()
    {
        FlightSearchRequest request = oneWay(u"DEL"_s, u"BOM"_s);
        request.slices.push_back({u"BOM"_s, u"DEL"_s, travelDate()});
        const auto offers = run(request);
        QVERIFY(!offers.empty());
        verifyOffers(offers, request); // each slice leaves after the previous one lands
    }

    void nothingFliesThereIsNoResultNotAnError()
    {
        auto result = m_supplier->searchNow(oneWay(u"DEL"_s, u"ZZZ"_s));
        QVERIFY(result.ok());
        QVERIFY(result->empty());
    }

    void maxCircuityShrinksWithDistance_data()
    {
        QTest::addColumn<double>("directKm");
        QTest::addColumn<double>("factor");
        QTest::newRow("short trips may double back") << 500.0 << 2.0;
        QTest::newRow("medium") << 3000.0 << 1.7;
        QTest::newRow("long haul") << 6000.0 << 1.6;
        QTest::newRow("longest, still room for a hub") << 15000.0 << 1.6;
    }
    void maxCircuityShrinksWithDistance()
    {
        QFETCH(double, directKm);
        QFETCH(double, factor);
        QCOMPARE(maxCircuity(directKm), factor);
    }
};

QTEST_GUILESS_MAIN(TestRouteSearch)
#include "test_route_search.moc"
