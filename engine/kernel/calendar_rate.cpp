#include "kernel/calendar_rate.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace caresim::kernel {
namespace {

constexpr double kForever = std::numeric_limits<double>::infinity();

Date date_on(const Clock& clock, double day) {
  return clock.date_at(static_cast<Ticks>(std::floor(day * kTicksPerDay)));
}

}  // namespace

CalendarRate::CalendarRate(const Clock& clock, const std::optional<MonthShares>& month_shares,
                           const std::optional<Trend>& trend)
    : clock_(clock), month_shares_(month_shares) {
  if (trend && trend->per_year != 0) {
    log_growth_per_day_ = std::log1p(trend->per_year) / kDaysPerYear;
    trend_from_ = ticks_to_days(clock.start_of(trend->from));
    trend_until_ = trend->until ? ticks_to_days(clock.start_of(*trend->until)) : kForever;
  }
  if (month_shares_)  // the highest share over the shortest month: a bound, not the exact peak
    highest_month_multiple_ = *std::max_element(month_shares_->begin(), month_shares_->end()) * kDaysPerYear / 28;
  constant_ = !month_shares_ && log_growth_per_day_ == 0;
}

double CalendarRate::multiple(double day) const { return month_multiple(date_on(clock_, day)) * growth(day); }

double CalendarRate::month_multiple(Date day) const {
  if (!month_shares_) return 1;
  const double share = (*month_shares_)[static_cast<std::size_t>(day.month() - 1)];
  return share * kDaysPerYear / days_in_month(day.year(), day.month());
}

bool CalendarRate::growing(double day) const {
  return log_growth_per_day_ != 0 && day >= trend_from_ && day < trend_until_;
}

double CalendarRate::growth(double day) const {
  if (log_growth_per_day_ == 0 || day < trend_from_) return 1;
  return std::exp(log_growth_per_day_ * (std::min(day, trend_until_) - trend_from_));
}

double CalendarRate::next_growth_change(double day) const {
  if (log_growth_per_day_ == 0) return kForever;
  if (day < trend_from_) return trend_from_;
  return growing(day) ? trend_until_ : kForever;
}

// Walks the calendar in pieces over which the month's multiple is fixed and the growth
// either fixed or exponential, taking each piece's accrual whole until the piece in which
// `base_days` is reached, and solving within that one. Over an exponential piece whose rate
// starts at m the accrual to x days in is m (e^{kx} - 1) / k; expm1 and log1p keep it exact
// for a slow trend.
std::optional<Ticks> CalendarRate::changing_wait(Ticks from, double base_days, Ticks until) const {
  const double start = ticks_to_days(from), limit = ticks_to_days(until);
  double at = start, needed = base_days;
  while (at < limit) {
    const Date day = date_on(clock_, at);
    const double month_end = month_shares_ ? ticks_to_days(clock_.start_of(day.month_end().plus_days(1))) : kForever;
    const double piece_end = std::min({month_end, next_growth_change(at), limit});
    const double m = multiple(at);
    const bool exponential = growing(at);
    const double k = log_growth_per_day_, length = piece_end - at;
    // A rate falling for ever adds up to a finite amount: past it, nothing more arrives.
    if (exponential && k < 0 && trend_until_ == kForever && needed > highest_month_multiple_ * growth(at) / -k)
      return std::nullopt;
    const double accrued = exponential ? m * std::expm1(k * length) / k : m * length;
    if (m > 0 && needed <= accrued) {
      const double into = exponential ? std::log1p(needed * k / m) / k : needed / m;
      return days_to_ticks(at - start + into);
    }
    needed -= accrued;
    at = piece_end;
  }
  return std::nullopt;
}

}  // namespace caresim::kernel
