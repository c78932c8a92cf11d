#include "backend/suppliers/sabre/sabre_requests.h"

#include "backend/suppliers/sabre/sabre_codes.h"

#include "backend/suppliers/sabre/sabre_booking.h"
#include "backend/suppliers/sabre/sabre_offer_key.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tripdesk::sabre {

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject pos(const QString &pcc)
{
    return {
        {u"Source"_s, QJsonArray{QJsonObject{
                          {u"PseudoCityCode"_s, pcc},
                          {u"RequestorID"_s,
                           QJsonObject{{u"Type"_s, u"1"_s},
                                       {u"ID"_s, u"1"_s},
                                       {u"CompanyName"_s, QJsonObject{{u"Code"_s, u"TN"_s}}}}}}}}};
}

// Passenger type quantities; every type asks for its penalties (Match "Info" filters nothing).
QJsonObject travelers(const Passengers &p)
{
    QJsonArray types;
    const auto add = [&](const char *code, int count) {
        if (count > 0)
            types.append(QJsonObject{
                {u"Code"_s, QLatin1StringView(code)},
                {u"Quantity"_s, count},
                {u"TPA_Extensions"_s,
                 QJsonObject{{u"VoluntaryChanges"_s, QJsonObject{{u"Match"_s, u"Info"_s}}}}}});
    };
    add("ADT", p.adults);
    add("CNN", p.children);
    add("INF", p.infants);
    return {{u"SeatsRequested"_s, QJsonArray{p.seated()}},
            {u"AirTravelerAvail"_s, QJsonArray{QJsonObject{{u"PassengerTypeQuantity"_s, types}}}}};
}

QString passengerCode(PassengerType t)
{
    switch (t) {
    case PassengerType::Adult:
        return u"ADT"_s;
    case PassengerType::Child:
        return u"CNN"_s;
    case PassengerType::Infant:
        return u"INF"_s;
    }
    return u"ADT"_s;
}

QString title(const QString &t)
{
    static const QStringList titles = {u"Mr"_s, u"Mrs"_s, u"Ms"_s, u"Dr"_s, u"Miss"_s};
    for (const QString &known : titles) {
        if (t.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return {};
}

Error missing(int index, const char *what, const char *field)
{
    return Error::invalidInput(QCoreApplication::translate(
                                   "SabreSupplier", "Traveller %1 needs %2 for a Sabre booking.")
                                   .arg(index + 1)
                                   .arg(QCoreApplication::translate("SabreSupplier", what)),
                               u"sabre booking: traveller %1 without %2"_s.arg(index + 1).arg(
                                   QLatin1StringView(field)))
        .at(u"passengers[%1].%2"_s.arg(index).arg(QLatin1StringView(field)));
}

} // namespace

QByteArray shopRequest(const FlightSearchRequest &request, const QString &pcc)
{
    QJsonArray slices;
    int rph = 1;
    for (const SliceRequest &s : request.slices) {
        slices.append(QJsonObject{
            {u"RPH"_s, QString::number(rph++)},
            {u"DepartureDateTime"_s, QString(s.date.toString(Qt::ISODate) + u"T00:00:00"_s)},
            {u"OriginLocation"_s, QJsonObject{{u"LocationCode"_s, normalisedCode(s.origin)}}},
            {u"DestinationLocation"_s,
             QJsonObject{{u"LocationCode"_s, normalisedCode(s.destination)}}}});
    }
    const QJsonObject preferences{
        {u"MaxStopsQuantity"_s, std::clamp(request.maxStops, 0, FlightSearchRequest::kMaxStops)},
        {u"CabinPref"_s, QJsonArray{QJsonObject{{u"Cabin"_s, cabinCode(request.cabin)},
                                                {u"PreferLevel"_s, u"Preferred"_s}}}},
        {u"Baggage"_s, QJsonObject{{u"RequestType"_s, u"A"_s}, {u"Description"_s, true}}}};
    QJsonObject summary = travelers(request.passengers);
    // Every brand of each itinerary, not only the cheapest: each is an offer of its own.
    summary.insert(u"PriceRequestInformation"_s,
                   QJsonObject{{u"TPA_Extensions"_s,
                                QJsonObject{{u"BrandedFareIndicators"_s,
                                             QJsonObject{{u"MultipleBrandedFares"_s, true}}}}}});
    return compact(
        {{u"OTA_AirLowFareSearchRQ"_s,
          QJsonObject{{u"Version"_s, u"5"_s},
                      {u"POS"_s, pos(pcc)},
                      {u"OriginDestinationInformation"_s, slices},
                      {u"TravelPreferences"_s, preferences},
                      {u"TravelerInfoSummary"_s, summary},
                      {u"TPA_Extensions"_s,
                       QJsonObject{{u"IntelliSellTransaction"_s,
                                    QJsonObject{{u"RequestType"_s,
                                                 QJsonObject{{u"Name"_s, u"50ITINS"_s}}}}}}}}}});
}

Result<QByteArray> revalidateRequest(const QString &offerId, const Passengers &passengers,
                                     const QString &pcc)
{
    auto key = OfferKey::decode(offerId);
    if (!key)
        return key.error();
    QJsonArray slices;
    int rph = 1;
    for (const auto &slice : key->slices) {
        QJsonArray flights;
        for (const OfferKeyFlight &f : slice) {
            QJsonObject airline{{u"Marketing"_s, f.carrier}};
            if (!f.operatingCarrier.isEmpty())
                airline.insert(u"Operating"_s, f.operatingCarrier);
            flights.append(QJsonObject{
                {u"Number"_s, f.flightNumber.toInt()},
                {u"DepartureDateTime"_s, QString(f.departureLocal + u":00"_s)},
                {u"ArrivalDateTime"_s, QString(f.arrivalLocal + u":00"_s)},
                {u"Type"_s, u"A"_s},
                {u"ClassOfService"_s, f.bookingClass},
                {u"OriginLocation"_s, QJsonObject{{u"LocationCode"_s, f.origin}}},
                {u"DestinationLocation"_s, QJsonObject{{u"LocationCode"_s, f.destination}}},
                {u"Airline"_s, airline}});
        }
        slices.append(QJsonObject{
            {u"RPH"_s, QString::number(rph++)},
            {u"DepartureDateTime"_s, QString(slice.front().departureLocal + u":00"_s)},
            {u"OriginLocation"_s, QJsonObject{{u"LocationCode"_s, slice.front().origin}}},
            {u"DestinationLocation"_s, QJsonObject{{u"LocationCode"_s, slice.back().destination}}},
            {u"TPA_Extensions"_s, QJsonObject{{u"Flight"_s, flights}}}});
    }
    QJsonObject summary = travelers(passengers);
    return compact(
        {{u"OTA_AirLowFareSearchRQ"_s,
          QJsonObject{{u"Version"_s, u"5"_s},
                      {u"POS"_s, pos(pcc)},
                      {u"OriginDestinationInformation"_s, slices},
                      {u"TravelerInfoSummary"_s, summary},
                      {u"TPA_Extensions"_s,
                       QJsonObject{{u"IntelliSellTransaction"_s,
                                    QJsonObject{{u"RequestType"_s,
                                                 QJsonObject{{u"Name"_s, u"50ITINS"_s}}}}}}}}}});
}

Result<QByteArray> createBookingRequest(const OrderRequest &request)
{
    auto key = OfferKey::decode(request.offerId);
    if (!key)
        return key.error();
    QJsonArray flights;
    for (const auto &slice : key->slices) {
        for (const OfferKeyFlight &f : slice) {
            flights.append(QJsonObject{{u"flightNumber"_s, f.flightNumber.toInt()},
                                       {u"airlineCode"_s, f.carrier},
                                       {u"fromAirportCode"_s, f.origin},
                                       {u"toAirportCode"_s, f.destination},
                                       {u"departureDate"_s, f.departureLocal.left(10)},
                                       {u"departureTime"_s, f.departureLocal.mid(11, 5)},
                                       {u"bookingClass"_s, f.bookingClass},
                                       {u"flightStatusCode"_s, u"NN"_s},
                                       {u"isMarriageGroup"_s, slice.size() > 1}});
        }
    }
    QJsonObject details{{u"flights"_s, flights}};
    if (request.kind == OrderRequest::Kind::Instant && request.payment.isValid()) {
        details.insert(
            u"flightPricing"_s,
            QJsonArray{QJsonObject{
                {u"priceComparisons"_s,
                 QJsonArray{QJsonObject{
                     {u"desiredAmount"_s, request.payment.toDecimalString()},
                     {u"comparisonType"_s, u"INCREASE_BY_AMOUNT"_s},
                     {u"amount"_s, Money(0, request.payment.currency()).toDecimalString()}}}}}});
    }

    QJsonArray travelersJson;
    QString email, phone;
    // An infant travels on an adult's lap: the adults in order (1-based places in the list), one
    // infant each.
    std::vector<int> adultPlaces;
    for (int i = 0; i < int(request.passengers.size()); ++i) {
        if (request.passengers[size_t(i)].type == PassengerType::Adult)
            adultPlaces.push_back(i + 1);
    }
    size_t infants = 0;
    for (int i = 0; i < int(request.passengers.size()); ++i) {
        const OrderPassenger &p = request.passengers[size_t(i)];
        if (p.givenName.trimmed().isEmpty())
            return missing(i, QT_TRANSLATE_NOOP("SabreSupplier", "a given name"), "givenName");
        if (p.familyName.trimmed().isEmpty())
            return missing(i, QT_TRANSLATE_NOOP("SabreSupplier", "a family name"), "familyName");
        if (!p.bornOn.isValid())
            return missing(i, QT_TRANSLATE_NOOP("SabreSupplier", "a date of birth"), "bornOn");
        const bool infant = p.type == PassengerType::Infant;
        const QString gender =
            infant ? (p.gender == Gender::Male ? u"INFANT_MALE"_s : u"INFANT_FEMALE"_s)
                   : (p.gender == Gender::Male ? u"MALE"_s : u"FEMALE"_s);
        QJsonObject t{{u"givenName"_s, p.givenName.trimmed()},
                      {u"surname"_s, p.familyName.trimmed()},
                      {u"birthDate"_s, p.bornOn.toString(Qt::ISODate)},
                      {u"gender"_s, gender},
                      {u"passengerCode"_s, passengerCode(p.type)}};
        if (const QString t2 = title(p.title); !t2.isEmpty() && !infant)
            t.insert(u"title"_s, t2);
        if (!p.email.isEmpty())
            t.insert(u"emails"_s, QJsonArray{p.email});
        if (!p.phone.isEmpty())
            t.insert(u"phones"_s, QJsonArray{QJsonObject{{u"number"_s, p.phone}}});
        if (!p.passportNumber.isEmpty()) {
            QJsonObject doc{{u"documentType"_s, u"PASSPORT"_s},
                            {u"documentNumber"_s, p.passportNumber},
                            {u"givenName"_s, p.givenName.trimmed()},
                            {u"surname"_s, p.familyName.trimmed()},
                            {u"birthDate"_s, p.bornOn.toString(Qt::ISODate)},
                            {u"gender"_s, gender}};
            if (!p.passportCountry.isEmpty())
                doc.insert(u"issuingCountryCode"_s, p.passportCountry);
            if (p.passportExpiry.isValid())
                doc.insert(u"expiryDate"_s, p.passportExpiry.toString(Qt::ISODate));
            if (!p.nationality.isEmpty())
                doc.insert(u"citizenshipCountryCode"_s, p.nationality);
            t.insert(u"identityDocuments"_s, QJsonArray{doc});
        }
        if (infant && infants < adultPlaces.size())
            t.insert(u"infantTravelerIndex"_s, adultPlaces[infants++]);
        if (email.isEmpty())
            email = p.email;
        if (phone.isEmpty())
            phone = p.phone;
        travelersJson.append(t);
    }
    QJsonObject contact;
    if (!email.isEmpty())
        contact.insert(u"emails"_s, QJsonArray{email});
    if (!phone.isEmpty())
        contact.insert(u"phones"_s, QJsonArray{phone});

    QJsonObject body{{u"flightDetails"_s, details},
                     {u"travelers"_s, travelersJson},
                     {u"receivedFrom"_s, u"TripDesk"_s}};
    if (!contact.isEmpty())
        body.insert(u"contactInfo"_s, contact);
    if (!request.clientReference.isEmpty())
        body.insert(
            u"remarks"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"GENERAL"_s},
                                   {u"text"_s, clientReferenceRemark(request.clientReference)}}});
    return compact(body);
}

QByteArray getBookingRequest(const QString &confirmationId)
{
    return compact({{u"confirmationId"_s, confirmationId}});
}

QByteArray cancelBookingRequest(const QString &confirmationId)
{
    return compact({{u"confirmationId"_s, confirmationId},
                    {u"retrieveBooking"_s, true},
                    {u"cancelAll"_s, true}});
}

} // namespace tripdesk::sabre
