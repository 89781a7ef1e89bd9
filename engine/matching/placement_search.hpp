// Where a child who needs a placement goes: a pure decision over a read-only view of supply.
// The first policy is first fit in the order in-house foster, then IFA; later policies
// (minimum-cost assignment) decide over the same view.
#pragma once

#include <optional>

#include "model/free_places.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::matching {

struct SupplyView {
  const model::FreePlaces& in_house;
  bool ifa_has_room;
};

struct PlacementChoice {
  PlacementType type;
  model::HouseholdId household = model::kNoHousehold;  // for in-house foster care
};

// nullopt: nothing fits, the child waits.
inline std::optional<PlacementChoice> first_fit(const SupplyView& supply) {
  if (!supply.in_house.empty()) return PlacementChoice{PlacementType::in_house_foster, supply.in_house.any()};
  if (supply.ifa_has_room) return PlacementChoice{PlacementType::ifa};
  return std::nullopt;
}

}  // namespace caresim::matching
