// What a sweep directory holds, read back: sweep.json (the scenario, the swept parameter and
// each value's run directory) and each value's summary.json.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "report/run_files.hpp"

namespace caresim::report {

struct SweptValue {
  std::string value;      // as the scenario file wrote it
  double number = 0;      // the same, as a number for the chart's axis
  std::string directory;  // relative to the sweep directory
  RunSummary summary;
};

struct SweepFiles {
  std::string scenario;
  std::string description;
  std::string parameter;  // key path: provision.in_house_foster.households
  std::vector<SweptValue> values;  // in the order run
};

bool is_sweep_directory(const std::filesystem::path& directory);

// Throws ScenarioError (exit 2) naming the file that is missing or wrong.
SweepFiles read_sweep_files(const std::filesystem::path& directory);

}  // namespace caresim::report
