#include "metrics/snapshot_31_march.hpp"

#include <string>

namespace caresim::metrics {

void Snapshot31March::finish(const model::YearEnded&) {
  in_care_sum_ += static_cast<double>(in_care_);
  ++marches_;
  if (placed_ == 0) return;
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t)
    share_sums_[t] += static_cast<double>(by_type_[t]) / static_cast<double>(placed_);
  far_share_sum_ += static_cast<double>(far_) / static_cast<double>(placed_);
  ++snapshots_;
}

void Snapshot31March::report(Measurements& out) {
  const auto mean = [this](double sum) { return snapshots_ > 0 ? sum / snapshots_ : kNotApplicable; };
  out.add_kpi("children_in_care_31_march", marches_ > 0 ? in_care_sum_ / marches_ : kNotApplicable);
  out.add_kpi("share_over_20_miles", mean(far_share_sum_));
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t)
    out.add_kpi("placement_mix_31_march." + std::string{kPlacementTypeNames[t]}, mean(share_sums_[t]));
}

}  // namespace caresim::metrics
