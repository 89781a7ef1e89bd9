#include <algorithm>
#include <cmath>

#include "scenario/read_sections.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {

// A flow rises at most to double each year and can fall by any share short of all; a rising
// trend may not take it past the most its yearly rate may be written as before the run ends.
TrendSpec read_trend(MapReader trend, const TrendedFlow& flow, const RunSettings& run) {
  TrendSpec spec;
  spec.per_year = trend.required<double>("per_year", Range{-1, true, 1});
  spec.start_date = trend.if_present<kernel::Date>("start_date");
  spec.years = trend.if_present<int>("years", kYearsOfARun);
  const kernel::Date from = spec.start_date.value_or(run.start_date);
  const kernel::Date run_end = run.start_date.plus_years(run.years);
  const kernel::Date peak = spec.years ? std::min(from.plus_years(*spec.years), run_end) : run_end;
  if (spec.per_year > 0 && peak > from) {
    const double highest = flow.per_year * std::pow(1 + spec.per_year, (peak - from) / kernel::kDaysPerYear);
    if (highest > kPerYearFlow.high)
      trend.report("per_year", std::string(flow.name) + " would reach " + format_number(std::round(highest)) +
                                   " a year by " + peak.iso() + ", more than the " + format_number(kPerYearFlow.high) +
                                   " " + std::string(flow.key) + " may be: a smaller rise, a later start or fewer years");
  }
  return spec;
}

}  // namespace caresim::scenario
