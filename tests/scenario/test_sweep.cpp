// `sweep:`: one scenario per value of a parameter, set on the merged tree and then read like
// any scenario, so every mistake is reported where it is written.
#include <catch2/catch.hpp>

#include "scenario/load_runs.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::located;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

constexpr std::string_view kBaseline = R"(name: baseline
run: {start_date: 2025-04-01, years: 10, seed: 7}
children:
  entries_per_year: 450
  age_at_entry: {"0": 1}
  stay: {distribution: exponential, mean_days: 365}
provision:
  in_house_foster: {households: 400, places_per_household: 1}
  ifa: {}
)";

// The problems load_runs reports for the file `yaml` extending the baseline.
Lines sweep_problems(const std::string& yaml) {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  try {
    load_runs(folder.write("sweep.yaml", yaml));
  } catch (const ScenarioError& error) {
    return located(error.diagnostics());
  }
  FAIL_CHECK("the sweep loaded, but problems were expected");
  return {};
}

}  // namespace

TEST_CASE("a sweep makes one scenario per value, each with the value in place and named after it",
          "[scenario][sweep]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const LoadedRuns runs = load_runs(folder.write("sweep.yaml", R"(extends: baseline.yaml
sweep: {parameter: provision.in_house_foster.households, values: [100, 150, 200]}
)"));
  REQUIRE(runs.is_sweep());
  CHECK(runs.parameter == "provision.in_house_foster.households");
  CHECK(runs.values == Lines{"100", "150", "200"});
  REQUIRE(runs.scenarios.size() == 3);
  CHECK(runs.scenarios[1].scenario.provision.in_house_foster->households == 150);
  CHECK(runs.scenarios[1].scenario.name == "baseline (provision.in_house_foster.households = 150)");
  CHECK(runs.scenarios[1].scenario.run.seed == 7);  // everything else as in the file
  CHECK(runs.scenarios[2].effective_yaml.rfind("# sweep: provision.in_house_foster.households = 200\n", 0) == 0);
  CHECK(runs.scenarios[2].effective_yaml.find("households: 200") != std::string::npos);
  CHECK(runs.scenarios[2].effective_yaml.find("sweep") == runs.scenarios[2].effective_yaml.rfind("sweep"));
}

TEST_CASE("a range sweep runs from `from` to `to` by `step`, the values written as typed", "[scenario][sweep]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const LoadedRuns runs = load_runs(folder.write("sweep.yaml", R"(extends: baseline.yaml
sweep:
  parameter: provision.ifa.availability
  from: 0.1
  to: 0.3
  step: 0.1
)"));
  CHECK(runs.values == Lines{"0.1", "0.2", "0.3"});
  CHECK(runs.scenarios[2].scenario.provision.ifa->availability == 0.3);
}

TEST_CASE("a key the file leaves to its default can be swept", "[scenario][sweep]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const LoadedRuns runs = load_runs(folder.write("sweep.yaml", R"(extends: baseline.yaml
sweep: {parameter: provision.ifa.max_placements, values: [10, 20]}
)"));
  CHECK(runs.scenarios[0].scenario.provision.ifa->max_placements == 10);
  CHECK(runs.scenarios[1].scenario.provision.ifa->max_placements == 20);
}

TEST_CASE("an item of a list is swept by its index", "[scenario][sweep]") {
  ScenarioFolder folder;
  folder.write("baseline.yaml", kBaseline);
  const LoadedRuns runs = load_runs(folder.write("sweep.yaml", R"(extends: baseline.yaml
provision: {residential: {in_house_homes: [{beds: 2}, {beds: 3}]}}
sweep: {parameter: "provision.residential.in_house_homes[1].beds", values: [5]}
)"));
  const auto& homes = runs.scenarios[0].scenario.provision.residential->in_house_homes;
  CHECK(homes[0].beds == 2);
  CHECK(homes[1].beds == 5);
  CHECK(sweep_problems(R"(extends: baseline.yaml
provision: {residential: {in_house_homes: [{beds: 2}, {beds: 3}]}}
sweep: {parameter: "provision.residential.in_house_homes[2].beds", values: [5]}
)") == Lines{"3:20: provision.residential.in_house_homes has 2 items, so no [2] (sweep.parameter)"});
}

TEST_CASE("a file without a sweep is one run, and load_scenario refuses a sweep", "[scenario][sweep]") {
  ScenarioFolder folder;
  const LoadedRuns runs = load_runs(folder.write("baseline.yaml", kBaseline));
  CHECK_FALSE(runs.is_sweep());
  REQUIRE(runs.scenarios.size() == 1);
  CHECK(runs.scenarios[0].scenario.name == "baseline");
  const auto path = folder.write("sweep.yaml", R"(extends: baseline.yaml
sweep: {parameter: provision.in_house_foster.households, values: [100]}
)");
  CHECK(located(testing::problems_loading(path)) ==
        Lines{"2:1: a sweep makes one scenario per value: run this file with `caresim run` (sweep)"});
}

TEST_CASE("a misspelt section in the parameter path is reported on the parameter, with a suggestion",
          "[scenario][sweep]") {
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: provision.in_house_fostr.households, values: [100]}
)") == Lines{"2:20: provision has no key 'in_house_fostr' (did you mean 'in_house_foster'?) (sweep.parameter)"});
}

TEST_CASE("a misspelt last key is an unknown key of its section, reported on the parameter", "[scenario][sweep]") {
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: provision.in_house_foster.houseolds, values: [100]}
)") == Lines{"2:20: unknown key 'houseolds' (did you mean 'households'?) (provision.in_house_foster.houseolds)"});
}

TEST_CASE("a parameter that names a section, a list item that does not exist, or the run section is refused",
          "[scenario][sweep]") {
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: provision.in_house_foster, values: [100]}
)") == Lines{"2:20: provision.in_house_foster holds a map, not a single value (sweep.parameter)"});
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: "provision.ifa[0]", values: [100]}
)") == Lines{"2:20: provision.ifa is not a list (sweep.parameter)"});
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: "provision..ifa", values: [100]}
)") == Lines{"2:20: must be a key path such as provision.in_house_foster.households, got 'provision..ifa' "
             "(sweep.parameter)"});
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: run.years, values: [5]}
)") == Lines{"2:20: the run section cannot be swept: every value runs with the same run settings (sweep.parameter)"});
  for (const std::string parameter : {"name", "description", "extends"})
    CHECK(sweep_problems("extends: baseline.yaml\nsweep: {parameter: " + parameter + ", values: [1, 2]}\n") ==
          Lines{"2:20: only a number of the model can be swept, not '" + parameter + "' (sweep.parameter)"});
}

TEST_CASE("a parameter written as no number is refused once, where the parameter is named", "[scenario][sweep]") {
  // Each value would otherwise be reported as a wrong distribution name.
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: children.stay.distribution, values: [1, 2]}
)") == Lines{"2:20: children.stay.distribution holds 'exponential', not a number: only numbers can be swept "
             "(sweep.parameter)"});
}

TEST_CASE("a value that makes another key wrong is named in the problem found there", "[scenario][sweep]") {
  CHECK(sweep_problems(R"(extends: baseline.yaml
children: {age_at_entry: {"0": 0.5, "1-4": 0.5}}
sweep: {parameter: children.age_at_entry.0, values: [0.5, 0.8]}
)") == Lines{"2:26: shares must sum to 1, got 1.3, under the sweep's children.age_at_entry.0 = 0.8 (children.age_at_entry)"});
}

TEST_CASE("a value the parameter cannot take is reported where the value is written, once each", "[scenario][sweep]") {
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep:
  parameter: provision.in_house_foster.households
  values: [100, -1, 2.5]
)") == Lines{"4:17: must be between 0 and 100000, got -1 (provision.in_house_foster.households)",
             "4:21: must be a whole number, got '2.5' (provision.in_house_foster.households)"});
}

TEST_CASE("the sweep section's own mistakes are reported like any section's", "[scenario][sweep]") {
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: provision.ifa.availability, valeus: [0.5]}
)") == Lines{"2:8: missing values (or from, to and step) (sweep)",
             "2:48: unknown key 'valeus' (did you mean 'values'?) (sweep.valeus)"});
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: provision.ifa.availability, values: [0.5], from: 0.1}
)") == Lines{"2:8: give either values or from, to and step, not both (sweep)"});
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: provision.ifa.availability, from: 0.5, to: 0.1, step: 0.1}
)") == Lines{"2:63: must be >= from (0.5), got 0.1 (sweep.to)"});
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: provision.ifa.availability, values: []}
)") == Lines{"2:56: must list at least one value (sweep.values)"});
  CHECK(sweep_problems(R"(extends: baseline.yaml
sweep: {parameter: provision.ifa.availability, from: 0, to: 1, step: 0}
)") == Lines{"2:70: must be > 0, got 0 (sweep.step)"});
}

}  // namespace caresim::scenario
