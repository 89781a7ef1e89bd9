// The sibling groups of a batch, placed before its single children: each group in entry
// order takes its cheapest place with room for all of it (one household that takes sibling
// groups, one home, or the room of a provider). A group needs several places in one
// household, which no flow can express, so groups are placed greedily and the single
// children are then matched at least cost on what is left.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "matching/held_places.hpp"
#include "matching/match_cost.hpp"
#include "matching/min_cost_assignment.hpp"

namespace caresim::matching {
namespace detail {

// The cheapest choice seen, the earliest on equal (resolved) cost.
struct Cheapest {
  std::optional<PlacementChoice> choice;
  double units = 0;

  void consider(const PlacementChoice& candidate, double cost) {
    const double candidate_units = MinCostAssignment::resolved(cost);
    if (choice && candidate_units >= units) return;
    choice = candidate;
    units = candidate_units;
  }
};

// In first_fit's order (each skill pass, and in it nearest locality, least skill, approved
// ages in the scenario's order), in each bucket the household first_fit's group search would
// pick.
inline void consider_group_in_house(const BatchEntry& entry, const BatchSupply& supply, const scenario::MatchCosts& costs,
                                    const HeldPlaces& held, Cheapest& cheapest) {
  const SearchRequest& group = entry.child;
  const model::FosterPool& pool = *supply.foster;
  const auto& ranges = pool.age_ranges();
  for_each_skill_pass(group.need, supply.policy, [&](std::size_t least_skill, std::size_t skill_end) {
    for (const model::LocalityId locality : supply.geography.nearest_first(group.home))
      for (std::size_t skill = least_skill; skill < skill_end; ++skill)
        for (std::size_t range = 0; range < ranges.size(); ++range) {
          if (group.age < ranges[range].min_age || group.oldest() > ranges[range].max_age) continue;
          const auto listed = pool.free_households(locality, static_cast<NeedLevel>(skill), range);
          for (auto id = listed.rbegin(); id != listed.rend(); ++id)
            if (*id != group.avoid && pool[*id].takes_sibling_groups && held.left_in(pool, *id) >= group.group_size) {
              cheapest.consider({PlacementType::in_house_foster, *id, std::nullopt},
                                match_cost(costs, PlacementType::in_house_foster,
                                           supply.geography.miles(group.home, locality),
                                           skill_above_need(static_cast<NeedLevel>(skill), group.need)));
              break;
            }
        }
    return false;
  });
}

inline void consider_group_homes(const BatchEntry& entry, const BatchSupply& supply, const scenario::MatchCosts& costs,
                                 const HeldPlaces& held, Cheapest& cheapest) {
  const SearchRequest& group = entry.child;
  const auto& homes = supply.homes->homes();
  for (const model::LocalityId locality : supply.geography.nearest_first(group.home))
    for (std::size_t i = 0; i < homes.size(); ++i)
      if (homes[i].locality == locality && held.beds_left(*supply.homes, i) >= group.group_size)
        cheapest.consider({PlacementType::residential, model::kNoHousehold, i},
                          match_cost(costs, PlacementType::residential, supply.geography.miles(group.home, locality)));
}

inline std::optional<PlacementChoice> cheapest_for_group(const BatchEntry& entry, const BatchSupply& supply,
                                                         const scenario::MatchCosts& costs, const HeldPlaces& held) {
  const SearchRequest& group = entry.child;
  const auto room_for_group = [&](const std::optional<int>& room) { return !room || *room >= group.group_size; };
  const auto provider = [](PlacementType type) { return PlacementChoice{type, model::kNoHousehold, std::nullopt}; };
  Cheapest cheapest;
  for (const PlacementType type : supply.policy.order) switch (type) {
      case PlacementType::in_house_foster:
        if (supply.foster) consider_group_in_house(entry, supply, costs, held, cheapest);
        break;
      case PlacementType::ifa:
        if (entry.ifa_found && room_for_group(held.ifa_room))
          cheapest.consider(provider(type), match_cost(costs, type, supply.ifa_miles));
        break;
      case PlacementType::residential:
        if (supply.homes) consider_group_homes(entry, supply, costs, held, cheapest);
        if (entry.external_found) cheapest.consider(provider(type), match_cost(costs, type, supply.external_miles));
        break;
      case PlacementType::kinship:
        if (entry.kinship_found)
          cheapest.consider(provider(type), match_cost(costs, type, supply.geography.miles(group.home, group.home)));
        break;
      case PlacementType::supported:
        if (entry.supported_found && room_for_group(held.supported_room))
          cheapest.consider(provider(type), match_cost(costs, type, supply.supported_miles));
        break;
      default: break;  // the scenario reader admits only the types above
    }
  return cheapest.choice;
}

}  // namespace detail

// Fills `choices` (by entry) for the groups and holds their places in `held`.
inline void place_sibling_groups(std::span<const BatchEntry> entries, const BatchSupply& supply,
                                 const scenario::MatchCosts& costs, HeldPlaces& held,
                                 std::vector<std::optional<PlacementChoice>>& choices) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].child.group_size <= 1) continue;
    choices[i] = detail::cheapest_for_group(entries[i], supply, costs, held);
    if (choices[i]) held.hold(*choices[i], entries[i].child.group_size);
  }
}

}  // namespace caresim::matching
