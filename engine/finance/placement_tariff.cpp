#include "finance/placement_tariff.hpp"

#include <algorithm>

namespace caresim::finance {

scenario::CostedPlacement costed_placement(PlacementType type, bool in_house_home) {
  using scenario::CostedPlacement;
  switch (type) {
    case PlacementType::kinship: return CostedPlacement::kinship;
    case PlacementType::in_house_foster: return CostedPlacement::in_house_foster;
    case PlacementType::ifa: return CostedPlacement::ifa;
    case PlacementType::residential:
      return in_house_home ? CostedPlacement::residential_in_house : CostedPlacement::residential_external;
    case PlacementType::supported: return CostedPlacement::supported;
    case PlacementType::secure: return CostedPlacement::secure;
    case PlacementType::emergency: return CostedPlacement::emergency;
  }
  return CostedPlacement::emergency;  // unreachable: every type is listed above
}

double weekly_price(const scenario::PlacementCostSpec& spec, NeedLevel need, NeedLevel carer_skill) {
  double price = spec.gbp_per_week[static_cast<std::size_t>(need)];
  if (spec.fee_gbp_per_week) price += (*spec.fee_gbp_per_week)[static_cast<std::size_t>(carer_skill)];
  return price;
}

double weekly_allowance(const scenario::PlacementCostSpec& spec, int age) {
  if (!spec.allowance_gbp_per_week) return 0;
  const auto& by_age = *spec.allowance_gbp_per_week;
  return by_age[static_cast<std::size_t>(std::clamp(age, 0, scenario::kOldestInCare))];
}

}  // namespace caresim::finance
