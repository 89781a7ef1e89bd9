#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "output/comparison_outputs.hpp"
#include "output/payback.hpp"
#include "output/scenario_labels.hpp"
#include "output/sweep_outputs.hpp"
#include "scenario_builder.hpp"
#include "temp_directory.hpp"

using namespace caresim;
using testing::read_file;

namespace {

const std::vector<std::string> kYears{"2025-26", "2026-27", "2027-28"};

// One replication of a made-up scenario: a KPI and yearly costs.
metrics::Measurements measured(double kpi, std::vector<double> cost) {
  metrics::Measurements m;
  m.add_kpi("children_in_care_mean", kpi);
  m.financial_years = kYears;
  m.add_yearly(std::string(output::kPaybackMetric), std::move(cost));
  return m;
}

// A comparison built by hand: replications of each scenario given as (KPI, yearly costs).
run::ExperimentResult hand_made(const std::vector<std::vector<metrics::Measurements>>& by_scenario) {
  run::ExperimentResult result;
  result.scenarios.resize(by_scenario.size());
  result.differences.resize(by_scenario.size() - 1);
  result.replications = static_cast<int>(by_scenario[0].size());
  for (std::size_t r = 0; r < by_scenario[0].size(); ++r)
    for (std::size_t s = 0; s < by_scenario.size(); ++s) {
      result.scenarios[s].aggregate.add(by_scenario[s][r]);
      if (s > 0) result.differences[s - 1].add(by_scenario[0][r], by_scenario[s][r]);
    }
  return result;
}

scenario::LoadedScenario named(const std::string& name) {
  scenario::LoadedScenario loaded{testing::minimal_scenario(), "name: " + name + "\n", nullptr};
  loaded.scenario.name = name;
  loaded.scenario.source_file = name + ".yaml";
  return loaded;
}

scenario::LoadedScenario costed(const std::string& name) {
  scenario::LoadedScenario loaded = named(name);
  loaded.scenario.costs = scenario::CostsSpec{};
  return loaded;
}

// Cumulative differences known exactly (every replication's the same): intervals of no width.
std::vector<output::Estimate> exactly(const std::vector<double>& means) {
  std::vector<output::Estimate> estimates;
  for (const double mean : means) estimates.push_back({mean, mean, mean});
  return estimates;
}

}  // namespace

TEST_CASE("payback is the first year the cumulative difference comes back to zero after rising above it", "[output]") {
  CHECK(output::payback(exactly({50.0, 30.0, -10.0}), kYears).phrase == "2027-28");
  CHECK(output::payback(exactly({50.0, 0.0, -10.0}), kYears).phrase == "2026-27");
  CHECK(output::payback(exactly({-5.0, 20.0, 0.0}), kYears).phrase == "2027-28");
  CHECK(output::payback(exactly({50.0, 80.0, 90.0}), kYears).phrase == "does not pay back within the horizon");
  CHECK(output::payback(exactly({-50.0, -80.0, 0.0}), kYears).phrase == "no investment");
  CHECK(output::payback(exactly({0.0, 0.0, 0.0}), kYears).phrase == "no investment");
}

TEST_CASE("a payback is clear only where the cumulative difference's 95% intervals bear it out", "[output]") {
  using output::Estimate;
  const auto payback = [](std::vector<Estimate> cumulative) { return output::payback(cumulative, kYears); };
  // Paid back on average in 2026-27, but that year's interval reaches above zero.
  // The intervals bear a payback out only from 2027-28.
  const auto unsure = payback({{50, 40, 60}, {-5, -12, 2}, {-20, -30, -10}});
  CHECK(unsure.phrase == "2026-27");
  CHECK_FALSE(unsure.clear);
  CHECK(unsure.clear_from == "2027-28");
  const auto sure = payback({{50, 40, 60}, {-15, -20, -10}, {-20, -30, 0}});
  CHECK(sure.clear);
  CHECK(sure.clear_from == "2026-27");
  const auto back_above = payback({{50, 40, 60}, {-15, -20, -10}, {-2, -6, 1}});  // and back above zero later
  CHECK_FALSE(back_above.clear);
  CHECK(back_above.clear_from.empty());
  // Below zero from 2026-27, but never clearly above it before: no investment is shown.
  CHECK_FALSE(payback({{50, -5, 105}, {-20, -30, -10}, {-25, -35, -15}}).clear);
  // Never above zero on average; clearly so only if no interval reaches above it.
  CHECK_FALSE(payback({{-5, -10, 3}, {-10, -20, -1}, {-15, -25, -5}}).clear);
  CHECK(payback({{0, 0, 0}, {-10, -20, -1}, {-15, -25, -5}}).clear);
  // Not paid back on average; clearly so only if the last interval lies above zero.
  CHECK_FALSE(payback({{50, 40, 60}, {20, 5, 35}, {10, -5, 25}}).clear);
  CHECK(payback({{50, 40, 60}, {20, 5, 35}, {10, 5, 15}}).clear);
  // One replication: no interval, so nothing is clear.
  const double nan = std::nan("");
  CHECK_FALSE(payback({{50, nan, nan}, {-15, nan, nan}, {-20, nan, nan}}).clear);
}

TEST_CASE("run directories get filesystem-safe names, told apart, never those of the files beside them",
          "[output]") {
  CHECK(output::directory_names({"More carers: 2027!", "more carers 2027", "../etc", "", "comparison.json", "A_b.c"}) ==
        std::vector<std::string>{"more-carers-2027", "more-carers-2027-2", "etc", "scenario", "comparison.json-2",
                                 "a_b.c"});
  // Any filesystem takes them, however long the names: two that begin alike are still told apart.
  const std::string long_name(300, 'a');
  CHECK(output::directory_names({long_name, long_name + "b", "Option " + long_name}) ==
        std::vector<std::string>{std::string(64, 'a'), std::string(64, 'a') + "-2", "option-" + std::string(57, 'a')});
  CHECK(output::directory_names({std::string(63, 'a') + "-b"}) == std::vector<std::string>{std::string(63, 'a')});
  CHECK(output::distinct_labels({"baseline", "option", "baseline", "baseline"}) ==
        std::vector<std::string>{"baseline", "option", "baseline (2)", "baseline (3)"});
}

TEST_CASE("comparison.json has the promised shape, exact paired differences and each option's payback", "[output]") {
  // Two replications. The invest-to-save option costs 50 more, then 20 and 40 less each year:
  // cumulative differences 50, 30, -10, paying back in 2027-28.
  const auto result = hand_made({
      {measured(10, {100, 100, 100}), measured(12, {110, 100, 90})},
      {measured(11, {150, 80, 60}), measured(12, {160, 80, 50})},
      {measured(10, {90, 90, 90}), measured(12, {100, 90, 80})},
      {measured(10, {200, 200, 200}), measured(12, {210, 200, 190})},
  });
  const std::vector<scenario::LoadedScenario> loaded{costed("baseline"), costed("invest to save"), costed("cheaper"),
                                                     costed("baseline")};
  const auto json = nlohmann::json::parse(output::comparison_json(loaded, result));

  CHECK(json["replications"] == 2);
  CHECK(json["financial_years"] == kYears);
  REQUIRE(json["scenarios"].size() == 4);
  CHECK(json["scenarios"][1]["name"] == "invest to save");
  CHECK(json["scenarios"][1]["file"] == "invest to save.yaml");
  CHECK(json["scenarios"][1]["directory"] == "invest-to-save");
  CHECK(json["scenarios"][3]["name"] == "baseline (2)");
  CHECK(json["scenarios"][3]["directory"] == "baseline-2");

  const auto& kpi = json["kpis"]["children_in_care_mean"];
  REQUIRE(kpi.size() == 4);
  CHECK(kpi[0]["scenario"] == "baseline");
  CHECK(kpi[0]["mean"] == 11.0);
  // 10 and 12: the t-interval, 11 -+ 12.7, is cut at 0, as no count of children is below it.
  CHECK(kpi[0]["ci95"][0] == 0.0);
  CHECK(kpi[0]["ci95"][1].get<double>() == Approx(11 + 12.706204736));
  CHECK(kpi[0]["difference"].is_null());
  CHECK(kpi[0]["difference_ci95"].is_null());
  // Differences 1 and 0: mean 0.5, sd sqrt(0.5), t(0.975, 1) = 12.7062.
  CHECK(kpi[1]["difference"] == 0.5);
  const double half = 12.706204736 * std::sqrt(0.5) / std::sqrt(2.0);
  CHECK(kpi[1]["difference_ci95"][0].get<double>() == Approx(0.5 - half));
  CHECK(kpi[1]["difference_ci95"][1].get<double>() == Approx(0.5 + half));
  CHECK(kpi[3]["difference"] == 0.0);

  const auto& cost = json["by_financial_year"][std::string(output::kPaybackMetric)];
  REQUIRE(cost.size() == 4 * 3);
  CHECK(cost[0]["financial_year"] == "2025-26");
  CHECK(cost[0]["cumulative_difference"].is_null());
  const auto& option_2027 = cost[3 + 2];  // second scenario, third year
  CHECK(option_2027["scenario"] == "invest to save");
  CHECK(option_2027["financial_year"] == "2027-28");
  CHECK(option_2027["mean"] == 55.0);
  CHECK(option_2027["difference"] == -40.0);
  CHECK(option_2027["cumulative_difference"] == -10.0);  // 50 - 20 - 40 in both replications
  CHECK(option_2027["cumulative_difference_ci95"] == nlohmann::json::array({-10.0, -10.0}));
  // A year's cost, a flow that cannot fall below 0: 0 and 10 give 5 -+ 63.5, cut at 0.
  const auto rare = hand_made({{measured(1, {0, 0, 0}), measured(1, {10, 0, 0})},
                               {measured(1, {0, 0, 0}), measured(1, {0, 0, 0})}});
  const auto rare_json = nlohmann::json::parse(output::comparison_json(std::vector{costed("a"), costed("b")}, rare));
  const auto& rare_first_year = rare_json["by_financial_year"][std::string(output::kPaybackMetric)][0];
  CHECK(rare_first_year["ci95"][0] == 0.0);
  CHECK(rare_first_year["ci95"][1].get<double>() == Approx(5 + 12.706204736 * std::sqrt(50.0) / std::sqrt(2.0)));
  CHECK(rare_json["by_financial_year"][std::string(output::kPaybackMetric)][3]["difference_ci95"][0] < 0);  // not cut
  CHECK(json["payback"]["invest to save"] == "2027-28");
  CHECK(json["payback"]["cheaper"] == "no investment");
  CHECK(json["payback"]["baseline (2)"] == "does not pay back within the horizon");
  CHECK_FALSE(json["payback"].contains("baseline"));
  // Every replication's differences are the same here, so the intervals have no width.
  CHECK(json["payback_clear"] == nlohmann::json{{"invest to save", true}, {"cheaper", true}, {"baseline (2)", true}});
  // The year from which a payback is clear: the payback year here, none for the others.
  CHECK(json["payback_clear_from"] ==
        nlohmann::json{{"invest to save", "2027-28"}, {"cheaper", nullptr}, {"baseline (2)", nullptr}});

  // Nothing costed, nothing to pay back (the cost flow is there, all zeros, in real runs).
  const std::vector<scenario::LoadedScenario> uncosted{named("baseline"), named("invest to save"), named("cheaper"),
                                                       named("baseline")};
  CHECK(nlohmann::json::parse(output::comparison_json(uncosted, result))["payback"] == nlohmann::json::object());
  // Costed on one side only: a difference from nothing, no payback either.
  const std::vector<scenario::LoadedScenario> one_sided{costed("baseline"), named("invest to save"), costed("cheaper"),
                                                        named("baseline")};
  const auto one_sided_payback = nlohmann::json::parse(output::comparison_json(one_sided, result))["payback"];
  CHECK(one_sided_payback.size() == 1);
  CHECK(one_sided_payback["cheaper"] == "no investment");
}

TEST_CASE("a comparison is written whole: a run directory per scenario and the comparison files", "[output]") {
  const auto result = hand_made({{measured(10, {1, 2, 3})}, {measured(11, {1, 2, 4})}});
  const std::vector<scenario::LoadedScenario> loaded{named("baseline"), named("option")};
  testing::TempDirectory tmp;
  output::OutputDirectory out(tmp / "cmp");
  output::write_comparison_outputs(out, loaded, result);
  for (const char* file : {"comparison.json", "comparison.csv", "comparison_by_year.csv", "baseline/summary.json",
                           "baseline/yearly.csv", "option/timeseries.csv", "option/kpis_by_replication.csv",
                           "option/scenario.yaml"}) {
    INFO(file);
    CHECK(std::filesystem::exists(tmp / "cmp" / file));
  }
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.path()), {}) == 1);  // no staging left behind
  CHECK(read_file(tmp / "cmp" / "option" / "scenario.yaml") == "name: option\n");
  CHECK(read_file(tmp / "cmp" / "option" / "yearly.csv") ==
        "financial_year,metric,mean,p05,p50,p95\n2025-26,cost_total_gbp,1,1,1,1\n2026-27,cost_total_gbp,2,2,2,2\n"
        "2027-28,cost_total_gbp,4,4,4,4\n");
  // One replication: the intervals are unknown, not of zero width.
  CHECK(read_file(tmp / "cmp" / "comparison.csv") ==
        "kpi,scenario,mean,ci95_low,ci95_high,difference,difference_ci95_low,difference_ci95_high\n"
        "children_in_care_mean,baseline,10,NA,NA,NA,NA,NA\n"
        "children_in_care_mean,option,11,NA,NA,1,NA,NA\n");
  const std::string by_year = read_file(tmp / "cmp" / "comparison_by_year.csv");
  CHECK(by_year.rfind("metric,scenario,financial_year,mean,ci95_low,ci95_high,difference,", 0) == 0);
  CHECK(by_year.find("\ncost_total_gbp,option,2027-28,4,NA,NA,1,NA,NA,1,NA,NA\n") != std::string::npos);
}

namespace {

// sweep.csv's header and its first two rows.
std::array<std::string, 3> sweep_lines(const scenario::LoadedRuns& runs, const run::ExperimentResult& result) {
  std::stringstream csv(output::sweep_csv(runs, result));
  std::array<std::string, 3> lines;
  for (std::string& line : lines) std::getline(csv, line);
  return lines;
}

}  // namespace

TEST_CASE("sweep.csv gives each value's KPI as its summary.json does, the interval cut to the KPI's values",
          "[output][sweep]") {
  // Children in care 0 and 1 at the first value: 0.5 -+ 6.35, cut at 0; the difference is not cut.
  const auto result = hand_made({{measured(0, {0, 0, 0}), measured(1, {0, 0, 0})},
                                 {measured(1, {0, 0, 0}), measured(1, {0, 0, 0})}});
  scenario::LoadedRuns runs;
  runs.parameter = "provision.in_house_foster.households";
  runs.values = {"10", "20"};
  const auto [header, first, second] = sweep_lines(runs, result);
  const double half = 12.706204736 * std::sqrt(0.5) / std::sqrt(2.0);
  CHECK_THAT(first, Catch::StartsWith("10,0.5,0,") && Catch::EndsWith(",NA,NA,NA"));
  CHECK(std::stod(first.substr(std::string("10,0.5,0,").size())) == Approx(0.5 + half));
  CHECK_THAT(second, Catch::StartsWith("20,1,1,1,0.5,-"));
}

TEST_CASE("sweep.csv has a column for every value's KPIs, NA where a value does not measure one", "[output][sweep]") {
  // Carers short of a child's need are counted only where a value allows them.
  const auto short_allowed = [](double share) {
    metrics::Measurements m = measured(1, {0, 0, 0});
    m.add_share("share_in_house_matches_below_need", share);
    return m;
  };
  const auto result = hand_made({{measured(1, {0, 0, 0}), measured(1, {0, 0, 0})},
                                 {short_allowed(0.2), short_allowed(0.4)}});
  scenario::LoadedRuns runs;
  runs.parameter = "matching.need_above_skill_levels";
  runs.values = {"0", "1"};
  const auto [header, first, second] = sweep_lines(runs, result);
  CHECK_THAT(header, Catch::Contains(",share_in_house_matches_below_need.mean,"));
  CHECK_THAT(first, Catch::EndsWith(",NA,NA,NA,NA,NA,NA"));
  CHECK_THAT(second, Catch::Contains(",0.3"));  // the mean of 0.2 and 0.4
}
