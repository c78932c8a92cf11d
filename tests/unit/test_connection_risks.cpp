// The risks of each connection as a traveller would name them: a change of airport, a night
// spent waiting at the connecting airport (judged by its own clock, clock changes included), and
// a long wait.
#include "backend/flights/connection_risks.h"

#include <QTest>

using namespace tripdesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tripdesk::Itinerary)

namespace {

QTimeZone zoneOf(QStringView airport)
{
    if (airport == u"DEL")
        return QTimeZone("Asia/Kolkata");
    if (airport == u"LHR" || airport == u"LGW")
        return QTimeZone("Europe/London");
    return QTimeZone::utc();
}

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

Segment flight(const QString &from, const QString &to, QDateTime departure, QDateTime arrival)
{
    Segment s;
    s.carrier = u"XX"_s;
    s.flightNumber = u"1"_s;
    s.origin = from;
    s.destination = to;
    s.departure = std::move(departure);
    s.arrival = std::move(arrival);
    return s;
}

// In at `arrive`, out at `leave`, connecting at `at` (and leaving from `leaveFrom`).
Itinerary via(const QString &at, QDateTime arrive, QDateTime leave, QString leaveFrom = {})
{
    if (leaveFrom.isEmpty())
        leaveFrom = at;
    Itinerary it;
    it.segments.push_back(flight(u"AAA"_s, at, arrive.addSecs(-3 * 3600), arrive));
    it.segments.push_back(flight(leaveFrom, u"BBB"_s, leave, leave.addSecs(2 * 3600)));
    return it;
}

using Risks = std::vector<ConnectionRisk>;

} // namespace

class TestConnectionRisks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void risks_data()
    {
        QTest::addColumn<Itinerary>("itinerary");
        QTest::addColumn<Risks>("risks");
        // At ZZZ the local clock is UTC.
        QTest::newRow("an easy connection")
            << via(u"ZZZ"_s, utc(12, 24, 10, 0), utc(12, 24, 11, 30)) << Risks{};
        QTest::newRow("in at 23:30, out at 06:15: overnight and long")
            << via(u"ZZZ"_s, utc(12, 24, 23, 30), utc(12, 25, 6, 15))
            << Risks{ConnectionRisk::Overnight, ConnectionRisk::LongLayover};
        QTest::newRow("in at 22:00, out at 00:45: the date changes, the night is not spent")
            << via(u"ZZZ"_s, utc(12, 24, 22, 0), utc(12, 25, 0, 45)) << Risks{};
        QTest::newRow("in at 04:00, out at 07:00: morning")
            << via(u"ZZZ"_s, utc(12, 24, 4, 0), utc(12, 24, 7, 0)) << Risks{};
        QTest::newRow("in at 01:00, out at 02:59: under two hours of night")
            << via(u"ZZZ"_s, utc(12, 24, 1, 0), utc(12, 24, 2, 59)) << Risks{};
        QTest::newRow("in at 02:00, out at 04:00: two hours of night")
            << via(u"ZZZ"_s, utc(12, 24, 2, 0), utc(12, 24, 4, 0))
            << Risks{ConnectionRisk::Overnight};
        QTest::newRow("six hours by day is long")
            << via(u"ZZZ"_s, utc(12, 24, 8, 0), utc(12, 24, 14, 0))
            << Risks{ConnectionRisk::LongLayover};
        QTest::newRow("five hours 59 is not")
            << via(u"ZZZ"_s, utc(12, 24, 8, 0), utc(12, 24, 13, 59)) << Risks{};
        // Delhi is 5:30 ahead: 18:00 to 00:45 UTC is 23:30 to 06:15 there.
        QTest::newRow("the night is Delhi's, not UTC's")
            << via(u"DEL"_s, utc(12, 24, 18, 0), utc(12, 25, 0, 45))
            << Risks{ConnectionRisk::Overnight, ConnectionRisk::LongLayover};
        QTest::newRow("a Delhi morning that is night in UTC")
            << via(u"DEL"_s, utc(12, 24, 0, 30), utc(12, 24, 3, 30)) << Risks{};
        QTest::newRow("land at Heathrow, leave from Gatwick")
            << via(u"LHR"_s, utc(12, 24, 9, 0), utc(12, 24, 13, 0), u"LGW"_s)
            << Risks{ConnectionRisk::AirportChange};
        QTest::newRow("all three") << via(u"LHR"_s, utc(12, 24, 22, 0), utc(12, 25, 7, 0), u"LGW"_s)
                                   << Risks{ConnectionRisk::AirportChange,
                                            ConnectionRisk::Overnight, ConnectionRisk::LongLayover};
    }

    void risks()
    {
        QFETCH(Itinerary, itinerary);
        QFETCH(Risks, risks);
        const auto connections = connectionsOf(itinerary, zoneOf);
        QCOMPARE(connections.size(), std::size_t(1));
        QVERIFY(connections[0].risks == risks);
        for (ConnectionRisk r : risks)
            QVERIFY(connections[0].has(r));
    }

    void everyConnectionInOrder()
    {
        Itinerary it = via(u"LHR"_s, utc(12, 24, 9, 0), utc(12, 24, 13, 0), u"LGW"_s);
        it.segments.push_back(
            flight(u"BBB"_s, u"CCC"_s, utc(12, 24, 23, 0), utc(12, 25, 1, 0))); // 8 h at BBB
        const auto connections = connectionsOf(it, zoneOf);
        QCOMPARE(connections.size(), std::size_t(2));
        QCOMPARE(connections[0].index, 0);
        QCOMPARE(connections[0].layoverMinutes, 4 * 60);
        QCOMPARE(connections[0].arrivalAirport, u"LHR"_s);
        QCOMPARE(connections[0].departureAirport, u"LGW"_s);
        QCOMPARE(connections[1].index, 1);
        QCOMPARE(connections[1].layoverMinutes, 8 * 60);
        QVERIFY(connections[1].risks == Risks{ConnectionRisk::LongLayover});

        Itinerary direct;
        direct.segments.push_back(
            flight(u"AAA"_s, u"BBB"_s, utc(12, 24, 9, 0), utc(12, 24, 11, 0)));
        QVERIFY(connectionsOf(direct, zoneOf).empty());
        QVERIFY(connectionsOf(Itinerary{}, zoneOf).empty());
    }

    void nightsAreCountedByTheLocalClock()
    {
        const QTimeZone london("Europe/London");
        // 2026-03-29: clocks go forward at 01:00, so that night has four hours before 05:00.
        QCOMPARE(nightMinutes(utc(3, 28, 23, 0), utc(3, 29, 6, 0), london), 4 * 60);
        // 2026-10-25: clocks go back at 02:00, so that night has six.
        QCOMPARE(nightMinutes(utc(10, 24, 22, 0), utc(10, 25, 6, 0), london), 6 * 60);
        // An ordinary winter night has five; two nights count twice.
        QCOMPARE(nightMinutes(utc(12, 23, 20, 0), utc(12, 25, 8, 0), london), 10 * 60);
        QCOMPARE(nightMinutes(utc(12, 24, 8, 0), utc(12, 24, 6, 0), london), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionRisks)
#include "test_connection_risks.moc"
