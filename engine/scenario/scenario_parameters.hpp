// The effective scenario flattened to one line per value (key path and value), for readers
// who audit assumptions in a spreadsheet or compare two scenarios line by line.
#pragma once

#include <string>
#include <vector>

namespace caresim::scenario {

struct ScenarioParameter {
  std::string path;   // provision.in_house_foster.households, geography.roads[0].miles
  std::string value;  // as written; a list of plain values on one line: [standard, complex]
  bool is_number = false;
};

// In the order written. An empty section (`ifa: {}`) is one line with value `{}`, because
// its presence switches a mechanism on. Throws ScenarioError when the text is not YAML.
std::vector<ScenarioParameter> scenario_parameters(const std::string& yaml_text, const std::string& file_name);

}  // namespace caresim::scenario
