// What a batch search reads: each child's request with its own luck this search, and the
// supply the children of the batch share.
#pragma once

#include <optional>

#include "matching/placement_search.hpp"

namespace caresim::matching {

// One child of the batch, or a sibling group to be placed together (child.group_size > 1).
// The draws are its own this search, as in SupplyView: `ifa_found` already says the IFA
// takes the need, `supported_found` that the child (every child of a group) is 16 or 17;
// the room the entries share is in BatchSupply.
struct BatchEntry {
  SearchRequest child;
  bool ifa_found = false;
  bool external_found = false;
  bool kinship_found = false;
  bool supported_found = false;
};

struct BatchSupply {
  const scenario::MatchingSpec& policy;  // its order: the only types a search may choose
  const model::Geography& geography;
  const model::FosterPool* foster;     // nullptr: no in-house fostering
  const model::ChildrensHomes* homes;  // nullptr: no in-house children's homes
  std::optional<int> ifa_room;         // places left under the IFA cap; nullopt: no cap
  std::optional<int> supported_room;   // likewise for supported accommodation
  // Expected miles from home of the places found (the distance is drawn once placed), for
  // their cost, e.g. DistributionSpec::expected_value().
  double ifa_miles = 0;
  double external_miles = 0;
  double supported_miles = 0;
};

}  // namespace caresim::matching
