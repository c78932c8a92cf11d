// Fuzzes Sabre's Booking Management parsers (createBooking, getBooking, cancelBooking replies)
// with the HTTP status they came with taken from the first byte. Nothing may crash; a failure
// has a message, and a reply with errors[] is never read as a success.
#include "backend/suppliers/sabre/sabre_booking.h"
#include "backend/suppliers/sabre/sabre_json.h"

#include <cstdint>
#include <cstdlib>

using namespace tripdesk;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int kStatuses[] = {200, 200, 200, 201, 400, 401, 403, 404, 429, 500, 503};
    const int status = size ? kStatuses[data[0] % std::size(kStatuses)] : 200;
    const QByteArray body(reinterpret_cast<const char *>(data) + (size ? 1 : 0),
                          qsizetype(size ? size - 1 : 0));
    sabre::ReplyContext context;
    context.now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    context.airportZone = [](const QString &airport) {
        return airport == u"DEL"_s ? QTimeZone("Asia/Kolkata") : QTimeZone();
    };
    const auto tree = sabre::JsonTree::parse(body);
    const bool hasErrors =
        tree && tree->root()["errors"_L1].isArray() && tree->root()["errors"_L1].size() > 0;
    const auto check = [&](const auto &result) {
        if (result ? (hasErrors || status >= 300) : result.error().message.isEmpty())
            std::abort();
    };
    check(sabre::parseCreateBookingReply(status, body, context));
    check(sabre::parseGetBookingReply(status, body, context));
    const auto cancelled = sabre::parseCancelBookingReply(status, body, u"ABCDEF"_s, context);
    check(cancelled);
    if (cancelled && !cancelled->cancellation.isConfirmed())
        std::abort();
    return 0;
}
