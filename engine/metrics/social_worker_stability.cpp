#include "metrics/social_worker_stability.hpp"

#include <numeric>

namespace caresim::metrics {

SocialWorkerStability::ChildYear& SocialWorkerStability::record(model::ChildId id) {
  const std::size_t i = model::index_of(id);
  if (i >= children_.size()) children_.resize(i + 1);
  return children_[i];
}

void SocialWorkerStability::on(const model::ChildEntered& e) {
  record(e.child) = ChildYear{true, false, 0};
  in_care_.add(e.time, +1);
}

void SocialWorkerStability::on(const model::ChildLeftCare& e) {
  record(e.child).in_care = false;
  in_care_.add(e.time, -1);
}

void SocialWorkerStability::on(const model::CaseAllocated& e) {
  ChildYear& child = record(e.child);
  child.allocated = true;
  ++child.workers_in_year;
  if (e.worker_number > 1 && window_.contains(e.time)) ++changes_;
}

void SocialWorkerStability::on(const model::YearEnded& e) {
  long in_care = 0, three_plus = 0;
  for (ChildYear& child : children_) {
    if (!child.in_care) continue;
    ++in_care;
    if (child.workers_in_year >= 3) ++three_plus;
    child.workers_in_year = child.allocated ? 1 : 0;  // the worker carried into the new year
  }
  if (window_.contains(e.time) && in_care > 0)
    share_by_year_.push_back(static_cast<double>(three_plus) / static_cast<double>(in_care));
}

void SocialWorkerStability::report(Measurements& out) {
  out.add_kpi("share_3plus_social_workers_in_year",
              share_by_year_.empty() ? kNotApplicable
                                     : std::accumulate(share_by_year_.begin(), share_by_year_.end(), 0.0) /
                                           static_cast<double>(share_by_year_.size()));
  const double child_years = on_ ? in_care_.mean() * window_.years() : 0.0;
  out.add_kpi("social_worker_changes_per_child_year",
              child_years > 0 ? static_cast<double>(changes_) / child_years : kNotApplicable);
}

}  // namespace caresim::metrics
