// A comparison as rows, before it is written as JSON or CSV: for every KPI, and for every
// yearly flow and financial year, each scenario's mean with its 95% interval and its paired
// difference from the first scenario with its 95% interval (none for the first).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "run/experiment.hpp"

namespace caresim::output {

// A mean and its Student-t 95% interval.
struct Estimate {
  double value = 0;
  double low = 0;
  double high = 0;
};

struct KpiComparison {
  std::string kpi;
  std::size_t scenario = 0;
  std::optional<Estimate> mean;        // none: n/a in every replication, or not measured
  std::optional<Estimate> difference;  // none for the first scenario, or when n/a
};

struct YearComparison {
  std::string metric;
  std::size_t scenario = 0;
  std::size_t year = 0;  // index into the first scenario's financial years
  std::optional<Estimate> mean;
  std::optional<Estimate> difference;
  std::optional<Estimate> cumulative_difference;  // from the horizon's first year to this one
};

// KPIs (and flows) in the first scenario's order, then any only later scenarios measure;
// within each, scenarios in the order compared. Differences need the experiment run with
// differences_from_first.
std::vector<KpiComparison> compare_kpis(const run::ExperimentResult& result);
// The KPIs in that order.
std::vector<std::string> kpi_names(const run::ExperimentResult& result);
std::vector<YearComparison> compare_years(const run::ExperimentResult& result);

// None when nothing was measured.
std::optional<Estimate> estimate_of(const stats::Moments* moments);
// A scenario's KPI as summary.json gives it, the interval cut to the values the KPI can take;
// nullopt when the scenario has no such KPI or no value of it.
std::optional<Estimate> kpi_estimate(const run::ScenarioAggregate& aggregate, std::string_view kpi);

// ",mean,low,high" as CSV cells; ",NA,NA,NA" for none.
std::string csv_cells(const std::optional<Estimate>& estimate);

}  // namespace caresim::output
