// report.xlsx for finance teams (libxlsxwriter): Summary, KPIs, Costs by financial year,
// By financial year, Time series and Assumptions, each a named Excel table with a frozen
// header row, currency and percentage formats, and every text written as text (a scenario
// named "=SUM(A1)" stays a name, never a formula).
#pragma once

#include <filesystem>

#include "report/report_content.hpp"

namespace caresim::report {

// Throws std::runtime_error when the file cannot be written.
void write_workbook(const ReportInputs& inputs, const ReportContent& content, const std::filesystem::path& file);

}  // namespace caresim::report
