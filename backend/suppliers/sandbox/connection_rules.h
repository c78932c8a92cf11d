#pragma once
// Minimum connection times and the longest layover the sandbox sells.
//
// A connection needs 45 minutes when both flights are domestic and on one airline, 60 when either
// is international; 15 more at the big hubs (importance 80 and above), where gates are far apart;
// 15 more between partners of one alliance and 45 more between unrelated airlines, whose
// passengers change terminals and re-check bags. No layover is longer than 12 hours. Low-cost
// airlines sell connections only between their own flights. A trip within one country connects
// only in that country: nobody sells Delhi to Mumbai by way of Lahore, or Buffalo to Seattle by
// way of Calgary.

#include "backend/suppliers/sandbox/schedule.h"

namespace tripdesk::sandbox {

constexpr int kMaxLayoverMinutes = 12 * 60;
constexpr int kBigHubImportance = 80;
constexpr int kShortestConnection = 45; // the least any connection may be

// Whether an airline sells the connection at all.
bool canConnect(const Schedule &schedule, const Leg &inbound, const Leg &outbound);
int minimumConnectionMinutes(const Schedule &schedule, const Leg &inbound, const Leg &outbound);
// The country every origin and destination is in, where connections must stay; empty when the
// trip crosses a border (it may then connect anywhere).
QString domesticCountry(const Schedule &schedule, const std::vector<int> &origins,
                        const std::vector<int> &destinations);

} // namespace tripdesk::sandbox
