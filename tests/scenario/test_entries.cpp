// Entries through the year and over the years: children.entries_month_shares and
// children.entries_trend load, are left out when absent, and are refused where wrong; so is
// children.in_care_at_start, the children in care before any enters.
#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::contains;
using testing::load;
using testing::problems;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

// Six lines, so the keys under test start on line 7.
constexpr const char* kHeader = R"(name: entries
run: {start_date: 2025-04-01, years: 3}
provision: {ifa: {}}
children:
  age_at_entry: {"0": 1}
  stay: {distribution: fixed, days: 9}
)";

TEST_CASE("entry seasons and a trend load as written", "[scenario]") {
  ScenarioFolder folder;
  const Scenario s = load(folder, std::string(kHeader) + R"(  entries_per_year: 100
  entries_month_shares: {jan: 0.2, feb: 0.1, mar: 0.1, apr: 0.1, may: 0.1, jun: 0.1, sep: 0.2, oct: 0.1}
  entries_trend: {per_year: -0.02, start_date: 2026-04-01, years: 5}
)");
  REQUIRE(s.children.entries_month_shares);
  CHECK((*s.children.entries_month_shares)[0] == 0.2);
  CHECK((*s.children.entries_month_shares)[6] == 0);  // july, not written
  REQUIRE(s.children.entries_trend);
  CHECK(s.children.entries_trend->per_year == -0.02);
  CHECK(s.children.entries_trend->start_date == kernel::Date::from_ymd(2026, 4, 1));
  CHECK(s.children.entries_trend->years == 5);
}

TEST_CASE("without seasons or a trend, entries come at one rate; a trend's dates are optional", "[scenario]") {
  ScenarioFolder folder;
  const Scenario plain = load(folder, std::string(kHeader) + "  entries_per_year: 100\n");
  CHECK_FALSE(plain.children.entries_month_shares);
  CHECK_FALSE(plain.children.entries_trend);
  const Scenario trend = load(folder, std::string(kHeader) + "  entries_per_year: 100\n  entries_trend: {per_year: 0.03}\n");
  REQUIRE(trend.children.entries_trend);
  CHECK_FALSE(trend.children.entries_trend->start_date);  // the run's start date
  CHECK_FALSE(trend.children.entries_trend->years);       // to the end of the run
}

TEST_CASE("wrong entry seasons and trends are each reported where they are written", "[scenario][errors]") {
  ScenarioFolder folder;
  const Lines lines = problems(folder, std::string(kHeader) + R"(  entries_per_year: 100
  entries_month_shares: {jan: 0.5, feb: 0.4, jnu: 0.1}
  entries_trend: {per_year: -1, start_date: 2026-02-30, yaers: 2}
)");
  CHECK(contains(lines, "8:46: unknown month 'jnu' (did you mean 'jun'?) (children.entries_month_shares.jnu)"));
  CHECK(contains(lines, "8:25: shares must sum to 1, got 0.9 (children.entries_month_shares)"));
  CHECK(contains(lines, "9:29: must be > -1 and <= 1, got -1 (children.entries_trend.per_year)"));
  CHECK(contains(lines, "9:45: must be a day of the calendar, got '2026-02-30' (there is no such day) (children.entries_trend.start_date)"));
  CHECK(contains(lines, "9:57: unknown key 'yaers' (did you mean 'years'?) (children.entries_trend.yaers)"));
  CHECK(lines.size() == 5);
  CHECK(problems(folder, std::string(kHeader) + "  entries_per_year: 100\n  entries_trend: {years: 0}\n") ==
        Lines{"8:18: missing required key 'per_year' (children.entries_trend.per_year)",
              "8:26: must be between 1 and 1000, got 0 (children.entries_trend.years)"});
}

TEST_CASE("a rising trend may not take entries past the most entries_per_year may be", "[scenario][errors]") {
  ScenarioFolder folder;
  // 300 doubling each year for the 3 years of the run: 2400 a year at the end, allowed.
  CHECK(load(folder, std::string(kHeader) + "  entries_per_year: 300\n  entries_trend: {per_year: 1}\n").children.entries_trend);
  // From 1990, by the end of the run in 2028: 300 x 1.5^38 (38 years of 365.25 days, near enough).
  CHECK(problems(folder, std::string(kHeader) +
                             "  entries_per_year: 300\n  entries_trend: {per_year: 0.5, start_date: 1990-04-01}\n") ==
        Lines{"8:29: entries would reach 1475129522 a year by 2028-04-01, more than the 100000 entries_per_year may "
              "be: a smaller rise, a later start or fewer years (children.entries_trend.per_year)"});
  // Ten years of it end long before: the rate then holds at 300 x 1.5^10 = 17300.
  CHECK(load(folder, std::string(kHeader) +
                         "  entries_per_year: 300\n  entries_trend: {per_year: 0.5, start_date: 1990-04-01, years: 10}\n")
            .children.entries_trend);
}

TEST_CASE("entry seasons and a trend load back from the effective YAML", "[scenario]") {
  ScenarioFolder folder;
  const LoadedScenario loaded = load_scenario(folder.write("s.yaml", std::string(kHeader) + R"(  entries_per_year: 100
  entries_month_shares: {jan: 0.5, jul: 0.5}
  entries_trend: {per_year: 0.04, years: 3}
)"));
  CHECK(loaded.effective_yaml.find("entries_month_shares: {jan: 0.5, feb: 0, mar: 0, apr: 0, may: 0, jun: 0, jul: 0.5, "
                                   "aug: 0, sep: 0, oct: 0, nov: 0, dec: 0}") != std::string::npos);
  CHECK(loaded.effective_yaml.find("entries_trend: {per_year: 0.04, years: 3}") != std::string::npos);
  const LoadedScenario again = load_scenario(folder.write("again.yaml", loaded.effective_yaml));
  CHECK(again.effective_yaml == loaded.effective_yaml);
}

TEST_CASE("children in care at the start: none unless the steady state is asked for", "[scenario]") {
  ScenarioFolder folder;
  const LoadedScenario plain = load_scenario(folder.write("plain.yaml", std::string(kHeader) + "  entries_per_year: 100\n"));
  CHECK(plain.scenario.children.in_care_at_start == InCareAtStart::none);
  CHECK(plain.effective_yaml.find("in_care_at_start: none") != std::string::npos);
  const Scenario steady =
      load(folder, std::string(kHeader) + "  entries_per_year: 100\n  in_care_at_start: steady_state\n");
  CHECK(steady.children.in_care_at_start == InCareAtStart::steady_state);
  CHECK(problems(folder, std::string(kHeader) + "  entries_per_year: 100\n  in_care_at_start: steady\n") ==
        Lines{"8:21: unknown in_care_at_start 'steady' (did you mean 'steady_state'?) (children.in_care_at_start)"});
}

}  // namespace
}  // namespace caresim::scenario
