// Numbers as CSV cells: the shortest text that reads back to the same double, "NA" for n/a
// (what R, pandas and Excel's import all read as missing).
#pragma once

#include <cmath>
#include <string>

#include <fmt/format.h>

namespace caresim::output {

inline std::string csv_number(double value) { return std::isnan(value) ? "NA" : fmt::format("{}", value); }

}  // namespace caresim::output
