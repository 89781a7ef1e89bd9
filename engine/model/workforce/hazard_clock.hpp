// The time to an event whose hazard changes by steps (a worker's leaving rate, which moves
// with the caseload): an exponential(1) budget of cumulative hazard is drawn once and spent at
// the current rate, so when the rate changes the remaining budget is simply respent at the
// new rate. This draws exactly from the hazard as it turns out, with one draw per worker.
#pragma once

#include <algorithm>
#include <optional>

#include "kernel/calendar.hpp"

namespace caresim::model {

class HazardClock {
 public:
  void start(double budget, double rate_per_day, kernel::Ticks now) {
    budget_ = budget;
    rate_per_day_ = rate_per_day;
    since_ = now;
  }

  double rate_per_day() const { return rate_per_day_; }

  void set_rate(double rate_per_day, kernel::Ticks now) {
    budget_ = std::max(0.0, budget_ - rate_per_day_ * kernel::ticks_to_days(now - since_));
    since_ = now;
    rate_per_day_ = rate_per_day;
  }

  // When the budget runs out at the current rate; nullopt if not within any horizon a
  // scenario can have (a rate of 0, or one so low the time would overflow the clock).
  std::optional<kernel::Ticks> due() const {
    constexpr double kNeverDays = 1e7;  // about 27,000 years
    if (rate_per_day_ <= 0) return std::nullopt;
    const double days = budget_ / rate_per_day_;
    if (days > kNeverDays) return std::nullopt;
    return since_ + kernel::days_to_ticks(days);
  }

 private:
  double budget_ = 0;        // cumulative hazard still to spend
  double rate_per_day_ = 0;  // hazard per day now
  kernel::Ticks since_ = 0;  // when budget_ was last brought up to date
};

}  // namespace caresim::model
