#include "backend/suppliers/sabre/sabre_codes.h"

namespace tripdesk::sabre {

QString cabinCode(Cabin cabin)
{
    switch (cabin) {
    case Cabin::Economy:
        return QStringLiteral("Y");
    case Cabin::PremiumEconomy:
        return QStringLiteral("S");
    case Cabin::Business:
        return QStringLiteral("C");
    case Cabin::First:
        return QStringLiteral("F");
    }
    return QStringLiteral("Y");
}

Cabin cabinFromCode(QStringView code)
{
    if (code == u"F" || code == u"P")
        return Cabin::First;
    if (code == u"C" || code == u"J")
        return Cabin::Business;
    if (code == u"S" || code == u"W")
        return Cabin::PremiumEconomy;
    return Cabin::Economy;
}

} // namespace tripdesk::sabre
