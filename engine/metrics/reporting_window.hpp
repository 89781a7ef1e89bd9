// The reported horizon: from the start date to the end of the run. The warm-up before it is
// simulated but never counted. The horizon is also cut into financial years (1 April to
// 31 March), the years finance teams count in.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "kernel/calendar.hpp"

namespace caresim::metrics {

struct ReportingWindow {
  kernel::Clock clock{kernel::Date{}};  // the run's, to place dates (a birthday) on the time line
  kernel::Ticks start = 0;
  kernel::Ticks end = 0;
  std::vector<std::string> financial_years;   // labels, "2025-26"
  std::vector<kernel::Ticks> financial_year_ends;  // the end of each, the last clipped to `end`

  // The horizon from `first_day` for `years` years on `clock`.
  static ReportingWindow of(const kernel::Clock& clock, kernel::Date first_day, int years) {
    ReportingWindow w;
    w.clock = clock;
    w.start = clock.start_of(first_day);
    w.end = clock.start_of(first_day.plus_years(years));
    for (kernel::Date march = first_day.next_31_march();; march = march.plus_days(1).next_31_march()) {
      const int starts = march.year() - 1;
      w.financial_years.push_back(std::to_string(starts) + '-' + std::to_string(march.year() % 100 + 100).substr(1));
      w.financial_year_ends.push_back(std::min(clock.end_of(march), w.end));
      if (clock.end_of(march) >= w.end) break;
    }
    return w;
  }

  // (start, end]: a month-end snapshot taken at the first tick of 1 April belongs to the
  // March before it, so the snapshot at `start` is the warm-up's last and the one at `end`
  // the horizon's last.
  bool contains(kernel::Ticks t) const { return t > start && t <= end; }
  double days() const { return kernel::ticks_to_days(end - start); }
  double years() const { return days() / kernel::kDaysPerYear; }

  // The financial year a time within the horizon falls in, by the same (start, end] rule.
  std::size_t financial_year_of(kernel::Ticks t) const {
    return static_cast<std::size_t>(std::lower_bound(financial_year_ends.begin(), financial_year_ends.end(), t) -
                                    financial_year_ends.begin());
  }
};

}  // namespace caresim::metrics
