// A child in care: who they are, where they are placed, and the timers that concern them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>

#include "kernel/calendar.hpp"
#include "kernel/event_queue.hpp"
#include "kernel/random_stream.hpp"
#include "model/geography.hpp"
#include "model/ids.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::model {

// The planned exit of a child given no way out of care but 18 (kernel::kNeverDays away): its
// own 18th birthday ends care, and siblings who share the plan each leave at theirs.
inline constexpr kernel::Ticks kNoPlannedExit = kernel::days_to_ticks(kernel::kNeverDays);

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

// A record is one cache-line-aligned block whose first line holds what a child's exit reads
// (timers, state, unit, siblings, dates, the placement's type and carer): an exit comes to a
// record untouched for months, so it costs one line from memory, not all three.
struct alignas(64) Child {
  // Timers are never reset, so a reused record cannot be hit by its previous holder's events.
  kernel::TimerSlot leaving;          // the planned end of care
  kernel::TimerSlot breakdown;        // the current placement's unplanned (or secure's planned) end
  bool in_care = false;
  bool placed = false;                // in some placement, an emergency one included
  bool waiting = false;               // waiting for a proper match (maybe in an emergency placement)
  bool may_step_down = false;         // in the step-down list
  std::uint8_t leaving_reason = 0;    // a LeavingReason: how care will end, unless 18 comes first
  bool with_siblings = false;         // searches, and is placed, as one unit with its siblings
  bool apart_from_siblings = false;   // was placed apart from siblings still in care
  bool re_entry = false;              // this episode follows an earlier one that ended at home
  bool earlier_episodes_unpublished = false;  // a child of the steady state at the start, until it enters
  // Siblings placed together share one placement: its breakdown timer is the unit lead's.
  ChildId unit_lead = kNoChild;
  // Siblings in care, as a ring through their records (a child alone links to itself).
  ChildId sibling_next = kNoChild;
  ChildId sibling_prev = kNoChild;
  kernel::Ticks entered = 0;
  kernel::Ticks turns_18 = 0;         // care ends then at the latest
  Placement placement;                // meaningful while placed
  kernel::Ticks planned_exit = 0;     // when the leaving route ends care, unless 18 comes first (kNoPlannedExit: no route)
  kernel::Ticks breakdown_at = -1;    // when the lead's timer fires (-1: never), to hand it over
  BreakdownRaise breakdown_raise;
  kernel::Ticks seeking_since = 0;    // when the current search for a placement began
  // The carer whose placement with the child broke down: every search leaves it out until the
  // child is next placed (a stop-gap aside), never straight back there.
  HouseholdId carer_to_avoid = kNoHousehold;
  // Its search found it needs secure care while every bed was taken: it waits for a bed too,
  // until it is next placed (a stop-gap aside).
  bool awaits_secure_bed = false;
  int placements = 0;                 // placements in this episode of care
  int breakdowns = 0;                 // unplanned endings in this episode of care
  kernel::Date date_of_birth;
  kernel::YearDay born;               // date_of_birth's year and day, for working out ages
  std::uint32_t sibling_group = 0;    // 0: entered care alone; else the group's number
  bool unaccompanied = false;         // an unaccompanied asylum-seeking child
  AgeBand band_at_entry = AgeBand::under_1;
  NeedLevel need = NeedLevel::standard;
  bool kinship_found = false;         // relatives or friends could take the child at entry
  LocalityId home{0};
  kernel::TimerSlot re_entering;      // the return to care of a child who went home
  // Links in the waiting list while waiting, or in the step-down list while placed where
  // step-down may move it (never both: a child waiting is not in such a placement).
  ChildId waiting_prev = kNoChild;
  ChildId waiting_next = kNoChild;

  // When care is planned to end: by the leaving route, or at 18 if that comes first.
  kernel::Ticks end_of_care() const { return std::min(planned_exit, turns_18); }
};
// A child's own random streams, numbered by the order children arrive (kernel::StreamFamily):
// two scenarios that treat other children differently still draw the same for this one.
// Kept beside the records rather than in them, whose first cache line is the exit's.
struct ChildStreams {
  kernel::RandomStream life;        // its stays, ways out of care and returns: none depends on its placements
  kernel::RandomStream placements;  // what its searches find, how far, how long its placements last, Staying Put
  // Its time to breakdown drawn again when the hazard changes: set up at the first such change,
  // as most children see none (and in many scenarios none does).
  std::optional<kernel::RandomStream> raises;
  std::uint64_t number;             // the child's, by the order children arrive
};

static_assert(offsetof(Child, placement) + offsetof(Placement, home) <= 64,
              "what an exit reads fits the record's first cache line");

}  // namespace caresim::model
