// Which charts a report draws, from whatever series and yearly figures its runs wrote: a
// chart whose data is absent is left out with a note saying why, never drawn from guesses.
#pragma once

#include <string>
#include <vector>

#include "report/chart.hpp"
#include "report/report_inputs.hpp"

namespace caresim::report {

struct ChartSection {
  std::string heading;
  std::string introduction;
  std::vector<Chart> charts;
  std::vector<std::string> left_out;  // one sentence per chart not drawn, and why
};

// "Over time" (month-end fan charts) and "By financial year" (flows and costs).
std::vector<ChartSection> chart_sections(const ReportInputs& inputs);

}  // namespace caresim::report
