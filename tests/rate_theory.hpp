// Test helper: what a rate with seasons and a trend adds up to, worked out day by day, apart
// from how CalendarRate cuts the calendar into pieces.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "kernel/calendar_rate.hpp"

namespace caresim::testing {

// The base days a rate with `shares` and `trend` accrues from `from` to `to` (days since the
// clock's start), whole day by whole day: within a day the month is fixed and the growth
// exponential or fixed, so each day's part is worked out exactly from its two ends.
inline double accrued(const kernel::Clock& clock, const kernel::CalendarRate::MonthShares& shares,
                      const kernel::CalendarRate::Trend& trend, double from, double to) {
  const double k = std::log1p(trend.per_year) / kernel::kDaysPerYear;
  const double trend_from = static_cast<double>(clock.start_of(trend.from) / kernel::kTicksPerDay);
  const double trend_until = trend.until ? static_cast<double>(clock.start_of(*trend.until) / kernel::kTicksPerDay) : 1e300;
  double total = 0;
  for (double day = std::floor(from); day < to; ++day) {
    const double a = std::max(day, from), b = std::min(day + 1, to);
    const kernel::Date date = clock.start().plus_days(static_cast<std::int32_t>(day));
    const double month = shares[static_cast<std::size_t>(date.month() - 1)] * kernel::kDaysPerYear /
                         kernel::days_in_month(date.year(), date.month());
    const double growth = std::exp(k * (std::clamp(a, trend_from, trend_until) - trend_from));
    const bool growing = k != 0 && a >= trend_from && a < trend_until;
    total += month * growth * (growing ? std::expm1(k * (b - a)) / k : b - a);
  }
  return total;
}

}  // namespace caresim::testing
