#include "metrics/snapshot_31_march.hpp"

#include <string>

namespace caresim::metrics {

namespace {
long placed_in(const std::array<long, kPlacementTypeCount>& by_type, PlacementType type) {
  return by_type[static_cast<std::size_t>(type)];
}
}  // namespace

void Snapshot31March::finish(const model::YearEnded&) {
  in_care_sum_ += static_cast<double>(in_care_);
  ++marches_;
  if (in_care_ > 0) {
    ++marches_with_children_;
    far_share_sum_ += static_cast<double>(far_) / static_cast<double>(in_care_);
    for (std::size_t band = 0; band < kAgeBandCount; ++band)
      age_share_sums_[band] += static_cast<double>(by_age_[band]) / static_cast<double>(in_care_);
  }
  if (placed_ == 0) return;
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t)
    share_sums_[t] += static_cast<double>(by_type_[t]) / static_cast<double>(placed_);
  ++snapshots_;
  // Fostered: with the council's own carers (mainstream and kinship, whom it approves) or
  // an IFA's.
  const long own = placed_in(by_type_, PlacementType::in_house_foster) + placed_in(by_type_, PlacementType::kinship);
  const long fostered = own + placed_in(by_type_, PlacementType::ifa);
  if (fostered == 0) return;
  fostered_in_house_share_sum_ += static_cast<double>(own) / static_cast<double>(fostered);
  ++fostering_snapshots_;
}

void Snapshot31March::report(Measurements& out) {
  // Over the 31 Marches with a child placed, or with a child in care.
  const auto mean = [this](double sum) { return snapshots_ > 0 ? sum / snapshots_ : kNotApplicable; };
  const auto mean_in_care = [this](double sum) {
    return marches_with_children_ > 0 ? sum / marches_with_children_ : kNotApplicable;
  };
  const double in_care = marches_ > 0 ? in_care_sum_ / marches_ : kNotApplicable;
  out.add_kpi("children_in_care_31_march", in_care);
  out.add_kpi("children_in_care_31_march_per_10k", per_10k_(in_care));
  out.add_kpi("share_fostered_in_house_31_march",
              fostering_snapshots_ > 0 ? fostered_in_house_share_sum_ / fostering_snapshots_ : kNotApplicable);
  out.add_kpi("share_over_20_miles", mean_in_care(far_share_sum_));
  for (std::size_t band = 0; band < kAgeBandCount; ++band)
    out.add_kpi("age_mix_31_march." + std::string{kAgeBandNames[band]}, mean_in_care(age_share_sums_[band]));
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t)
    out.add_kpi("placement_mix_31_march." + std::string{kPlacementTypeNames[t]}, mean(share_sums_[t]));
}

}  // namespace caresim::metrics
