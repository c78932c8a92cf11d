#pragma once
// The paths of the Sabre REST services the adapter calls, relative to the account's host
// (https://api.cert.platform.sabre.com for tests, https://api.platform.sabre.com for
// production), kept in one place so the adapter and the stand-in that mimics Sabre agree.

#include <QLatin1StringView>

namespace tripdesk::sabre::endpoints {

inline constexpr QLatin1StringView kToken("/v2/auth/token");
inline constexpr QLatin1StringView kShop("/v5/offers/shop"); // Bargain Finder Max v5
inline constexpr QLatin1StringView kRevalidate("/v5/shop/flights/revalidate");
inline constexpr QLatin1StringView kCreateBooking("/v1/trip/orders/createBooking");
inline constexpr QLatin1StringView kGetBooking("/v1/trip/orders/getBooking");
inline constexpr QLatin1StringView kCancelBooking("/v1/trip/orders/cancelBooking");

} // namespace tripdesk::sabre::endpoints
