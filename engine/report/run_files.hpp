// What one run directory holds, read back from its files: summary.json, timeseries.csv,
// kpis_by_replication.csv and scenario.yaml, and yearly.csv and costs.csv where present.
#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "report/csv_table.hpp"
#include "scenario/scenario_parameters.hpp"

namespace caresim::report {

// A KPI across replications; NaN where summary.json has null (the KPI does not apply).
struct KpiStat {
  std::string name;
  double mean = 0, ci95_low = 0, ci95_high = 0, p05 = 0, p50 = 0, p95 = 0;
};

// How a run was run, as summary.json (and comparison.json) hold it.
struct RunSettings {
  std::string start_date;  // YYYY-MM-DD
  int replications = 0;
  std::uint64_t seed = 0;
  int years = 0;
  int warmup_years = 0;  // 0 where the file has none
};

// summary.json's costs: whether they were counted, and in what money.
struct CostBasis {
  bool costed = true;      // false: the scenario has no costs section, and every cost KPI is 0
  std::string terms;       // "nominal" or "real"; empty where the file does not say
  std::string price_base;  // a financial year, "2025-26"
};

struct RunSummary : RunSettings {
  std::string scenario;
  std::string description;
  bool started_in_steady_state = false;  // children.in_care_at_start: steady_state (absent: none)
  CostBasis costs;
  std::vector<KpiStat> kpis;  // in the file's order

  const KpiStat* kpi(const std::string& name) const;
  // Appends this run's KPI names that `names` lacks, in the file's order: the KPIs of several
  // runs, a mechanism only some of them model included.
  void add_kpi_names_to(std::vector<std::string>& names) const;
  // False for a cost KPI of a run that counted no costs: its 0 is not a cost of nothing.
  bool counted(const std::string& kpi) const;
};

// One row of a long-format file: timeseries.csv (period = month-end date), yearly.csv and
// costs.csv (period = financial year "2025-26", name = metric or cost line).
struct QuantileRow {
  std::string period;
  std::string name;
  double mean = 0, p05 = 0, p50 = 0, p95 = 0;
  // The mean's 95% confidence interval, where the file gives it (costs.csv); else NaN.
  double ci95_low = std::numeric_limits<double>::quiet_NaN(), ci95_high = std::numeric_limits<double>::quiet_NaN();
};

struct RunFiles {
  std::filesystem::path directory;
  RunSummary summary;
  std::vector<QuantileRow> timeseries;
  std::optional<std::vector<QuantileRow>> yearly;  // absent until the run writes yearly.csv
  std::optional<std::vector<QuantileRow>> costs;   // absent when costs are not modelled
  CsvTable kpis_by_replication;
  // The effective scenario.yaml, flattened, with the replications and seed summary.json says
  // were run: a flag (--replications, --seed, --precision) or compare may have replaced the file's.
  std::vector<scenario::ScenarioParameter> parameters;
  std::vector<scenario::ScenarioParameter> replaced;  // the file's values of those the run replaced

  // The parameter's value, followed by the file's where the run replaced it: "2 (the scenario
  // file says 20)".
  std::string assumption(const scenario::ScenarioParameter& parameter) const;

  bool has_series(const std::string& name) const;
  std::vector<const QuantileRow*> series(const std::string& name) const;  // in date order
};

// Throws ScenarioError (the user's input: exit 2) naming the file that is missing or wrong.
std::string read_input_file(const std::filesystem::path& file);
RunSummary read_run_summary(const std::filesystem::path& summary_json);

// A run directory that sweep.json or comparison.json (`listing`) names at `path` must be a folder
// beside it, so that a hand-edited file cannot point the report elsewhere.
void check_run_directory_name(const std::filesystem::path& listing, const std::string& directory,
                              const std::string& path);
RunFiles read_run_files(const std::filesystem::path& directory);

}  // namespace caresim::report
