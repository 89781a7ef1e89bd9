// The carers' part of children.in_care_at_start: steady_state. From the first day, the
// assessments under way and the households that resigned before the start but foster on are
// those an endless run would have, so approvals, withdrawals, resignations and
// deregistrations run at their steady rates at once.
#include <catch2/catch.hpp>

#include <vector>

#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// One year reported, straight from the start, with `households` households of one place.
// A quarter of enquiries become applications 60 days later; half of those are approved
// after an assessment of 240 days, the rest withdraw after 100.
scenario::Scenario carers_from_the_start(int households, double enquiries_per_year,
                                         std::vector<scenario::TenureBand> bands) {
  auto s = minimal_scenario();
  s.run.warmup_years = 0;
  s.run.years = 1;
  s.run.replications = 100;
  s.children.in_care_at_start = scenario::InCareAtStart::steady_state;
  s.provision.in_house_foster->households = households;
  scenario::CarerSupplySpec supply;
  supply.enquiries_per_year = enquiries_per_year;
  supply.application_share = 0.5;
  supply.application_after = fixed_days(60);
  supply.approval_share = 0.5;
  supply.assessment = fixed_days(240);
  supply.withdrawal_after = fixed_days(100);
  supply.deregistration_by_tenure = std::move(bands);
  s.carer_supply = supply;
  return s;
}

}  // namespace

TEST_CASE("in a settled start, the applications and assessments under way give the steady approvals and "
          "withdrawals from the first day",
          "[model][carer_supply][steady-state]") {
  // No children, so a household that resigns deregisters at once, and a pool held steady:
  // 400 households at a hazard of 0.2 a year leave 80 a year, and 200 enquiries a year with
  // 0.3 a year from each household bring 320, of which a quarter are approved.
  auto s = carers_from_the_start(400, 200, {{0, 0.2}});
  s.children.entries_per_year = 0;
  s.carer_supply->word_of_mouth_enquiries_per_household_per_year = 0.3;
  const double assessed = (200 + 0.3 * 400) * 0.5 * 0.5;
  const auto settled = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(settled, "approvals_per_year")).contains(assessed));
  CHECK(interval_99(kpi_values(settled, "carer_withdrawals_per_year")).contains(assessed));
  // Starting with none under way, only the enquiries of the first 65 days are approved
  // within the year.
  s.children.in_care_at_start = scenario::InCareAtStart::none;
  CHECK(interval_99(kpi_values(run::run_experiment(s, 2), "approvals_per_year")).mean < 0.5 * assessed);
}

TEST_CASE("in a settled start, households that resigned before it foster on: resignations and deregistrations "
          "run at the steady rate from the first day",
          "[model][carer_supply][steady-state]") {
  // 900 children a year stay a year (exponential), more than the one-place households can
  // take, so every place is filled at once; there are no breakdowns. A placement lasts as
  // long as the child's stay, and what is left of it is exponential whatever it has lasted,
  // so the start's draw of how long a household has fostered its child is exact, and so is
  // its chance of having resigned since, at a constant hazard of 0.2 a year. (Where the hazard
  // changes with tenure the chance is not exact: new households take vacancies at tenure 0,
  // which the start does not know.) In steady state the 80 households approved a year all
  // resign in time, after 5 years on average, and each deregisters when its child leaves, a
  // year later on average: 400 foster and 80 foster on after resigning.
  const double approved = 320 * 0.25;
  const double households = approved * (5 + 1);
  auto s = carers_from_the_start(static_cast<int>(households), 320, {{0, 0.2}});
  s.children.entries_per_year = 900;
  const auto result = run::run_experiment(s, 2);
  const auto resignations = kpi_values(result, "resignations_per_year.leaves_fostering");
  CHECK(interval_99(resignations).contains(approved));
  CHECK(interval_99(differences(kpi_values(result, "deregistrations_per_year"), resignations)).contains(0));
  CHECK(interval_99(kpi_values(result, "carer_households_mean")).contains(households));
}
