#include "metrics/snapshot_31_march.hpp"

#include <string>

namespace caresim::metrics {

void Snapshot31March::on(const model::YearEnded& e) {
  if (!window_.contains(e.time)) return;
  std::array<long, kPlacementTypeCount> by_type{};
  long placed = 0, far = 0;
  for (const ChildrenInCare::Child& child : children_) {
    if (!child.placed) continue;
    ++placed;
    ++by_type[static_cast<std::size_t>(child.type)];
    if (child.far_from_home) ++far;
  }
  if (placed == 0) return;
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t)
    share_sums_[t] += static_cast<double>(by_type[t]) / static_cast<double>(placed);
  far_share_sum_ += static_cast<double>(far) / static_cast<double>(placed);
  ++snapshots_;
}

void Snapshot31March::report(Measurements& out) {
  const auto mean = [this](double sum) { return snapshots_ > 0 ? sum / snapshots_ : kNotApplicable; };
  out.add_kpi("share_over_20_miles", mean(far_share_sum_));
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t)
    out.add_kpi("placement_mix_31_march." + std::string{kPlacementTypeNames[t]}, mean(share_sums_[t]));
}

}  // namespace caresim::metrics
