// A small supply for matching tests, with no engine: three localities, a foster pool and
// the views the searches read.
#pragma once

#include "matching/batch_supply.hpp"
#include "matching/placement_search.hpp"

namespace caresim::matching_test {

using model::FosterHousehold;
using model::FosterPool;
using model::HouseholdId;
using model::LocalityId;

inline constexpr LocalityId kTown{0}, kCoast{1}, kMoor{2};

// Three localities in a row: town -8- coast -30- moor, 3 miles within each.
inline scenario::GeographySpec three_places() {
  return {{{"town", 0.4}, {"coast", 0.3}, {"moor", 0.3}}, {{0, 1, 8}, {1, 2, 30}}, 3};
}

inline FosterHousehold household(LocalityId where, NeedLevel skill, std::uint16_t places = 1,
                                 std::uint8_t age_range = 0) {
  FosterHousehold h;
  h.locality = where;
  h.skill = skill;
  h.places = places;
  h.age_range = age_range;
  return h;
}

struct World {
  scenario::MatchingSpec policy;
  model::Geography geography{three_places()};
  FosterPool pool{3, {scenario::ApprovedAges{0, 17, 1.0}}};

  matching::SupplyView supply(bool ifa = false, bool external = false) const {
    return matching::SupplyView{policy, geography, &pool, nullptr, ifa, external};
  }
  matching::BatchSupply batch(const model::ChildrensHomes* homes = nullptr) const {
    return matching::BatchSupply{policy, geography, &pool, homes, std::nullopt, std::nullopt};
  }
};

}  // namespace caresim::matching_test
