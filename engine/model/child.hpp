// A child in care: who they are, where they are placed, and the timers that concern them.
#pragma once

#include <optional>

#include "kernel/calendar.hpp"
#include "kernel/event_queue.hpp"
#include "model/geography.hpp"
#include "model/ids.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::model {

struct Placement {
  PlacementType type = PlacementType::emergency;
  HouseholdId household = kNoHousehold;  // in-house foster care
  std::optional<std::size_t> home;       // an in-house children's home
  double miles = 0;                      // from the child's home
  kernel::Ticks started = 0;
  double breakdown_factor = 1;           // the child's hazard factors at the start, multiplied
};

// A raised breakdown hazard (after a change of social worker): `factor` times the usual
// until `until`, whatever the placement.
struct BreakdownRaise {
  double factor = 1;
  kernel::Ticks until = 0;
};

struct Child {
  kernel::Date date_of_birth;
  AgeBand band_at_entry = AgeBand::under_1;
  NeedLevel need = NeedLevel::standard;
  LocalityId home{0};
  bool kinship_found = false;         // relatives or friends could take the child at entry
  std::uint8_t leaving_reason = 0;    // a LeavingReason: how care will end, unless 18 comes first
  kernel::Ticks entered = 0;
  kernel::Ticks turns_18 = 0;         // care ends then at the latest
  kernel::Ticks leaves_at = 0;        // when care is planned to end
  BreakdownRaise breakdown_raise;
  bool in_care = false;
  bool placed = false;                // in some placement, an emergency one included
  bool waiting = false;               // waiting for a proper match (maybe in an emergency placement)
  Placement placement;                // meaningful while placed
  kernel::Ticks seeking_since = 0;    // when the current search for a placement began
  int placements = 0;                 // placements in this episode of care
  int breakdowns = 0;                 // unplanned endings in this episode of care
  // Timers are never reset, so a reused record cannot be hit by its previous holder's events.
  kernel::TimerSlot leaving;          // the planned end of care
  kernel::TimerSlot breakdown;        // the current placement's unplanned end
  ChildId waiting_prev = kNoChild;    // links in the waiting list while waiting
  ChildId waiting_next = kNoChild;
};

}  // namespace caresim::model
