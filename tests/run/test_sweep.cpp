#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "model/queueing_theory.hpp"
#include "output/sweep_outputs.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario/load_runs.hpp"
#include "temp_directory.hpp"

using namespace caresim;

TEST_CASE("a sweep of in-house households gives fewer first placements with IFAs at every step, as Erlang-B says",
          "[run][sweep][theory]") {
  // The shipped minimal scenario: constant arrivals, exponential stays, unlimited IFAs.
  testing::TempDirectory folder;
  std::ofstream(folder / "sweep.yaml") << "extends: " << std::getenv("CARESIM_SOURCE_DIR") << R"(/scenarios/minimal.yaml
run: {years: 6, warmup_years: 3, replications: 12, seed: 3}
sweep: {parameter: provision.in_house_foster.households, values: [380, 420, 460]}
)";
  const auto runs = scenario::load_runs((folder / "sweep.yaml").string());
  REQUIRE(runs.values == std::vector<std::string>{"380", "420", "460"});
  std::vector<scenario::Scenario> scenarios;
  for (const auto& loaded : runs.scenarios) scenarios.push_back(loaded.scenario);
  run::ExperimentOptions options;
  options.threads = 2;
  options.differences_from_first = true;
  const auto result = run::run_experiment(scenarios, options);

  const auto& children = scenarios.front().children;
  const double offered = children.entries_per_year / kernel::kDaysPerYear * children.stay->expected_value();
  double previous = 1;
  for (std::size_t v = 0; v < scenarios.size(); ++v) {
    const int households = scenarios[v].provision.in_house_foster->households;
    const auto overflow = testing::interval_99(result.kpi_values("first_placement_share.ifa", v));
    INFO(households << " households: " << overflow.mean << " +/- " << overflow.half_width);
    CHECK(overflow.contains(testing::erlang_b(households, offered)));
    CHECK(overflow.mean < previous);
    previous = overflow.mean;
  }

  const std::string csv = output::sweep_csv(runs, result);
  CHECK(csv.rfind("value,entries_per_year.mean,entries_per_year.ci95_low,entries_per_year.ci95_high,"
                  "entries_per_year.difference,entries_per_year.difference_ci95_low,entries_per_year.difference_ci95_high,",
                  0) == 0);
  // The same children arrive at every value: entries differ by exactly nothing, and the first
  // value has no difference at all.
  CHECK(csv.find("\n380,") != std::string::npos);
  const auto cells_of_row = [&csv](const std::string& value) {
    std::stringstream row(csv.substr(csv.find("\n" + value + ",") + 1));
    std::string line, cell;
    std::getline(row, line);
    std::vector<std::string> cells;
    for (std::stringstream cells_in(line); std::getline(cells_in, cell, ',');) cells.push_back(cell);
    return cells;
  };
  const auto first = cells_of_row("380"), second = cells_of_row("420");
  CHECK(first[4] == "NA");
  CHECK(second[4] == "0");
  CHECK(second[5] == "0");
  CHECK(second[6] == "0");

  // Replication by replication, the overflow falls by what Erlang-B says.
  const auto at_380 = result.kpi_values("first_placement_share.ifa", 0);
  const auto at_420 = result.kpi_values("first_placement_share.ifa", 1);
  std::vector<double> paired;
  for (std::size_t r = 0; r < at_380.size(); ++r) paired.push_back(at_420[r] - at_380[r]);
  CHECK(testing::interval_99(paired).contains(testing::erlang_b(420, offered) - testing::erlang_b(380, offered)));
  CHECK(csv.find("\n380,") != std::string::npos);
  CHECK(csv.find("\n460,") != std::string::npos);
  CHECK(output::sweep_directory_names(runs) ==
        std::vector<std::string>{"households-380", "households-420", "households-460"});
}
