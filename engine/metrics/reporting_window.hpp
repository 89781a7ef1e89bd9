// The reported horizon: from the start date to the end of the run. The warm-up before it is
// simulated but never counted. The horizon is also cut into financial years (1 April to
// 31 March), the years finance teams count in.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "finance/financial_year.hpp"
#include "kernel/calendar.hpp"

namespace caresim::metrics {

struct ReportingWindow {
  kernel::Clock clock{kernel::Date{}};  // the run's calendar, for birthdays and dates of facts
  kernel::Ticks start = 0;
  kernel::Ticks end = 0;
  std::vector<std::string> financial_years;   // labels, "2025-26"
  std::vector<kernel::Ticks> financial_year_ends;  // the end of each, the last clipped to `end`
  int first_financial_year = 0;                    // the year the first starts in: 2025 for "2025-26"

  // The horizon from `first_day` for `years` years on `clock`.
  static ReportingWindow of(const kernel::Clock& clock, kernel::Date first_day, int years) {
    ReportingWindow w;
    w.clock = clock;
    w.start = clock.start_of(first_day);
    w.end = clock.start_of(first_day.plus_years(years));
    w.first_financial_year = finance::financial_year_of(first_day);
    for (kernel::Date march = first_day.next_31_march();; march = march.plus_days(1).next_31_march()) {
      w.financial_years.push_back(finance::financial_year_label(march.year() - 1));
      w.financial_year_ends.push_back(std::min(clock.end_of(march), w.end));
      if (clock.end_of(march) >= w.end) break;
    }
    return w;
  }

  // Snapshots, (start, end]: a month-end snapshot taken at the first tick of 1 April
  // belongs to the March before it, so the snapshot at `start` is the warm-up's last and the
  // one at `end` the horizon's last. Snapshots come first at their tick.
  bool contains(kernel::Ticks t) const { return t > start && t <= end; }
  // Facts (an entry, a placement, a worker leaving), [start, end): a fact at the first tick
  // of 1 April happens on 1 April, after the snapshot of 31 March taken at that tick, and so
  // counts in April and the new financial year. Then the flows between two snapshots are
  // exactly what changed the stock.
  bool counts_fact_at(kernel::Ticks t) const { return t >= start && t < end; }
  double days() const { return kernel::ticks_to_days(end - start); }
  double years() const { return days() / kernel::kDaysPerYear; }

  // The financial year a fact within the horizon falls in, by the same [start, end) rule:
  // the first whose end is after t. Metrics ask on every entry and exit, so instead of
  // a binary search over a long horizon's years the index is guessed from the mean year's
  // length (off by at most one) and corrected by the stepping loops.
  std::size_t financial_year_of(kernel::Ticks t) const {
    constexpr auto kMeanYear = static_cast<kernel::Ticks>(365.2425 * kernel::kTicksPerDay);
    const std::size_t last = financial_year_ends.size() - 1;
    std::size_t year = 0;
    if (t >= financial_year_ends[0]) year = std::min(last, 1 + static_cast<std::size_t>((t - financial_year_ends[0]) / kMeanYear));
    while (year > 0 && financial_year_ends[year - 1] > t) --year;
    while (year < last && financial_year_ends[year] <= t) ++year;
    return year;
  }
};

}  // namespace caresim::metrics
