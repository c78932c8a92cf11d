#pragma once
// Private to the Duffel stand-in: the sandbox's answers written in Duffel's API v2 shapes
// (offers, priced offers with services, seat maps, orders, cancellations, payments, errors[]),
// and Duffel's request bodies read back into the sandbox's requests. Sandbox ids become Duffel's
// by a prefix: segments seg_…, services ase_…, cancellations ore_… (orders and passengers already
// read ord_… and pas_…); offers get off_… ids from the stand-in's own table.

#include "backend/flights/flight_order.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tripdesk {

class ReferenceData;

namespace duffel_stand_in {

QString segmentId(const QString &sandboxId);      // "seg_…"
QString serviceId(const QString &sandboxId);      // "ase_…"
QString cancellationId(const QString &sandboxId); // "orc_…" → "ore_…"
// The sandbox's id for a Duffel one (the prefix taken off), or the id as it is.
QString sandboxServiceId(const QString &duffelId);
QString sandboxCancellationId(const QString &duffelId);

QString isoUtc(const QDateTime &utc); // "2026-12-24T08:00:00Z"; null-safe callers check validity

QJsonObject offerJson(const FlightOffer &offer, const QString &offerId, const ReferenceData &ref);
QJsonObject pricedOfferJson(const PricedOffer &priced, const QString &offerId,
                            const ReferenceData &ref);
QJsonArray seatMapsJson(const std::vector<SeatMap> &maps);
QJsonObject orderJson(const Order &order, const ReferenceData &ref);
QJsonObject cancellationJson(const OrderCancellation &cancellation);
QJsonObject paymentJson(const QString &id, const Money &amount, const QDateTime &createdAt);

// An errors[] body as Duffel sends it; `pointer` ("/data/passengers/0/born_on") for validation.
QByteArray errorBody(const QString &type, const QString &code, const QString &message,
                     const QString &pointer = {});

// An answer for a sandbox error, in the status and errors[] Duffel would use.
struct ErrorAnswer {
    int status = 500;
    QByteArray body;
};
ErrorAnswer errorAnswer(const Error &error);

// POST /air/offer_requests' data; an error's field is the JSON pointer of what is wrong.
Result<FlightSearchRequest> searchFromJson(const QJsonObject &data);
// POST /air/orders' data; passengers take their type from `offerPassengers` by id. The offer id
// is left as Duffel's, for the caller to map.
Result<OrderRequest> orderFromJson(const QJsonObject &data,
                                   const std::vector<OfferPassenger> &offerPassengers);

} // namespace duffel_stand_in
} // namespace tripdesk
