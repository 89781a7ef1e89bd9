// A rate that follows the calendar: higher in some months of the year than others
// (seasonality), and changing by a constant share a year over a stretch of dates (a trend).
// A Poisson process at such a rate is drawn at its base rate and carried onto the calendar by
// inverting the rate's running total (the time-change theorem): each arrival still costs one
// unit draw, so two scenarios with the same seed draw the same arrivals in the same order,
// only at different times (common random numbers).
#pragma once

#include <array>
#include <optional>

#include "kernel/calendar.hpp"

namespace caresim::kernel {

class CalendarRate {
 public:
  // A trend: from `from` the rate grows by `per_year` a year, compounding (0.03: 3% more each
  // year; -0.02: 2% less), until `until`, after which it holds at the level reached.
  struct Trend {
    double per_year = 0;
    Date from;
    std::optional<Date> until;  // absent: for ever
  };
  using MonthShares = std::array<double, 12>;  // January first; summing to 1

  // The base rate on every day alike.
  CalendarRate() = default;
  // A month's share of a year's arrivals falls evenly over its days, so a calendar year
  // without a trend brings the base rate's year of arrivals whatever its months' lengths.
  CalendarRate(const Clock& clock, const std::optional<MonthShares>& month_shares, const std::optional<Trend>& trend);

  // The wait from `from` until `base_days` worth of the base rate has accrued: `base_days`
  // itself when the rate never changes; nullopt when that would come only after `until`.
  std::optional<Ticks> wait(Ticks from, double base_days, Ticks until) const {
    if (constant_) return days_to_ticks(base_days);
    return changing_wait(from, base_days, until);
  }

  // The rate on day `day` (days since the clock's start, fractions allowed) as a multiple of
  // the base rate.
  double multiple(double day) const;

 private:
  std::optional<Ticks> changing_wait(Ticks from, double base_days, Ticks until) const;
  double month_multiple(Date day) const;
  // Whether the trend runs on `day`; its growth then (1 before it starts, the level reached
  // after it ends); and where the growth next changes after `day`: the trend's start or its
  // end (infinity when it never does).
  bool growing(double day) const;
  double growth(double day) const;
  double next_growth_change(double day) const;

  bool constant_ = true;
  Clock clock_{Date{}};
  std::optional<MonthShares> month_shares_;
  double log_growth_per_day_ = 0;  // ln(1 + per_year) / days in a year; 0 without a trend
  double trend_from_ = 0, trend_until_ = 0;  // days since the clock's start
  double highest_month_multiple_ = 1;
};

}  // namespace caresim::kernel
