// The geography section: localities, roads between them, and every way to get it wrong.
#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::located;
using testing::problems_loading;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

constexpr const char* kHeader = R"(name: places
run: {start_date: 2025-04-01, years: 1}
children: {entries_per_year: 10, age_at_entry: {"0": 1}, stay: {distribution: fixed, days: 9}}
provision: {}
)";

TEST_CASE("localities and roads are read in the order written", "[scenario][geography]") {
  ScenarioFolder folder;
  const auto loaded = load_scenario(folder.write("g.yaml", std::string(kHeader) + R"(geography:
  within_locality_miles: 5
  localities:
    exeter: {entry_share: 0.5}
    north: {entry_share: 0.3}
    south: {entry_share: 0.2}
  roads:
    - {from: exeter, to: north, miles: 40}
    - {from: south, to: exeter, miles: 22.5}
)"));
  REQUIRE(loaded.scenario.geography);
  const GeographySpec& g = *loaded.scenario.geography;
  CHECK(g.within_locality_miles == 5);
  REQUIRE(g.localities.size() == 3);
  CHECK(g.localities[1].name == "north");
  CHECK(g.localities[1].entry_share == 0.3);
  REQUIRE(g.roads.size() == 2);
  CHECK(g.roads[1].from == 2);
  CHECK(g.roads[1].to == 0);
  CHECK(g.roads[1].miles == 22.5);

  // The effective scenario loads back into the same geography, and prints the same again.
  const auto again = load_scenario(folder.write("again.yaml", loaded.effective_yaml));
  CHECK(again.effective_yaml == loaded.effective_yaml);
}

TEST_CASE("a road to an unknown locality, bad shares and bad miles are all reported", "[scenario][geography]") {
  ScenarioFolder folder;
  const std::string path = folder.write("g.yaml", std::string(kHeader) + R"(geography:
  within_locality_miles: -1
  localities:
    exeter: {entry_share: 0.5}
    north: {entry_share: 0.4}
  roads:
    - {from: exeter, to: nroth, miles: 0}
    - 12
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"6:26: must be between 0 and 12500, got -1 (geography.within_locality_miles)",
              "8:5: entry shares must sum to 1, got 0.9 (geography.localities)",
              "11:26: unknown locality 'nroth' (did you mean 'north'?) (geography.roads[0].to)",
              "11:40: must be > 0 and <= 12500, got 0 (geography.roads[0].miles)",
              "12:7: must be a map, got '12' (geography.roads[1])"});
}

TEST_CASE("localities no road joins are an error, as their distance would not exist", "[scenario][geography]") {
  ScenarioFolder folder;
  const std::string path = folder.write("g.yaml", std::string(kHeader) + R"(geography:
  within_locality_miles: 5
  localities: {a: {entry_share: 0.5}, b: {entry_share: 0.25}, c: {entry_share: 0.25}}
  roads:
    - {from: a, to: b, miles: 10}
)");
  CHECK(located(problems_loading(path)) == Lines{"9:5: no road route joins 'c' to 'a' (geography.roads)"});
}

}  // namespace
}  // namespace caresim::scenario
