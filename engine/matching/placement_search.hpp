// Where a child who needs a placement goes: a pure decision over a read-only view of supply.
// First fit: the first placement type in the scenario's order that has a place fitting the
// child; within in-house care the nearest locality first, and there the least skilled carer
// who is skilled enough, keeping skilled carers for the children who need them; where the
// scenario allows it and none is, the carer least short of the child's need.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>

#include "model/childrens_homes.hpp"
#include "model/foster_pool.hpp"
#include "model/geography.hpp"
#include "scenario/scenario.hpp"

namespace caresim::matching {

// One child, or a sibling group to be placed together (ages from the youngest to the
// eldest, need the highest of theirs).
struct SearchRequest {
  int age = 0;  // whole years on the day of the search (the youngest's, for a group)
  NeedLevel need = NeedLevel::standard;
  model::LocalityId home{0};
  model::HouseholdId avoid = model::kNoHousehold;  // e.g. the carer whose placement just broke down
  int eldest_age = -1;  // a group's eldest; -1: as `age`
  int group_size = 1;
  int oldest() const { return eldest_age < 0 ? age : eldest_age; }
};

struct SupplyView {
  const scenario::MatchingSpec& policy;
  const model::Geography& geography;
  const model::FosterPool* foster;     // nullptr: no in-house fostering
  const model::ChildrensHomes* homes;  // nullptr: no in-house children's homes
  // The rest are for this search, for the whole group: an IFA has room, takes this need, and
  // was found...
  bool ifa_offers_a_place;
  bool external_home_found;            // an external children's home was found
  bool kinship_found = false;          // relatives or friends can take this child now
  bool supported_offers_a_place = false;  // the child is 16 or 17 and a place was found
};

struct PlacementChoice {
  PlacementType type;
  model::HouseholdId household = model::kNoHousehold;  // in-house foster care
  std::optional<std::size_t> home;                     // an in-house children's home
};

// The carers' skills a search may take, in passes in the order it tries them: every skill
// enough for `need` first (`pass(need, kNeedLevelCount)`), then, where the matching allows
// a carer less skilled, the skill one level short of it, then two. A pass returns true to
// stop; so does this, if one did.
template <class Pass>
bool for_each_skill_pass(NeedLevel need, const scenario::MatchingSpec& policy, Pass pass) {
  const auto n = static_cast<std::size_t>(need);
  if (pass(n, kNeedLevelCount)) return true;
  const auto short_by_most = std::min(n, static_cast<std::size_t>(policy.need_above_skill_levels));
  for (std::size_t short_by = 1; short_by <= short_by_most; ++short_by)
    if (pass(n - short_by, n - short_by + 1)) return true;
  return false;
}

// Header-only: the model calls it, and it reads the model's supply; no link cycle.
namespace detail {

// Nearest locality first, there the least skill from `least_skill` (to `skill_end`), then the
// approved age ranges in the scenario's order.
inline std::optional<PlacementChoice> in_house_with_skill(const SearchRequest& child, const SupplyView& supply,
                                                          std::size_t least_skill, std::size_t skill_end) {
  const auto& ranges = supply.foster->age_ranges();
  for (const model::LocalityId locality : supply.geography.nearest_first(child.home))
    for (std::size_t skill = least_skill; skill < skill_end; ++skill) {
      const auto level = static_cast<NeedLevel>(skill);
      if (!supply.foster->any_free(locality, level)) continue;
      for (std::size_t range = 0; range < ranges.size(); ++range) {
        if (child.age < ranges[range].min_age || child.oldest() > ranges[range].max_age) continue;
        const auto household =
            child.group_size == 1
                ? supply.foster->free_household(locality, level, range, child.avoid)
                : supply.foster->free_household_for_group(locality, level, range, child.group_size, child.avoid);
        if (household) return PlacementChoice{PlacementType::in_house_foster, *household, std::nullopt};
      }
    }
  return std::nullopt;
}

// A carer skilled enough; else, where the matching allows it, one a need level short, then two.
inline std::optional<PlacementChoice> in_house_foster(const SearchRequest& child, const SupplyView& supply) {
  // The pool is usually full (councils run at 96%): then there is no bucket worth looking in.
  if (!supply.foster || supply.foster->households_with_free_places() == 0) return std::nullopt;
  std::optional<PlacementChoice> found;
  for_each_skill_pass(child.need, supply.policy, [&](std::size_t least_skill, std::size_t skill_end) {
    found = in_house_with_skill(child, supply, least_skill, skill_end);
    return found.has_value();
  });
  return found;
}

inline std::optional<PlacementChoice> residential(const SearchRequest& child, const SupplyView& supply) {
  if (supply.homes)
    if (const auto home = supply.homes->nearest_free(supply.geography.nearest_first(child.home), child.group_size))
      return PlacementChoice{PlacementType::residential, model::kNoHousehold, home};
  if (supply.external_home_found) return PlacementChoice{PlacementType::residential, model::kNoHousehold, std::nullopt};
  return std::nullopt;
}

}  // namespace detail

// nullopt: nothing fits, the child waits.
inline std::optional<PlacementChoice> first_fit(const SearchRequest& child, const SupplyView& supply) {
  for (const PlacementType type : supply.policy.order) {
    std::optional<PlacementChoice> choice;
    switch (type) {
      case PlacementType::in_house_foster: choice = detail::in_house_foster(child, supply); break;
      case PlacementType::ifa:
        if (supply.ifa_offers_a_place) choice = PlacementChoice{PlacementType::ifa, model::kNoHousehold, std::nullopt};
        break;
      case PlacementType::residential: choice = detail::residential(child, supply); break;
      case PlacementType::kinship:
        if (supply.kinship_found) choice = PlacementChoice{PlacementType::kinship, model::kNoHousehold, std::nullopt};
        break;
      case PlacementType::supported:
        if (supply.supported_offers_a_place)
          choice = PlacementChoice{PlacementType::supported, model::kNoHousehold, std::nullopt};
        break;
      default: break;  // the scenario reader admits only the types above
    }
    if (choice) return choice;
  }
  return std::nullopt;
}

}  // namespace caresim::matching
