// The shipped baseline against Devon's published workforce figures, read from the DfE files
// as published (shared/data/dfe). A figure published for many years must fall within the
// range Devon published; a one-year share within its own sampling error and the model's.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario/load_scenario.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

std::string source_dir() { return std::getenv("CARESIM_SOURCE_DIR"); }
const std::string kSharedData = CARESIM_SHARED_DATA;  // where CMake found the official statistics

// Rows of a DfE CSV as maps from column name to text (no field of these files has a comma).
std::vector<std::map<std::string, std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  const auto split = [](const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream fields_of(line);
    for (std::string field; std::getline(fields_of, field, ',');) fields.push_back(field);
    return fields;
  };
  std::string line;
  std::getline(in, line);
  if (line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a byte-order mark
  const auto header = split(line);
  std::vector<std::map<std::string, std::string>> rows;
  while (std::getline(in, line)) {
    const auto fields = split(line);
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(row);
  }
  return rows;
}

struct Published {
  double low, high;
};

// Devon's lowest and highest value of `column` over every year of the workforce file.
Published devon_range(const std::vector<std::map<std::string, std::string>>& rows, const std::string& column) {
  Published range{1e300, -1e300};
  for (const auto& row : rows) {
    if (row.at("la_name") != "Devon") continue;
    const double value = std::stod(row.at(column));
    range.low = std::min(range.low, value);
    range.high = std::max(range.high, value);
  }
  return range;
}

}  // namespace

TEST_CASE("the baseline reproduces Devon's published social work workforce", "[model][workforce][calibration]") {
  auto s = scenario::load_scenario(source_dir() + "/scenarios/baseline.yaml").scenario;
  s.run.replications = 10;
  const auto result = run::run_experiment(s, 2);
  const auto workforce = read_csv(kSharedData + "/dfe/csww_indicators_2017_to_2025.csv");

  const auto within = [&](const std::string& kpi, const std::string& column, double scale) {
    const Published devon = devon_range(workforce, column);
    const double model = interval_99(kpi_values(result, kpi)).mean * scale;
    INFO(kpi << " " << model << " against Devon's " << devon.low << " to " << devon.high);
    CHECK(model >= devon.low);
    CHECK(model <= devon.high);
  };
  within("social_worker_turnover_rate", "turnover_rate_fte", 100);  // the DfE's are percentages
  within("vacancy_rate", "vacancy_rate_fte", 100);
  within("agency_share", "agency_rate_fte", 100);
  within("caseload_mean", "caseload_fte", 1);
  within("sickness_absence_rate", "absence_rate_fte", 100);

  // 3+ social workers: one year published (2024), 316 of 873 children.
  const auto counts = read_csv(kSharedData + "/dfe/la_cla_swcount.csv");
  double three_plus = 0, children = 0;
  for (const auto& row : counts) {
    if (row.at("la_name") != "Devon" || row.at("time_period") != "2024") continue;
    if (row.at("sw_stability") == "Total children") children = std::stod(row.at("number"));
    if (row.at("sw_stability") == "3 or more social workers during the year") three_plus = std::stod(row.at("number"));
  }
  REQUIRE(children > 0);
  const double published = three_plus / children;
  const double z99 = 2.576, published_error = z99 * std::sqrt(published * (1 - published) / children);
  const Interval model = interval_99(kpi_values(result, "share_3plus_social_workers_in_year"));
  INFO("3+ social workers: model " << model.mean << ", Devon " << published);
  CHECK(std::abs(model.mean - published) <= published_error + model.half_width);
}
