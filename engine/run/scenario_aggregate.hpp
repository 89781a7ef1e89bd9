// One scenario's replications folded in one by one, in replication order, into what its
// output files report. KPI values and yearly flows are kept per replication (a few hundred
// numbers each, for kpis_by_replication.csv, costs_by_replication.csv and exact KPI
// percentiles); month-end series, much the most numbers, are streaming summaries, so their
// memory does not grow with the number of replications.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metrics/measurements.hpp"
#include "stats/moments.hpp"
#include "stats/streaming_summary.hpp"
#include "stats/summary.hpp"

namespace caresim::run {

class ScenarioAggregate {
 public:
  // The next replication's measurements; every replication must name the same KPIs, series
  // and flows (std::logic_error otherwise: the model, not the user, is wrong).
  void add(const metrics::Measurements& measurements);

  std::size_t replications() const { return replications_; }

  const std::vector<std::string>& kpi_names() const { return kpi_names_; }
  std::optional<std::size_t> kpi_index(std::string_view name) const;
  const std::vector<double>& kpi_values(std::size_t kpi) const { return kpi_values_[kpi]; }  // by replication
  const stats::Moments& kpi_moments(std::size_t kpi) const { return kpi_moments_[kpi]; }
  // Mean and interval from the moments, the interval cut to the values the KPI can take;
  // percentiles exact; nullopt when n/a throughout.
  std::optional<stats::Summary> kpi_summary(std::size_t kpi) const;

  const std::vector<kernel::Date>& months() const { return months_; }
  const std::vector<std::string>& series_names() const { return series_names_; }
  const stats::StreamingSummary& series(std::size_t s, std::size_t month) const { return series_[s][month]; }

  const std::vector<std::string>& financial_years() const { return financial_years_; }
  const std::vector<std::string>& yearly_names() const { return yearly_names_; }
  std::optional<std::size_t> yearly_index(std::string_view name) const;
  const stats::StreamingSummary& yearly(std::size_t metric, std::size_t year) const { return yearly_[metric][year]; }
  double yearly_value(std::size_t metric, std::size_t replication, std::size_t year) const {
    return yearly_values_[metric][replication * financial_years_.size() + year];
  }

 private:
  void take_shape_of(const metrics::Measurements& measurements);
  bool has_shape_of(const metrics::Measurements& measurements) const;

  std::size_t replications_ = 0;
  std::vector<std::string> kpi_names_;
  std::vector<metrics::KpiRange> kpi_ranges_;
  std::vector<std::vector<double>> kpi_values_;  // [kpi][replication]
  std::vector<stats::Moments> kpi_moments_;
  std::vector<kernel::Date> months_;
  std::vector<std::string> series_names_;
  std::vector<std::vector<stats::StreamingSummary>> series_;  // [series][month]
  std::vector<std::string> financial_years_;
  std::vector<std::string> yearly_names_;
  std::vector<std::vector<stats::StreamingSummary>> yearly_;  // [flow][financial year]
  std::vector<std::vector<double>> yearly_values_;             // [flow][replication x years + year]
};

// The position of `name` in `names`.
std::optional<std::size_t> index_of(const std::vector<std::string>& names, std::string_view name);

}  // namespace caresim::run
