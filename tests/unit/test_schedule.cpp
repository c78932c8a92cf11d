// The generated sandbox world: deterministic from its seed, big enough (60,000 flights a day
// over 1,000 airports), real airlines at their real hubs, and timetables a traveller would
// believe: block times from distance and wind, aircraft and cabins that fit the sector,
// departures spread through the local day, weekly patterns, unique flight numbers.
#include "test_sandbox_support.h"

#include "backend/suppliers/sandbox/aircraft_types.h"
#include "backend/suppliers/sandbox/zone_table.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

std::vector<const Leg *> legsBetween(const Schedule &s, const QString &from, const QString &to)
{
    std::vector<const Leg *> out;
    const int a = s.airportIndex(from);
    const int b = s.airportIndex(to);
    if (a < 0 || b < 0)
        return out;
    const int r = s.findRoute(a, b);
    if (r < 0)
        return out;
    for (qint32 id : s.routeLegIds(s.routes()[std::size_t(r)]))
        out.push_back(&s.legs()[std::size_t(id)]);
    return out;
}

bool sameLeg(const Leg &a, const Leg &b)
{
    return a.from == b.from && a.to == b.to && a.carrier == b.carrier && a.number == b.number &&
           a.departureMinute == b.departureMinute && a.blockMinutes == b.blockMinutes &&
           a.dayMask == b.dayMask && a.aircraft == b.aircraft && a.seats == b.seats;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(schedule()); }

    void sameSeedGivesTheSameSchedule()
    {
        const auto again = ScheduleGenerator::generate(*reference(), kSeed);
        const Schedule &a = *schedule();
        const Schedule &b = *again;
        QCOMPARE(b.legs().size(), a.legs().size());
        QCOMPARE(b.airports().size(), a.airports().size());
        for (std::size_t i = 0; i < a.airports().size(); ++i)
            QCOMPARE(b.airports()[i].code, a.airports()[i].code);
        for (std::size_t i = 0; i < a.legs().size(); ++i) {
            if (!sameLeg(a.legs()[i], b.legs()[i]))
                QFAIL(qPrintable(QStringLiteral("leg %1 differs").arg(i)));
        }
    }

    void differentSeedGivesAnotherSchedule()
    {
        const auto other = ScheduleGenerator::generate(*reference(), kSeed + 1);
        const Schedule &a = *schedule();
        int same = 0;
        const std::size_t n = std::min(a.legs().size(), other->legs().size());
        for (std::size_t i = 0; i < n; ++i)
            same += sameLeg(a.legs()[i], other->legs()[i]) ? 1 : 0;
        QVERIFY2(same < int(n) / 2, "another seed should give other departure times");
    }

    void worldIsBigEnough_data()
    {
        QTest::addColumn<QDate>("date");
        for (int d = 0; d < 7; ++d) {
            const QDate date = QDate(2026, 12, 21).addDays(d);
            QTest::newRow(qPrintable(date.toString(QStringLiteral("dddd")))) << date;
        }
    }
    void worldIsBigEnough()
    {
        QFETCH(QDate, date);
        QVERIFY2(schedule()->flightsOn(date) >= 60000,
                 qPrintable(QString::number(schedule()->flightsOn(date))));
        QVERIFY2(schedule()->airportsServedOn(date) >= 1000,
                 qPrintable(QString::number(schedule()->airportsServedOn(date))));
    }

    void airlinesAndAirportsAreReal()
    {
        const Schedule &s = *schedule();
        QVERIFY(s.carriers().size() >= 60);
        for (const Carrier &c : s.carriers())
            QVERIFY2(reference()->airline(c.code), qPrintable(c.code));
        for (const ScheduleAirport &a : s.airports())
            QVERIFY2(reference()->airport(a.code), qPrintable(a.code));
    }

    void hubsCarryTheirAirlines_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QString>("airline");
        QTest::addColumn<int>("atLeast"); // departures on a Thursday
        QTest::newRow("Air India at Delhi") << u"DEL"_s << u"AI"_s << 80;
        QTest::newRow("IndiGo at Mumbai") << u"BOM"_s << u"6E"_s << 100;
        QTest::newRow("British Airways at Heathrow") << u"LHR"_s << u"BA"_s << 150;
        QTest::newRow("Lufthansa at Frankfurt") << u"FRA"_s << u"LH"_s << 100;
        QTest::newRow("Emirates at Dubai") << u"DXB"_s << u"EK"_s << 100;
        QTest::newRow("Qatar Airways at Doha") << u"DOH"_s << u"QR"_s << 100;
        QTest::newRow("Singapore Airlines at Changi") << u"SIN"_s << u"SQ"_s << 80;
        QTest::newRow("Delta at Atlanta") << u"ATL"_s << u"DL"_s << 300;
        QTest::newRow("American at Dallas") << u"DFW"_s << u"AA"_s << 300;
        QTest::newRow("United at Chicago") << u"ORD"_s << u"UA"_s << 200;
        QTest::newRow("Qantas at Sydney") << u"SYD"_s << u"QF"_s << 40;
        QTest::newRow("Turkish at Istanbul") << u"IST"_s << u"TK"_s << 200;
        QTest::newRow("Ethiopian at Addis Ababa") << u"ADD"_s << u"ET"_s << 80;
        QTest::newRow("LATAM at Santiago") << u"SCL"_s << u"LA"_s << 50;
    }
    void hubsCarryTheirAirlines()
    {
        QFETCH(QString, hub);
        QFETCH(QString, airline);
        QFETCH(int, atLeast);
        const Schedule &s = *schedule();
        const int day = dayNumber(travelDate());
        const int carrier = s.carrierIndex(airline);
        QVERIFY(carrier >= 0);
        int departures = 0;
        QHash<int, int> byCarrier;
        for (qint32 id : s.departures(s.airportIndex(hub))) {
            const Leg &l = s.legs()[std::size_t(id)];
            if (l.operatesOn(day))
                ++byCarrier[l.carrier];
        }
        departures = byCarrier.value(carrier);
        QVERIFY2(departures >= atLeast, qPrintable(QString::number(departures)));
        // The hub carrier is among the two biggest there.
        int bigger = 0;
        for (int n : std::as_const(byCarrier))
            bigger += n > departures ? 1 : 0;
        QVERIFY2(bigger <= 1, qPrintable(QString::number(bigger)));
    }

    void blockTimes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("shortest"); // minutes, gate to gate
        QTest::addColumn<int>("longest");
        QTest::newRow("Delhi-Mumbai about 2h10") << u"DEL"_s << u"BOM"_s << 120 << 150;
        QTest::newRow("Mumbai-Delhi about 2h15") << u"BOM"_s << u"DEL"_s << 120 << 150;
        QTest::newRow("Heathrow-JFK 7-8h") << u"LHR"_s << u"JFK"_s << 420 << 500;
        QTest::newRow("JFK-Heathrow 6.5-7.5h") << u"JFK"_s << u"LHR"_s << 380 << 450;
        QTest::newRow("Sydney-Los Angeles about 13.5h") << u"SYD"_s << u"LAX"_s << 760 << 860;
        QTest::newRow("Haneda-Los Angeles about 10h") << u"HND"_s << u"LAX"_s << 540 << 660;
        QTest::newRow("Singapore-Heathrow about 14h") << u"SIN"_s << u"LHR"_s << 780 << 900;
        QTest::newRow("Frankfurt-Munich about 1h") << u"FRA"_s << u"MUC"_s << 50 << 85;
    }
    void blockTimes()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, shortest);
        QFETCH(int, longest);
        const auto legs = legsBetween(*schedule(), from, to);
        QVERIFY2(!legs.empty(), "nobody flies the route");
        for (const Leg *l : legs) {
            QVERIFY2(l->blockMinutes >= shortest && l->blockMinutes <= longest,
                     qPrintable(QString::number(l->blockMinutes)));
        }
    }

    void eastboundIsFasterThanWestbound()
    {
        QCOMPARE(ScheduleGenerator::blockMinutes(5540, 90, 880) <
                     ScheduleGenerator::blockMinutes(5540, 270, 880),
                 true);
        const auto west = legsBetween(*schedule(), u"LHR"_s, u"JFK"_s);
        const auto east = legsBetween(*schedule(), u"JFK"_s, u"LHR"_s);
        QVERIFY(!west.empty() && !east.empty());
        QVERIFY(east.front()->blockMinutes + 30 < west.front()->blockMinutes);
    }

    void aircraftFitTheSector()
    {
        const auto types = aircraftTypes();
        for (const Leg &l : schedule()->legs()) {
            const AircraftType &t = types[l.aircraft];
            QVERIFY2(l.distanceKm <= t.rangeKm, t.code);
            QVERIFY(l.seats[0] > 0); // economy on every flight
            if (l.distanceKm > 6000)
                QCOMPARE(t.kind, AircraftKind::WideBody);
            if (t.kind == AircraftKind::Turboprop)
                QVERIFY(l.distanceKm < 1500);
        }
    }

    void cabinsFollowAircraftAndAirline()
    {
        const Schedule &s = *schedule();
        int wideWithPremium = 0;
        int wideWithFirst = 0;
        for (const Leg &l : s.legs()) {
            const Carrier &c = s.carriers()[l.carrier];
            const AircraftType &t = aircraftTypes()[l.aircraft];
            if (c.model == CarrierModel::LowCost) {
                QCOMPARE(l.seats[std::size_t(Cabin::Business)], quint16(0));
                continue;
            }
            if (t.kind == AircraftKind::WideBody) {
                QVERIFY2(l.seats[std::size_t(Cabin::Business)] > 0, qPrintable(c.code));
                wideWithPremium += l.seats[std::size_t(Cabin::PremiumEconomy)] > 0 ? 1 : 0;
                wideWithFirst += l.seats[std::size_t(Cabin::First)] > 0 ? 1 : 0;
            }
            if (t.kind == AircraftKind::Turboprop)
                QCOMPARE(l.seats[std::size_t(Cabin::Business)], quint16(0));
        }
        QVERIFY(wideWithPremium > 500);
        QVERIFY(wideWithFirst > 100);
    }

    void flightNumbersAreUniquePerCarrier()
    {
        QSet<quint32> seen;
        for (const Leg &l : schedule()->legs()) {
            const quint32 key = quint32(l.carrier) << 16 | l.number;
            QVERIFY(!seen.contains(key));
            seen.insert(key);
            QVERIFY(l.number >= 1 && l.number <= 9999);
        }
    }

    void departuresAreSpreadThroughTheLocalDay()
    {
        const Schedule &s = *schedule();
        std::array<int, 24> byHour{};
        int shortHaul = 0;
        int shortHaulAtNight = 0;
        for (const Leg &l : s.legs()) {
            ++byHour[l.departureMinute / 60];
            if (l.distanceKm < 3000) {
                ++shortHaul;
                shortHaulAtNight += l.departureMinute < 5 * 60 ? 1 : 0;
            }
        }
        for (int h = 0; h < 24; ++h)
            QVERIFY2(byHour[std::size_t(h)] < int(s.legs().size()) * 12 / 100,
                     qPrintable(QString::number(h)));
        for (int h = 7; h < 21; ++h)
            QVERIFY2(byHour[std::size_t(h)] > int(s.legs().size()) * 2 / 100,
                     qPrintable(QString::number(h)));
        QVERIFY2(shortHaulAtNight < shortHaul * 5 / 100,
                 qPrintable(QString::number(shortHaulAtNight)));
    }

    void weeklyPatterns()
    {
        const int day = dayNumber(travelDate());
        int daily = 0;
        int partial = 0;
        int notToday = 0;
        for (const Leg &l : schedule()->legs()) {
            QVERIFY(l.dayMask != 0 && l.dayMask <= 0x7f);
            if (!l.operatesOn(day))
                ++notToday;
            else
                (l.dayMask == 0x7f ? daily : partial) += 1;
        }
        QVERIFY(daily > partial * 3 / 2); // most of a day's flights fly every day
        QVERIFY(notToday > 5000);         // thinner routes fly on some days only
    }

    void tinyReferenceDataGivesATinyWorld()
    {
        // Another reference data set (a tool's, or a trimmed one): the generator uses what it
        // knows, skips airlines and hubs it lacks, and never fails.
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(u"airports.tsv"_s,
              "DEL\tVIDP\tIndira Gandhi International Airport\tDelhi\tIndia\tIN\t\tAsia/Kolkata"
              "\t28.5665\t77.1031\t97\t\n"
              "BOM\tVABB\tChhatrapati Shivaji International Airport\tMumbai\tIndia\tIN\t\t"
              "Asia/Kolkata\t19.0887\t72.8679\t92\t\n"
              "IXC\tVICG\tChandigarh Airport\tChandigarh\tIndia\tIN\t\tAsia/Kolkata\t30.6735"
              "\t76.7885\t37\t\n"
              "XXX\t\tNowhere Field\tNowhere\tIndia\tIN\t\tAsia/Kolkata\t20.0\t80.0\t0\t\n");
        write(u"cities.tsv"_s, "");
        write(u"airlines.tsv"_s, "AI\tAir India\tIndia\n6E\tIndiGo\tIndia\nZZ\tNobody\tNowhere\n");
        auto data = ReferenceData::loadFromFiles(dir.filePath(u"airports.tsv"_s),
                                                 dir.filePath(u"cities.tsv"_s),
                                                 dir.filePath(u"airlines.tsv"_s));
        QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().detail));
        const auto tiny = ScheduleGenerator::generate(*data.value(), kSeed);
        QVERIFY(tiny->flightsOn(travelDate()) > 10);
        QCOMPARE(tiny->airportIndex(u"XXX"_s), -1);
        for (const Carrier &c : tiny->carriers())
            QVERIFY(c.code == u"AI" || c.code == u"6E");
        FixedClock clock(now());
        SandboxSupplier s(data.value(), QString(), SandboxOptions{u"INR"_s, kSeed}, clock);
        s.setSchedule(tiny);
        const auto offers = s.searchNow(oneWay(u"DEL"_s, u"BOM"_s));
        QVERIFY(offers.ok() && !offers->empty());
        QVERIFY(s.searchNow(oneWay(u"DEL"_s, u"LHR"_s))->empty());
    }

    void zoneConversions_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("local");
        QTest::addColumn<QDateTime>("utc");
        // "local" is a wall-clock reading carried in a UTC QDateTime: a Qt::LocalTime one
        // would be moved by this machine's own zone (02:30 on 2026-03-08 does not exist in
        // New York).
        const auto at = [](int y, int mo, int d, int h, int mi, Qt::TimeSpec spec) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi), spec);
        };
        QTest::newRow("Kolkata, no daylight saving")
            << u"Asia/Kolkata"_s << at(2026, 12, 24, 7, 40, Qt::UTC)
            << at(2026, 12, 24, 2, 10, Qt::UTC);
        QTest::newRow("New York in summer")
            << u"America/New_York"_s << at(2026, 7, 1, 12, 0, Qt::UTC)
            << at(2026, 7, 1, 16, 0, Qt::UTC);
        QTest::newRow("New York, skipped spring hour")
            << u"America/New_York"_s << at(2026, 3, 8, 2, 30, Qt::UTC)
            << at(2026, 3, 8, 7, 30, Qt::UTC);
        QTest::newRow("New York, repeated autumn hour")
            << u"America/New_York"_s << at(2026, 11, 1, 1, 30, Qt::UTC)
            << at(2026, 11, 1, 5, 30, Qt::UTC);
        QTest::newRow("Auckland summer, across the date line")
            << u"Pacific/Auckland"_s << at(2026, 12, 24, 10, 0, Qt::UTC)
            << at(2026, 12, 23, 21, 0, Qt::UTC);
        QTest::newRow("Sydney summer") << u"Australia/Sydney"_s << at(2026, 12, 24, 9, 0, Qt::UTC)
                                       << at(2026, 12, 23, 22, 0, Qt::UTC);
    }
    void zoneConversions()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, local);
        QFETCH(QDateTime, utc);
        ZoneTable zones;
        const int z = zones.add(zone, QTimeZone(zone.toLatin1()));
        const Minute localMinute =
            Minute(dayNumber(local.date())) * 1440 + local.time().msecsSinceStartOfDay() / 60000;
        const Minute expected = Minute(utc.toSecsSinceEpoch() / 60);
        QCOMPARE(zones.localToUtc(z, localMinute), expected);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "test_schedule.moc"
