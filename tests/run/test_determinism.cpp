#include <catch2/catch.hpp>

#include <cmath>

#include <nlohmann/json.hpp>

#include "output/comparison_outputs.hpp"
#include "output/run_outputs.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

TEST_CASE("the same seed gives byte-identical outputs on 1 and 2 threads", "[run][determinism]") {
  auto s = testing::minimal_scenario();
  s.run.replications = 8;
  s.provision.ifa = testing::ifa_with_cap(30);
  const auto one = run::run_experiment(s, 1);
  const auto two = run::run_experiment(s, 2);
  CHECK(one.threads == 1);
  CHECK(two.threads == 2);
  const auto& a = one.scenarios[0].aggregate;
  const auto& b = two.scenarios[0].aggregate;
  CHECK(output::kpis_by_replication_csv(a) == output::kpis_by_replication_csv(b));
  CHECK(output::timeseries_csv(a) == output::timeseries_csv(b));
  CHECK(output::yearly_csv(a) == output::yearly_csv(b));
  CHECK(one.events == two.events);
}

// Past StreamingSummary::kExactValues replications the percentiles are estimated (P-squared)
// in the order values are added, so the order must be the replications', not the threads'.
TEST_CASE("past 100 replications, every output is the same on 1, 2, 3 and 8 threads", "[run][determinism]") {
  auto s = testing::minimal_scenario();
  s.run.replications = 120;
  s.run.years = 1;
  s.run.warmup_years = 0;
  const auto kpi_summaries = [&s](const run::ExperimentResult& result) {
    return nlohmann::json::parse(output::summary_json(s, result))["kpis"].dump();
  };
  const auto one = run::run_experiment(s, 1);
  const auto& a = one.scenarios[0].aggregate;
  for (const int threads : {2, 3, 8}) {
    INFO(threads << " threads");
    const auto many = run::run_experiment(s, threads);
    const auto& b = many.scenarios[0].aggregate;
    CHECK(many.threads == threads);
    CHECK(kpi_summaries(one) == kpi_summaries(many));
    CHECK(output::kpis_by_replication_csv(a) == output::kpis_by_replication_csv(b));
    CHECK(output::timeseries_csv(a) == output::timeseries_csv(b));
    CHECK(output::yearly_csv(a) == output::yearly_csv(b));
  }
}

TEST_CASE("replications differ from one another, and a different seed gives different results", "[run][determinism]") {
  auto s = testing::minimal_scenario();
  s.run.replications = 2;
  const auto first = run::run_experiment(s, 1);
  CHECK(first.kpi_values("children_in_care_mean")[0] != first.kpi_values("children_in_care_mean")[1]);
  s.run.seed = 2;
  const auto reseeded = run::run_experiment(s, 1);
  CHECK(output::kpis_by_replication_csv(first.scenarios[0].aggregate) !=
        output::kpis_by_replication_csv(reseeded.scenarios[0].aggregate));
}

TEST_CASE("a replication's result does not depend on which other replications run", "[run][determinism]") {
  auto s = testing::minimal_scenario();
  const auto alone = run::run_replication(s, 5);
  s.run.replications = 6;
  const auto among = run::run_experiment(s, 2);
  const auto& a = alone.measurements.kpi_values;
  const auto& aggregate = among.scenarios[0].aggregate;
  REQUIRE(a.size() == aggregate.kpi_names().size());
  for (std::size_t k = 0; k < a.size(); ++k) {
    INFO(alone.measurements.kpi_names[k]);
    const double b = aggregate.kpi_values(k)[5];
    CHECK((a[k] == b || (std::isnan(a[k]) && std::isnan(b))));
  }
}

TEST_CASE("two scenarios with the same seed see the same arrivals where they differ only in supply",
          "[run][determinism]") {
  auto small = testing::minimal_scenario();
  small.run.replications = 3;
  auto large = small;
  large.provision.in_house_foster->households = 600;
  const auto a = run::run_experiment(small, 1);
  const auto b = run::run_experiment(large, 1);
  CHECK(a.kpi_values("entries_per_year") == b.kpi_values("entries_per_year"));  // common random numbers
}

TEST_CASE("a comparison writes byte-identical files on 1 and 2 threads", "[run][determinism][compare]") {
  auto first = testing::minimal_scenario();
  first.run.replications = 7;
  first.run.years = 3;
  auto option = first;
  option.provision.in_house_foster->households = 380;
  option.name = "fewer carers";
  const std::vector<scenario::LoadedScenario> loaded{{first, "name: minimal\n", nullptr}, {option, "name: fewer carers\n", nullptr}};
  const std::vector<scenario::Scenario> scenarios{first, option};
  run::ExperimentOptions options;
  options.differences_from_first = true;
  options.threads = 1;
  const auto one = run::run_experiment(scenarios, options);
  options.threads = 2;
  const auto two = run::run_experiment(scenarios, options);
  CHECK(output::comparison_json(loaded, one) == output::comparison_json(loaded, two));
  CHECK(output::comparison_csv(loaded, one) == output::comparison_csv(loaded, two));
  CHECK(output::comparison_by_year_csv(loaded, one) == output::comparison_by_year_csv(loaded, two));
  for (std::size_t s = 0; s < 2; ++s) {
    CHECK(output::timeseries_csv(one.scenarios[s].aggregate) == output::timeseries_csv(two.scenarios[s].aggregate));
    CHECK(output::kpis_by_replication_csv(one.scenarios[s].aggregate) ==
          output::kpis_by_replication_csv(two.scenarios[s].aggregate));
  }
}
