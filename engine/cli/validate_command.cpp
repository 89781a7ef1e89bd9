// `caresim validate`: the effective scenario, or one per value of a sweep.
#include <iostream>

#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "scenario/load_runs.hpp"

namespace caresim::cli {

int validate_command(const std::string& scenario_path, const RunFlags& flags) {
  auto runs = scenario::load_runs(scenario_path);
  for (std::size_t i = 0; i < runs.scenarios.size(); ++i) {
    apply(flags, runs.scenarios[i]);  // noted at the top, as in the scenario.yaml of a run
    if (i > 0) std::cout << "---\n";  // one YAML document per value of a sweep
    std::cout << runs.scenarios[i].effective_yaml;
  }
  // A full disk or a closed pipe must not pass for a printed scenario.
  std::cout.flush();
  if (!std::cout) {
    spdlog::error("could not write the effective scenario to standard output");
    return 1;  // not the input's fault
  }
  return 0;
}

}  // namespace caresim::cli
