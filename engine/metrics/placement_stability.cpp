#include "metrics/placement_stability.hpp"

#include <numeric>

namespace caresim::metrics {

PlacementStability::ChildYear& PlacementStability::record(model::ChildId id) {
  const std::size_t i = model::index_of(id);
  if (i >= children_.size()) children_.resize(i + 1);
  return children_[i];
}

void PlacementStability::on(const model::ChildEntered& e) { record(e.child) = ChildYear{true, false, 0}; }

void PlacementStability::on(const model::ChildLeftCare& e) { record(e.child).in_care = false; }

void PlacementStability::on(const model::PlacementStarted& e) {
  ChildYear& child = record(e.child);
  child.placed = true;
  ++child.placements_in_year;
}

void PlacementStability::on(const model::PlacementEnded& e) { record(e.child).placed = false; }

void PlacementStability::on(const model::YearEnded& e) {
  long in_care = 0, three_plus = 0;
  for (ChildYear& child : children_) {
    if (!child.in_care) continue;
    ++in_care;
    if (child.placements_in_year >= 3) ++three_plus;
    child.placements_in_year = child.placed ? 1 : 0;  // the placement carried into the new year
  }
  if (window_.contains(e.time) && in_care > 0)
    share_by_year_.push_back(static_cast<double>(three_plus) / static_cast<double>(in_care));
}

void PlacementStability::report(Measurements& out) {
  out.add_kpi("share_3plus_placements_in_year",
              share_by_year_.empty() ? kNotApplicable
                                     : std::accumulate(share_by_year_.begin(), share_by_year_.end(), 0.0) /
                                           static_cast<double>(share_by_year_.size()));
}

}  // namespace caresim::metrics
