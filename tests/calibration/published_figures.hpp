// Test helper: the DfE's files as published (shared/data/dfe, found by CMake) and the shipped
// baseline, which models Devon, to hold against them.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "replication_interval.hpp"
#include "scenario/load_scenario.hpp"

namespace caresim::testing {

using CsvRow = std::map<std::string, std::string>;

inline scenario::Scenario shipped_baseline() {
  return scenario::load_scenario(std::string(std::getenv("CARESIM_SOURCE_DIR")) + "/scenarios/baseline.yaml").scenario;
}

// Rows of a DfE file (shared/data/dfe/`name`) as maps from column name to text. Fields may be
// quoted, with commas inside ("Other public provision (e.g. by a PCT, etc)"). The dashboard
// extracts name the council `area` where the releases say `la_name`: both are `la_name` here.
inline std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') fields.back() += line[++i];  // "" is "
    else if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) fields.emplace_back();
    else if (c != '\r') fields.back() += c;
  }
  return fields;
}

inline std::vector<CsvRow> read_dfe_csv(const std::string& name) {
  std::ifstream in(std::string(CARESIM_SHARED_DATA) + "/dfe/" + name);
  REQUIRE(in);
  std::string line;
  std::getline(in, line);
  if (line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a byte-order mark
  auto header = split_csv_line(line);
  std::replace(header.begin(), header.end(), std::string("area"), std::string("la_name"));
  std::vector<CsvRow> rows;
  while (std::getline(in, line)) {
    const auto fields = split_csv_line(line);
    CsvRow row;
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(row);
  }
  return rows;
}

struct Published {
  double low, high;
};

// Devon's lowest and highest value of `column` over every year, in the rows `wanted` keeps.
inline Published devon_range(const std::vector<CsvRow>& rows, const std::string& column,
                             const std::function<bool(const CsvRow&)>& wanted = [](const CsvRow&) { return true; }) {
  Published range{1e300, -1e300};
  for (const auto& row : rows) {
    if (row.at("la_name") != "Devon" || !wanted(row)) continue;
    const double value = std::stod(row.at(column));
    range.low = std::min(range.low, value);
    range.high = std::max(range.high, value);
  }
  REQUIRE(range.low <= range.high);
  return range;
}

// The lowest and highest of figures worked out from the published ones.
inline Published range_of(const std::vector<double>& values) {
  REQUIRE_FALSE(values.empty());
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  return {*low, *high};
}

// The model's 99% interval of `kpi`, scaled to the published figure's units, reaches into
// what Devon published. Its mean alone would stray out by chance where the model sits near an
// edge of the range: the baseline's children in care per 10,000 average 56.5 against Devon's
// 56 to 61, so a mean of 10 replications fell below 56 about one time in six.
inline void check_within(const std::string& kpi, const Interval& model, double scale, const Published& devon) {
  const double mean = model.mean * scale, half_width = model.half_width * scale;
  INFO(kpi << " " << mean << " +/- " << half_width << " against the published " << devon.low << " to " << devon.high);
  CHECK(mean + half_width >= devon.low);
  CHECK(mean - half_width <= devon.high);
}

}  // namespace caresim::testing
