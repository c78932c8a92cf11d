#pragma once
// Booking Management (POST /v1/trip/orders/createBooking, /getBooking, /cancelBooking) replies
// read into orders and cancellations. Booking Management reports many failures inside an HTTP
// 200 reply, so success is decided by the body: a reply with errors[] is an Error whatever its
// status (sabre_errors.h says which kind).
//
// An order's id is Sabre's confirmationId (the PNR locator), which getBooking and cancelBooking
// take back; its booking reference is the airline's record locator when the flights carry one.
// A ticketed booking is confirmed, one whose flights are all cancelled is cancelled, any other
// is held until its purchase deadline. The client reference comes back from the remark the
// create request wrote (sabre_requests.h); Sabre keeps remarks in upper case.

#include "backend/flights/flight_order.h"
#include "backend/suppliers/sabre/sabre_context.h"

#include <QByteArray>

#include <optional>

namespace tripdesk::sabre {

// createBooking: the new order (held until ticketed).
Result<Order> parseCreateBookingReply(int httpStatus, const QByteArray &body,
                                      const ReplyContext &context);

// getBooking: the order as Sabre has it now.
Result<Order> parseGetBookingReply(int httpStatus, const QByteArray &body,
                                   const ReplyContext &context);

struct SabreCancellation {
    // Confirmed at once: Sabre cancels without a quote. The refund is what the voided or
    // refunded tickets return; zero for a booking that was never ticketed.
    OrderCancellation cancellation;
    std::optional<Order> order; // the booking after cancelling, when the request asked for it
};

// cancelBooking of `confirmationId` (the reply does not always repeat it).
Result<SabreCancellation> parseCancelBookingReply(int httpStatus, const QByteArray &body,
                                                  const QString &confirmationId,
                                                  const ReplyContext &context);

// The remark that carries a client reference, and the reference read back from a remark.
QString clientReferenceRemark(const QString &clientReference);
QString clientReferenceFromRemark(const QString &remark);

} // namespace tripdesk::sabre
