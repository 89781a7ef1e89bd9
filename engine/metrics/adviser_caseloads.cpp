#include "metrics/adviser_caseloads.hpp"

namespace caresim::metrics {

void AdviserCaseloads::on(const model::AdviserAllocated& e) {
  waiting_.add(e.time, -1);
  supported_.add(e.time, +1);
  if (!window_.counts_fact_at(e.time)) return;
  delay_days_ += kernel::ticks_to_days(e.time - e.requested);
  ++allocations_;
}

void AdviserCaseloads::on(const model::AdviserSupportEnded& e) {
  (e.adviser == model::kNone<model::AdviserId> ? waiting_ : supported_).add(e.time, -1);
}

void AdviserCaseloads::on(const model::MonthEnded& e) {
  if (!window_.contains(e.time)) return;
  supported_at_month_end_.push_back(supported_.level());
  waiting_at_month_end_.push_back(waiting_.level());
}

void AdviserCaseloads::report(Measurements& out) {
  const bool advisers = spec_ && spec_->advisers > 0;
  out.add_kpi("pa_caseload_mean", advisers ? supported_.mean() / spec_->advisers : kNotApplicable);
  out.add_kpi("pa_waiting_mean", spec_ ? waiting_.mean() : kNotApplicable);
  out.add_kpi("pa_allocation_delay_days_mean",
              allocations_ > 0 ? delay_days_ / static_cast<double>(allocations_) : kNotApplicable);
  if (!spec_) return;
  out.add_series("young_people_with_pa", std::move(supported_at_month_end_));
  out.add_series("young_people_waiting_for_pa", std::move(waiting_at_month_end_));
}

}  // namespace caresim::metrics
