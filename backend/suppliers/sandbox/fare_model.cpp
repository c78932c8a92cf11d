#include "backend/suppliers/sandbox/fare_model.h"

#include "backend/core/logging.h"
#include "backend/suppliers/sandbox/aircraft_types.h"
#include "backend/suppliers/sandbox/rng.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tripdesk::sandbox {

namespace {

struct Rate {
    const char *code;
    double perUsd;
};

// Fixed sandbox rates: realistic magnitudes, not market data.
constexpr std::array<Rate, 56> kRates{{
    {"USD", 1},     {"EUR", 0.92},  {"GBP", 0.79},  {"INR", 83.5},  {"JPY", 150},    {"AUD", 1.52},
    {"CAD", 1.37},  {"CHF", 0.88},  {"CNY", 7.2},   {"SGD", 1.34},  {"AED", 3.6725}, {"HKD", 7.8},
    {"KWD", 0.307}, {"BHD", 0.376}, {"OMR", 0.385}, {"JOD", 0.709}, {"SAR", 3.75},   {"QAR", 3.64},
    {"THB", 35.5},  {"MYR", 4.6},   {"IDR", 15800}, {"PHP", 56},    {"KRW", 1350},   {"TWD", 32},
    {"NZD", 1.65},  {"ZAR", 18.5},  {"BRL", 5.1},   {"MXN", 17.5},  {"ARS", 900},    {"CLP", 930},
    {"COP", 3900},  {"PEN", 3.75},  {"TRY", 32},    {"RUB", 90},    {"SEK", 10.5},   {"NOK", 10.6},
    {"DKK", 6.9},   {"PLN", 4.0},   {"CZK", 23},    {"HUF", 360},   {"RON", 4.6},    {"ILS", 3.7},
    {"EGP", 48},    {"NGN", 1500},  {"KES", 130},   {"PKR", 280},   {"BDT", 117},    {"LKR", 300},
    {"NPR", 133},   {"VND", 25000}, {"TND", 3.1},   {"ISK", 138},   {"XOF", 605},    {"ETB", 57},
    {"MAD", 10},    {"UAH", 41},
}};

constexpr std::array<double, 4> kCabinFactor{1.0, 1.8, 4.5, 8.0};

qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

double daysFactor(int days)
{
    if (days >= 60)
        return 0.92;
    if (days >= 21)
        return 1.0;
    if (days >= 14)
        return 1.08;
    if (days >= 7)
        return 1.2;
    if (days >= 3)
        return 1.38;
    return 1.6;
}

// Airport charges per flight and a levy that grows with distance, in US dollars.
double taxesUsd(const FareInput &in)
{
    return 6.0 * in.segments + 0.008 * in.distanceKm;
}

} // namespace

FareModel::FareModel(QString currency)
    : m_currency(std::move(currency))
    , m_unit(pow10(Money::exponent(m_currency).value_or(0)))
{
    bool known = false;
    for (const Rate &r : kRates) {
        if (m_currency == QLatin1StringView(r.code)) {
            m_rate = r.perUsd;
            known = true;
        }
    }
    if (!known)
        qCWarning(lcSandbox) << "no sandbox rate for" << m_currency << "- quoting at par with USD";
}

Money FareModel::fromUsd(double usd) const
{
    const qint64 units = std::llround(usd * m_rate);
    return Money(units * m_unit, m_currency);
}

Money FareModel::extraBagPrice(double distanceKm, Cabin cabin) const
{
    constexpr std::array<double, 4> kCabinShare{1.0, 0.8, 0.6, 0.6};
    return fromUsd((25.0 + 0.006 * distanceKm) * kCabinShare[std::size_t(cabin)]);
}

Money FareModel::seatPrice(PaidSeat kind, double distanceKm) const
{
    return kind == PaidSeat::ExtraLegroom ? fromUsd(18.0 + 0.01 * distanceKm)
                                          : fromUsd(7.0 + 0.004 * distanceKm);
}

qint64 FareModel::adultPrice(const FareInput &in) const
{
    const auto classes = fareClasses(in.cabin);
    const int index = std::clamp(in.classIndex, 0, int(classes.size()) - 1);
    const double classFactor = classes[std::size_t(index)].farePerMille / 1000.0;
    const double stopsFactor = in.stops == 0 ? 1.08 : in.stops == 1 ? 1.0 : 0.95;
    const double weekdayFactor = (in.weekday == 4 || in.weekday == 6)   ? 1.06
                                 : (in.weekday == 1 || in.weekday == 2) ? 0.96
                                                                        : 1.0;
    const double jitter = 0.96 + 0.08 * unitFromBits(mixHash({in.jitterKey, 0xFA4Eu}));
    const double fare = (30.0 + 0.065 * in.distanceKm) * kCabinFactor[std::size_t(in.cabin)] *
                        classFactor * (in.pricePercent / 100.0) * stopsFactor *
                        daysFactor(in.daysToDeparture) * weekdayFactor * jitter;
    return std::max<qint64>(1, std::llround((fare + taxesUsd(in)) * m_rate)) * m_unit;
}

qint64 FareModel::adultTaxes(const FareInput &in) const
{
    return std::llround(taxesUsd(in) * m_rate) * m_unit;
}

std::vector<PassengerFare> FareModel::fares(qint64 adult, qint64 adultTaxes,
                                            const Passengers &p) const
{
    std::vector<PassengerFare> out;
    const auto add = [&](PassengerType type, int count, qint64 each, qint64 taxes) {
        if (count <= 0)
            return;
        taxes = std::clamp<qint64>(taxes, 0, each);
        out.push_back({type, count, Money(each - taxes, m_currency), Money(taxes, m_currency)});
    };
    add(PassengerType::Adult, p.adults, adult, adultTaxes);
    add(PassengerType::Child, p.children, childPrice(adult), adultTaxes);
    add(PassengerType::Infant, p.infants, infantPrice(adult), infantPrice(adultTaxes));
    return out;
}

Money FareModel::total(qint64 adult, const Passengers &p) const
{
    return Money(adult * p.adults + childPrice(adult) * p.children + infantPrice(adult) * p.infants,
                 m_currency);
}

namespace {

enum class BrandKind { Basic, Standard, Flex };

// The cheapest classes sell the most restricted brand, the dearest the most flexible.
BrandKind brandKind(Cabin cabin, int classIndex)
{
    const int n = int(fareClasses(cabin).size());
    switch (cabin) {
    case Cabin::Economy:
        return classIndex >= n - 3 ? BrandKind::Basic
               : classIndex >= 2   ? BrandKind::Standard
                                   : BrandKind::Flex;
    case Cabin::PremiumEconomy:
    case Cabin::Business:
        return classIndex >= n - 2 ? BrandKind::Standard : BrandKind::Flex;
    case Cabin::First:
        break;
    }
    return BrandKind::Flex;
}

} // namespace

int FareModel::brandFloor(Cabin cabin, int classIndex)
{
    const int n = int(fareClasses(cabin).size());
    const BrandKind kind = brandKind(cabin, classIndex);
    int floor = std::clamp(classIndex, 0, n - 1);
    while (floor + 1 < n && brandKind(cabin, floor + 1) == kind)
        ++floor;
    return floor;
}

int FareModel::nextBrandFloor(Cabin cabin, int classIndex)
{
    const BrandKind kind = brandKind(cabin, classIndex);
    for (int i = std::min(classIndex, int(fareClasses(cabin).size())) - 1; i >= 0; --i) {
        if (brandKind(cabin, i) != kind)
            return i; // the first class of another brand, going dearer, is its cheapest
    }
    return -1;
}

FareBrand FareModel::brand(Cabin cabin, int classIndex) const
{
    FareBrand b;
    const BrandKind kind = brandKind(cabin, classIndex);
    const bool premiumCabin = cabin != Cabin::Economy;
    const double penaltyScale = cabin == Cabin::Business || cabin == Cabin::First ? 2.0 : 1.0;
    switch (kind) {
    case BrandKind::Basic:
        b.name = QStringLiteral("Basic");
        b.baggage.checkedBags = 0;
        b.conditions.refundable = false;
        b.conditions.changeable = true;
        b.conditions.changePenalty = fromUsd(75 * penaltyScale);
        break;
    case BrandKind::Standard:
        b.name = QStringLiteral("Standard");
        b.baggage.checkedBags = premiumCabin ? 2 : 1;
        b.conditions.refundable = true;
        b.conditions.refundPenalty = fromUsd(150 * penaltyScale);
        b.conditions.changeable = true;
        b.conditions.changePenalty = fromUsd(50 * penaltyScale);
        break;
    case BrandKind::Flex:
        b.name = QStringLiteral("Flex");
        b.baggage.checkedBags = cabin == Cabin::First ? 3 : 2;
        b.conditions.refundable = true;
        b.conditions.changeable = true;
        break;
    }
    b.baggage.carryOnBags = 1;
    return b;
}

} // namespace tripdesk::sandbox
