// The children's care system of one replication: children enter, are matched against a
// finite supply or wait, their placements may break down, and they leave. It reacts to the
// kernel's events, schedules through the agenda, and publishes what happens; it computes no
// KPI.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "kernel/agenda.hpp"
#include "kernel/random_stream.hpp"
#include "model/child.hpp"
#include "model/childrens_homes.hpp"
#include "model/domain_events.hpp"
#include "model/foster_pool.hpp"
#include "model/geography.hpp"
#include "model/waiting_list.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

enum class CareEvent : std::uint32_t {
  child_arrives,
  child_leaves_care,
  placement_breaks_down,
  carer_break_ends,
  month_ends,
  year_ends
};

class CareSystem {
 public:
  CareSystem(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
             kernel::Agenda& agenda, const EventPublisher& publisher);

  // Approves the initial households and schedules the first arrival and calendar marks.
  void start();
  void handle(const kernel::Event& event);

  // A household joins the pool and its places go at once to any children waiting.
  HouseholdId approve_household(const FosterHousehold& household);

  // Narrow calls for other processes (the workforce), in care_system_calls.cpp.
  // The child's breakdown hazard is `factor` times the usual until `until`: the current
  // placement's time to breakdown is redrawn, given it has lasted so far, from `rng`.
  void raise_breakdown_hazard(ChildId id, double factor, kernel::Ticks until, kernel::RandomStream& rng);
  // The child's planned end of care comes `days` later, never after the 18th birthday.
  void delay_planned_exit(ChildId id, double days);

  // Read-only views, for invariant checks and tests.
  const std::vector<Child>& children() const { return children_; }
  const FosterPool& foster_pool() const { return foster_; }
  const ChildrensHomes& childrens_homes() const { return homes_; }
  const WaitingList& waiting() const { return waiting_; }
  int ifa_in_use() const { return ifa_in_use_; }
  int supported_in_use() const { return supported_in_use_; }

 private:
  void child_arrives();
  void child_leaves_care(ChildId id, std::uint32_t generation);
  void placement_breaks_down(ChildId id, std::uint32_t generation);
  void carer_break_ends(HouseholdId id);
  void month_ends();
  void year_ends();

  void approve_initial_households();
  void plan_end_of_care(ChildId id);
  ChildId admit_child();
  void seek_placement(ChildId id, HouseholdId avoid = kNoHousehold);
  void stop_waiting(ChildId id);
  bool try_to_place(ChildId id, HouseholdId avoid = kNoHousehold);
  void start_placement(ChildId id, PlacementType type, HouseholdId household, std::optional<std::size_t> home);
  Placement vacate(ChildId id, EndingReason reason);  // the child leaves; the place is still held
  void release(const Placement& placement);           // the place becomes free
  void carer_responds_to_breakdown(HouseholdId id);
  void deregister_if_resigned_and_empty(HouseholdId id);
  void offer_freed_places();
  double breakdown_hazard_factor(const Child& child) const;
  // Days from the start of the placement to its breakdown, given it has lasted so far, under
  // the child's raised hazard while that lasts.
  double draw_breakdown_days(const Child& child, const scenario::DistributionSpec& time, kernel::RandomStream& rng) const;

  Child& child(ChildId id) { return children_[index_of(id)]; }
  kernel::Ticks now() const { return agenda_.now(); }

  const scenario::Scenario& scenario_;
  const kernel::Clock& clock_;
  kernel::Agenda& agenda_;
  const EventPublisher& publish_;
  const Geography geography_;

  // Named streams: adding draws to one process never shifts another's.
  kernel::RandomStream arrivals_;
  kernel::RandomStream profiles_;
  kernel::RandomStream stays_;
  kernel::RandomStream households_;
  kernel::RandomStream searches_;
  kernel::RandomStream distances_;
  kernel::RandomStream breakdowns_;
  kernel::RandomStream carer_responses_;
  kernel::RandomStream kinship_;
  kernel::RandomStream leaving_routes_;

  double mean_days_between_entries_ = 0;
  std::vector<double> age_band_cumulative_;
  std::vector<double> need_cumulative_;
  std::vector<double> home_cumulative_;
  std::array<std::vector<double>, kAgeBandCount> route_cumulative_;  // routes, then "none"

  std::vector<Child> children_;
  std::vector<ChildId> free_records_;  // records of children who left, for reuse
  FosterPool foster_;
  ChildrensHomes homes_;
  WaitingList waiting_;
  int ifa_in_use_ = 0;
  int supported_in_use_ = 0;
  kernel::Date next_month_end_;
  kernel::Date next_year_end_;
};

}  // namespace caresim::model
