// What a match costs under the min_cost policy: its type's price, plus per mile from the
// child's home, plus, for an in-house carer, per skill level above the child's need, or per
// need level above the carer's skill where the matching allows a carer less skilled.
#pragma once

#include <cstddef>

#include "scenario/scenario.hpp"

namespace caresim::matching {

inline double match_cost(const scenario::MatchCosts& costs, PlacementType type, double miles,
                         int skill_above_need = 0) {
  const double skill_cost = skill_above_need >= 0 ? costs.per_skill_level_above_need * skill_above_need
                                                  : costs.per_need_level_above_skill * -skill_above_need;
  return costs.type[static_cast<std::size_t>(type)] + costs.per_mile * miles + skill_cost;
}

}  // namespace caresim::matching
