// The reported horizon: from the start date to the end of the run. The warm-up before it is
// simulated but never counted.
#pragma once

#include "kernel/calendar.hpp"

namespace caresim::metrics {

struct ReportingWindow {
  kernel::Ticks start = 0;
  kernel::Ticks end = 0;

  // (start, end]: a month-end snapshot taken at the first tick of 1 April belongs to the
  // March before it, so the snapshot at `start` is the warm-up's last and the one at `end`
  // the horizon's last.
  bool contains(kernel::Ticks t) const { return t > start && t <= end; }
  double days() const { return kernel::ticks_to_days(end - start); }
  double years() const { return days() / kernel::kDaysPerYear; }
};

}  // namespace caresim::metrics
