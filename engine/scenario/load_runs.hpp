// A scenario file as the runs it asks for: the one scenario, or with a `sweep` section one
// scenario per value of the swept parameter.
#pragma once

#include <string>
#include <vector>

#include "scenario/load_scenario.hpp"

namespace caresim::scenario {

struct LoadedRuns {
  std::string parameter;             // the swept key path; empty when the file has no sweep
  std::vector<std::string> values;   // as put into each scenario, one per scenario
  std::vector<LoadedScenario> scenarios;

  bool is_sweep() const { return !parameter.empty(); }
};

// Reads `path` like load_scenario. A sweep is applied to the merged tree (`extends`
// followed) before anything is read, once per value, and each variant is then read and
// validated in full; each is named "NAME (PARAMETER = VALUE)". A value that does not suit the
// parameter is reported where the value is written. Throws ScenarioError listing every
// problem, each once.
LoadedRuns load_runs(const std::string& path);

}  // namespace caresim::scenario
