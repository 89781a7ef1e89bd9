#include "run/scenario_aggregate.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace caresim::run {

std::optional<std::size_t> index_of(const std::vector<std::string>& names, std::string_view name) {
  const auto at = std::find(names.begin(), names.end(), name);
  if (at == names.end()) return std::nullopt;
  return static_cast<std::size_t>(at - names.begin());
}

void ScenarioAggregate::take_shape_of(const metrics::Measurements& m) {
  kpi_names_ = m.kpi_names;
  kpi_ranges_ = m.kpi_ranges;
  kpi_values_.resize(kpi_names_.size());
  kpi_moments_.resize(kpi_names_.size());
  months_ = m.months;
  series_names_ = m.series_names;
  series_.assign(series_names_.size(), std::vector<stats::StreamingSummary>(months_.size()));
  financial_years_ = m.financial_years;
  yearly_names_ = m.yearly_names;
  yearly_.assign(yearly_names_.size(), std::vector<stats::StreamingSummary>(financial_years_.size()));
  yearly_values_.assign(yearly_names_.size(), {});
}

bool ScenarioAggregate::has_shape_of(const metrics::Measurements& m) const {
  const auto all_sized = [](const auto& rows, std::size_t size) {
    return std::all_of(rows.begin(), rows.end(), [size](const auto& row) { return row.size() == size; });
  };
  return m.kpi_names == kpi_names_ && m.kpi_ranges == kpi_ranges_ && m.kpi_values.size() == kpi_names_.size() &&
         m.months == months_ && m.series_names == series_names_ && m.series.size() == series_names_.size() &&
         all_sized(m.series, months_.size()) && m.financial_years == financial_years_ &&
         m.yearly_names == yearly_names_ && m.yearly.size() == yearly_names_.size() &&
         all_sized(m.yearly, financial_years_.size());
}

void ScenarioAggregate::add(const metrics::Measurements& m) {
  if (replications_ == 0) take_shape_of(m);
  if (!has_shape_of(m))
    throw std::logic_error("replication " + std::to_string(replications_) +
                           " measured other KPIs, series or flows than replication 0");
  ++replications_;
  for (std::size_t k = 0; k < kpi_names_.size(); ++k) {
    kpi_values_[k].push_back(m.kpi_values[k]);
    kpi_moments_[k].add(m.kpi_values[k]);
  }
  for (std::size_t s = 0; s < series_.size(); ++s)
    for (std::size_t month = 0; month < months_.size(); ++month) series_[s][month].add(m.series[s][month]);
  for (std::size_t f = 0; f < yearly_.size(); ++f)
    for (std::size_t year = 0; year < financial_years_.size(); ++year) {
      yearly_[f][year].add(m.yearly[f][year]);
      yearly_values_[f].push_back(m.yearly[f][year]);
    }
}

std::optional<std::size_t> ScenarioAggregate::kpi_index(std::string_view name) const {
  return index_of(kpi_names_, name);
}

std::optional<std::size_t> ScenarioAggregate::yearly_index(std::string_view name) const {
  return index_of(yearly_names_, name);
}

std::optional<stats::Summary> ScenarioAggregate::kpi_summary(std::size_t kpi) const {
  const std::optional<stats::Summary> summary = stats::summary_of(kpi_moments_[kpi], kpi_values_[kpi]);
  if (!summary) return std::nullopt;
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  switch (kpi_ranges_[kpi]) {
    case metrics::KpiRange::at_least_zero: return stats::with_interval_within(*summary, 0, kInfinity);
    case metrics::KpiRange::zero_to_one: return stats::with_interval_within(*summary, 0, 1);
    case metrics::KpiRange::any: break;
  }
  return summary;
}

}  // namespace caresim::run
