// A CSV file read whole (RFC 4180: quoted cells may hold commas, quotes and line breaks).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace caresim::report {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // each as long as the header

  std::optional<std::size_t> column(const std::string& name) const;
};

// Throws ScenarioError naming `file_name` and the line when a row has the wrong number of cells.
CsvTable parse_csv(const std::string& text, const std::string& file_name);

// A cell as a number: NaN for "NA" or an empty cell (what the run writes for n/a).
double csv_cell_number(const std::string& cell, const std::string& file_name, std::size_t line);

}  // namespace caresim::report
