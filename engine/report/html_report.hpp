// report.html: one self-contained page for people (the charting library inline, no network)
// with the scenarios and what each changes, a plain-English summary, the headline KPIs with
// their intervals, fan charts over time and figures by financial year.
#pragma once

#include <string>

#include "report/report_content.hpp"

namespace caresim::report {

std::string html_report(const ReportInputs& inputs, const ReportContent& content);

}  // namespace caresim::report
