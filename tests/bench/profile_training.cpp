// The workload the compiler learns from in profile-guided builds (scripts/setup): every
// shipped scenario, a few replications each, on one thread so that the measured profile,
// and so the optimised engine, is the same on every build.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <set>

#include "run/experiment.hpp"
#include "scenario/load_scenario.hpp"

int main(int argc, char** argv) {
  using namespace caresim;
  if (argc != 2) {
    std::fprintf(stderr, "usage: caresim_profile_training SCENARIO_FOLDER\n");
    return 2;
  }
  constexpr int kReplications = 4;  // enough for every path a run takes, in seconds when instrumented
  std::set<std::filesystem::path> files;  // in name order: the same profile on every machine
  for (const auto& entry : std::filesystem::directory_iterator(argv[1]))
    if (entry.path().extension() == ".yaml") files.insert(entry.path());
  if (files.empty()) {
    std::fprintf(stderr, "caresim_profile_training: no scenario (.yaml) in %s\n", argv[1]);
    return 1;
  }
  try {
    for (const auto& file : files) {
      auto scenario = scenario::load_scenario(file.string()).scenario;
      scenario.run.replications = std::min(scenario.run.replications, kReplications);
      run::run_experiment(scenario, 1);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "caresim_profile_training: %s\n", e.what());
    return 1;
  }
  return 0;
}
