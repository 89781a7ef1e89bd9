// The time integral of a level that changes by steps (children in care, filled places), over
// the reporting window only, for time-averaged KPIs.
#pragma once

#include <algorithm>

#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class TimeWeighted {
 public:
  explicit TimeWeighted(const ReportingWindow& window) : start_(window.start), end_(window.end), last_(start_) {}

  // Always inlined into the handlers: a change of level is what metrics do most, several
  // times a fact, and a call would cost as much again as the change. A change is never later
  // than the window's end (the run stops there), so only its start needs a clamp, and that
  // is `last_`: a change before the window adds no stretch.
  [[gnu::always_inline]] void add(kernel::Ticks now, double delta) {
    accumulate_to(now);
    level_ += delta;
  }
  double level() const { return level_; }
  // Level-days accumulated within the window up to `now`.
  double integral(kernel::Ticks now) {
    accumulate_to(std::min(now, end_));
    return area_;
  }
  // Time-averaged level over the whole window; call once the run has reached its end.
  double mean() {
    const double days = kernel::ticks_to_days(end_ - start_);
    return days > 0 ? integral(end_) / days : 0.0;
  }

 private:
  // `last_` is kept within the window, from its start on, so a time `to` no later than its
  // end and not after `last_` adds nothing.
  [[gnu::always_inline]] void accumulate_to(kernel::Ticks to) {
    if (to <= last_) return;
    area_ += level_ * kernel::ticks_to_days(to - last_);
    last_ = to;
  }

  kernel::Ticks start_, end_;  // the window's
  double level_ = 0;
  double area_ = 0;  // level x days
  kernel::Ticks last_;  // the latest time accumulated to, clamped to the window
};

}  // namespace caresim::metrics
