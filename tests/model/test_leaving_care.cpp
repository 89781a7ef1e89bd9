#include <catch2/catch.hpp>

#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {
constexpr auto route = leaving_route;
}  // namespace

TEST_CASE("children leave by each route in proportion to its chance", "[model][leaving]") {
  // Babies: half go home, three in ten are adopted, and two in ten stay to 18, which none
  // reaches within the run; so among those who leave, 5/8 go home and 3/8 are adopted.
  auto s = minimal_scenario();
  s.children.stay.reset();
  scenario::LeavingCareSpec leaving;
  leaving.routes[static_cast<std::size_t>(LeavingRoute::return_home)] = route(0.5, 120);
  leaving.routes[static_cast<std::size_t>(LeavingRoute::adoption)] = route(0.3, 400);
  s.leaving_care = leaving;
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "exit_share.return_home")).contains(0.5 / 0.8));
  CHECK(interval_99(kpi_values(result, "exit_share.adoption")).contains(0.3 / 0.8));
  for (const double share : kpi_values(result, "exit_share.turned_18")) CHECK(share == 0.0);
  for (const double share : kpi_values(result, "exit_share.end_of_stay")) CHECK(share == 0.0);
}

TEST_CASE("a child whose route would take longer than the 18th birthday leaves at 18", "[model][leaving]") {
  auto s = minimal_scenario();
  s.children.age_at_entry = {0, 0, 0, 0, 1};  // 16 or 17 at entry
  s.children.stay.reset();
  scenario::LeavingCareSpec leaving;
  auto home = route(0, 50 * 365.0);  // far beyond 18
  home.chance_by_age[4] = 1.0;
  leaving.routes[static_cast<std::size_t>(LeavingRoute::return_home)] = home;
  s.leaving_care = leaving;
  s.run.replications = 4;
  const auto result = run::run_experiment(s, 2);
  // Exponential with a 50-year mean: P(leaving home within at most two years) is under 4%.
  for (const double share : kpi_values(result, "exit_share.turned_18")) CHECK(share > 0.95);
}
