// Cells of our CSV files. Numbers: the shortest text that reads back to the same double, "NA"
// for n/a (what R, pandas and Excel's import all read as missing). Text: as it is, or quoted
// (RFC 4180) when it holds a comma, quote or line break, as a scenario's name may.
#pragma once

#include <cmath>
#include <string>

#include <fmt/format.h>

namespace caresim::output {

inline std::string csv_number(double value) { return std::isnan(value) ? "NA" : fmt::format("{}", value); }

inline std::string csv_text(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + '"';
}

}  // namespace caresim::output
