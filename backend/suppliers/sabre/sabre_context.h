#pragma once
// What the Sabre parsers need besides the reply's bytes: the time now and the zones in which
// Sabre's local dates and times are meant, which its replies do not always state.

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace tripdesk::sabre {

inline constexpr QLatin1StringView kSupplierId("sabre");

struct ReplyContext {
    QDateTime now; // UTC: decides whether a fare can still be held, stamps what the reply lacks
    // The zone of the agency's PCC, in which Sabre states last ticketing dates and booking
    // deadlines without saying so. By default the earliest zone there is, UTC+14, so a deadline
    // is never shown later than it really is; the adapter passes the account's zone if it knows.
    QTimeZone agencyZone = QTimeZone(14 * 3600);
    // An airport's zone (IANA, from the reference data), for Booking Management's flights, whose
    // local times carry no offset; an invalid zone leaves that flight's instants unknown.
    std::function<QTimeZone(const QString &airport)> airportZone;
};

} // namespace tripdesk::sabre
