// The run's settings, which summary.json and comparison.json both hold, read and checked as the
// report relies on them.
#pragma once

#include "report/json_reader.hpp"
#include "report/run_files.hpp"

namespace caresim::report {

// A real start_date, replications and years whole numbers at least 1, warmup_years (if any) one
// at least 0 and a seed that is a whole number; throws ScenarioError naming the key otherwise.
RunSettings read_run_settings(const JsonReader& reader, const Json& json);

}  // namespace caresim::report
