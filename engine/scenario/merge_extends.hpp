// Follows `extends:` from file to file and deep-merges them into one source tree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scenario/scenario_error.hpp"
#include "scenario/source_tree.hpp"

namespace caresim::scenario {

// Reads `path` and, recursively, the file its `extends:` names (relative to the extending
// file). Maps merge key by key with the extending file winning; scalars and lists are
// replaced whole; a `~` (null) in the extending file removes what the base set. `extends`
// itself is consumed. nullopt when a file in the chain cannot be used (unreadable, not
// YAML, a cycle): reading on would only report the consequences.
std::optional<SourceNode> load_with_extends(const std::string& path,
                                            std::vector<Diagnostic>& diagnostics);

}  // namespace caresim::scenario
