#include "report/run_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>

#include "kernel/calendar.hpp"
#include "report/json_file.hpp"
#include "scenario/scenario.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::report {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void fail(const fs::path& file, const std::string& message, const std::string& key = "") {
  throw scenario::ScenarioError({{file.string(), 0, 0, message, key}});
}

[[noreturn]] void fail_at(const fs::path& file, std::size_t line, const std::string& message) {
  throw scenario::ScenarioError({{file.string(), static_cast<int>(line), 1, message, ""}});
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

// Month ends are dates: the charts and the workbook read them as such.
std::vector<QuantileRow> read_timeseries(const fs::path& file) {
  std::vector<QuantileRow> rows = read_quantile_rows(file, "date", "metric");
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (!kernel::Date::parse(rows[r].period))
      fail_at(file, r + 2, "expected a date written YYYY-MM-DD in column 'date', got '" + rows[r].period + "'");
  return rows;
}

// What the report relies on: a real start date, and a run of at least one replication and year.
void check_run_summary(const fs::path& file, const RunSummary& summary, const Json& json) {
  if (!kernel::Date::parse(summary.start_date))
    fail(file, "must be a date written YYYY-MM-DD, got '" + summary.start_date + "'", "start_date");
  if (summary.replications < 1) fail(file, "must be >= 1, got " + std::to_string(summary.replications), "replications");
  if (summary.years < 1) fail(file, "must be >= 1, got " + std::to_string(summary.years), "years");
  if (summary.warmup_years < 0) fail(file, "must be >= 0, got " + std::to_string(summary.warmup_years), "warmup_years");
  if (!json.at("seed").is_number_unsigned())
    fail(file, "must be a whole number from 0 to 18446744073709551615, got " + json.at("seed").dump(), "seed");
}

// One row per replication, every KPI a number or NA: a file cut short or edited by hand is
// not the run's.
CsvTable read_kpis_by_replication(const fs::path& file, int replications) {
  CsvTable table = parse_csv(read_input_file(file), file.string());
  if (table.header.front() != "replication") fail_at(file, 1, "expected a header beginning 'replication'");
  if (table.rows.size() != static_cast<std::size_t>(replications))
    fail(file, "has " + std::to_string(table.rows.size()) + " rows of replications, but summary.json says " +
                   std::to_string(replications) + " replications");
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (const std::string& cell : table.rows[r]) csv_cell_number(cell, file.string(), r + 2);
  return table;
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
  std::error_code error;
  const fs::file_status status = fs::status(file, error);
  if (status.type() == fs::file_type::not_found)
    fail(file, "no such file; is the directory the output of caresim run or compare?");
  if (error) fail(file, "cannot be read: " + error.message());
  if (!fs::is_regular_file(status)) fail(file, "not a file (a directory, or something else in its place)");
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(file, std::string("cannot be read: ") + std::strerror(errno));
  try {
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  } catch (const std::ios_base::failure& e) {  // a read error: libstdc++ throws it from underflow
    fail(file, std::string("cannot be read: ") + e.what());
  }
}

RunSummary read_run_summary(const fs::path& file) {
  const Json json = read_json_file(file);
  try {
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
    check_run_summary(file, summary, json);
    return summary;
  } catch (const Json::exception& e) {
    throw_not_a(file, "summary", e);
  }
}

RunFiles read_run_files(const fs::path& directory) {
  RunFiles run;
  run.directory = directory;
  run.summary = read_run_summary(directory / "summary.json");
  run.timeseries = read_timeseries(directory / "timeseries.csv");
  run.yearly = read_if_present(directory / "yearly.csv", "metric");
  run.costs = read_if_present(directory / "costs.csv", "line");
  run.kpis_by_replication = read_kpis_by_replication(directory / "kpis_by_replication.csv", run.summary.replications);
  const fs::path scenario_file = directory / "scenario.yaml";
  run.parameters = scenario::scenario_parameters(read_input_file(scenario_file), scenario_file.string());
  return run;
}

}  // namespace caresim::report
