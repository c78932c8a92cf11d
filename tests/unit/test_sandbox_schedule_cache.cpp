// The schedule kept in the data folder: read back, it is the schedule that was generated (the
// same searches give the same offers); a damaged, truncated or foreign file is built afresh,
// never trusted; another seed, generator version or reference data never reuses a file, and
// the files of old keys are removed.
#include "test_sandbox_support.h"

#include "backend/suppliers/sandbox/sandbox_search.h"
#include "backend/suppliers/sandbox/schedule_cache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tripdesk::FlightSearchRequest)

namespace {

ScheduleKey key(quint64 seed = kSeed)
{
    return scheduleKey(*reference(), seed);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// What a traveller sees of a search: the offers' ids (flights, dates, classes), prices and times.
QStringList offersOf(const Schedule &schedule, const FlightSearchRequest &request)
{
    const FareModel fares(u"USD"_s);
    auto result = runSearch(
        SearchInputs{schedule, *reference(), std::make_shared<const SoldSeats>(), fares, now()},
        request);
    QStringList out;
    if (!result)
        return {u"error: "_s + result.error().detail};
    for (const FlightOffer &o : result.value()) {
        out << o.id + u' ' + o.price.toDecimalString() + u' ' +
                   o.itineraries.front().segments.front().departure.toString(Qt::ISODate);
    }
    return out;
}

FlightSearchRequest roundTrip(const QString &from, const QString &to)
{
    FlightSearchRequest r = oneWay(from, to);
    r.slices.push_back({to, from, travelDate().addDays(7)});
    return r;
}

// Counts how often the schedule had to be built.
struct Builder {
    int calls = 0;
    std::function<std::shared_ptr<const Schedule>()> fn()
    {
        return [this] {
            ++calls;
            return schedule();
        };
    }
};

} // namespace

class TestSandboxScheduleCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(schedule()); }

    void readBackItIsTheSameSchedule()
    {
        const Schedule &a = *schedule();
        auto decoded = ScheduleFile::decode(ScheduleFile::encode(a, key()), key());
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().detail));
        const Schedule &b = *decoded.value();
        QCOMPARE(b.seed(), a.seed());
        QCOMPARE(b.airports().size(), a.airports().size());
        for (std::size_t i = 0; i < a.airports().size(); ++i) {
            const ScheduleAirport &x = a.airports()[i];
            const ScheduleAirport &y = b.airports()[i];
            QCOMPARE(y.code, x.code);
            QCOMPARE(y.countryCode, x.countryCode);
            QCOMPARE(y.cityCode, x.cityCode);
            QCOMPARE(y.importance, x.importance);
            QCOMPARE(y.zone, x.zone);
            QCOMPARE(b.zones().ianaId(y.zone), a.zones().ianaId(x.zone));
        }
        QCOMPARE(b.carriers().size(), a.carriers().size());
        for (std::size_t i = 0; i < a.carriers().size(); ++i) {
            QCOMPARE(b.carriers()[i].code, a.carriers()[i].code);
            QCOMPARE(b.carriers()[i].pricePercent, a.carriers()[i].pricePercent);
        }
        QCOMPARE(b.legs().size(), a.legs().size());
        QCOMPARE(std::memcmp(b.legs().data(), a.legs().data(), a.legs().size() * sizeof(Leg)), 0);
        QCOMPARE(b.routes().size(), a.routes().size());
        // Offsets either side of every transition, in every zone.
        for (int z = 0; z < a.zones().size(); ++z) {
            for (Minute m = Minute(20000) * 1440; m < Minute(21000) * 1440; m += 6 * 60)
                QCOMPARE(b.zones().offsetAtUtc(z, m), a.zones().offsetAtUtc(z, m));
        }
        const int del = a.airportIndex(u"DEL");
        QCOMPARE(b.airportIndex(u"DEL"), del);
        const Leg &leg = a.legs()[std::size_t(a.departures(del).front())];
        QCOMPARE(b.findLeg(leg.carrier, leg.number), a.findLeg(leg.carrier, leg.number));
    }

    void readBackSearchesGiveTheSameOffers_data()
    {
        QTest::addColumn<FlightSearchRequest>("request");
        QTest::newRow("DEL-BOM") << oneWay(u"DEL"_s, u"BOM"_s);
        QTest::newRow("SYD-LAX, over the date line") << oneWay(u"SYD"_s, u"LAX"_s);
        QTest::newRow("NYC-LON round trip, business") << [] {
            FlightSearchRequest r = roundTrip(u"NYC"_s, u"LON"_s);
            r.cabin = Cabin::Business;
            return r;
        }();
        QTest::newRow("JNB-PER, two stops") << oneWay(u"JNB"_s, u"PER"_s);
    }

    void readBackSearchesGiveTheSameOffers()
    {
        QFETCH(FlightSearchRequest, request);
        QTemporaryDir dir;
        Builder builder;
        loadOrBuildSchedule(dir.path(), key(), builder.fn());
        const CachedSchedule loaded = loadOrBuildSchedule(dir.path(), key(), builder.fn());
        QVERIFY(loaded.fromFile);
        QCOMPARE(builder.calls, 1);
        const QStringList expected = offersOf(*schedule(), request);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(offersOf(*loaded.schedule, request), expected);
    }

    void keptInTheDataFolderUnderItsKey()
    {
        QTemporaryDir dir;
        Builder builder;
        const CachedSchedule first = loadOrBuildSchedule(dir.path(), key(), builder.fn());
        QVERIFY(!first.fromFile);
        QCOMPARE(builder.calls, 1);
        QVERIFY(QFile::exists(dir.filePath(key().fileName())));
        QVERIFY(key().fileName().startsWith(u"sandbox-schedule-"_s));
        const CachedSchedule second = loadOrBuildSchedule(dir.path(), key(), builder.fn());
        QVERIFY(second.fromFile);
        QCOMPARE(builder.calls, 1);
    }

    void damagedFileIsRebuilt_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated by a byte") << 0;
        QTest::newRow("truncated to half") << 1;
        QTest::newRow("only a header's worth") << 2;
        QTest::newRow("empty") << 3;
        QTest::newRow("a bit flipped in the middle") << 4;
        QTest::newRow("a bit flipped in the last byte") << 5;
        QTest::newRow("a bit flipped in the header") << 6;
        QTest::newRow("bytes appended") << 7;
        QTest::newRow("another file of the same size") << 8;
    }

    void damagedFileIsRebuilt()
    {
        QFETCH(int, damage);
        const QByteArray good = ScheduleFile::encode(*schedule(), key());
        QByteArray bytes = good;
        switch (damage) {
        case 0:
            bytes.chop(1);
            break;
        case 1:
            bytes.truncate(bytes.size() / 2);
            break;
        case 2:
            bytes.truncate(64);
            break;
        case 3:
            bytes.clear();
            break;
        case 4:
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
            break;
        case 5:
            bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
            break;
        case 6:
            bytes[50] = char(bytes[50] ^ 0x04);
            break; // in the checksum
        case 7:
            bytes.append("more");
            break;
        case 8:
            bytes.fill('\x5a');
            break;
        }
        QVERIFY(bytes != good);
        QVERIFY(!ScheduleFile::decode(bytes, key()).ok());

        QTemporaryDir dir;
        const QString path = dir.filePath(key().fileName());
        QVERIFY(writeAll(path, bytes));
        Builder builder;
        const CachedSchedule loaded = loadOrBuildSchedule(dir.path(), key(), builder.fn());
        QVERIFY(!loaded.fromFile);
        QCOMPARE(builder.calls, 1);
        QCOMPARE(loaded.schedule.get(), schedule().get());
        // Rebuilt in place: the next process reads it.
        QCOMPARE(readAll(path), good);
        QVERIFY(loadOrBuildSchedule(dir.path(), key(), builder.fn()).fromFile);
    }

    void anotherSeedDoesNotReuseTheFile()
    {
        QTemporaryDir dir;
        Builder builder;
        loadOrBuildSchedule(dir.path(), key(), builder.fn());
        const ScheduleKey other = key(kSeed + 1);
        QVERIFY(other.fileName() != key().fileName());
        QVERIFY(!loadOrBuildSchedule(dir.path(), other, builder.fn()).fromFile);
        QCOMPARE(builder.calls, 2);
        // Even under the other key's name the file is refused.
        QVERIFY(writeAll(dir.filePath(other.fileName()), ScheduleFile::encode(*schedule(), key())));
        QVERIFY(!loadOrBuildSchedule(dir.path(), other, builder.fn()).fromFile);
        QCOMPARE(builder.calls, 3);
    }

    void anotherGeneratorVersionDoesNotReuseTheFile()
    {
        QTemporaryDir dir;
        Builder builder;
        loadOrBuildSchedule(dir.path(), key(), builder.fn());
        ScheduleKey next = key();
        ++next.generatorVersion;
        QVERIFY(next.fileName() != key().fileName());
        QVERIFY(!ScheduleFile::read(dir.filePath(key().fileName()), next).ok());
        QVERIFY(!loadOrBuildSchedule(dir.path(), next, builder.fn()).fromFile);
        QCOMPARE(builder.calls, 2);
    }

    void otherReferenceDataIsAnotherKey()
    {
        const QByteArray airports =
            "BOM\tVABB\tMumbai Airport\tMumbai\tIndia\tIN\t\tAsia/Kolkata\t19.0887\t72.8679\t92\t\n"
            "DEL\tVIDP\tDelhi Airport\tDelhi\tIndia\tIN\t\tAsia/Kolkata\t28.5665\t77.1031\t95\t\n";
        const QByteArray airlines = "AI\tAir India\tIndia\n";
        auto a = ReferenceData::loadFromData(airports, {}, airlines);
        QByteArray moved = airports;
        moved.replace("\t95\t", "\t94\t");
        auto b = ReferenceData::loadFromData(moved, {}, airlines);
        auto c = ReferenceData::loadFromData(airports, {}, "AI\tAir India Express\tIndia\n");
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(scheduleKey(*a.value(), kSeed), scheduleKey(*a.value(), kSeed));
        QVERIFY(scheduleKey(*a.value(), kSeed).fileName() !=
                scheduleKey(*b.value(), kSeed).fileName());
        QVERIFY(scheduleKey(*a.value(), kSeed).fileName() !=
                scheduleKey(*c.value(), kSeed).fileName());
        QVERIFY(key().fileName() != scheduleKey(*a.value(), kSeed).fileName());
    }

    void filesOfOldKeysAreRemoved()
    {
        QTemporaryDir dir;
        Builder builder;
        loadOrBuildSchedule(dir.path(), key(kSeed + 1), builder.fn());
        QVERIFY(writeAll(dir.filePath(u"sandbox-schedule-0123456789abcdef.bin"_s), "old"));
        QVERIFY(writeAll(dir.filePath(u"sandbox.sqlite"_s), "not ours to remove"));
        loadOrBuildSchedule(dir.path(), key(), builder.fn());
        const QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(left, (QStringList{key().fileName(), u"sandbox.sqlite"_s}));
    }

    void racingWritersNeverShowAHalfFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(key().fileName());
        std::atomic<bool> stop{false};
        std::atomic<int> whole{0};
        std::atomic<int> broken{0};
        std::thread reader([&] {
            while (!stop) {
                if (!QFile::exists(path))
                    continue;
                const auto r = ScheduleFile::read(path, key());
                if (r)
                    ++whole;
                else if (!r.error().detail.startsWith(u"cannot open"_s))
                    ++broken;
            }
        });
        const auto writer = [&] {
            for (int i = 0; i < 4; ++i)
                QVERIFY(ScheduleFile::write(path, *schedule(), key()).ok());
        };
        std::thread first(writer);
        std::thread second(writer);
        first.join();
        second.join();
        stop = true;
        reader.join();
        QCOMPARE(broken.load(), 0);
        QVERIFY(ScheduleFile::read(path, key()).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{key().fileName()});
    }

    void unwritableFolderStillGivesTheSchedule()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"no/such/folder"_s);
        Builder builder;
        const CachedSchedule s = loadOrBuildSchedule(missing, key(), builder.fn());
        QCOMPARE(s.schedule.get(), schedule().get());
        QCOMPARE(builder.calls, 1);
    }

    void supplierKeepsItsScheduleInItsDataFolder()
    {
        QTemporaryDir dir;
        FixedClock clock(now());
        {
            SandboxSupplier first(reference(), dir.path(), SandboxOptions{u"USD"_s, kSeed}, clock);
            QVERIFY(!first.searchNow(oneWay(u"DEL"_s, u"BOM"_s)).value().empty());
        }
        const QString path = dir.filePath(key().fileName());
        QVERIFY(QFile::exists(path));
        const auto fromFile = ScheduleFile::read(path, key());
        QVERIFY(fromFile.ok());
        QCOMPARE(offersOf(*fromFile.value(), oneWay(u"DEL"_s, u"BOM"_s)),
                 offersOf(*schedule(), oneWay(u"DEL"_s, u"BOM"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxScheduleCache)
#include "test_sandbox_schedule_cache.moc"
