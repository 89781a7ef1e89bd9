// The report's summary in plain English, written from the numbers: what a board member
// should take away, with the uncertainty in brackets ("38 (28–47) more ...").
#pragma once

#include <string>
#include <vector>

#include "report/report_inputs.hpp"

namespace caresim::report {

// One plain-text sentence or short paragraph each (no markup: the caller escapes).
std::vector<std::string> plain_summary(const ReportInputs& inputs);

}  // namespace caresim::report
