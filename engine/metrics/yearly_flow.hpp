// A count of facts within the reporting window: in all, and by financial year.
#pragma once

#include <utility>
#include <vector>

#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class YearlyFlow {
 public:
  explicit YearlyFlow(const ReportingWindow& window) : window_(&window), by_year_(window.financial_years.size()) {}

  // Counts a fact at `t` if it falls within the window; says whether it did. The year of
  // the fact before lies within the window, so a fact in that year needs no other test.
  bool count(kernel::Ticks t) {
    if (t < year_from_ || t >= year_to_) [[unlikely]] {
      if (!window_->counts_fact_at(t)) return false;
      find_year(t);
    }
    ++total_;
    ++by_year_[year_];
    return true;
  }
  long total() const { return total_; }
  // The financial year (from 0, the horizon's first) of the last fact counted.
  std::size_t year() const { return year_; }
  // The counts by financial year, handed over to the measurements once, at the end.
  std::vector<double> take_by_year() { return std::move(by_year_); }

 private:
  // Facts come in time order, so a fact nearly always falls in the year of the one before:
  // that year's bounds are kept, and the year looked up only when a fact falls outside them.
  // Out of line, so that count() stays small enough to inline.
  [[gnu::noinline]] void find_year(kernel::Ticks t) {
    year_ = window_->financial_year_of(t);
    year_from_ = year_ == 0 ? window_->start : window_->financial_year_ends[year_ - 1];
    year_to_ = window_->financial_year_ends[year_];
  }

  const ReportingWindow* window_;
  std::size_t year_ = 0;
  kernel::Ticks year_from_ = 0, year_to_ = 0;  // [from, to): the bounds of year_, empty at first
  long total_ = 0;
  std::vector<double> by_year_;
};

}  // namespace caresim::metrics
