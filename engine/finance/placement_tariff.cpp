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

double weekly_price(const scenario::PlacementCostSpec& spec, NeedLevel need) {
  return spec.gbp_per_week[static_cast<std::size_t>(need)];
}

double weekly_carer_pay(const scenario::PlacementCostSpec& spec, NeedLevel carer_skill, int age) {
  double pay = 0;
  if (spec.fee_gbp_per_week) pay += (*spec.fee_gbp_per_week)[static_cast<std::size_t>(carer_skill)];
  if (spec.allowance_gbp_per_week)
    pay += (*spec.allowance_gbp_per_week)[static_cast<std::size_t>(std::clamp(age, 0, scenario::kOldestInCare))];
  return pay;
}

}  // namespace caresim::finance
