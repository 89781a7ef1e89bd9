// `caresim validate`: the effective scenario, or one per value of a sweep.
#include <iostream>

#include "cli/commands.hpp"
#include "scenario/load_runs.hpp"

namespace caresim::cli {

int validate_command(const std::string& scenario_path) {
  const auto runs = scenario::load_runs(scenario_path);
  for (std::size_t i = 0; i < runs.scenarios.size(); ++i) {
    if (i > 0) std::cout << "---\n";  // one YAML document per value of a sweep
    std::cout << runs.scenarios[i].effective_yaml;
  }
  return 0;
}

}  // namespace caresim::cli
