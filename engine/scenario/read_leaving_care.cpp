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
    s.chance_by_age = read_chance_by_age(route->section("chance_by_age", Layout::flow));
    for (std::size_t band = 0; band < kAgeBandCount; ++band) total[band] += s.chance_by_age[band];
    s.after = read_duration(route->section("after", Layout::flow));
    if (auto by_age = route->optional_section("after_by_age")) {
      by_age->name_keys("age band");
      for (std::size_t band = 0; band < kAgeBandCount; ++band)
        if (auto after = by_age->optional_section(kAgeBandNames[band], Layout::flow)) s.after_by_age[band] = read_duration(*after);
    }
    spec.routes[r] = s;
  }
  for (std::size_t band = 0; band < kAgeBandCount; ++band)
    if (total[band] > 1 + 1e-6)
      routes.report("the chances for age band " + std::string(kAgeBandNames[band]) + " sum to " +
                    format_sum(total[band]) + ", more than 1");
  if (auto re_entry = leaving.optional_section("re_entry")) {
    if (!spec.routes[static_cast<std::size_t>(LeavingRoute::return_home)])
      re_entry->report("re-entry follows a return home: add routes.return_home");
    const double chance = re_entry->required<double>("chance", share());  // read first: the effective YAML's order
    MapReader after = re_entry->section("after", Layout::flow);
    spec.re_entry = ReEntrySpec{chance, read_duration(after)};
    // Much shorter, and a child going home at once could come back and go home again in the
    // same instant, without end.
    if (after.values_good() && spec.re_entry->after.expected_value() < 1)
      re_entry->report("after", "a child must be home for at least a day on average before coming back into care");
  }
  if (auto staying_put = leaving.optional_section("staying_put"))
    spec.staying_put = StayingPutSpec{staying_put->required<double>("chance", share()),
                                      read_duration(staying_put->section("lasts", Layout::flow))};
  return spec;
}

}  // namespace caresim::scenario
