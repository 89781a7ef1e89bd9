// The carers' part of children.in_care_at_start: steady_state. From the first day, the
// assessments under way and the households that resigned before the start but foster on are
// those an endless run would have, so approvals and deregistrations run at their steady rates
// at once.
#include <catch2/catch.hpp>

#include <cstddef>
#include <vector>

#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// One year reported, straight from the start, with `households` households of one place and
// enquiries of which a quarter become households after a fixed assessment of 240 days.
scenario::Scenario carers_from_the_start(int households, double enquiries_per_year, double hazard_per_year) {
  auto s = minimal_scenario();
  s.run.warmup_years = 0;
  s.run.years = 1;
  s.run.replications = 100;
  s.children.in_care_at_start = scenario::InCareAtStart::steady_state;
  s.provision.in_house_foster->households = households;
  scenario::CarerSupplySpec supply;
  supply.enquiries_per_year = enquiries_per_year;
  supply.application_share = 0.5;
  supply.approval_share = 0.5;
  supply.assessment = fixed_days(240);
  supply.deregistration_by_tenure = {{0, hazard_per_year}};
  s.carer_supply = supply;
  return s;
}

}  // namespace

TEST_CASE("in a settled start, the assessments under way give the steady approvals from the first day",
          "[model][carer_supply][steady-state]") {
  auto s = carers_from_the_start(400, 320, 0.2);
  s.children.entries_per_year = 0;  // the carers alone
  const double approvals = 320 * 0.25;
  CHECK(interval_99(kpi_values(run::run_experiment(s, 2), "approvals_per_year")).contains(approvals));
  // Starting with none under way, only the enquiries of the first 125 days are approved
  // within the year: about a third.
  s.children.in_care_at_start = scenario::InCareAtStart::none;
  CHECK(interval_99(kpi_values(run::run_experiment(s, 2), "approvals_per_year")).mean < 0.5 * approvals);
}

TEST_CASE("in a settled start, households that resigned before it foster on: deregistrations keep pace with "
          "resignations from the first day",
          "[model][carer_supply][steady-state]") {
  // 450 children a year stay a year (exponential) with 400 one-place households, nearly all
  // full, and no breakdowns: a placement lasts as long as the child's stay, and what is left
  // of it is exponential whatever it has lasted, so the start's draw of how long a household
  // has fostered its child is exact. A household resigns at a constant 0.2 a year and
  // deregisters when its child leaves. In steady state every resignation is followed by a
  // deregistration, so the two run at one rate. Without the households that resigned before
  // the start, the first year's deregistrations would be little more than a third of its
  // resignations: only those whose child leaves within the same year.
  const auto result = run::run_experiment(carers_from_the_start(400, 320, 0.2), 2);
  const auto resignations = kpi_values(result, "resignations_per_year.leaves_fostering");
  const auto deregistrations = kpi_values(result, "deregistrations_per_year");
  std::vector<double> difference;
  for (std::size_t r = 0; r < resignations.size(); ++r) difference.push_back(deregistrations[r] - resignations[r]);
  CHECK(interval_99(difference).contains(0));
  CHECK(interval_99(resignations).mean > 50);  // 0.2 of the 330 or so still fostering
}
