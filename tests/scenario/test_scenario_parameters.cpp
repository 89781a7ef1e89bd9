#include <catch2/catch.hpp>

#include "scenario/scenario_error.hpp"
#include "scenario/scenario_parameters.hpp"

using caresim::scenario::scenario_parameters;

TEST_CASE("the effective scenario flattens to one key path per value, in the order written", "[scenario]") {
  const auto parameters = scenario_parameters(R"yaml(name: "=SUM(1)"
run: {start_date: 2025-04-01, years: 10}
children:
  age_at_entry: {"0": 0.25, 1-4: 0.75}
provision:
  ifa: {}
  accepts: [standard, complex]
geography:
  roads:
    - {from: a, to: b, miles: 40}
)yaml",
                                              "s.yaml");
  REQUIRE(parameters.size() == 10);
  CHECK(parameters[0].path == "name");
  CHECK(parameters[0].value == "=SUM(1)");
  CHECK_FALSE(parameters[0].is_number);
  CHECK(parameters[1].path == "run.start_date");
  CHECK_FALSE(parameters[1].is_number);
  CHECK(parameters[2].path == "run.years");
  CHECK(parameters[2].is_number);
  CHECK(parameters[3].path == "children.age_at_entry.0");
  CHECK(parameters[3].value == "0.25");
  CHECK(parameters[5].path == "provision.ifa");  // present and empty: the mechanism is on
  CHECK(parameters[5].value == "{}");
  CHECK(parameters[6].value == "[standard, complex]");
  CHECK(parameters[9].path == "geography.roads[0].miles");
  CHECK(parameters[9].value == "40");
}

TEST_CASE("a quoted number is text, as the scenario wrote it", "[scenario]") {
  const auto parameters = scenario_parameters("band: \"0\"\nshare: 0.5\n", "s.yaml");
  CHECK_FALSE(parameters[0].is_number);
  CHECK(parameters[1].is_number);
}

TEST_CASE("text that is not YAML is a located error", "[scenario]") {
  try {
    scenario_parameters("a: [1, 2\n", "broken.yaml");
    FAIL("no error");
  } catch (const caresim::scenario::ScenarioError& e) {
    CHECK(std::string(e.what()).rfind("broken.yaml:", 0) == 0);
  }
}
