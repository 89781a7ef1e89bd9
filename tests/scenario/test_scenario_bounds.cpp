// Values so far beyond any council's that a run on them would never end, overflow its sums or
// fail writing its outputs: each refused where it is written, as any value out of range is.
#include <algorithm>

#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::contains;
using testing::kFourLineScenario;
using testing::problems;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

// What follows the four lines starts on line 5.
std::string with(const std::string& rest) { return kFourLineScenario + rest; }

TEST_CASE("rates of what happens to one person are at most daily", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string workers = R"(workforce:
  social_workers:
    establishment_fte: 10
    caseload_target: 15
    caseload_cap: 20
    leaving_rate_per_year: 0.14
    recruitment_time: {distribution: fixed, days: 60}
)";
  CHECK(contains(problems(folder, with(workers + "    case_moves_per_year: 1e7\n")),
                 "12:26: must be between 0 and 365, got 1e7 (workforce.social_workers.case_moves_per_year)"));
  CHECK(contains(problems(folder, with(workers + "    sickness: {spells_per_year: 400, length: {distribution: fixed, days: 0}}\n")),
                 "12:33: must be between 0 and 365, got 400 (workforce.social_workers.sickness.spells_per_year)"));
  CHECK(contains(
      problems(folder, with(workers + "    caseload_pressure: {cases_above_target: [0, 1], leaving_rate_factor: [1, 1e300]}\n")),
      "12:78: must be between 0 and 100, got 1e300 (workforce.social_workers.caseload_pressure.leaving_rate_factor[1])"));
}

TEST_CASE("money, price changes and matching prices stay within finite sums", "[scenario][errors]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with("costs: {price_base: 2025-26, placements: {ifa: {gbp_per_week: 1e308}}}\n")) ==
        Lines{"5:63: must be between 0 and 1000000000, got 1e308 (costs.placements.ifa.gbp_per_week)"});
  CHECK(problems(folder, with("costs: {price_base: 2025-26, inflation_per_year: 5, placements: {ifa: {gbp_per_week: 1}}}\n")) ==
        Lines{"5:50: must be > -1 and <= 1, got 5 (costs.inflation_per_year)"});
  CHECK(problems(folder, with("matching: {policy: min_cost, costs: {per_mile: 1e22}}\n")) ==
        Lines{"5:48: must be between 0 and 1000000000, got 1e22 (matching.costs.per_mile)"});
}

TEST_CASE("workers leave at most daily, and a child is home a day on average before coming back", "[scenario][errors]") {
  ScenarioFolder folder;
  CHECK(contains(problems(folder, with(R"(workforce:
  social_workers: {establishment_fte: 10, caseload_target: 15, caseload_cap: 20, allocation: fill_to_target,
                   leaving_rate_per_year: 1000, time_to_recruit: {distribution: fixed, days: 0}}
)")),
                 "7:43: must be between 0 and 365, got 1000 (workforce.social_workers.leaving_rate_per_year)"));
  std::string home_and_back = kFourLineScenario;
  home_and_back.replace(home_and_back.find(", stay: {distribution: fixed, days: 9}"), 38, "");
  CHECK(problems(folder, home_and_back + R"(leaving_care:
  routes: {return_home: {chance_by_age: {"0": 1}, after: {distribution: fixed, days: 0}}}
  re_entry: {chance: 1, after: {distribution: exponential, mean_days: 0.5}}
)") == Lines{"7:32: a child must be home for at least a day on average before coming back into care "
             "(leaving_care.re_entry.after)"});
}

TEST_CASE("roads join two localities once each, within the Earth's distances", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string places = R"(geography:
  within_locality_miles: 5
  localities: {a: {entry_share: 0.5}, b: {entry_share: 0.5}}
)";
  CHECK(problems(folder, with(places + "  roads: [{from: a, to: b, miles: 3}, {from: b, to: a, miles: 100}]\n")) ==
        Lines{"8:39: a road between these two localities is given already: which distance is meant cannot be told "
              "(geography.roads[1])"});
  CHECK(contains(problems(folder, with(places + "  roads: [{from: a, to: b, miles: 3}, {from: a, to: a, miles: 1}]\n")),
                 "8:53: a road joins two localities; within one, within_locality_miles applies (geography.roads[1].to)"));
  CHECK(problems(folder, with(places + "  roads: [{from: a, to: b, miles: 1e308}]\n")) ==
        Lines{"8:35: must be > 0 and <= 12500, got 1e308 (geography.roads[0].miles)"});
}

TEST_CASE("a price base is a financial year of this world", "[scenario][errors]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with("costs: {price_base: 1899-00, placements: {ifa: {gbp_per_week: 1}}}\n")) ==
        Lines{"5:21: must be a financial year from 1900-01 to 2199-00, got '1899-00' (costs.price_base)"});
}

TEST_CASE("numbers too small to hold exactly are refused, zero is not", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string tiny = R"(name: x
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: exponential, mean_days: 1e-310}}
provision: {ifa: {}}
)";
  CHECK(problems(folder, tiny) ==
        Lines{"3:103: is too small: write 0, or a number at least 1e-300 in size, got '1e-310' "
              "(children.stay.mean_days)"});
}

TEST_CASE("a run asks for at most a thousand and twenty-four threads", "[scenario][errors]") {
  ScenarioFolder folder;
  const std::string run = R"(name: x
run: {start_date: 2025-04-01, years: 1, threads: 5000}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {ifa: {}}
)";
  CHECK(contains(problems(folder, run), "2:50: must be between 0 and 1024, got 5000 (run.threads)"));
}

TEST_CASE("a name fits a file name and a description a workbook cell", "[scenario][errors]") {
  ScenarioFolder folder;
  std::string text = kFourLineScenario;
  text.replace(text.find("name: x"), 7, "name: " + std::string(201, 'n'));
  CHECK(problems(folder, text) == Lines{"1:7: must be at most 200 characters, got 201 (name)"});
  CHECK(problems(folder, with("description: " + std::string(20'001, 'd') + "\n")) ==
        Lines{"5:14: must be at most 20000 characters, got 20001 (description)"});
}

TEST_CASE("secure placements take no breakdown time", "[scenario][errors]") {
  ScenarioFolder folder;
  CHECK(problems(folder, with("breakdowns: {time_to_breakdown: {secure: {distribution: fixed, days: 90}}}\n")) ==
        Lines{"5:42: secure placements do not break down: a secure stay lasts its planned time "
              "(breakdowns.time_to_breakdown.secure)"});
}

TEST_CASE("a locality named where the scenario names none has no stray bracket", "[scenario][errors]") {
  ScenarioFolder folder;
  const Lines found = problems(folder, "extends: " CARESIM_SCENARIOS_DIR "/baseline.yaml\ngeography: {localities: ~}\n");
  const auto residential = std::find_if(found.begin(), found.end(), [](const std::string& line) {
    return line.find("unknown locality 'exeter' (provision.residential.in_house_homes[0].locality)") != std::string::npos;
  });
  REQUIRE(residential != found.end());
  CHECK(residential->find("')") == std::string::npos);
}

}  // namespace
}  // namespace caresim::scenario
