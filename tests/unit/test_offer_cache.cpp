// The offer cache as another process meets it: an offer a search found is found again by its id
// (its fare options too) until it expires, then refused with a message that says so; a trip's
// results come back in the order found, options under their result; old searches are dropped;
// a price check is kept under the id it gave.
#include "backend/store/offer_cache.h"

#include "tests/fakes/fake_flight_supplier.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

FlightSearchRequest delBom(int day)
{
    FlightSearchRequest r;
    r.slices.push_back({u"DEL"_s, u"BOM"_s, QDate(2026, 12, day)});
    r.passengers = {2, 0, 0};
    return r;
}

Itinerary direct(const QString &flight, const QString &dep, const QString &arr)
{
    return Itinerary{{makeSegment(flight, u"DEL"_s, u"BOM"_s, dep, arr)}};
}

FlightOffer offer(const QString &id, const QString &supplier, qint64 price, const QString &flight,
                  const QDateTime &expires)
{
    FlightOffer o =
        makeOffer(id, supplier, price, u"INR"_s,
                  {direct(flight, u"2026-12-24T04:30:00Z"_s, u"2026-12-24T06:40:00Z"_s)});
    o.expiresAt = expires;
    return o;
}

const QDateTime kNow(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());

} // namespace

class TestOfferCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anOfferIsFoundAgainUntilItExpires()
    {
        QTemporaryDir dir;
        FixedClock clock(kNow);
        const QString path = dir.filePath(u"tripdesk.sqlite"_s);
        {
            auto store = Database::open(path, {OfferCache::migrations()});
            QVERIFY(store);
            OfferCache cache(**store, clock);
            FlightOffer lead = offer(u"a"_s, u"sandbox"_s, 500000, u"AI101"_s, kNow.addSecs(1800));
            lead.options.push_back(
                offer(u"off_1"_s, u"duffel"_s, 520000, u"AI101"_s, kNow.addSecs(600)));
            QVERIFY(cache.put(
                delBom(24), {lead, offer(u"b"_s, u"sandbox"_s, 450000, u"UK951"_s, QDateTime())}));
        }
        // Another process, the same file.
        auto store = Database::open(path, {OfferCache::migrations()});
        QVERIFY(store);
        OfferCache cache(**store, clock);
        auto found = cache.find(u"off_1"_s);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->offer.supplier, u"duffel"_s);
        QCOMPARE(found->offer.price, Money(520000, u"INR"_s));
        QCOMPARE(found->request, delBom(24));
        QCOMPARE(found->cachedAt, kNow);

        // An offer without an expiry counts as current for kNoExpiryMinutes.
        clock.advanceSecs(OfferCache::kNoExpiryMinutes * 60 - 60);
        QVERIFY(cache.find(u"b"_s));
        clock.set(kNow.addSecs(700));
        auto expired = cache.find(u"off_1"_s);
        QVERIFY(!expired);
        QCOMPARE(expired.error().kind, Error::Kind::NotFound);
        QVERIFY2(expired.error().message.contains(u"expired"_s),
                 qPrintable(expired.error().message));
        QVERIFY(cache.find(u"a"_s)); // its result lives longer

        auto unknown = cache.find(u"nothing"_s);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"search again"_s));
    }

    void aTripsResultsComeBackWithTheirOptions()
    {
        QTemporaryDir dir;
        FixedClock clock(kNow);
        auto store = Database::open(dir.filePath(u"t.sqlite"_s), {OfferCache::migrations()});
        QVERIFY(store);
        OfferCache cache(**store, clock);
        QVERIFY(cache.forTrip(delBom(24))->offers.empty());
        FlightOffer lead = offer(u"a"_s, u"sandbox"_s, 500000, u"AI101"_s, kNow.addSecs(1800));
        lead.options.push_back(offer(u"o"_s, u"duffel"_s, 520000, u"AI101"_s, kNow.addSecs(60)));
        QVERIFY(cache.put(delBom(24), {lead, offer(u"b"_s, u"sandbox"_s, 1, u"UK951"_s, {})}));
        QVERIFY(cache.put(delBom(25), {offer(u"c"_s, u"sandbox"_s, 1, u"6E2"_s, {})}));

        auto trip = cache.forTrip(delBom(24));
        QVERIFY(trip);
        QCOMPARE(trip->offers.size(), size_t(2));
        QCOMPARE(trip->offers[0].id, u"a"_s);
        QCOMPARE(trip->offers[0].options.size(), size_t(1));
        QCOMPARE(trip->offers[0].options[0].id, u"o"_s);
        QCOMPARE(trip->offers[1].id, u"b"_s);
        QCOMPARE(trip->cachedAt, kNow);

        // The same trip searched again replaces what was kept for it.
        clock.advanceSecs(60);
        QVERIFY(cache.put(delBom(24), {offer(u"d"_s, u"sandbox"_s, 1, u"AI101"_s, {})}));
        trip = cache.forTrip(delBom(24));
        QCOMPARE(trip->offers.size(), size_t(1));
        QCOMPARE(trip->offers[0].id, u"d"_s);
        QVERIFY(!cache.find(u"o"_s));

        // Searches older than kKeepHours go with the next one kept.
        clock.advanceSecs(qint64(OfferCache::kKeepHours) * 3600 + 1);
        QVERIFY(cache.put(delBom(26), {offer(u"e"_s, u"sandbox"_s, 1, u"AI5"_s, {})}));
        QVERIFY(cache.forTrip(delBom(25))->offers.empty());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM offer_cache"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aPriceCheckIsKeptUnderTheIdItGave()
    {
        QTemporaryDir dir;
        FixedClock clock(kNow);
        auto store = Database::open(dir.filePath(u"t.sqlite"_s), {OfferCache::migrations()});
        QVERIFY(store);
        OfferCache cache(**store, clock);
        QVERIFY(cache.put(delBom(24),
                          {offer(u"a"_s, u"sandbox"_s, 500000, u"AI101"_s, kNow.addSecs(600)),
                           offer(u"b"_s, u"sandbox"_s, 450000, u"UK951"_s, kNow.addSecs(600))}));
        clock.advanceSecs(300);

        // The check gave a new id at a new price, valid for longer.
        FlightOffer rebooked = offer(u"a2"_s, u"sandbox"_s, 510000, u"AI101"_s, kNow.addSecs(3600));
        QVERIFY(cache.putPriced(u"a"_s, rebooked));
        auto found = cache.find(u"a2"_s);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->offer.price, Money(510000, u"INR"_s));
        QCOMPARE(found->request, delBom(24));
        QVERIFY(cache.find(u"a"_s)); // the old id stays until it expires
        QCOMPARE(cache.forTrip(delBom(24))->offers.size(), size_t(2)); // not listed twice

        // The same id checked again: updated in place, with the expiry the check gave.
        FlightOffer same = offer(u"b"_s, u"sandbox"_s, 455000, u"UK951"_s, kNow.addSecs(7200));
        QVERIFY(cache.putPriced(u"b"_s, same));
        clock.advanceSecs(600); // past the search's expiry, within the check's
        found = cache.find(u"b"_s);
        QVERIFY(found);
        QCOMPARE(found->offer.price, Money(455000, u"INR"_s));
        QCOMPARE(cache.forTrip(delBom(24))->offers[1].price, Money(455000, u"INR"_s));

        // An offer never cached leaves nothing behind.
        QVERIFY(cache.putPriced(u"zz"_s, offer(u"zz2"_s, u"sandbox"_s, 1, u"AI5"_s, {})));
        QVERIFY(!cache.find(u"zz2"_s));
    }
};

QTEST_GUILESS_MAIN(TestOfferCache)
#include "test_offer_cache.moc"
