// Loads a scenario file into validated structs: the one entry point of the scenario library.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "scenario/scenario.hpp"
#include "scenario/scenario_error.hpp"
#include "scenario/source_tree.hpp"

namespace caresim::scenario {

struct LoadedScenario {
  Scenario scenario;
  // The scenario as the engine will run it, after `extends` and defaults, as YAML that
  // loads back into the same structs (what `caresim validate` prints).
  std::string effective_yaml;
  // The file as written, after `extends`: where each key is, for a problem found only after
  // loading (compared scenarios that do not fit together). Absent for a scenario made in code.
  std::shared_ptr<const SourceNode> source;

  // Where the value at `key_path` (dotted) is written or, where nothing is (a default, or a
  // key an extending file took away with `~`), the nearest section holding it, else the file.
  SourceRef where(std::string_view key_path) const;
};

// Reads `path`, following `extends:`, and validates everything. Throws ScenarioError
// listing every problem found, ordered by file and position. A file with a `sweep` section
// is refused: it is several scenarios, which load_runs (load_runs.hpp) reads.
LoadedScenario load_scenario(const std::string& path);

}  // namespace caresim::scenario
