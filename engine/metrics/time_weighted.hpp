// The time integral of a level that changes by steps (children in care, filled places), over
// the reporting window only, for time-averaged KPIs.
#pragma once

#include <algorithm>

#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class TimeWeighted {
 public:
  explicit TimeWeighted(const ReportingWindow& window) : window_(&window), last_(window.start) {}

  void add(kernel::Ticks now, double delta) {
    accumulate_to(now);
    level_ += delta;
  }
  double level() const { return level_; }
  // Level-days accumulated within the window up to `now`.
  double integral(kernel::Ticks now) {
    accumulate_to(now);
    return area_;
  }
  // Time-averaged level over the whole window; call once the run has reached its end.
  double mean() {
    const double days = window_->days();
    return days > 0 ? integral(window_->end) / days : 0.0;
  }

 private:
  // `last_` is kept within the window, so one clamp finds the stretch to add.
  void accumulate_to(kernel::Ticks now) {
    const kernel::Ticks to = std::clamp(now, window_->start, window_->end);
    if (to <= last_) return;
    area_ += level_ * kernel::ticks_to_days(to - last_);
    last_ = to;
  }

  const ReportingWindow* window_;
  double level_ = 0;
  double area_ = 0;  // level x days
  kernel::Ticks last_;  // the latest time accumulated to, clamped to the window
};

}  // namespace caresim::metrics
