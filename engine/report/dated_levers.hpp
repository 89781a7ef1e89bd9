// When an option's dated levers start, and what they do where a date alone would not say,
// in words for the comparison's In brief.
#pragma once

#include <string>

#include "report/run_files.hpp"

namespace caresim::report {

// From the option's scenario.yaml: " (from 1 April 2026: a council children's home of 4 beds
// opening; from 1 April 2027: fewer IFA places found and stretched carers)", or "" for an
// option in place from the start.
std::string dated_levers(const RunFiles& run);

}  // namespace caresim::report
