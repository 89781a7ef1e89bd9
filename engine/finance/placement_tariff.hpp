// What a placement costs a week at base-year prices, and the cost line it falls on.
#pragma once

#include "scenario/costs_spec.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::finance {

// Residential placements fall on the line of the council's own homes or of spot purchases.
scenario::CostedPlacement costed_placement(PlacementType type, bool in_house_home);

// The weekly price apart from any allowance: the line's price for the child's need level,
// plus the fee for the carer's skill where the line has fees.
double weekly_price(const scenario::PlacementCostSpec& spec, NeedLevel need, NeedLevel carer_skill);

// The weekly allowance for a child of `age` whole years (0 on a line without allowances);
// it changes on the birthday that takes the child into another age range.
double weekly_allowance(const scenario::PlacementCostSpec& spec, int age);

}  // namespace caresim::finance
