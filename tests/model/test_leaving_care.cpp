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

TEST_CASE("a route's time to leaving may differ by age band at entry", "[model][leaving]") {
  // A quarter of the children enter as babies and go home after 100 days, the rest at 5-9
  // and go home after the route's 400 days; no stay is cut at 18. By Little's law the mean
  // number in care is the entries a day times the mean stay (the times swapped would give
  // 175 days, not 325).
  auto s = minimal_scenario();
  s.children.age_at_entry = {0.25, 0, 0.75, 0, 0};
  s.children.stay.reset();
  auto home = leaving_route(1.0, 0);
  home.chance_by_age[2] = 1.0;
  home.after = fixed_days(400);
  home.after_by_age[0] = fixed_days(100);
  scenario::LeavingCareSpec leaving;
  leaving.routes[static_cast<std::size_t>(LeavingRoute::return_home)] = home;
  s.leaving_care = leaving;
  const auto result = run::run_experiment(s, 2);
  const double mean_stay_days = 0.25 * 100 + 0.75 * 400;
  CHECK(interval_99(kpi_values(result, "children_in_care_mean"))
            .contains(s.children.entries_per_year * mean_stay_days / kernel::kDaysPerYear));
}

TEST_CASE("children leaving for turning 18 are 18, brothers and sisters too", "[model][leaving]") {
  // Sibling groups of every age, half of them with no way out but 18: a younger sibling
  // stays until its own 18th birthday, not the eldest's.
  auto s = minimal_scenario();
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
  s.children.sibling_group_size = {0.4, 0.4, 0.2};
  s.children.stay.reset();
  auto home = leaving_route(0.5, 300);
  home.chance_by_age = {0.5, 0.5, 0.5, 0.5, 0.5};
  scenario::LeavingCareSpec leaving;
  leaving.routes[static_cast<std::size_t>(LeavingRoute::return_home)] = home;
  s.leaving_care = leaving;
  s.run.replications = 4;
  const auto result = run::run_experiment(s, 2);
  const auto turned_18 = kpi_values(result, "exit_share.turned_18");
  const auto aged_18 = kpi_values(result, "exit_age_mix.18+");
  for (std::size_t r = 0; r < turned_18.size(); ++r) {
    CHECK(turned_18[r] > 0.1);
    CHECK(turned_18[r] == aged_18[r]);
  }
}
