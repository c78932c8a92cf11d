// The flight search facade as the search form and the CLI rely on it: a bad request is refused
// with one clear sentence, a good one is normalised, remembered and searched, and offers come
// out as JSON with every time in its airport's own offset.

#include "backend/reference/reference_data.h"
#include "backend/service/flight_search_service.h"
#include "backend/service/places_service.h"
#include "backend/service/recent_search_service.h"
#include "backend/store/store_schema.h"
#include "tests/fakes/fake_flight_supplier.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());

// A request in a compact form for data tables: "DEL-BOM-2026-12-24,BOM-DEL-2026-12-31".
FlightSearchRequest request(const QString &slices, Passengers passengers = {}, int maxStops = 2)
{
    FlightSearchRequest r;
    for (const QString &slice : slices.split(u',', Qt::SkipEmptyParts)) {
        const QStringList p = slice.split(u'-');
        r.slices.push_back(
            {p.value(0), p.value(1), QDate::fromString(p.mid(2).join(u'-'), Qt::ISODate)});
    }
    r.passengers = passengers;
    r.maxStops = maxStops;
    return r;
}

} // namespace

class TestFlightSearchService : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ReferenceData> m_data;
    std::unique_ptr<PlacesService> m_places;

    struct Fixture {
        explicit Fixture(const PlacesService &places, QDateTime now = kNow)
            : clock(std::move(now))
            , supplier(u"fake"_s, u"Fake"_s)
            , aggregator({&supplier}, clock, 5000)
        {
            store =
                std::move(Database::open(dir.filePath(u"t.sqlite"_s), {storeMigrations()})).value();
            hlc = std::make_unique<HybridLogicalClock>(clock, u"node"_s);
            repository = std::make_unique<RecentSearchRepository>(*store, *hlc, clock);
            recent = std::make_unique<RecentSearchService>(*repository);
            service = std::make_unique<FlightSearchService>(aggregator, places, *recent, clock);
        }
        QTemporaryDir dir;
        FixedClock clock;
        FakeFlightSupplier supplier;
        SearchAggregator aggregator;
        std::unique_ptr<Database> store;
        std::unique_ptr<HybridLogicalClock> hlc;
        std::unique_ptr<RecentSearchRepository> repository;
        std::unique_ptr<RecentSearchService> recent;
        std::unique_ptr<FlightSearchService> service;
    };

private Q_SLOTS:
    void initTestCase()
    {
        auto data = ReferenceData::loadBundled();
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().detail));
        m_data = *data;
        m_places = std::make_unique<PlacesService>(m_data);
    }

    void validation_data()
    {
        QTest::addColumn<FlightSearchRequest>("request");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("kind");        // -1: valid
        QTest::addColumn<QString>("mention"); // a word the message must contain
        QTest::addColumn<QString>("field");   // the field the error names

        const int invalid = int(Error::Kind::InvalidInput);
        const int notFound = int(Error::Kind::NotFound);
        QTest::newRow("one-way") << request(u"DEL-BOM-2026-12-24"_s) << kNow << -1 << QString()
                                 << QString();
        QTest::newRow("round trip") << request(u"DEL-BOM-2026-12-24,BOM-DEL-2026-12-31"_s) << kNow
                                    << -1 << QString() << QString();
        QTest::newRow("back the same day") << request(u"DEL-BOM-2026-12-24,BOM-DEL-2026-12-24"_s)
                                           << kNow << -1 << QString() << QString();
        QTest::newRow("multi-city")
            << request(u"DEL-BOM-2026-12-24,BOM-GOI-2026-12-26,GOI-DEL-2027-01-02"_s) << kNow << -1
            << QString() << QString();
        QTest::newRow("city codes")
            << request(u"NYC-LON-2026-12-24"_s) << kNow << -1 << QString() << QString();
        QTest::newRow("today") << request(u"DEL-BOM-2026-11-26"_s) << kNow << -1 << QString()
                               << QString();
        QTest::newRow("nine passengers")
            << request(u"DEL-BOM-2026-12-24"_s, {4, 3, 2}) << kNow << -1 << QString() << QString();
        QTest::newRow("direct only")
            << request(u"DEL-BOM-2026-12-24"_s, {}, 0) << kNow << -1 << QString() << QString();
        // 23:00 on the 26th in New York is already the 27th in UTC and in Delhi.
        const QDateTime lateInNewYork(QDate(2026, 11, 27), QTime(4, 0), QTimeZone::utc());
        QTest::newRow("today in the origin's zone")
            << request(u"JFK-LAX-2026-11-26"_s) << lateInNewYork << -1 << QString() << QString();
        QTest::newRow("yesterday in the origin's zone")
            << request(u"DEL-BOM-2026-11-26"_s) << lateInNewYork << invalid << u"past"_s
            << u"slices[0].date"_s;

        QTest::newRow("unknown origin") << request(u"XYZ-BOM-2026-12-24"_s) << kNow << notFound
                                        << u"“XYZ”"_s << u"slices[0].origin"_s;
        QTest::newRow("unknown destination") << request(u"DEL-QQQ-2026-12-24"_s) << kNow << notFound
                                             << u"“QQQ”"_s << u"slices[0].destination"_s;
        QTest::newRow("no origin") << request(u"-BOM-2026-12-24"_s) << kNow << invalid << u"from"_s
                                   << u"slices[0].origin"_s;
        QTest::newRow("no slices")
            << FlightSearchRequest{} << kNow << invalid << u"Choose"_s << u"slices"_s;
        QTest::newRow("same place") << request(u"DEL-DEL-2026-12-24"_s) << kNow << invalid
                                    << u"DEL"_s << u"slices[0].destination"_s;
        QTest::newRow("a city and its airport")
            << request(u"NYC-JFK-2026-12-24"_s) << kNow << invalid << u"same place"_s
            << u"slices[0].destination"_s;
        QTest::newRow("date in the past") << request(u"DEL-BOM-2026-11-25"_s) << kNow << invalid
                                          << u"2026-11-25 is in the past"_s << u"slices[0].date"_s;
        QTest::newRow("no date") << request(u"DEL-BOM-"_s) << kNow << invalid << u"date"_s
                                 << u"slices[0].date"_s;
        QTest::newRow("too far ahead") << request(u"DEL-BOM-2027-11-26"_s) << kNow << invalid
                                       << u"too far ahead"_s << u"slices[0].date"_s;
        QTest::newRow("return before departure")
            << request(u"DEL-BOM-2026-12-24,BOM-DEL-2026-12-20"_s) << kNow << invalid
            << u"return date 2026-12-20 is before the departure date 2026-12-24"_s
            << u"slices[1].date"_s;
        QTest::newRow("multi-city out of order")
            << request(u"DEL-BOM-2026-12-24,BOM-GOI-2026-12-20"_s) << kNow << invalid
            << u"date order"_s << u"slices[1].date"_s;
        QTest::newRow("too many flights")
            << request(u"DEL-BOM-2026-12-01,BOM-GOI-2026-12-02,GOI-DEL-2026-12-03,"
                       "DEL-BOM-2026-12-04,BOM-GOI-2026-12-05,GOI-DEL-2026-12-06,"
                       "DEL-BOM-2026-12-07"_s)
            << kNow << invalid << u"6"_s << u"slices"_s;
        QTest::newRow("more infants than adults")
            << request(u"DEL-BOM-2026-12-24"_s, {1, 0, 2}) << kNow << invalid << u"infants (2)"_s
            << u"passengers"_s;
        QTest::newRow("ten passengers") << request(u"DEL-BOM-2026-12-24"_s, {5, 5, 0}) << kNow
                                        << invalid << u"not 10"_s << u"passengers"_s;
        QTest::newRow("no adult") << request(u"DEL-BOM-2026-12-24"_s, {0, 2, 0}) << kNow << invalid
                                  << u"adult"_s << u"passengers"_s;
        QTest::newRow("negative") << request(u"DEL-BOM-2026-12-24"_s, {1, -1, 0}) << kNow << invalid
                                  << u"negative"_s << u"passengers"_s;
        QTest::newRow("three stops") << request(u"DEL-BOM-2026-12-24"_s, {}, 3) << kNow << invalid
                                     << u"not 3"_s << u"maxStops"_s;
        QTest::newRow("negative stops") << request(u"DEL-BOM-2026-12-24"_s, {}, -1) << kNow
                                        << invalid << u"not -1"_s << u"maxStops"_s;
    }
    void validation()
    {
        QFETCH(FlightSearchRequest, request);
        QFETCH(QDateTime, now);
        QFETCH(int, kind);
        QFETCH(QString, mention);
        QFETCH(QString, field);
        Fixture f(*m_places, now);
        const auto result = f.service->validate(request);
        if (kind < 0) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        const QString message = result.error().message;
        QVERIFY2(message.contains(mention), qPrintable(message));
        // One sentence for one line of a dialog or a terminal.
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
        QCOMPARE(result.error().field, field);
    }

    // A multi-city trip names the flight a message is about.
    void multiCityMessagesNameTheFlight()
    {
        Fixture f(*m_places);
        const auto noOrigin = f.service->validate(request(u"DEL-BOM-2026-12-24,-GOI-2026-12-26,"
                                                          "GOI-DEL-2027-01-02"_s));
        QVERIFY(!noOrigin.ok());
        QCOMPARE(noOrigin.error().message, u"Choose where flight 2 departs from."_s);
        QCOMPARE(noOrigin.error().field, u"slices[1].origin"_s);
        const auto noDate =
            f.service->validate(request(u"DEL-BOM-2026-12-24,BOM-GOI-2026-12-26,GOI-DEL-"_s));
        QCOMPARE(noDate.error().message, u"Choose a date for flight 3."_s);
        QCOMPARE(noDate.error().field, u"slices[2].date"_s);
    }

    void validationNormalisesCodes()
    {
        Fixture f(*m_places);
        const auto result = f.service->validate(request(u" del-bom -2026-12-24"_s));
        QVERIFY(result.ok());
        QCOMPARE(result->slices.front().origin, u"DEL"_s);
        QCOMPARE(result->slices.front().destination, u"BOM"_s);
    }

    void searchRemembersAndRuns()
    {
        Fixture f(*m_places);
        f.supplier.setOffers({makeOffer(
            u"o1"_s, u"fake"_s, 123450, u"INR"_s,
            {Itinerary{{makeSegment(u"AI101"_s, u"DEL"_s, u"BOM"_s, u"2026-12-24T00:30:00Z"_s,
                                    u"2026-12-24T02:40:00Z"_s)}}})});
        QObject owner;
        auto reply = f.service->search(request(u"del-BOM-2026-12-24"_s), &owner);
        QVERIFY(reply.ok());
        QSignalSpy finished(*reply, &SearchReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE((*reply)->offers().size(), size_t(1));
        QCOMPARE(f.supplier.requests().front().slices.front().origin, u"DEL"_s);

        const auto recent = f.recent->list();
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), size_t(1));
        QCOMPARE(recent->front().request, request(u"DEL-BOM-2026-12-24"_s));

        // A refused search is neither searched nor remembered.
        auto refused = f.service->search(request(u"XYZ-BOM-2026-12-24"_s), &owner);
        QVERIFY(!refused.ok());
        QCOMPARE(f.supplier.requests().size(), size_t(1));
        QCOMPARE(f.recent->list()->size(), size_t(1));
    }

    void localTimes_data()
    {
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QString>("airport");
        QTest::addColumn<QString>("local");
        QTest::newRow("India") << u"2026-12-24T00:30:00Z"_s << u"DEL"_s
                               << u"2026-12-24T06:00:00+05:30"_s;
        QTest::newRow("New York in winter")
            << u"2026-12-24T15:00:00Z"_s << u"JFK"_s << u"2026-12-24T10:00:00-05:00"_s;
        QTest::newRow("New York in summer")
            << u"2026-07-04T15:00:00Z"_s << u"JFK"_s << u"2026-07-04T11:00:00-04:00"_s;
        QTest::newRow("Nepal") << u"2026-12-24T00:00:00Z"_s << u"KTM"_s
                               << u"2026-12-24T05:45:00+05:45"_s;
        QTest::newRow("zero offset")
            << u"2026-12-24T00:00:00Z"_s << u"KEF"_s << u"2026-12-24T00:00:00+00:00"_s;
        QTest::newRow("across the date line")
            << u"2026-12-24T20:00:00Z"_s << u"AKL"_s << u"2026-12-25T09:00:00+13:00"_s;
    }
    void localTimes()
    {
        QFETCH(QString, utc);
        QFETCH(QString, airport);
        QFETCH(QString, local);
        Fixture f(*m_places);
        QCOMPARE(f.service->localIso(QDateTime::fromString(utc, Qt::ISODate), airport), local);
    }

    void offerJsonShape()
    {
        Fixture f(*m_places);
        FlightOffer offer = makeOffer(
            u"o1"_s, u"sandbox"_s, 123450, u"INR"_s,
            {Itinerary{{makeSegment(u"AI101"_s, u"DEL"_s, u"BOM"_s, u"2026-12-24T00:30:00Z"_s,
                                    u"2026-12-24T02:40:00Z"_s),
                        makeSegment(u"AI655"_s, u"BOM"_s, u"GOI"_s, u"2026-12-24T04:00:00Z"_s,
                                    u"2026-12-24T05:10:00Z"_s)}}});
        offer.conditions.changeable = true;
        offer.conditions.changePenalty = Money(300000, u"INR"_s);
        const QJsonObject json = f.service->offerToJson(offer);

        QCOMPARE(json[u"id"].toString(), u"o1"_s);
        QCOMPARE(json[u"supplier"].toString(), u"sandbox"_s);
        QCOMPARE(json[u"price"].toObject(),
                 (QJsonObject{{u"amount"_s, u"1234.50"_s}, {u"currency"_s, u"INR"_s}}));
        const QJsonArray itineraries = json[u"itineraries"].toArray();
        QCOMPARE(itineraries.size(), 1);
        const QJsonObject it = itineraries[0].toObject();
        QCOMPARE(it[u"duration_minutes"].toInt(), 280);
        const QJsonArray segments = it[u"segments"].toArray();
        QCOMPARE(segments.size(), 2);
        const QJsonObject s = segments[0].toObject();
        QCOMPARE(s[u"carrier"].toString(), u"AI"_s);
        QCOMPARE(s[u"number"].toString(), u"101"_s);
        QCOMPARE(s[u"from"].toString(), u"DEL"_s);
        QCOMPARE(s[u"to"].toString(), u"BOM"_s);
        QCOMPARE(s[u"departure"].toString(), u"2026-12-24T06:00:00+05:30"_s);
        QCOMPARE(s[u"arrival"].toString(), u"2026-12-24T08:10:00+05:30"_s);
        QCOMPARE(s[u"aircraft"].toString(), u"320"_s);
        QCOMPARE(s[u"cabin"].toString(), u"economy"_s);
        QCOMPARE(json[u"stops"].toInt(), 1);
        const QJsonObject conditions = json[u"conditions"].toObject();
        QCOMPARE(conditions[u"change_penalty"].toObject()[u"amount"].toString(), u"3000.00"_s);
        QVERIFY(conditions[u"refund_penalty"].isNull());
        QVERIFY(!json.contains(u"fares"_s)); // a supplier that gives only a total

        // The price per passenger type, fare and taxes apart: 2 × (450 + 67.25) + 1 × 200.00.
        offer.fares = {{PassengerType::Adult, 2, Money(45000, u"INR"_s), Money(6725, u"INR"_s)},
                       {PassengerType::Infant, 1, Money(15000, u"INR"_s), Money(5000, u"INR"_s)}};
        offer.price = Money(123450, u"INR"_s);
        QVERIFY(offer.faresAddUp());
        const QJsonArray fares = f.service->offerToJson(offer)[u"fares"].toArray();
        QCOMPARE(fares.size(), 2);
        QCOMPARE(fares[0].toObject()[u"passenger_type"].toString(), u"adult"_s);
        QCOMPARE(fares[0].toObject()[u"count"].toInt(), 2);
        QCOMPARE(fares[0].toObject()[u"base"].toObject()[u"amount"].toString(), u"450.00"_s);
        QCOMPARE(fares[0].toObject()[u"taxes"].toObject()[u"amount"].toString(), u"67.25"_s);
        QCOMPARE(fares[1].toObject()[u"passenger_type"].toString(), u"infant_without_seat"_s);
        offer.price = Money(123451, u"INR"_s);
        QVERIFY(!offer.faresAddUp()); // a breakdown that does not add up is not shown as one

        // Prices carry the currency's own number of digits.
        offer.price = Money(15000, u"JPY"_s);
        QCOMPARE(f.service->offerToJson(offer)[u"price"].toObject()[u"amount"].toString(),
                 u"15000"_s);
        offer.price = Money(1250, u"KWD"_s);
        QCOMPARE(f.service->offerToJson(offer)[u"price"].toObject()[u"amount"].toString(),
                 u"1.250"_s);
    }

    void places()
    {
        QVERIFY(m_places->isKnown(u"bom"));
        QVERIFY(m_places->isKnown(u"NYC"));
        QVERIFY(!m_places->isKnown(u"XYZ"));
        QCOMPARE(m_places->displayName(u"BOM"), u"Mumbai (BOM)"_s);
        QCOMPARE(m_places->displayName(u"NYC"), u"New York (all airports)"_s);
        QCOMPARE(m_places->displayName(u"XYZ"), u"XYZ"_s);
        QCOMPARE(m_places->timeZone(u"NYC").id(), QByteArray("America/New_York"));
        QCOMPARE(m_places->timeZone(u"del").id(), QByteArray("Asia/Kolkata"));
        QVERIFY(m_places->complete(u"mumb", 0).empty());
        QCOMPARE(m_places->complete(u"mumb", 5).front().code, u"BOM"_s);
    }

    void recentSearchesAreNewestFirstWithoutRepeats()
    {
        Fixture f(*m_places);
        QVERIFY(f.recent->remember(request(u"DEL-BOM-2026-12-24"_s)).ok());
        f.clock.advanceSecs(60);
        QVERIFY(f.recent->remember(request(u"DEL-GOI-2026-12-24"_s)).ok());
        f.clock.advanceSecs(60);
        QVERIFY(f.recent->remember(request(u"DEL-BOM-2026-12-24"_s)).ok());
        const auto list = f.recent->list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(2));
        QCOMPARE(list->at(0).request.slices.front().destination, u"BOM"_s);
        QCOMPARE(list->at(1).request.slices.front().destination, u"GOI"_s);
        QCOMPARE(f.recent->list(1)->size(), size_t(1));
        QVERIFY(f.recent->clear().ok());
        QVERIFY(f.recent->list()->empty());
    }
};

QTEST_GUILESS_MAIN(TestFlightSearchService)
#include "test_flight_search_service.moc"
