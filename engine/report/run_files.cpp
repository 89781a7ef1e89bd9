#include "report/run_files.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <limits>

#include <nlohmann/json.hpp>

#include "scenario/scenario.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::report {
namespace fs = std::filesystem;
namespace {

// ordered_json keeps the order in which the run wrote its KPIs.
using Json = nlohmann::ordered_json;

[[noreturn]] void fail(const fs::path& file, const std::string& message) {
  throw scenario::ScenarioError({{file.string(), 0, 0, message, ""}});
}

double number_or_nan(const Json& value) {
  return value.is_number() ? value.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

KpiStat read_kpi(const std::string& name, const Json& stat) {
  KpiStat kpi{name};
  kpi.mean = number_or_nan(stat.value("mean", Json()));
  const Json ci = stat.value("ci95", Json::array());
  kpi.ci95_low = ci.size() == 2 ? number_or_nan(ci[0]) : std::numeric_limits<double>::quiet_NaN();
  kpi.ci95_high = ci.size() == 2 ? number_or_nan(ci[1]) : std::numeric_limits<double>::quiet_NaN();
  kpi.p05 = number_or_nan(stat.value("p05", Json()));
  kpi.p50 = number_or_nan(stat.value("p50", Json()));
  kpi.p95 = number_or_nan(stat.value("p95", Json()));
  return kpi;
}

// Reads a long-format file whose first two columns name the period and the metric.
std::vector<QuantileRow> read_quantile_rows(const fs::path& file, const std::string& period_column,
                                            const std::string& name_column) {
  const CsvTable table = parse_csv(read_input_file(file), file.string());
  std::vector<std::size_t> columns;
  for (const std::string& name : {period_column, name_column, std::string("mean"), std::string("p05"),
                                  std::string("p50"), std::string("p95")}) {
    const auto column = table.column(name);
    if (!column) fail(file, "no column '" + name + "' in the header");
    columns.push_back(*column);
  }
  std::vector<QuantileRow> rows;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& cells = table.rows[r];
    const auto number = [&](std::size_t c) { return csv_cell_number(cells[columns[c]], file.string(), r + 2); };
    rows.push_back({cells[columns[0]], cells[columns[1]], number(2), number(3), number(4), number(5)});
  }
  return rows;
}

std::optional<std::vector<QuantileRow>> read_if_present(const fs::path& file, const std::string& name_column) {
  if (!fs::exists(file)) return std::nullopt;
  return read_quantile_rows(file, "financial_year", name_column);
}

}  // namespace

const KpiStat* RunSummary::kpi(const std::string& name) const {
  const auto found = std::find_if(kpis.begin(), kpis.end(), [&](const KpiStat& k) { return k.name == name; });
  return found == kpis.end() ? nullptr : &*found;
}

bool RunFiles::has_series(const std::string& name) const {
  return std::any_of(timeseries.begin(), timeseries.end(), [&](const QuantileRow& row) { return row.name == name; });
}

std::vector<const QuantileRow*> RunFiles::series(const std::string& name) const {
  std::vector<const QuantileRow*> rows;
  for (const QuantileRow& row : timeseries)
    if (row.name == name) rows.push_back(&row);
  return rows;  // timeseries.csv is written in date order
}

std::string read_input_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(file, "cannot read this file; is the directory the output of caresim run or compare?");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

RunSummary read_run_summary(const fs::path& file) {
  Json json;
  try {
    json = Json::parse(read_input_file(file));
    RunSummary summary;
    summary.scenario = json.at("scenario").get<std::string>();
    summary.description = json.value("description", "");
    summary.start_date = json.at("start_date").get<std::string>();
    summary.replications = json.at("replications").get<int>();
    summary.seed = json.at("seed").get<std::uint64_t>();
    summary.years = json.at("years").get<int>();
    summary.warmup_years = json.value("warmup_years", 0);
    summary.started_in_steady_state =
        json.value("in_care_at_start", "") ==
        scenario::kInCareAtStartNames[static_cast<std::size_t>(scenario::InCareAtStart::steady_state)];
    for (const auto& [name, stat] : json.at("kpis").items()) summary.kpis.push_back(read_kpi(name, stat));
    return summary;
  } catch (const Json::exception& e) {
    fail(file, std::string("not a caresim summary: ") + e.what());
  }
}

RunFiles read_run_files(const fs::path& directory) {
  RunFiles run;
  run.directory = directory;
  run.summary = read_run_summary(directory / "summary.json");
  run.timeseries = read_quantile_rows(directory / "timeseries.csv", "date", "metric");
  run.yearly = read_if_present(directory / "yearly.csv", "metric");
  run.costs = read_if_present(directory / "costs.csv", "line");
  const fs::path by_replication = directory / "kpis_by_replication.csv";
  run.kpis_by_replication = parse_csv(read_input_file(by_replication), by_replication.string());
  const fs::path scenario_file = directory / "scenario.yaml";
  run.parameters = scenario::scenario_parameters(read_input_file(scenario_file), scenario_file.string());
  return run;
}

}  // namespace caresim::report
