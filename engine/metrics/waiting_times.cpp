#include "metrics/waiting_times.hpp"

namespace caresim::metrics {

void WaitingTimes::on(const model::MonthEnded& e) {
  if (window_.contains(e.time)) waiting_at_month_end_.push_back(waiting_.level());
}

void WaitingTimes::report(Measurements& out) {
  out.add_kpi("emergency_placements_per_year", static_cast<double>(emergency_placements_) / window_.years());
  out.add_kpi("waiting_days_mean", placements_ > 0 ? waited_days_ / static_cast<double>(placements_) : kNotApplicable);
  out.add_kpi("children_waiting_mean", waiting_.mean());
  out.add_series("children_waiting", std::move(waiting_at_month_end_));
}

}  // namespace caresim::metrics
