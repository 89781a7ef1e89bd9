// The run's settings, which summary.json and comparison.json both hold, checked as the report
// relies on them.
#pragma once

#include "report/json_reader.hpp"

namespace caresim::report {

// A real start_date, replications and years at least 1, warmup_years (if any) at least 0 and a
// seed that is a whole number; throws ScenarioError naming the key otherwise.
void check_run_settings(const JsonReader& reader, const Json& json);

}  // namespace caresim::report
