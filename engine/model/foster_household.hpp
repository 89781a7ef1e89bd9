// An approved in-house fostering household: its places, what it is approved and skilled
// for, where it is, and whether it can take a child now.
#pragma once

#include <cstdint>

#include "model/geography.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::model {

struct FosterHousehold {
  std::uint16_t places = 1;  // approved places
  std::uint16_t filled = 0;  // invariant: filled <= places
  NeedLevel skill = NeedLevel::standard;
  std::uint8_t age_range = 0;  // index into the scenario's approved age ranges
  LocalityId locality{0};
  bool on_break = false;   // taking no child for a while, e.g. after a breakdown
  bool resigning = false;  // takes no new child; deregisters when the last one leaves
  bool approved = true;

  bool takes_sibling_groups = true;

  bool can_take_a_child() const { return approved && !on_break && !resigning && filled < places; }
  int free_places() const { return places - filled; }
};

}  // namespace caresim::model
