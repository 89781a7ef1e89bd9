// The children's care system of one replication: children enter (alone or as sibling
// groups), are matched against a finite supply or wait, their placements may break down or
// step down, and they leave (maybe to Staying Put, maybe to come back). It reacts to the
// kernel's events, schedules through the agenda, and publishes what happens; it computes no
// KPI.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "kernel/agenda.hpp"
#include "kernel/calendar_rate.hpp"
#include "kernel/random_stream.hpp"
#include "matching/assign_batch.hpp"
#include "matching/placement_search.hpp"
#include "model/child.hpp"
#include "model/childrens_homes.hpp"
#include "model/domain_events.hpp"
#include "model/foster_pool.hpp"
#include "model/geography.hpp"
#include "model/household_profiles.hpp"
#include "model/integer_powers.hpp"
#include "model/waiting_list.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

enum class CareEvent : std::uint32_t {
  child_arrives,
  child_leaves_care,
  placement_breaks_down,
  carer_break_ends,
  month_ends,
  year_ends,
  child_re_enters,
  secure_stay_ends,
  staying_put_ends_in_house,  // subject: the household
  staying_put_ends_ifa,
  batch_search,
  support_starts,
  step_down_starts,
  stretch_starts,  // carers less skilled than a child needs may take it (need_above_skill_levels)
  policy_starts,   // the matching policy and batches take over from first_fit searches made at once
  home_opens,      // subject: the council's home, by its place in provision.residential.in_house_homes
  home_closes,     // subject: likewise
  providers_change  // subject: the change, by its place in provision.changes: the providers offer more or less
};

class CareSystem {
 public:
  CareSystem(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
             kernel::Agenda& agenda, const EventPublisher& publisher);

  // Approves the initial households and schedules the first arrival and calendar marks.
  void start();
  void handle(const kernel::Event& event);

  // A household joins the pool and its places go at once to any children waiting.
  HouseholdId approve_household(const FosterHousehold& household, HouseholdOrigin origin);
  // The household takes no new child and deregisters when its last child leaves (at once
  // if it has none); its children stay until they leave. Nothing if it already resigned.
  // `before_start`: it resigned before the simulation starts (see CarerSupply::start).
  void resign_household(HouseholdId id, ResignationReason reason, bool before_start = false);
  // Training or conversion changed what the household is approved for; waiting children
  // may now fit its free places.
  void change_approval(HouseholdId id, NeedLevel skill, std::uint8_t age_range);
  // What new households look like: `mix` with, where it gives no localities, the children's.
  HouseholdProfiles household_profiles(const scenario::InHouseFosterSpec& mix) const;
  // By household, the children it fosters now, by placement unit (a child alone, or siblings
  // placed together), with the years until the unit leaves it as its exits and breakdown are
  // planned. For a settled start (CarerSupply::start).
  struct FosteredUnit {
    ChildId lead;
    double years_left;
  };
  std::vector<std::vector<FosteredUnit>> units_fostered();
  // At the start, before anything else happens: the unit came to its household after the
  // household resigned (CarerSupply::start), so it was placed elsewhere; it is, now.
  // Precondition: the household has resigned, and keeps another unit.
  void place_elsewhere_at_start(ChildId lead);

  // Narrow calls for other processes (the workforce), in care_system_calls.cpp.
  // The child's breakdown hazard is `factor` times the usual until `until`: the current
  // placement's time to breakdown is redrawn, given it has lasted so far.
  void raise_breakdown_hazard(ChildId id, double factor, kernel::Ticks until);
  // The child's planned end of care comes `days` later, never after the 18th birthday.
  void delay_planned_exit(ChildId id, double days);

  // Read-only views, for invariant checks and tests.
  const std::vector<Child>& children() const { return children_; }
  const FosterPool& foster_pool() const { return foster_; }
  const ChildrensHomes& childrens_homes() const { return homes_; }
  const WaitingList& waiting() const { return waiting_; }
  scenario::MatchingPolicy matching_policy() const { return policy_; }  // the policy in force now
  int ifa_in_use() const { return ifa_in_use_; }
  int supported_in_use() const { return supported_in_use_; }
  int secure_in_use() const { return secure_in_use_; }

 private:
  // Lifecycle (care_system.cpp).
  void child_arrives();
  void schedule_next_arrival();
  ChildId admit_arrival(kernel::Date entry_date);
  ChildId admit_child(std::uint32_t sibling_group, bool alone, kernel::Date entry_date);
  void plan_end_of_care(ChildId id, const Child* sibling = nullptr);
  void schedule_exit(ChildId id);
  void child_leaves_care(ChildId id, std::uint32_t generation);
  bool stays_put(ChildId id);
  void staying_put_ends(PlacementType type, HouseholdId household);
  std::optional<kernel::Ticks> after_leaving(ChildId id, kernel::Ticks left, LeavingReason reason);
  void begin_re_entry(ChildId id, kernel::YearDay day);
  void child_re_enters(ChildId id, std::uint32_t generation);
  void enter_care(ChildId id, kernel::Ticks entered);
  void month_ends();
  void year_ends();
  void schedule_lever(const std::optional<kernel::Date>& start_date, CareEvent begins);
  void support_starts();
  void stretch_starts();
  void policy_starts();
  void providers_change(std::uint32_t index);
  void step_down_starts();

  // The council's homes that open or close on a date (care_system_homes.cpp).
  void schedule_homes_opening_and_closing();
  void home_opens(std::size_t home);
  void home_closes(std::size_t home);
  void move_out_of_closing_homes();
  void move_out_of(std::size_t home);
  void home_closed(std::size_t home);

  // A child placed alone where step-down applies joins the list: placed so, or left alone
  // there when the sibling it was placed with left care, or placed there before step-down
  // started. The test inline, as every placement asks and few scenarios step down.
  void join_step_down_if_alone(ChildId id) {
    const Child& c = child(id);
    if (c.placed && c.unit_lead == id && !c.with_siblings && !c.may_step_down &&
        steps_down_from_[static_cast<std::size_t>(c.placement.type)])
      join_step_down(id);
  }
  void join_step_down(ChildId id);
  void approve_initial_households();

  // The children in care at the start, in the steady state (care_system_start.cpp).
  void admit_children_in_care_at_start();
  bool follow_to_start(ChildId id);

  // Searching (care_system_search.cpp). Every search leaves out the child's carer_to_avoid.
  void seek_placement(ChildId id, bool secure_allowed = true);
  void search_now(ChildId id, bool secure_allowed = true);
  void after_failed_search(ChildId id);
  bool try_to_place(ChildId id, bool planned_move = false);
  matching::BatchEntry draw_search(ChildId id);
  matching::BatchSupply batch_supply() const;
  std::optional<int> ifa_room() const;
  std::optional<int> supported_room() const;
  bool secure_bed_free() const;
  void place(ChildId id, const matching::PlacementChoice& choice, bool planned_move = false);
  void search_together(const std::vector<ChildId>& searching, bool full_search);
  bool try_secure(ChildId id);
  void split_siblings(ChildId id);
  void join_waiting_list(ChildId id);
  void stop_waiting(ChildId id);
  // Places freed (or approved): first to the children waiting, longest waiting first; then, if
  // in-house places are still free, to children who may step down. When searches are batched,
  // freed places wait for the next batch. Inline, as most children leaving free a place.
  void offer_freed_places() {
    if (batching_) return;
    if (!waiting_.empty()) search_waiting_list(false);
    if (!step_down_.empty()) step_down_where_places_free();
  }
  // A secure bed freed, likewise, to the children waiting for one. Apart from the places
  // above, as the searches of children already waiting are not for secure care.
  void offer_freed_secure_bed() {
    if (!batching_ && !waiting_.empty()) offer_secure_beds();
  }
  void offer_secure_beds();
  void batch_search();
  void search_waiting_list(bool full_search);
  void step_down_where_places_free();
  bool frees_a_scarce_place(const Placement& placement) const;
  matching::SearchRequest request_for(ChildId id);
  void widen_to_group(matching::SearchRequest& request, ChildId id);

  // Placements (care_system_placements.cpp).
  void start_placement(ChildId id, PlacementType type, HouseholdId household, std::optional<std::size_t> home,
                       ChildId lead, bool planned_move = false);
  void schedule_breakdown(ChildId id);  // the lead's placement, in a scenario with breakdowns
  void queue_breakdown(ChildId id);     // at the lead's breakdown_at, unless it left care by then
  // The child leaves; the place is still held. The placement it returns is the child's own
  // record, good until its next placement starts.
  const Placement& vacate(ChildId id, EndingReason reason);
  const std::vector<ChildId>& vacate_unit(ChildId lead, EndingReason reason);
  void release(const Placement& placement);           // the place becomes free
  // The unit's time to breakdown drawn again from now, under the lead's factors and raise,
  // given the placement has lasted so far, from the lead's stream of raises (care_system_calls.cpp).
  void redraw_breakdown(ChildId lead);
  void placement_breaks_down(ChildId id, std::uint32_t generation);
  void secure_stay_ends(ChildId id, std::uint32_t generation);
  void hand_over_unit(ChildId leaving);
  // `rng`: the stream of the child whose placement with the carer broke down.
  void carer_responds_to_breakdown(HouseholdId id, kernel::RandomStream& rng);
  void carer_break_ends(HouseholdId id);
  void deregister_if_resigned_and_empty(HouseholdId id);
  double breakdown_hazard_factor(const Child& child, NeedLevel need) const;
  // Days from the start of the placement to its breakdown, given it has lasted so far, under
  // the child's raised hazard while that lasts.
  double draw_breakdown_days(const Child& child, const scenario::DistributionSpec& time, kernel::RandomStream& rng) const;

  // Siblings: the ring of a child's siblings in care.
  void join_siblings(ChildId id, ChildId sibling);
  void leave_siblings(ChildId id);
  bool has_siblings_in_care(ChildId id) const { return child(id).sibling_next != id; }
  // Calls f(Child&, ChildId) for `id` and every sibling searching together with it.
  template <class F>
  void for_search_unit(ChildId id, F f);
  // Calls f(Child&, ChildId) for every child sharing the placement `lead` leads.
  template <class F>
  void for_placement_unit(ChildId lead, F f);

  // Why care ending at `t` ends: at 18 once turned, else by the child's planned way out.
  static LeavingReason reason_for_leaving(const Child& c, kernel::Ticks t) {
    return t >= c.turns_18 ? LeavingReason::turned_18 : static_cast<LeavingReason>(c.leaving_reason);
  }
  ChildStreams& streams(ChildId id) { return streams_[index_of(id)]; }
  Child& child(ChildId id) { return children_[index_of(id)]; }
  const Child& child(ChildId id) const { return children_[index_of(id)]; }
  kernel::Ticks now() const { return agenda_.now(); }
  int age_now(const Child& c) const { return kernel::age_in_years(c.born, today().year_day); }
  // Today's date, and as a YearDay, worked out once a simulated day rather than at every search.
  struct Today {
    kernel::Date date;
    kernel::YearDay year_day;
    kernel::Ticks from = 0, until = 0;  // the day's ticks [from, until) (none at first)
  };
  const Today& today() const {
    if (now() < today_.from || now() >= today_.until) move_today_to_now();
    return today_;
  }
  void move_today_to_now() const;
  bool kinship_found_at_entry(std::size_t band);

  const scenario::Scenario& scenario_;
  const kernel::Clock& clock_;
  kernel::Agenda& agenda_;
  const EventPublisher& publish_;
  const Geography geography_;
  const scenario::MatchingSpec in_house_only_;  // the policy of a step-down search
  // The policy of a first_fit search: the scenario's order without the types it provides
  // none of, which could never be chosen; and of a min_cost search, the scenario's. Neither
  // takes a carer less skilled than a child needs before need_above_skill_start_date.
  scenario::MatchingSpec first_fit_policy_;
  scenario::MatchingSpec min_cost_policy_;
  // Each search's chance of finding an IFA, external home or supported place (0: none
  // provided), and the caps on IFA and supported places (none: unlimited), as the providers
  // offer now: the provision's, and its change's from that date.
  double ifa_chance_, external_home_chance_, supported_chance_;
  std::optional<int> ifa_cap_, supported_cap_;
  std::array<bool, kPlacementTypeCount> steps_down_from_{};  // by type: placed there, a child may step down
  // The matching policy in force, and whether searches wait for batches: first_fit at once
  // before policy_start_date, the scenario's from then.
  scenario::MatchingPolicy policy_;
  bool batching_;
  // The placement support team's factors now: 1 without a team, and before its start date.
  scenario::SupportSpec support_;
  // The breakdown factors that compound by a count, as powers worked out once.
  const IntegerPowers need_above_skill_powers_{
      scenario_.breakdowns ? scenario_.breakdowns->need_above_skill_factor : 1.0, static_cast<int>(kNeedLevelCount) - 1};
  const IntegerPowers earlier_breakdown_powers_{
      scenario_.breakdowns ? scenario_.breakdowns->per_earlier_breakdown_factor : 1.0,
      scenario_.breakdowns ? scenario_.breakdowns->earlier_breakdowns_counted : 0};

  // Named streams: adding draws to one process never shifts another's.
  kernel::RandomStream arrivals_;
  kernel::RandomStream arrivals_before_start_;  // of the children in care at the start
  kernel::RandomStream profiles_;
  kernel::RandomStream households_;
  kernel::RandomStream kinship_;
  kernel::RandomStream sibling_groups_;
  kernel::RandomStream unaccompanied_;
  // Each child's own streams (ChildStreams), by the order children arrive.
  kernel::StreamFamily life_streams_;
  kernel::StreamFamily placement_streams_;
  kernel::StreamFamily raise_streams_;
  std::uint64_t children_arrived_ = 0;  // before the start too: the next child's number

  double mean_days_between_entries_ = 0;  // between arrivals of a child or a sibling group, at the base rate
  kernel::CalendarRate entry_rate_;      // the base rate's seasons and trend
  std::vector<double> group_size_cumulative_;
  std::vector<double> age_band_cumulative_;
  std::vector<double> need_cumulative_;
  std::vector<double> home_cumulative_;
  std::array<std::vector<double>, kAgeBandCount> route_cumulative_;  // routes, then "none"
  bool any_unaccompanied_ = false;

  std::vector<Child> children_;
  std::vector<ChildStreams> streams_;  // by record, as children_
  std::vector<ChildId> free_records_;  // records of children who left for good, for reuse
  std::uint32_t next_sibling_group_ = 1;
  FosterPool foster_;
  ChildrensHomes homes_;
  WaitingList waiting_;
  WaitingList step_down_;  // children placed where step-down may move them, longest placed first
  matching::BatchMatcher matcher_;          // min_cost searches; keeps its buffers
  std::vector<ChildId> searching_;          // the waiting children of one pass, reused
  std::vector<ChildId> leaving_unit_;       // the children of a placement unit leaving it, reused
  std::vector<std::size_t> closing_homes_;  // the council's homes closing, whose children are moving out
  std::array<double, 3> expected_miles_{};  // of IFA, external home and supported places
  int ifa_in_use_ = 0;
  int supported_in_use_ = 0;
  int secure_in_use_ = 0;
  long instant_breakdowns_ = 0;  // placements that broke down in the instant they began, at:
  kernel::Ticks instant_breakdowns_at_ = -1;
  kernel::Date next_month_end_;
  kernel::Date next_year_end_;
  mutable Today today_;  // today()'s cache
};

template <class F>
void CareSystem::for_search_unit(ChildId id, F f) {
  if (!child(id).with_siblings) return f(child(id), id);  // alone, or apart from its siblings
  const std::uint32_t group = child(id).sibling_group;
  ChildId m = id;
  do {
    const ChildId next = child(m).sibling_next;
    if (m == id || (child(m).with_siblings && child(m).sibling_group == group)) f(child(m), m);
    m = next;
  } while (m != id);
}

template <class F>
void CareSystem::for_placement_unit(ChildId lead, F f) {
  ChildId m = lead;
  do {
    const ChildId next = child(m).sibling_next;
    if (child(m).placed && child(m).unit_lead == lead) f(child(m), m);
    m = next;
  } while (m != lead);
}

}  // namespace caresim::model
