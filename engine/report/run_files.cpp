#include "report/run_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>
#include <tuple>
#include <utility>

#include "kernel/calendar.hpp"
#include "report/json_reader.hpp"
#include "report/kpi_presentation.hpp"
#include "report/run_settings.hpp"
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

KpiStat read_kpi(const JsonReader& reader, const std::string& name, const Json& stat) {
  const std::string path = key_path("kpis", name);
  KpiStat kpi{name};
  kpi.mean = reader.number_or_nan(stat, path, "mean");
  std::tie(kpi.ci95_low, kpi.ci95_high) = reader.interval_or_nan(stat, path, "ci95");
  kpi.p05 = reader.number_or_nan(stat, path, "p05");
  kpi.p50 = reader.number_or_nan(stat, path, "p50");
  kpi.p95 = reader.number_or_nan(stat, path, "p95");
  return kpi;
}

CostBasis read_cost_basis(const JsonReader& reader, const Json& json) {
  const Json& costs = reader.get(json, "", "costs", Json::value_t::object);
  return {reader.get<bool>(costs, "costs", "costed"), reader.get_or<std::string>(costs, "costs", "terms", ""),
          reader.get_or<std::string>(costs, "costs", "price_base", "")};
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
  const auto ci95_low = table.column("ci95_low"), ci95_high = table.column("ci95_high");
  std::vector<QuantileRow> rows;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& cells = table.rows[r];
    const auto number = [&](std::size_t column) { return csv_cell_number(cells[column], file.string(), r + 2); };
    QuantileRow& row = rows.emplace_back(QuantileRow{cells[columns[0]], cells[columns[1]], number(columns[2]),
                                                     number(columns[3]), number(columns[4]), number(columns[5])});
    if (ci95_low && ci95_high) {
      row.ci95_low = number(*ci95_low);
      row.ci95_high = number(*ci95_high);
    }
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
  if (rows.empty()) fail_at(file, 2, "expected the first month's row after the header, got none");
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (!kernel::Date::parse(rows[r].period))
      fail_at(file, r + 2, "expected a date written YYYY-MM-DD in column 'date', got '" + rows[r].period + "'");
  return rows;
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

// So that the report never gives two replication counts or seeds: summary.json's are those run.
void use_settings_run(RunFiles& run) {
  const std::pair<std::string_view, std::string> settings_run[] = {
      {"run.replications", std::to_string(run.summary.replications)}, {"run.seed", std::to_string(run.summary.seed)}};
  for (scenario::ScenarioParameter& parameter : run.parameters)
    for (const auto& [path, value] : settings_run)
      if (parameter.path == path && parameter.value != value) {
        run.replaced.push_back(parameter);
        parameter.value = value;
      }
}

}  // namespace

void RunSummary::add_kpi_names_to(std::vector<std::string>& names) const {
  for (const KpiStat& k : kpis)
    if (std::find(names.begin(), names.end(), k.name) == names.end()) names.push_back(k.name);
}

const KpiStat* RunSummary::kpi(const std::string& name) const {
  const auto found = std::find_if(kpis.begin(), kpis.end(), [&](const KpiStat& k) { return k.name == name; });
  return found == kpis.end() ? nullptr : &*found;
}

bool RunSummary::counted(const std::string& name) const { return costs.costed || !is_cost_measure(name); }

std::string RunFiles::assumption(const scenario::ScenarioParameter& parameter) const {
  const auto file = std::find_if(replaced.begin(), replaced.end(), [&](const auto& p) { return p.path == parameter.path; });
  return file == replaced.end() ? parameter.value : parameter.value + " (the scenario file says " + file->value + ")";
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

void check_run_directory_name(const fs::path& listing, const std::string& directory, const std::string& path) {
  if (directory.empty() || fs::path(directory).has_parent_path() || directory == "." || directory == "..")
    throw scenario::ScenarioError({{listing.string(), 0, 0,
                                    "the run directory '" + directory + "' is not a directory beside " +
                                        listing.filename().string(),
                                    path}});
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
  const JsonReader reader(file, "summary");
  RunSummary summary;
  static_cast<RunSettings&>(summary) = read_run_settings(reader, json);
  summary.scenario = reader.get<std::string>(json, "", "scenario");
  summary.description = reader.get_or<std::string>(json, "", "description", "");
  summary.started_in_steady_state =
      reader.get_or<std::string>(json, "", "in_care_at_start", "") ==
      scenario::kInCareAtStartNames[static_cast<std::size_t>(scenario::InCareAtStart::steady_state)];
  if (json.contains("costs")) summary.costs = read_cost_basis(reader, json);
  // Every run writes its KPIs: a report without them would have nothing to show.
  const Json& kpis = reader.get(json, "", "kpis", Json::value_t::object);
  if (kpis.empty()) reader.fail("names no KPI", "kpis");
  for (const auto& [name, stat] : kpis.items()) summary.kpis.push_back(read_kpi(reader, name, stat));
  return summary;
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
  use_settings_run(run);
  return run;
}

}  // namespace caresim::report
