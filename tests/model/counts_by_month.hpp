// Facts counted by the month they fall in, as the model publishes them, and those counts set
// against a seasonal process's rate.
#pragma once

#include <cstdint>
#include <map>

#include "model_run.hpp"
#include "poisson_chi_square.hpp"
#include "rate_theory.hpp"

namespace caresim::testing {

// The facts of type Fact that `counted` keeps (all, without it) in a run of Model from the
// clock's start until `end`, by month (its first day -> count).
template <class Model, class Fact>
std::map<kernel::Date, long> counts_by_month(const scenario::Scenario& s, std::uint64_t replication,
                                             const kernel::Clock& clock, kernel::Ticks end,
                                             bool (*counted)(const Fact&) = nullptr) {
  ModelRun<Model> run(s, replication, clock);
  run.end_at(end);
  struct Counts final : model::CareObserver {
    const kernel::Clock* clock = nullptr;
    bool (*counted)(const Fact&) = nullptr;
    std::map<kernel::Date, long> by_month;
    void on(const Fact& e) override {
      if (counted && !counted(e)) return;
      const kernel::Date day = clock->date_at(e.time);
      ++by_month[kernel::Date::from_ymd(day.year(), day.month(), 1)];
    }
  } counts;
  counts.clock = &clock;
  counts.counted = counted;
  run.publisher().template subscribe<Fact>(counts);
  run.run_until(end);
  return counts.by_month;
}

// Each month's count from `from` to `to` (first days of months) into `fit`, against Poisson
// with mean per_base_day x the rate accrued over the month. Months whose share is 0 are left
// out: their count, which must be 0, is returned.
inline long fit_months(PoissonChiSquare& fit, const std::map<kernel::Date, long>& counts, const kernel::Clock& clock,
                       kernel::Date from, kernel::Date to, double per_base_day,
                       const kernel::CalendarRate::MonthShares& shares, const kernel::CalendarRate::Trend& trend) {
  long in_months_without_share = 0;
  for (kernel::Date month = from; month < to; month = month.month_end().plus_days(1)) {
    const auto it = counts.find(month);
    const double observed = it == counts.end() ? 0.0 : static_cast<double>(it->second);
    if (shares[static_cast<std::size_t>(month.month() - 1)] == 0) {
      in_months_without_share += static_cast<long>(observed);
      continue;
    }
    const double start = kernel::ticks_to_days(clock.start_of(month));
    const double end = kernel::ticks_to_days(clock.start_of(month.month_end().plus_days(1)));
    fit.add(observed, per_base_day * accrued(clock, shares, trend, start, end));
  }
  return in_months_without_share;
}

}  // namespace caresim::testing
