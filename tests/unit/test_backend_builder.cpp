// The composition root as the desk and the CLI use it: the builder registers the sandbox unless
// it is turned off, then any supplier given to it; the services it hands out search through
// exactly those suppliers; a wrong currency is refused before anything is opened.

#include "backend/service/backend.h"
#include "backend/service/flight_search_service.h"
#include "tests/fakes/fake_flight_supplier.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());

FlightSearchRequest delBom()
{
    FlightSearchRequest r;
    r.slices.push_back({u"DEL"_s, u"BOM"_s, QDate(2026, 12, 24)});
    return r;
}

} // namespace

class TestBackendBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kNow};

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void registersTheSandboxByDefault()
    {
        auto backend = BackendBuilder().setDataDir(m_dir.path()).setClock(&m_clock).build();
        QVERIFY2(backend.ok(), qPrintable(backend.ok() ? QString() : backend.error().message));
        QCOMPARE((*backend)->flightSupplierIds(), QStringList{u"sandbox"_s});
        QCOMPARE(&(*backend)->services().flights, &(*backend)->flights());
    }

    // Without the sandbox, a search goes to the suppliers registered, and only to them.
    void searchesTheRegisteredSuppliers()
    {
        auto fake = std::make_unique<FakeFlightSupplier>(u"fake"_s, u"Fake"_s);
        FakeFlightSupplier *seen = fake.get();
        seen->setOffers({makeOffer(
            u"o1"_s, u"fake"_s, 450000, u"INR"_s,
            {Itinerary{{makeSegment(u"AI101"_s, u"DEL"_s, u"BOM"_s, u"2026-12-24T00:30:00Z"_s,
                                    u"2026-12-24T02:40:00Z"_s)}}})});
        auto backend = BackendBuilder()
                           .setDataDir(m_dir.path())
                           .setClock(&m_clock)
                           .setSandboxEnabled(false)
                           .addFlightSupplier(std::move(fake))
                           .build();
        QVERIFY(backend.ok());
        QCOMPARE((*backend)->flightSupplierIds(), QStringList{u"fake"_s});
        QObject owner;
        auto reply = (*backend)->services().flights.search(delBom(), &owner);
        QVERIFY(reply.ok());
        QSignalSpy finished(*reply, &SearchReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(seen->requests().size(), size_t(1));
        QCOMPARE((*reply)->offers().size(), size_t(1));
    }

    void searchingWithNoSupplierIsRefused()
    {
        auto backend = BackendBuilder()
                           .setDataDir(m_dir.path())
                           .setClock(&m_clock)
                           .setSandboxEnabled(false)
                           .build();
        QVERIFY(backend.ok());
        QObject owner;
        auto reply = (*backend)->services().flights.search(delBom(), &owner);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, Error::Kind::Unavailable);
        QVERIFY2(reply.error().message.contains(u"supplier"_s), qPrintable(reply.error().message));
    }

    void currencies_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("upper case") << u"INR"_s << true;
        QTest::newRow("lower case") << u"jpy"_s << true;
        QTest::newRow("spaces") << u" eur "_s << true;
        QTest::newRow("unknown") << u"XYZ"_s << false;
        QTest::newRow("gold is not money") << u"XAU"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void currencies()
    {
        QFETCH(QString, currency);
        QFETCH(bool, accepted);
        SandboxOptions sandbox;
        sandbox.currency = currency;
        QTemporaryDir dir;
        auto backend = BackendBuilder()
                           .setDataDir(dir.filePath(u"data"_s))
                           .setClock(&m_clock)
                           .setSandbox(sandbox)
                           .build();
        QCOMPARE(backend.ok(), accepted);
        if (accepted)
            return;
        QCOMPARE(backend.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(backend.error().message.contains(u"ISO 4217"_s),
                 qPrintable(backend.error().message));
        // Refused before anything was created in the data folder.
        QVERIFY(!QFileInfo::exists(dir.filePath(u"data"_s)));
    }
};

QTEST_GUILESS_MAIN(TestBackendBuilder)
#include "test_backend_builder.moc"
