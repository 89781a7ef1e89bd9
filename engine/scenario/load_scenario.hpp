// Loads a scenario file into validated structs: the one entry point of the scenario library.
#pragma once

#include <string>

#include "scenario/scenario.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::scenario {

struct LoadedScenario {
  Scenario scenario;
  // The scenario as the engine will run it, after `extends` and defaults, as YAML that
  // loads back into the same structs (what `caresim validate` prints).
  std::string effective_yaml;
};

// Reads `path`, following `extends:`, and validates everything. Throws ScenarioError
// listing every problem found, ordered by file and position. A file with a `sweep` section
// is refused: it is several scenarios, which load_runs (load_runs.hpp) reads.
LoadedScenario load_scenario(const std::string& path);

}  // namespace caresim::scenario
