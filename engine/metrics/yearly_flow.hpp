// A count of facts within the reporting window: in all, and by financial year.
#pragma once

#include <utility>
#include <vector>

#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class YearlyFlow {
 public:
  explicit YearlyFlow(const ReportingWindow& window) : window_(&window), by_year_(window.financial_years.size()) {}

  // Counts a fact at `t` if it falls within the window; says whether it did.
  bool count(kernel::Ticks t) {
    if (!window_->contains(t)) return false;
    ++total_;
    ++by_year_[window_->financial_year_of(t)];
    return true;
  }
  long total() const { return total_; }
  // The counts by financial year, handed over to the measurements once, at the end.
  std::vector<double> take_by_year() { return std::move(by_year_); }

 private:
  const ReportingWindow* window_;
  long total_ = 0;
  std::vector<double> by_year_;
};

}  // namespace caresim::metrics
