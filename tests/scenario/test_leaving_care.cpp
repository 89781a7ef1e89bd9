// The leaving_care section, and its exclusion with children.stay.
#include <catch2/catch.hpp>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::located;
using testing::problems_loading;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

constexpr const char* kHeader = R"(name: routes
run: {start_date: 2025-04-01, years: 1}
provision: {}
)";

TEST_CASE("leaving routes are read with their chances by age and their times", "[scenario][leaving]") {
  ScenarioFolder folder;
  const auto loaded = load_scenario(folder.write("r.yaml", std::string(kHeader) + R"(children: {entries_per_year: 10, age_at_entry: {"0": 1}}
leaving_care:
  routes:
    return_home: {chance_by_age: {"0": 0.3, "16-17": 0.1}, after: {distribution: exponential, mean_days: 200}}
    adoption: {chance_by_age: {"0": 0.4}, after: {distribution: fixed, days: 500}}
)"));
  const auto& s = loaded.scenario;
  REQUIRE(s.leaving_care);
  CHECK_FALSE(s.children.stay);
  const auto& home = s.leaving_care->routes[static_cast<std::size_t>(LeavingRoute::return_home)];
  REQUIRE(home);
  CHECK(home->chance_by_age[0] == 0.3);
  CHECK(home->chance_by_age[4] == 0.1);
  CHECK(home->after.mean == 200);
  CHECK_FALSE(s.leaving_care->routes[static_cast<std::size_t>(LeavingRoute::other)]);
  const auto again = load_scenario(folder.write("again.yaml", loaded.effective_yaml));
  CHECK(again.effective_yaml == loaded.effective_yaml);
}

TEST_CASE("a route's time to leaving may be given by age band, in place of its time for all", "[scenario][leaving]") {
  ScenarioFolder folder;
  const auto loaded = load_scenario(folder.write("r.yaml", std::string(kHeader) + R"(children: {entries_per_year: 10, age_at_entry: {"0": 1}}
leaving_care:
  routes:
    return_home:
      chance_by_age: {"0": 0.3, "10-15": 0.2}
      after: {distribution: exponential, mean_days: 200}
      after_by_age: {"0": {distribution: fixed, days: 90}}
)"));
  const auto& home = *loaded.scenario.leaving_care->routes[static_cast<std::size_t>(LeavingRoute::return_home)];
  CHECK(home.after_for(0).kind == DistributionSpec::Kind::fixed);
  CHECK(home.after_for(0).value == 90);
  CHECK(home.after_for(3).mean == 200);
  const auto again = load_scenario(folder.write("again.yaml", loaded.effective_yaml));
  CHECK(again.effective_yaml == loaded.effective_yaml);

  const std::string wrong = folder.write("wrong.yaml", std::string(kHeader) + R"(children: {entries_per_year: 10, age_at_entry: {"0": 1}}
leaving_care:
  routes:
    return_home:
      chance_by_age: {"0": 0.3}
      after: {distribution: exponential, mean_days: 200}
      after_by_age: {"1-5": {distribution: fixed, days: 90}, "0": {distribution: fixed}}
)");
  CHECK(located(problems_loading(wrong)) ==
        Lines{"10:22: unknown age band '1-5' (did you mean '1-4'?) (leaving_care.routes.return_home.after_by_age.1-5)",
              "10:67: missing required key 'days' (leaving_care.routes.return_home.after_by_age.0.days)"});
}

TEST_CASE("a scenario says how long children stay in exactly one way", "[scenario][leaving]") {
  ScenarioFolder folder;
  const std::string both = folder.write("both.yaml", std::string(kHeader) + R"(children:
  entries_per_year: 10
  age_at_entry: {"0": 1}
  stay: {distribution: fixed, days: 9}
leaving_care:
  routes: {adoption: {chance_by_age: {"0": 1}, after: {distribution: fixed, days: 9}}}
)");
  CHECK(located(problems_loading(both)) ==
        Lines{"7:9: give children.stay or a leaving_care section, not both (children.stay)"});
  const std::string neither = folder.write("neither.yaml", std::string(kHeader) + R"(children:
  entries_per_year: 10
  age_at_entry: {"0": 1}
)");
  CHECK(located(problems_loading(neither)) ==
        Lines{"5:3: missing required key 'stay' (or give a leaving_care section) (children.stay)"});
}

// An option that writes one way over a base that wrote the other is told, at its own line, how
// to drop the base's.
TEST_CASE("an option giving the other way of leaving than its base is told how to drop the base's",
          "[scenario][leaving][extends]") {
  ScenarioFolder folder;
  folder.write("stays.yaml", std::string(kHeader) + R"(children:
  entries_per_year: 10
  age_at_entry: {"0": 1}
  stay: {distribution: fixed, days: 9}
)");
  const std::string routes = folder.write("routes.yaml", R"(extends: stays.yaml
leaving_care:
  routes: {adoption: {chance_by_age: {"0": 1}, after: {distribution: fixed, days: 9}}}
)");
  CHECK(located(problems_loading(routes)) ==
        Lines{"3:3: give children.stay or a leaving_care section, not both; children.stay is written in the file this "
              "one extends: set it to ~ here to remove it (leaving_care)"});
  // Following the advice loads.
  const std::string fixed = folder.write("fixed.yaml", R"(extends: stays.yaml
children: {stay: ~}
leaving_care:
  routes: {adoption: {chance_by_age: {"0": 1}, after: {distribution: fixed, days: 9}}}
)");
  const Scenario s = load_scenario(fixed).scenario;
  CHECK_FALSE(s.children.stay);
  CHECK(s.leaving_care);
  const std::string plain = folder.write("plain.yaml", R"(extends: fixed.yaml
children: {stay: {distribution: fixed, days: 30}}
)");
  CHECK(located(problems_loading(plain)) ==
        Lines{"2:18: give children.stay or a leaving_care section, not both; leaving_care is written in the file this "
              "one extends: set it to ~ here to remove it (children.stay)"});
}

TEST_CASE("route chances of one age band may not add up to more than 1", "[scenario][leaving]") {
  ScenarioFolder folder;
  const std::string path = folder.write("r.yaml", std::string(kHeader) + R"(children: {entries_per_year: 10, age_at_entry: {"0": 1}}
leaving_care:
  routes:
    return_home: {chance_by_age: {"0": 0.7}, after: {distribution: fixed, days: 9}}
    adoption: {chance_by_age: {"0": 0.5}, after: {distribution: fixed, days: 9}}
    going_home: {chance_by_age: {"0": 0.1}, after: {distribution: fixed, days: 9}}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"7:5: the chances for age band 0 sum to 1.2, more than 1 (leaving_care.routes)",
              "9:5: unknown leaving route 'going_home' (did you mean 'return_home'?) (leaving_care.routes.going_home)"});
}

}  // namespace
}  // namespace caresim::scenario
