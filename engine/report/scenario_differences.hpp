// What an option changes: the effective values in which its scenario differs from the first
// scenario's, key path by key path (its name and description aside).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scenario/scenario_parameters.hpp"

namespace caresim::report {

struct ParameterChange {
  std::string path;
  std::optional<std::string> reference_value;  // absent: the first scenario does not set it
  std::optional<std::string> value;            // absent: the option does not set it
};

// In the option's order, then what only the reference sets.
std::vector<ParameterChange> scenario_differences(const std::vector<scenario::ScenarioParameter>& reference,
                                                  const std::vector<scenario::ScenarioParameter>& option);

}  // namespace caresim::report
