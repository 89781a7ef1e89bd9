// The run's settings, which summary.json and comparison.json both hold, read and checked as the
// report relies on them.
#pragma once

#include <cstdint>
#include <string>

#include "report/json_reader.hpp"

namespace caresim::report {

struct RunSettings {
  std::string start_date;  // YYYY-MM-DD
  int replications = 0;
  std::uint64_t seed = 0;
  int years = 0;
  int warmup_years = 0;  // 0 where the file has none
};

// A real start_date, replications and years whole numbers at least 1, warmup_years (if any) one
// at least 0 and a seed that is a whole number; throws ScenarioError naming the key otherwise.
RunSettings read_run_settings(const JsonReader& reader, const Json& json);

}  // namespace caresim::report
