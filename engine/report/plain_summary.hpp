// The report's summary in plain English, written from the numbers: what a board member
// should take away, with the uncertainty in brackets ("38 (28–47) more ...").
#pragma once

#include <string>
#include <vector>

#include "report/report_inputs.hpp"

namespace caresim::report {

// A sentence, and the points that follow from it (one per clear difference). Plain text: the
// caller escapes it.
struct SummaryPoint {
  std::string text;
  std::vector<std::string> details;
};

std::vector<SummaryPoint> plain_summary(const ReportInputs& inputs);

}  // namespace caresim::report
