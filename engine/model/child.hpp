// A child in care: who they are, where they are placed, and the timers that concern them.
#pragma once

#include "kernel/calendar.hpp"
#include "kernel/event_queue.hpp"
#include "model/ids.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::model {

struct Placement {
  PlacementType type = PlacementType::emergency;
  HouseholdId household = kNoHousehold;  // for in-house foster placements
  kernel::Ticks started = 0;
};

struct Child {
  kernel::Date date_of_birth;
  AgeBand band_at_entry = AgeBand::under_1;
  kernel::Ticks entered = 0;
  kernel::Ticks turns_18 = 0;         // care ends then at the latest
  bool in_care = false;
  bool placed = false;
  Placement placement;                // meaningful while placed
  kernel::Ticks seeking_since = 0;    // when the current search for a placement began
  int placements = 0;                 // placements in this episode of care
  kernel::TimerSlot leaving;          // the planned end of care; never reset, so a reused
                                      // record cannot be hit by its previous holder's events
  ChildId waiting_prev = kNoChild;    // links in the waiting list while waiting
  ChildId waiting_next = kNoChild;
};

}  // namespace caresim::model
