// Coverage of the sandbox world on trips travel agents sell every day: well-known city pairs on
// every continent, holiday and long-haul ones across the oceans, and small airports far apart.
// Each must find at least one itinerary with no more than two stops four weeks ahead; a gap here
// is what a user notices first ("no flights from Tokyo to Honolulu?").
#include "test_sandbox_support.h"

using namespace tripdesk;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

class TestSandboxCoverage : public QObject
{
    Q_OBJECT

    FixedClock m_clock{now()};
    std::unique_ptr<SandboxSupplier> m_supplier;

private Q_SLOTS:
    void initTestCase() { m_supplier = supplier(m_clock); }

    void wellKnownPairsHaveItineraries_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        // clang-format off
        const char *const pairs[][2] = {
            // Hawaii and the Pacific
            {"TYO", "HNL"}, {"LAX", "HNL"}, {"SFO", "HNL"}, {"SEA", "OGG"}, {"SYD", "HNL"},
            {"HNL", "SYD"}, {"AKL", "HNL"}, {"HNL", "ICN"}, {"OSA", "HNL"}, {"PPT", "LAX"},
            {"NAN", "AKL"}, {"NAN", "LAX"},
            // Australia and New Zealand
            {"AKL", "LAX"}, {"AKL", "SYD"}, {"CHC", "MEL"}, {"BNE", "SIN"}, {"PER", "LON"},
            {"ADL", "LON"}, {"DPS", "SYD"}, {"PER", "JNB"}, {"BNE", "AKL"}, {"OOL", "AKL"},
            // Asia
            {"HKT", "BKK"}, {"KTM", "DEL"}, {"CMB", "DEL"}, {"MLE", "DXB"}, {"MLE", "CMB"},
            {"YVR", "HKG"}, {"SIN", "HKG"}, {"TYO", "BKK"}, {"SEL", "TYO"}, {"BJS", "SHA"},
            {"DPS", "SIN"}, {"SGN", "HAN"}, {"MNL", "TPE"},
            // Middle East and Africa
            {"NBO", "DXB"}, {"CAI", "JED"}, {"JNB", "LON"}, {"JNB", "CPT"}, {"ADD", "NBO"},
            {"LOS", "LON"}, {"CMN", "PAR"}, {"DAR", "DXB"}, {"MRU", "JNB"}, {"TLV", "LON"},
            // Europe and the North Atlantic
            {"REK", "NYC"}, {"KEF", "JFK"}, {"DUB", "BOS"}, {"MAD", "MEX"}, {"EDI", "CHI"},
            {"ATH", "FRA"}, {"LIS", "FNC"},
            // The Americas
            {"GRU", "LIS"}, {"BOG", "MIA"}, {"SCL", "LIM"}, {"LIM", "CUZ"}, {"ANC", "SEA"},
            {"CUN", "JFK"}, {"MEX", "LAX"}, {"YYZ", "LON"}, {"BUE", "MAD"}, {"SJU", "NYC"},
            {"PTY", "BOG"}, {"YVR", "YYZ"},
            // Small airports far apart
            {"ABZ", "ADL"}, {"IXR", "BTV"}, {"INV", "PER"}, {"BTV", "CHC"}, {"ZQN", "LON"},
        };
        // clang-format on
        for (const auto &p : pairs) {
            const QString from = QString::fromLatin1(p[0]);
            const QString to = QString::fromLatin1(p[1]);
            QTest::newRow(qPrintable(from + u'-' + to)) << from << to;
        }
    }
    void wellKnownPairsHaveItineraries()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const ReferenceData &ref = *reference();
        const QStringList origins = ref.airportsFor(from);
        const QStringList destinations = ref.airportsFor(to);
        QVERIFY2(!origins.isEmpty() && !destinations.isEmpty(), "unknown place");
        auto result = m_supplier->searchNow(oneWay(from, to, travelDate(), 2));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QVERIFY2(!result->empty(), "no itinerary with up to two stops");
        for (const FlightOffer &o : *result) {
            const Itinerary &it = o.itineraries.front();
            QVERIFY(it.stops() <= 2);
            QVERIFY(origins.contains(it.segments.front().origin));
            QVERIFY(destinations.contains(it.segments.back().destination));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxCoverage)
#include "test_sandbox_coverage.moc"
