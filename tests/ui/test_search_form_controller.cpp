// The search form's rules without its widgets: the request it builds for each trip type, the
// passenger limits, and the validation messages a user sees.

#include "ui/search_form_controller.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

const QDate kToday(2026, 11, 26);

} // namespace

class TestSearchFormController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAsOneWayAWeekAhead();
    void buildsOneWayRequest();
    void buildsRoundTripRequest();
    void movingTheDepartureMovesAnEarlierReturn();
    void multiCityAddsAndRemovesFlights();
    void passengerLimits();
    void swapsPlaces();
    void showsTheMessageBesideItsField_data();
    void showsTheMessageBesideItsField();
    void leavesTheRulesToTheValidator();
    void showsTheValidatorsMessage();
    void returnsTheValidatorsNormalisedRequest();
    void loadsARecentRoundTripWithDatesMovedForward();
    void loadsAMultiCityTrip();
    void movesDatesToTodayWhereTheTripStarts();
};

void TestSearchFormController::startsAsOneWayAWeekAhead()
{
    SearchFormController form(kToday);
    QCOMPARE(form.tripType(), SearchFormController::TripType::OneWay);
    QCOMPARE(form.sliceCount(), 1);
    QCOMPARE(form.slice(0).date, kToday.addDays(7));
    QCOMPARE(form.passengers(), Passengers{});
    QCOMPARE(form.cabin(), Cabin::Economy);
    QCOMPARE(form.maxStops(), 2);
}

void TestSearchFormController::buildsOneWayRequest()
{
    SearchFormController form(kToday);
    form.setOrigin(0, QStringLiteral("DEL"));
    form.setDestination(0, QStringLiteral("BOM"));
    form.setDate(0, QDate(2026, 12, 24));
    form.setAdults(2);
    form.setChildren(1);
    form.setInfants(1);
    form.setCabin(Cabin::Business);
    form.setMaxStops(0);
    const FlightSearchRequest request = form.request();
    QCOMPARE(request.slices.size(), size_t(1));
    QCOMPARE(request.slices[0].origin, QStringLiteral("DEL"));
    QCOMPARE(request.slices[0].destination, QStringLiteral("BOM"));
    QCOMPARE(request.slices[0].date, QDate(2026, 12, 24));
    QCOMPARE(request.passengers, (Passengers{2, 1, 1}));
    QCOMPARE(request.cabin, Cabin::Business);
    QCOMPARE(request.maxStops, 0);
    QCOMPARE(request.kind(), FlightSearchRequest::Kind::OneWay);
}

void TestSearchFormController::buildsRoundTripRequest()
{
    SearchFormController form(kToday);
    form.setTripType(SearchFormController::TripType::RoundTrip);
    form.setOrigin(0, QStringLiteral("LHR"));
    form.setDestination(0, QStringLiteral("NYC"));
    form.setDate(0, QDate(2026, 12, 20));
    form.setReturnDate(QDate(2027, 1, 3));
    const FlightSearchRequest request = form.request();
    QCOMPARE(request.kind(), FlightSearchRequest::Kind::RoundTrip);
    QCOMPARE(request.slices.size(), size_t(2));
    QCOMPARE(request.slices[1].origin, QStringLiteral("NYC"));
    QCOMPARE(request.slices[1].destination, QStringLiteral("LHR"));
    QCOMPARE(request.slices[1].date, QDate(2027, 1, 3));
    // Back to one-way drops the return.
    form.setTripType(SearchFormController::TripType::OneWay);
    QCOMPARE(form.request().slices.size(), size_t(1));
}

void TestSearchFormController::movingTheDepartureMovesAnEarlierReturn()
{
    SearchFormController form(kToday);
    form.setTripType(SearchFormController::TripType::RoundTrip);
    form.setDate(0, QDate(2026, 12, 1));
    form.setReturnDate(QDate(2026, 12, 5));
    form.setDate(0, QDate(2026, 12, 10));
    QCOMPARE(form.returnDate(), QDate(2026, 12, 10));
}

void TestSearchFormController::multiCityAddsAndRemovesFlights()
{
    SearchFormController form(kToday);
    form.setOrigin(0, QStringLiteral("DEL"));
    form.setDestination(0, QStringLiteral("DXB"));
    QVERIFY(!form.canAddSlice());
    form.setTripType(SearchFormController::TripType::MultiCity);
    QCOMPARE(form.sliceCount(), 2);
    // The next flight leaves from where the last one landed, a few days later.
    QCOMPARE(form.slice(1).origin, QStringLiteral("DXB"));
    QVERIFY(form.slice(1).date > form.slice(0).date);
    QVERIFY(!form.canRemoveSlice());
    while (form.canAddSlice())
        form.addSlice();
    QCOMPARE(form.sliceCount(), SearchFormController::kMaxSlices);
    form.addSlice();
    QCOMPARE(form.sliceCount(), 6);
    form.setDestination(2, QStringLiteral("LHR"));
    form.removeSlice(1);
    QCOMPARE(form.sliceCount(), 5);
    QCOMPARE(form.slice(1).destination, QStringLiteral("LHR"));
    while (form.canRemoveSlice())
        form.removeSlice(form.sliceCount() - 1);
    QCOMPARE(form.sliceCount(), 2);
    QCOMPARE(form.request().slices.size(), size_t(2));
}

void TestSearchFormController::passengerLimits()
{
    SearchFormController form(kToday);
    // One infant per adult lap.
    form.setInfants(2);
    QCOMPARE(form.passengers().infants, 1);
    form.setAdults(3);
    form.setInfants(3);
    QCOMPARE(form.passengers().infants, 3);
    form.setAdults(2);
    QCOMPARE(form.passengers().infants, 2);
    // At least one adult.
    form.setAdults(0);
    QCOMPARE(form.passengers().adults, 1);
    QCOMPARE(form.passengers().infants, 1);
    // Nine at most.
    form.setAdults(5);
    form.setChildren(9);
    QCOMPARE(form.passengers().children, 3); // 5 adults, 3 children and 1 infant
    QCOMPARE(form.maxInfants(), 1);
    form.setInfants(2);
    QCOMPARE(form.passengers().infants, 1);
    QCOMPARE(form.maxAdults(), 5);
    form.setAdults(9);
    QCOMPARE(form.passengers().adults, 5);
    QCOMPARE(form.passengers().total(), 9);
}

void TestSearchFormController::swapsPlaces()
{
    SearchFormController form(kToday);
    form.setOrigin(0, QStringLiteral("DEL"));
    form.setDestination(0, QStringLiteral("BOM"));
    QSignalSpy changed(&form, &SearchFormController::changed);
    form.swapPlaces(0);
    QCOMPARE(form.slice(0).origin, QStringLiteral("BOM"));
    QCOMPARE(form.slice(0).destination, QStringLiteral("DEL"));
    QCOMPARE(changed.count(), 1);
}

void TestSearchFormController::showsTheMessageBesideItsField_data()
{
    QTest::addColumn<int>("tripType");
    QTest::addColumn<QString>("errorField"); // as the search service names it
    QTest::addColumn<int>("field");          // where the form shows it
    QTest::addColumn<int>("slice");
    using F = SearchFormController::Field;
    QTest::newRow("origin") << 0 << u"slices[0].origin"_s << int(F::Origin) << 0;
    QTest::newRow("destination") << 0 << u"slices[0].destination"_s << int(F::Destination) << 0;
    QTest::newRow("departure date") << 1 << u"slices[0].date"_s << int(F::Date) << 0;
    QTest::newRow("return date") << 1 << u"slices[1].date"_s << int(F::ReturnDate) << 0;
    // The return leg flies the first row backwards: its origin is the row's destination.
    QTest::newRow("return origin") << 1 << u"slices[1].origin"_s << int(F::Destination) << 0;
    QTest::newRow("second flight") << 2 << u"slices[1].origin"_s << int(F::Origin) << 1;
    QTest::newRow("third flight's date") << 2 << u"slices[2].date"_s << int(F::Date) << 2;
    QTest::newRow("passengers") << 0 << u"passengers"_s << int(F::Passengers) << -1;
    QTest::newRow("the trip") << 0 << u"slices"_s << int(F::None) << -1;
    QTest::newRow("no field") << 0 << QString() << int(F::None) << -1;
    QTest::newRow("unknown field") << 0 << u"slices[x].y"_s << int(F::None) << -1;
}

void TestSearchFormController::showsTheMessageBesideItsField()
{
    QFETCH(int, tripType);
    QFETCH(QString, errorField);
    QFETCH(int, field);
    QFETCH(int, slice);
    const QString message = u"What is wrong, and what to do."_s;
    SearchFormController form(kToday, [&](const FlightSearchRequest &) {
        return Result<FlightSearchRequest>(Error::invalidInput(message).at(errorField));
    });
    form.setTripType(SearchFormController::TripType(tripType));
    QSignalSpy errors(&form, &SearchFormController::errorChanged);
    const Result<FlightSearchRequest> result = form.validate();
    QVERIFY(!result.ok());
    QCOMPARE(form.errorMessage(), message);
    QCOMPARE(int(form.errorField()), field);
    QCOMPARE(form.errorSlice(), slice);
    QCOMPARE(errors.count(), 1);
}

// The form has no rules of its own: what it builds goes to the validator as the user left it,
// empty places included, and the validator's message is the one shown.
void TestSearchFormController::leavesTheRulesToTheValidator()
{
    FlightSearchRequest seen;
    SearchFormController form(kToday, [&seen](const FlightSearchRequest &r) {
        seen = r;
        return Result<FlightSearchRequest>(r);
    });
    form.setDestination(0, u"BOM"_s);
    QVERIFY(form.validate().ok());
    QCOMPARE(seen.slices.size(), size_t(1));
    QVERIFY(seen.slices[0].origin.isEmpty());
}

void TestSearchFormController::showsTheValidatorsMessage()
{
    const QString unknown = QStringLiteral("No airport or city has the code “XYZ”.");
    SearchFormController form(kToday, [&unknown](const FlightSearchRequest &r) {
        if (r.slices[0].origin == QLatin1String("XYZ"))
            return Result<FlightSearchRequest>(Error::invalidInput(unknown));
        return Result<FlightSearchRequest>(r);
    });
    form.setOrigin(0, QStringLiteral("XYZ"));
    form.setDestination(0, QStringLiteral("BOM"));
    QVERIFY(!form.validate().ok());
    QCOMPARE(form.errorMessage(), unknown);
    QCOMPARE(form.errorField(), SearchFormController::Field::None);

    // Fixing the form clears the message.
    QSignalSpy errors(&form, &SearchFormController::errorChanged);
    form.setOrigin(0, QStringLiteral("DEL"));
    QVERIFY(form.validate().ok());
    QVERIFY(form.errorMessage().isEmpty());
    QCOMPARE(errors.count(), 1);
}

void TestSearchFormController::returnsTheValidatorsNormalisedRequest()
{
    FlightSearchRequest seen;
    SearchFormController form(kToday, [&seen](const FlightSearchRequest &r) {
        seen = r;
        FlightSearchRequest normalised = r;
        normalised.maxStops = 1;
        return Result<FlightSearchRequest>(normalised);
    });
    form.setOrigin(0, QStringLiteral("del"));
    form.setDestination(0, QStringLiteral("bom"));
    const Result<FlightSearchRequest> result = form.validate();
    QVERIFY(result.ok());
    // As typed: normalising is the validator's job.
    QCOMPARE(seen.slices[0].origin, QStringLiteral("del"));
    QCOMPARE(result.value().maxStops, 1);
}

void TestSearchFormController::loadsARecentRoundTripWithDatesMovedForward()
{
    FlightSearchRequest recent;
    recent.slices = {{QStringLiteral("DEL"), QStringLiteral("BOM"), QDate(2026, 11, 1)},
                     {QStringLiteral("BOM"), QStringLiteral("DEL"), QDate(2026, 11, 5)}};
    recent.passengers = {2, 0, 1};
    recent.cabin = Cabin::PremiumEconomy;
    recent.maxStops = 1;
    SearchFormController form(kToday);
    QSignalSpy changed(&form, &SearchFormController::changed);
    form.loadRequest(recent);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(form.tripType(), SearchFormController::TripType::RoundTrip);
    QCOMPARE(form.slice(0).origin, QStringLiteral("DEL"));
    // Last month's trip runs again from today, for the same four days.
    QCOMPARE(form.slice(0).date, kToday);
    QCOMPARE(form.returnDate(), kToday.addDays(4));
    QCOMPARE(form.passengers(), (Passengers{2, 0, 1}));
    QCOMPARE(form.cabin(), Cabin::PremiumEconomy);
    QCOMPARE(form.maxStops(), 1);
}

void TestSearchFormController::loadsAMultiCityTrip()
{
    FlightSearchRequest recent;
    recent.slices = {{QStringLiteral("DEL"), QStringLiteral("DXB"), QDate(2026, 12, 1)},
                     {QStringLiteral("DXB"), QStringLiteral("LHR"), QDate(2026, 12, 4)},
                     {QStringLiteral("LHR"), QStringLiteral("DEL"), QDate(2026, 12, 9)}};
    SearchFormController form(kToday);
    form.loadRequest(recent);
    QCOMPARE(form.tripType(), SearchFormController::TripType::MultiCity);
    QCOMPARE(form.sliceCount(), 3);
    QCOMPARE(form.request(), recent);
}

void TestSearchFormController::movesDatesToTodayWhereTheTripStarts()
{
    // Just after midnight in Delhi it is still yesterday in UTC: a remembered trip from Delhi
    // must move to Delhi's date, not the UTC one, or the search is refused as in the past.
    SearchFormController form(kToday);
    QStringList asked;
    form.setTodayProvider([&asked](QStringView origin) {
        asked << origin.toString();
        return origin == u"DEL" ? kToday.addDays(1) : kToday;
    });
    FlightSearchRequest recent;
    recent.slices = {{QStringLiteral("DEL"), QStringLiteral("BOM"), QDate(2026, 11, 20)}};
    form.loadRequest(recent);
    QCOMPARE(asked, QStringList{QStringLiteral("DEL")});
    QCOMPARE(form.slice(0).date, kToday.addDays(1));
    QCOMPARE(form.today(), kToday.addDays(1));

    recent.slices = {{QStringLiteral("LAX"), QStringLiteral("JFK"), QDate(2026, 11, 20)}};
    form.loadRequest(recent);
    QCOMPARE(form.slice(0).date, kToday);
}

QTEST_MAIN(TestSearchFormController)
#include "test_search_form_controller.moc"
