// The time integral of a level that changes by steps (children in care, filled places), over
// the reporting window only, for time-averaged KPIs.
#pragma once

#include <algorithm>

#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class TimeWeighted {
 public:
  explicit TimeWeighted(const ReportingWindow& window) : window_(&window) {}

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
  void accumulate_to(kernel::Ticks now) {
    const kernel::Ticks from = std::max(last_, window_->start);
    const kernel::Ticks to = std::min(now, window_->end);
    if (to > from) area_ += level_ * kernel::ticks_to_days(to - from);
    last_ = std::max(last_, now);
  }

  const ReportingWindow* window_;
  double level_ = 0;
  double area_ = 0;  // level x days
  kernel::Ticks last_ = 0;
};

}  // namespace caresim::metrics
