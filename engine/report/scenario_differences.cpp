#include "report/scenario_differences.hpp"

#include <map>

namespace caresim::report {

std::vector<ParameterChange> scenario_differences(const std::vector<scenario::ScenarioParameter>& reference,
                                                  const std::vector<scenario::ScenarioParameter>& option) {
  const auto by_path = [](const std::vector<scenario::ScenarioParameter>& parameters) {
    std::map<std::string, std::string> values;
    for (const auto& p : parameters) values.emplace(p.path, p.value);
    return values;
  };
  const auto reference_values = by_path(reference);
  const auto option_values = by_path(option);
  const auto is_identity = [](const std::string& path) { return path == "name" || path == "description"; };

  std::vector<ParameterChange> changes;
  for (const auto& p : option) {
    if (is_identity(p.path)) continue;
    const auto found = reference_values.find(p.path);
    if (found == reference_values.end()) changes.push_back({p.path, std::nullopt, p.value});
    else if (found->second != p.value) changes.push_back({p.path, found->second, p.value});
  }
  for (const auto& p : reference)
    if (!is_identity(p.path) && !option_values.contains(p.path)) changes.push_back({p.path, p.value, std::nullopt});
  return changes;
}

}  // namespace caresim::report
