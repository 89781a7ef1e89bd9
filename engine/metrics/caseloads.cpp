#include "metrics/caseloads.hpp"

namespace caresim::metrics {

void Caseloads::on(const model::MonthEnded& e) {
  if (!window_.contains(e.time)) return;
  // n/a (left out of the month's statistics) while no worker is in post, as the KPI is.
  caseload_at_month_end_.push_back(workers_.level() > 0 ? cases_.level() / workers_.level() : kNotApplicable);
  unallocated_at_month_end_.push_back(unallocated_.level());
}

void Caseloads::report(Measurements& out) {
  const double workers = spec_ ? workers_.mean() : 0.0;
  const auto per_worker = [workers](TimeWeighted& level) { return workers > 0 ? level.mean() / workers : kNotApplicable; };
  out.add_kpi("caseload_mean", per_worker(cases_));
  out.add_share("caseload_share_above_target", per_worker(above_target_));
  out.add_share("caseload_share_at_cap", per_worker(at_cap_));
  out.add_kpi("children_unallocated_mean", spec_ ? unallocated_.mean() : kNotApplicable);
  // Of the child-days in care, those with no allocated worker: a child's chance of having none.
  const double in_care = spec_ ? in_care_.mean() : 0.0;
  out.add_share("children_unallocated_share", in_care > 0 ? unallocated_.mean() / in_care : kNotApplicable);
  if (!spec_) return;
  out.add_series("caseload_mean", std::move(caseload_at_month_end_));
  out.add_series("children_unallocated", std::move(unallocated_at_month_end_));
}

}  // namespace caresim::metrics
