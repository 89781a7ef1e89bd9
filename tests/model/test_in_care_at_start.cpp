// children.in_care_at_start: steady_state. With no warm-up at all, the children in care from
// the first day are those an endless run would have: entries times the mean time in care
// (Little's law for the M/G/infinity queue), with the ages that time in care gives them.
#include <catch2/catch.hpp>

#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// One year reported, straight from the start: nothing settles before it is counted.
scenario::Scenario starting_at_once() {
  auto s = minimal_scenario();
  s.run.warmup_years = 0;
  s.run.years = 1;
  s.children.in_care_at_start = scenario::InCareAtStart::steady_state;
  return s;
}

}  // namespace

TEST_CASE("in the steady state at the start, children in care are entries times the mean stay from the first day",
          "[model][steady-state]") {
  // Lognormal stays (a general distribution: M/G/infinity), all far shorter than the 17
  // years to the 18th birthday of a child entering under 1.
  auto s = starting_at_once();
  s.children.stay = lognormal_days(300, 0.8);
  const double mean_stay_days = 300 * std::exp(0.8 * 0.8 / 2);
  const double steady = s.children.entries_per_year * mean_stay_days / kernel::kDaysPerYear;
  const auto steady_run = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(steady_run, "children_in_care_mean")).contains(steady));
  // The children already in care are not counted as entries of the year.
  CHECK(interval_99(kpi_values(steady_run, "entries_per_year")).contains(s.children.entries_per_year));

  // Starting empty, the first year holds barely half as many.
  s.children.in_care_at_start = scenario::InCareAtStart::none;
  const auto empty_run = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(empty_run, "children_in_care_mean")).mean < 0.7 * steady);
}

TEST_CASE("in the steady state at the start, children who stay until 18 are in care with the ages that gives them",
          "[model][steady-state]") {
  // Children enter at 10-15 (uniform in age) and, with no way out, stay until 18: 5 years on
  // average, so 5 years of entries are in care. Of them, those aged 16 and 17 are the whole
  // of two years of entries (2 of the 5 years); the 10-15s, half of six years' worth.
  auto s = starting_at_once();
  s.children.entries_per_year = 100;
  s.children.age_at_entry = {0, 0, 0, 1.0, 0};
  s.children.stay.reset();
  scenario::LeavingCareSpec no_route;
  no_route.routes[static_cast<std::size_t>(LeavingRoute::return_home)] = leaving_route(0, 100);
  s.leaving_care = no_route;
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "children_in_care_mean")).contains(s.children.entries_per_year * 5));
  CHECK(interval_99(kpi_values(result, "age_mix_31_march.16-17")).contains(2.0 / 5));
  for (const double share : kpi_values(result, "exit_share.turned_18")) CHECK(share == 1.0);
}
