// What a match costs under the min_cost policy: its type's price, plus per mile from the
// child's home, plus, for an in-house carer, per skill level above the child's need.
#pragma once

#include <cstddef>

#include "scenario/scenario.hpp"

namespace caresim::matching {

inline double match_cost(const scenario::MatchCosts& costs, PlacementType type, double miles,
                         std::size_t skill_above_need = 0) {
  return costs.type[static_cast<std::size_t>(type)] + costs.per_mile * miles +
         costs.per_skill_level_above_need * static_cast<double>(skill_above_need);
}

}  // namespace caresim::matching
