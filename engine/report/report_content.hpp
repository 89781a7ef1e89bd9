// What report.html and report.xlsx both show, worked out once from a run's files: the
// plain-English summary and the chart sections (the workbook lists what the charts leave out).
#pragma once

#include <vector>

#include "report/chart_sections.hpp"
#include "report/plain_summary.hpp"
#include "report/report_inputs.hpp"

namespace caresim::report {

struct ReportContent {
  std::vector<SummaryPoint> summary;
  std::vector<ChartSection> charts;
};

inline ReportContent report_content(const ReportInputs& inputs) { return {plain_summary(inputs), chart_sections(inputs)}; }

}  // namespace caresim::report
