// Loading good scenarios: values, defaults, optional sections and the effective YAML.
#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::ScenarioFolder;

const std::string kMinimalPath = std::string(CARESIM_SCENARIOS_DIR) + "/minimal.yaml";

// Every field the YAML sets, so a round trip can be checked whole (source_file aside).
void check_same(const Scenario& a, const Scenario& b) {
  CHECK(a.name == b.name);
  CHECK(a.description == b.description);
  CHECK(a.run.start_date == b.run.start_date);
  CHECK(a.run.years == b.run.years);
  CHECK(a.run.warmup_years == b.run.warmup_years);
  CHECK(a.run.replications == b.run.replications);
  CHECK(a.run.seed == b.run.seed);
  CHECK(a.run.threads == b.run.threads);
  CHECK(a.children.entries_per_year == b.children.entries_per_year);
  CHECK(a.children.age_at_entry == b.children.age_at_entry);
  REQUIRE(a.children.stay.has_value());
  REQUIRE(b.children.stay.has_value());
  const DistributionSpec& x = *a.children.stay;
  const DistributionSpec& y = *b.children.stay;
  CHECK(x.kind == y.kind);
  CHECK(x.mean == y.mean);
  CHECK(x.median == y.median);
  CHECK(x.sigma == y.sigma);
  CHECK(x.shape == y.shape);
  CHECK(x.scale == y.scale);
  CHECK(x.value == y.value);
  CHECK(x.empirical_values == y.empirical_values);
  CHECK(x.empirical_cumulative == y.empirical_cumulative);
  REQUIRE(a.provision.in_house_foster.has_value() == b.provision.in_house_foster.has_value());
  if (a.provision.in_house_foster) {
    CHECK(a.provision.in_house_foster->households == b.provision.in_house_foster->households);
    CHECK(a.provision.in_house_foster->places_shares == b.provision.in_house_foster->places_shares);
  }
  REQUIRE(a.provision.ifa.has_value() == b.provision.ifa.has_value());
  if (a.provision.ifa) CHECK(a.provision.ifa->max_placements == b.provision.ifa->max_placements);
}

// Writes the effective YAML out, loads it again and checks nothing changed.
void check_round_trip(const LoadedScenario& loaded) {
  ScenarioFolder folder;
  const LoadedScenario again = load_scenario(folder.write("effective.yaml", loaded.effective_yaml));
  check_same(loaded.scenario, again.scenario);
  CHECK(again.effective_yaml == loaded.effective_yaml);
}

TEST_CASE("the shipped minimal scenario loads with the values it states", "[scenario]") {
  const Scenario s = load_scenario(kMinimalPath).scenario;
  CHECK(s.name == "minimal");
  CHECK(s.description.empty());
  CHECK(s.source_file == kMinimalPath);
  CHECK(s.run.start_date == kernel::Date::from_ymd(2025, 4, 1));
  CHECK(s.run.years == 10);
  CHECK(s.run.warmup_years == 5);
  CHECK(s.run.replications == 20);
  CHECK(s.run.seed == 1);
  CHECK(s.run.threads == 0);
  CHECK(s.children.entries_per_year == 450);
  CHECK(s.children.age_at_entry == std::array<double, kAgeBandCount>{1, 0, 0, 0, 0});
  CHECK(s.children.stay->kind == DistributionSpec::Kind::exponential);
  CHECK(s.children.stay->mean == 365);
  REQUIRE(s.provision.in_house_foster);
  CHECK(s.provision.in_house_foster->households == 400);
  CHECK(s.provision.in_house_foster->places_shares == std::vector<double>{1});
  REQUIRE(s.provision.ifa);
  CHECK_FALSE(s.provision.ifa->max_placements);
}

TEST_CASE("keys a file leaves out take their documented defaults", "[scenario]") {
  ScenarioFolder folder;
  const Scenario s = load_scenario(folder.write("defaults.yaml", R"(name: defaults
run: {start_date: 2024-02-29, years: 1}
children:
  entries_per_year: 0
  age_at_entry: {"10-15": 0.7, "16-17": 0.3}
  stay: {distribution: fixed, days: 30}
provision:
  in_house_foster: {households: 0}
)"))
                         .scenario;
  CHECK(s.run.start_date == kernel::Date::from_ymd(2024, 2, 29));
  CHECK(s.run.warmup_years == 0);
  CHECK(s.run.replications == 1);
  CHECK(s.run.seed == 1);
  CHECK(s.run.threads == 0);
  CHECK(s.children.age_at_entry == std::array<double, kAgeBandCount>{0, 0, 0, 0.7, 0.3});
  REQUIRE(s.provision.in_house_foster);
  CHECK(s.provision.in_house_foster->places_shares == std::vector<double>{1});
  CHECK_FALSE(s.provision.ifa);  // not mentioned, so no IFA
}

TEST_CASE("an empty provision section means no provision at all", "[scenario]") {
  ScenarioFolder folder;
  const Scenario s = load_scenario(folder.write("none.yaml", R"(name: none
description: nobody to place children with
run: {start_date: 2025-04-01, years: 2, seed: 18446744073709551615, threads: 4}
children: {entries_per_year: 12.5, age_at_entry: {"0": 0.5, 1-4: 0.5},
           stay: {distribution: gamma, shape: 2, scale_days: 100}}
provision: {}
)"))
                         .scenario;
  CHECK(s.description == "nobody to place children with");
  CHECK(s.run.seed == 18446744073709551615u);
  CHECK(s.run.threads == 4);
  CHECK(s.children.entries_per_year == 12.5);
  CHECK_FALSE(s.provision.in_house_foster);
  CHECK_FALSE(s.provision.ifa);
}

TEST_CASE("an IFA limit is read when given", "[scenario]") {
  ScenarioFolder folder;
  const Scenario s = load_scenario(folder.write("limited.yaml", R"(name: limited
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 1, age_at_entry: {"5-9": 1}, stay: {distribution: fixed, days: 1}}
provision: {ifa: {max_placements: 0}}
)"))
                         .scenario;
  REQUIRE(s.provision.ifa);
  CHECK(s.provision.ifa->max_placements == 0);
}

TEST_CASE("the effective YAML shows every default, in reading order", "[scenario]") {
  CHECK(load_scenario(kMinimalPath).effective_yaml == R"(name: minimal
description: ""
run:
  start_date: 2025-04-01
  years: 10
  warmup_years: 5
  replications: 20
  seed: 1
  threads: 0
children:
  entries_per_year: 450
  age_at_entry: {"0": 1, 1-4: 0, 5-9: 0, 10-15: 0, 16-17: 0}
  stay: {distribution: exponential, mean_days: 365}
  newborn_share_under_1: 0
  in_care_at_start: none
provision:
  in_house_foster:
    households: 400
    places_per_household: 1
    takes_sibling_groups: 1
  ifa:
    availability: 1
)");
}

TEST_CASE("the scenarios README prints the minimal scenario's effective YAML as validate does", "[scenario]") {
  std::ifstream readme(std::string(CARESIM_SCENARIOS_DIR) + "/README.md");
  REQUIRE(readme);
  const std::string text{std::istreambuf_iterator<char>(readme), {}};
  const std::string opening = "For `minimal.yaml`:\n\n```yaml\n";
  const std::size_t start = text.find(opening);
  REQUIRE(start != std::string::npos);
  const std::size_t from = start + opening.size();
  const std::size_t end = text.find("```", from);
  REQUIRE(end != std::string::npos);
  CHECK(text.substr(from, end - from) == load_scenario(kMinimalPath).effective_yaml);
}

TEST_CASE("the effective YAML loads back into the same scenario", "[scenario]") {
  SECTION("the minimal scenario") { check_round_trip(load_scenario(kMinimalPath)); }
  SECTION("text that looks like numbers, fractions, lists and limits") {
    ScenarioFolder folder;
    check_round_trip(load_scenario(folder.write("rich.yaml", R"(name: "2025"
description: "true: or false\nsecond line"
run: {start_date: 2025-04-01, years: 3, warmup_years: 1, seed: 42}
children:
  entries_per_year: 0.1
  age_at_entry: {"0": 0.1, "1-4": 0.2, "5-9": 0.3, "10-15": 0.25, "16-17": 0.15}
  stay: {distribution: empirical, days: [0, 30.5, 365, 1000], cumulative: [0, 0.2, 0.9, 1]}
provision:
  in_house_foster: {households: 3, places_per_household: 2}
  ifa: {max_placements: 7}
)")));
  }
}

}  // namespace
}  // namespace caresim::scenario
