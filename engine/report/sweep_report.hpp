// report.html of a sweep: how the headline KPIs move with the swept parameter, each as a line
// over the values with its 95% interval, the KPIs by value in tables, and a link to each
// value's own report (its charts over time and by financial year).
#pragma once

#include <string>

#include "report/sweep_files.hpp"

namespace caresim::report {

std::string sweep_report(const SweepFiles& sweep);

}  // namespace caresim::report
