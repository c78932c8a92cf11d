#pragma once
// Secondary airports with scheduled passenger service. The reference data ranks only the busiest
// few hundred airports; without this list the generator could not tell a regional airport with
// airline service from an airfield of the same size, and would fly to the wrong ones.

#include <QLatin1StringView>

#include <vector>

namespace tripdesk::sandbox {

// IATA codes, grouped by region; codes the reference data lacks are skipped by the generator.
std::vector<QLatin1StringView> servedSecondaryAirports();

} // namespace tripdesk::sandbox
