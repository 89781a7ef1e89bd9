// What one replication measured: named KPIs and named month-end series, in a fixed order.
// A KPI whose mechanism is switched off is NaN, written as n/a.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "kernel/calendar.hpp"

namespace caresim::metrics {

inline constexpr double kNotApplicable = std::numeric_limits<double>::quiet_NaN();

// n / of, a share or a rate; n/a when there is nothing to divide by.
template <class Count, class Total>
double ratio_or_na(Count n, Total of) {
  return of > 0 ? static_cast<double>(n) / static_cast<double>(of) : kNotApplicable;
}

// The values a KPI can take. Its interval across replications is cut to them: the t-interval
// is symmetric, so for a mean near a bound (a share near 1, a rare count near 0) it reaches
// past values no replication could give.
enum class KpiRange : std::uint8_t { at_least_zero, zero_to_one, any };

struct Measurements {
  std::vector<std::string> kpi_names;
  std::vector<double> kpi_values;
  std::vector<KpiRange> kpi_ranges;
  std::vector<kernel::Date> months;  // month ends within the reported horizon
  std::vector<std::string> series_names;
  std::vector<std::vector<double>> series;  // [series][month]
  // Flows per financial year (April to March) of the horizon, labelled "2025-26", each a count
  // or a cost, never below 0; a year the horizon only partly covers counts only its covered part.
  std::vector<std::string> financial_years;
  std::vector<std::string> yearly_names;
  std::vector<std::vector<double>> yearly;  // [name][financial year]

  // Counts, rates, means and costs are at least zero; shares say so; a net change says `any`.
  void add_kpi(std::string name, double value, KpiRange range = KpiRange::at_least_zero) {
    kpi_names.push_back(std::move(name));
    kpi_values.push_back(value);
    kpi_ranges.push_back(range);
  }
  void add_share(std::string name, double value) { add_kpi(std::move(name), value, KpiRange::zero_to_one); }
  void add_series(std::string name, std::vector<double> values) {
    series_names.push_back(std::move(name));
    series.push_back(std::move(values));
  }
  void add_yearly(std::string name, std::vector<double> values) {
    yearly_names.push_back(std::move(name));
    yearly.push_back(std::move(values));
  }
};

}  // namespace caresim::metrics
