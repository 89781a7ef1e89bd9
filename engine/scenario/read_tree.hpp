// Reading a whole source tree, `extends` already merged, into a validated scenario: what
// load_scenario does for one file and load_runs for each value of a sweep.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scenario/load_scenario.hpp"
#include "scenario/source_tree.hpp"

namespace caresim::scenario {

// The scenario, or nullopt with every problem added to `diagnostics`. `path` is the file the
// user named.
std::optional<LoadedScenario> read_tree(const SourceNode& tree, const std::string& path,
                                        std::vector<Diagnostic>& diagnostics);

}  // namespace caresim::scenario
