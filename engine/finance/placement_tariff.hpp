// What a placement costs a week at base-year prices, and the cost line it falls on.
#pragma once

#include "scenario/costs_spec.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::finance {

// Residential placements fall on the line of the council's own homes or of spot purchases.
scenario::CostedPlacement costed_placement(PlacementType type, bool in_house_home);

// The line's weekly price for the child's need level.
double weekly_price(const scenario::PlacementCostSpec& spec, NeedLevel need);

// What the carer is paid a week where the line pays carers: the fee for the carer's skill
// and the allowance for a child of `age` whole years, which changes on the birthday that
// takes the child into another age range. 0 on lines without fees or allowances.
double weekly_carer_pay(const scenario::PlacementCostSpec& spec, NeedLevel carer_skill, int age);

}  // namespace caresim::finance
