#include "report/csv_table.hpp"

#include <algorithm>
#include <charconv>
#include <limits>
#include <utility>

#include "scenario/scenario_error.hpp"

namespace caresim::report {
namespace {

[[noreturn]] void fail(const std::string& file_name, std::size_t line, const std::string& message) {
  throw scenario::ScenarioError({{file_name, static_cast<int>(line), 1, message, ""}});
}

}  // namespace

std::optional<std::size_t> CsvTable::column(const std::string& name) const {
  const auto found = std::find(header.begin(), header.end(), name);
  if (found == header.end()) return std::nullopt;
  return static_cast<std::size_t>(found - header.begin());
}

CsvTable parse_csv(const std::string& text, const std::string& file_name) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string cell;
  bool quoted = false;
  bool record_open = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') cell += c;
      else if (i + 1 < text.size() && text[i + 1] == '"') cell += text[++i];
      else quoted = false;
      continue;
    }
    record_open = true;
    if (c == '"') quoted = true;
    else if (c == ',') record.push_back(std::exchange(cell, {}));
    else if (c == '\n') {
      record.push_back(std::exchange(cell, {}));
      records.push_back(std::exchange(record, {}));
      record_open = false;
    } else if (c != '\r') cell += c;
  }
  if (quoted) fail(file_name, records.size() + 1, "a quoted cell is not closed");
  if (record_open) {
    record.push_back(std::move(cell));
    records.push_back(std::move(record));
  }
  if (records.empty()) fail(file_name, 1, "the file is empty; expected a header line");

  CsvTable table;
  table.header = std::move(records.front());
  for (std::size_t r = 1; r < records.size(); ++r) {
    if (records[r].size() != table.header.size())
      fail(file_name, r + 1,
           "expected " + std::to_string(table.header.size()) + " cells, got " + std::to_string(records[r].size()));
    table.rows.push_back(std::move(records[r]));
  }
  return table;
}

double csv_cell_number(const std::string& cell, const std::string& file_name, std::size_t line) {
  if (cell.empty() || cell == "NA") return std::numeric_limits<double>::quiet_NaN();
  double value = 0;
  const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (error != std::errc{} || end != cell.data() + cell.size())
    fail(file_name, line, "expected a number or NA, got '" + cell + "'");
  return value;
}

}  // namespace caresim::report
