// Fuzzes Duffel's errors[] and rate-limit headers: any body, any status, gives an error with a
// message and a detail that is bounded whatever Duffel sent.
#include "duffel_fuzz_support.h"

using namespace tripdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const Error e = duffel::parseError(status, body);
    fuzz::checkError(e);
    fuzz::require(e.detail.size() < 1000 && e.message.size() < 400);
    // The same bytes as headers: the first lines are limit, remaining, reset, retry-after.
    QList<QByteArray> lines = body.split('\n');
    while (lines.size() < 4)
        lines.append(QByteArray());
    const auto limit =
        duffel::parseRateLimit(lines[0], lines[1], lines[2], lines[3], fuzz::context().now);
    fuzz::require(limit.limit >= -1 && limit.remaining >= -1);
    return 0;
}
