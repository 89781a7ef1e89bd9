// The children's care system of one replication: children enter, are placed against a
// finite supply or wait, and leave. It reacts to the kernel's events, schedules through the
// agenda, and publishes what happens; it computes no KPI.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "kernel/agenda.hpp"
#include "kernel/random_stream.hpp"
#include "model/child.hpp"
#include "model/domain_events.hpp"
#include "model/foster_household.hpp"
#include "model/free_places.hpp"
#include "model/waiting_list.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

enum class CareEvent : std::uint32_t { child_arrives, child_leaves_care, month_ends, year_ends };

class CareSystem {
 public:
  CareSystem(const scenario::Scenario& scenario, std::uint64_t replication,
             const kernel::Clock& clock, kernel::Agenda& agenda, const EventPublisher& publisher);

  // Approves the initial households and schedules the first arrival and calendar marks.
  void start();
  void handle(const kernel::Event& event);

  // Read-only views, for invariant checks and tests.
  const std::vector<Child>& children() const { return children_; }
  const std::vector<FosterHousehold>& households() const { return households_; }
  const WaitingList& waiting() const { return waiting_; }
  int ifa_in_use() const { return ifa_in_use_; }

 private:
  void child_arrives();
  void child_leaves_care(ChildId id, std::uint32_t generation);
  void month_ends();
  void year_ends();

  ChildId admit_child();
  bool try_to_place(ChildId id);
  void end_placement(ChildId id);
  void offer_freed_places();
  bool ifa_has_room() const;

  Child& child(ChildId id) { return children_[index_of(id)]; }
  kernel::Ticks now() const { return agenda_.now(); }

  const scenario::Scenario& scenario_;
  const kernel::Clock& clock_;
  kernel::Agenda& agenda_;
  const EventPublisher& publish_;

  // Named streams: adding draws to one process never shifts another's.
  kernel::RandomStream arrivals_;
  kernel::RandomStream profiles_;
  kernel::RandomStream stays_;

  double mean_days_between_entries_ = 0;
  std::array<double, kAgeBandCount> age_band_cumulative_{};

  std::vector<Child> children_;
  std::vector<ChildId> free_records_;  // records of children who left, for reuse
  std::vector<FosterHousehold> households_;
  FreePlaces free_places_;
  WaitingList waiting_;
  int ifa_in_use_ = 0;
  kernel::Date next_month_end_;
  kernel::Date next_year_end_;
};

}  // namespace caresim::model
