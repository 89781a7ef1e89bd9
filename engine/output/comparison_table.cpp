#include "output/comparison_table.hpp"

#include <algorithm>

#include "output/csv_number.hpp"

namespace caresim::output {
namespace {

// Every scenario's names, in order of first appearance.
template <class Names>
std::vector<std::string> union_of(const run::ExperimentResult& result, Names names_of) {
  std::vector<std::string> all;
  for (const run::ScenarioRun& run : result.scenarios)
    for (const std::string& name : names_of(run.aggregate))
      if (std::find(all.begin(), all.end(), name) == all.end()) all.push_back(name);
  return all;
}

}  // namespace

std::optional<Estimate> estimate_of(const stats::Moments* moments) {
  if (!moments || moments->n() == 0) return std::nullopt;
  const double half = moments->ci95_half_width();
  return Estimate{moments->mean(), moments->mean() - half, moments->mean() + half};
}

std::optional<Estimate> kpi_estimate(const run::ScenarioAggregate& aggregate, std::string_view kpi) {
  const auto k = aggregate.kpi_index(kpi);
  const auto summary = k ? aggregate.kpi_summary(*k) : std::nullopt;
  if (!summary) return std::nullopt;
  return Estimate{summary->mean, summary->ci95_low, summary->ci95_high};
}

std::string csv_cells(const std::optional<Estimate>& e) {
  if (!e) return ",NA,NA,NA";
  return ',' + csv_number(e->value) + ',' + csv_number(e->low) + ',' + csv_number(e->high);
}

std::vector<std::string> kpi_names(const run::ExperimentResult& result) {
  return union_of(result, [](const run::ScenarioAggregate& a) { return a.kpi_names(); });
}

std::vector<KpiComparison> compare_kpis(const run::ExperimentResult& result) {
  std::vector<KpiComparison> rows;
  for (const std::string& name : kpi_names(result)) {
    for (std::size_t s = 0; s < result.scenarios.size(); ++s) {
      const run::ScenarioAggregate& aggregate = result.scenarios[s].aggregate;
      KpiComparison row{name, s, std::nullopt, std::nullopt};
      row.mean = kpi_estimate(aggregate, name);
      if (const auto* differences = result.difference_from_first(s)) row.difference = estimate_of(differences->kpi(name));
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

std::vector<YearComparison> compare_years(const run::ExperimentResult& result) {
  std::vector<YearComparison> rows;
  const auto names = union_of(result, [](const run::ScenarioAggregate& a) { return a.yearly_names(); });
  const std::size_t years = result.scenarios.front().aggregate.financial_years().size();
  for (const std::string& name : names) {
    for (std::size_t s = 0; s < result.scenarios.size(); ++s) {
      const run::ScenarioAggregate& aggregate = result.scenarios[s].aggregate;
      const auto f = aggregate.yearly_index(name);
      const auto* differences = result.difference_from_first(s);
      for (std::size_t year = 0; year < years; ++year) {
        YearComparison row{name, s, year, std::nullopt, std::nullopt, std::nullopt};
        if (f && year < aggregate.financial_years().size()) {
          row.mean = estimate_of(&aggregate.yearly(*f, year).moments());
          if (row.mean) row.mean->low = std::max(row.mean->low, 0.0);  // a count or a cost (Measurements)
        }
        if (differences) {
          row.difference = estimate_of(differences->yearly(name, year));
          row.cumulative_difference = estimate_of(differences->cumulative(name, year));
        }
        rows.push_back(std::move(row));
      }
    }
  }
  return rows;
}

}  // namespace caresim::output
