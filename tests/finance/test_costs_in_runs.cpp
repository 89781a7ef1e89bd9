// Costs of whole runs: an exact identity between placement days and placement costs, the
// cost of a queue that Little's law predicts, and a run without costs.
#include <catch2/catch.hpp>

#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "run/replication.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

// Children placed at once with an IFA at £700 a week (£100 a day), always, for their whole stay.
scenario::Scenario everyone_with_an_ifa() {
  auto s = testing::minimal_scenario();
  s.run.replications = 30;
  s.run.years = 4;
  s.run.warmup_years = 4;
  s.children.entries_per_year = 100;
  s.provision.in_house_foster.reset();
  scenario::CostsSpec costs;
  costs.price_base_year = 2025;
  scenario::PlacementCostSpec ifa;
  ifa.gbp_per_week.fill(700);
  costs.placements[static_cast<std::size_t>(scenario::CostedPlacement::ifa)] = ifa;
  s.costs = costs;
  return s;
}

}  // namespace

TEST_CASE("when every child in care is with an IFA, its cost is the weekly price times the weeks in care",
          "[finance][runs]") {
  const auto s = everyone_with_an_ifa();
  const auto result = run::run_experiment(s, 2);
  const auto in_care = result.kpi_values("children_in_care_mean");
  const auto cost = result.kpi_values("cost.placement.ifa");
  const auto total = result.kpi_values("cost_total_gbp");
  const auto per_child_week = result.kpi_values("cost_per_child_per_week_gbp");
  const double days = 4 * 365 + 1;  // 2025-04-01 to 2029-04-01 holds 29 February 2028
  for (std::size_t r = 0; r < cost.size(); ++r) {
    CHECK(cost[r] == Approx(100 * in_care[r] * days).epsilon(1e-9));
    CHECK(total[r] == cost[r]);
    CHECK(per_child_week[r] == Approx(700).epsilon(1e-9));
  }
  // Little's law: on average 100 entries a year x 1 year's stay = 100 in care, at £100 a day.
  const auto per_year = [&] {
    std::vector<double> v;
    for (const double c : cost) v.push_back(c / (days / kernel::kDaysPerYear));
    return v;
  }();
  const auto interval = testing::interval_99(per_year);
  INFO("mean " << interval.mean << " +- " << interval.half_width);
  CHECK(interval.contains(100 * 100 * kernel::kDaysPerYear));
}

TEST_CASE("each replication's yearly cost flows add up to its cost KPIs", "[finance][runs][flows]") {
  auto s = everyone_with_an_ifa();
  s.costs->placements[static_cast<std::size_t>(scenario::CostedPlacement::ifa)]->inflation_per_year = 0.04;
  s.costs->in_house_fostering_service = scenario::FixedCostSpec{500000, 0, 0.02};
  for (std::uint64_t r = 0; r < 3; ++r) {
    const auto m = run::run_replication(s, r).measurements;
    REQUIRE(m.financial_years == std::vector<std::string>{"2025-26", "2026-27", "2027-28", "2028-29"});
    for (std::size_t f = 0; f < m.yearly_names.size(); ++f) {
      const std::string& name = m.yearly_names[f];
      if (!name.starts_with("cost")) continue;
      INFO(name);
      const auto kpi = std::find(m.kpi_names.begin(), m.kpi_names.end(), name);
      REQUIRE(kpi != m.kpi_names.end());
      double sum = 0;
      for (const double amount : m.yearly[f]) sum += amount;
      CHECK(m.kpi_values[static_cast<std::size_t>(kpi - m.kpi_names.begin())] == Approx(sum).epsilon(1e-14));
    }
  }
}

TEST_CASE("a run without a costs section reports every cost KPI as 0", "[finance][runs][off]") {
  auto s = testing::minimal_scenario();
  s.run.replications = 2;
  s.run.years = 1;
  s.run.warmup_years = 1;
  const auto result = run::run_experiment(s, 1);
  for (const auto& name : result.scenarios.front().aggregate.kpi_names()) {
    if (!name.starts_with("cost")) continue;
    INFO(name);
    for (const double value : result.kpi_values(name)) CHECK(value == 0);
  }
  CHECK(result.kpi_values("cost_total_gbp") == std::vector<double>{0, 0});
}

TEST_CASE("staff cost the pay times the workers in post as the staffing KPIs count them, advisers their pay each",
          "[finance][runs][staff]") {
  auto s = testing::minimal_scenario();
  s.run.replications = 6;
  s.run.years = 2;  // 2028-29 and 2029-30: 365 days each, so a day in post costs pay / 365 in both
  s.run.warmup_years = 3;
  auto team = testing::county_team(30, 15, 25, 0.3);
  scenario::AgencyCoverSpec agency;
  agency.probability = 0.7;
  agency.time_to_cover = testing::fixed_days(20);
  agency.leaving_rate_per_year = 2;
  team.agency_cover = agency;
  s.workforce = testing::with_social_workers(team);
  s.workforce->personal_advisers = scenario::PersonalAdvisersSpec{};
  s.workforce->personal_advisers->advisers = 4;
  s.workforce->personal_advisers->caseload_cap = 30;
  s.workforce->personal_advisers->from_age_years = 16;
  scenario::CostsSpec costs;
  costs.price_base_year = 2028;
  costs.staff = scenario::StaffCostsSpec{};
  costs.staff->social_worker = scenario::StaffCostSpec{58000, 0};
  costs.staff->agency_social_worker = scenario::StaffCostSpec{88000, 0};
  costs.staff->personal_adviser = scenario::StaffCostSpec{45000, 0};
  s.costs = costs;
  const auto result = run::run_experiment(s, 2);
  const auto vacancy_rate = result.kpi_values("vacancy_rate");
  const auto agency_share = result.kpi_values("agency_share");
  const auto permanent_cost = result.kpi_values("cost.staff.social_workers");
  const auto agency_cost = result.kpi_values("cost.staff.agency_social_workers");
  const auto adviser_cost = result.kpi_values("cost.staff.personal_advisers");
  for (std::size_t r = 0; r < permanent_cost.size(); ++r) {
    // Posts are permanent workers or vacancies; the agency share is of agency and permanent.
    const double permanent = 30 * (1 - vacancy_rate[r]);
    const double agency_workers = permanent * agency_share[r] / (1 - agency_share[r]);
    REQUIRE(agency_workers > 0);
    CHECK(permanent_cost[r] == Approx(58000 * 2 * permanent).epsilon(1e-9));
    CHECK(agency_cost[r] == Approx(88000 * 2 * agency_workers).epsilon(1e-9));
    CHECK(adviser_cost[r] == 4 * 45000 * 2);
  }
}
