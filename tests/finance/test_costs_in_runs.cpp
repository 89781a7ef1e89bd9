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
