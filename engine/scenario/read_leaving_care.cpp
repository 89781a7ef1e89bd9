#include "scenario/read_sections.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {

LeavingCareSpec read_leaving_care(MapReader leaving) {
  LeavingCareSpec spec;
  MapReader routes = leaving.section("routes");
  routes.name_keys("leaving route");
  std::array<double, kAgeBandCount> total{};
  for (std::size_t r = 0; r < kLeavingRouteCount; ++r) {
    auto route = routes.optional_section(kLeavingRouteNames[r]);
    if (!route) continue;
    LeavingRouteSpec s;
    MapReader chances = route->section("chance_by_age", Layout::flow);
    chances.name_keys("age band");
    for (std::size_t band = 0; band < kAgeBandCount; ++band) {
      s.chance_by_age[band] = chances.or_default<double>(kAgeBandNames[band], 0.0, share());
      total[band] += s.chance_by_age[band];
    }
    s.after = read_duration(route->section("after", Layout::flow));
    spec.routes[r] = s;
  }
  for (std::size_t band = 0; band < kAgeBandCount; ++band)
    if (total[band] > 1 + 1e-6)
      routes.report("the chances for age band " + std::string(kAgeBandNames[band]) + " sum to " +
                    format_number(total[band]) + ", more than 1");
  return spec;
}

}  // namespace caresim::scenario
