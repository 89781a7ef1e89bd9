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
  for (std::size_t band = 0; band < kAgeBandCount; ++band) age_shares_[band].add(by_age_[band], in_care_);
  far_share_.add(far_, in_care_);
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t) type_shares_[t].add(by_type_[t], placed_);
  // Fostered: with the council's own carers (mainstream and kinship, whom it approves) or
  // an IFA's.
  const long own = placed_in(by_type_, PlacementType::in_house_foster) + placed_in(by_type_, PlacementType::kinship);
  fostered_in_house_share_.add(own, own + placed_in(by_type_, PlacementType::ifa));
}

void Snapshot31March::report(Measurements& out) {
  const double in_care = marches_ > 0 ? in_care_sum_ / marches_ : kNotApplicable;
  out.add_kpi("children_in_care_31_march", in_care);
  out.add_kpi("children_in_care_31_march_per_10k", per_10k_(in_care));
  out.add_share("share_fostered_in_house_31_march", fostered_in_house_share_.mean());
  out.add_share("share_over_20_miles", distance_modelled_ ? far_share_.mean() : kNotApplicable);
  for (std::size_t band = 0; band < kAgeBandCount; ++band)
    out.add_share("age_mix_31_march." + std::string{kAgeBandNames[band]}, age_shares_[band].mean());
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t)
    out.add_share("placement_mix_31_march." + std::string{kPlacementTypeNames[t]}, type_shares_[t].mean());
}

}  // namespace caresim::metrics
