#include "backend/suppliers/sandbox/connection_rules.h"

namespace tripdesk::sandbox {

bool canConnect(const Schedule &schedule, const Leg &inbound, const Leg &outbound)
{
    if (inbound.carrier == outbound.carrier)
        return true;
    const auto &carriers = schedule.carriers();
    return carriers[inbound.carrier].model == CarrierModel::Network &&
           carriers[outbound.carrier].model == CarrierModel::Network;
}

int minimumConnectionMinutes(const Schedule &schedule, const Leg &inbound, const Leg &outbound)
{
    const auto &airports = schedule.airports();
    const ScheduleAirport &at = airports[std::size_t(inbound.to)];
    const bool domestic = airports[std::size_t(inbound.from)].countryCode == at.countryCode &&
                          airports[std::size_t(outbound.to)].countryCode == at.countryCode;
    int minutes = domestic ? 45 : 60;
    if (at.importance >= kBigHubImportance)
        minutes += 15;
    if (inbound.carrier != outbound.carrier) {
        const auto &carriers = schedule.carriers();
        const Alliance a = carriers[inbound.carrier].alliance;
        const Alliance b = carriers[outbound.carrier].alliance;
        minutes += (a != Alliance::None && a == b) ? 15 : 45;
    }
    return minutes;
}

QString domesticCountry(const Schedule &schedule, const std::vector<int> &origins,
                        const std::vector<int> &destinations)
{
    QString country;
    for (const auto *list : {&origins, &destinations}) {
        for (int a : *list) {
            const QString &c = schedule.airports()[std::size_t(a)].countryCode;
            if (c.isEmpty() || (!country.isEmpty() && c != country))
                return {};
            country = c;
        }
    }
    return country;
}

} // namespace tripdesk::sandbox
