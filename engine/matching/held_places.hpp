// The places a batch's sibling groups have taken before its single children are matched:
// places in households, beds in homes, and what is left of the capped providers' room.
#pragma once

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "matching/batch_supply.hpp"

namespace caresim::matching {

struct HeldPlaces {
  std::vector<std::pair<model::HouseholdId, int>> households;  // a few: one per group at most
  std::vector<int> homes;                                       // beds held, by in-house home
  std::optional<int> ifa_room;                                  // nullopt: no cap
  std::optional<int> supported_room;

  void reset(const BatchSupply& supply) {
    households.clear();
    homes.assign(supply.homes ? supply.homes->homes().size() : 0, 0);
    ifa_room = supply.ifa_room;
    supported_room = supply.supported_room;
  }

  int in_household(model::HouseholdId id) const {
    const auto held = std::find_if(households.begin(), households.end(), [id](const auto& h) { return h.first == id; });
    return held == households.end() ? 0 : held->second;
  }
  // The household's free places less those held, when it can take a child at all.
  int left_in(const model::FosterPool& pool, model::HouseholdId id) const {
    return pool[id].can_take_a_child() ? pool[id].free_places() - in_household(id) : 0;
  }
  int beds_left(const model::ChildrensHomes& all, std::size_t home) const {
    return all.homes()[home].beds - all.homes()[home].filled - homes[home];
  }

  void hold(const PlacementChoice& choice, int places) {
    switch (choice.type) {
      case PlacementType::in_house_foster: {
        const auto held = std::find_if(households.begin(), households.end(),
                                       [&](const auto& h) { return h.first == choice.household; });
        if (held == households.end()) households.emplace_back(choice.household, places);
        else held->second += places;
        break;
      }
      case PlacementType::residential:
        if (choice.home) homes[*choice.home] += places;
        break;
      case PlacementType::ifa:
        if (ifa_room) *ifa_room -= places;
        break;
      case PlacementType::supported:
        if (supported_room) *supported_room -= places;
        break;
      default: break;  // kinship carers are the group's own; external homes are not capped
    }
  }
};

}  // namespace caresim::matching
