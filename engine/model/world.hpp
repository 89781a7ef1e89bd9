// One replication's model: its processes, built from the scenario, and the routing of each
// kernel event to the process that scheduled it. Processes talk to each other through the
// facts they publish or through narrow calls, never through the event loop's internals.
#pragma once

#include <optional>

#include "kernel/agenda.hpp"
#include "model/care_system.hpp"
#include "model/carer_supply.hpp"
#include "model/process_kinds.hpp"
#include "model/workforce/workforce.hpp"

namespace caresim::model {

class World {
 public:
  World(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
        kernel::Agenda& agenda, EventPublisher& publisher)
      : care_(scenario, replication, clock, agenda, publisher) {
    if (scenario.carer_supply) {
      supply_.emplace(scenario, replication, clock, agenda, publisher, care_);
      publisher.subscribe<HouseholdApproved, HouseholdDeregistered>(*supply_);
    }
    if (scenario.workforce) workforce_.emplace(scenario, replication, clock, agenda, publisher, care_);
  }
  World(const World&) = delete;  // the publisher holds the processes' addresses
  World& operator=(const World&) = delete;

  void start() {
    care_.start();
    if (supply_) supply_->start();
    if (workforce_) workforce_->start();
  }

  // The children's care process, whose events are most of all, is asked for first.
  void handle(const kernel::Event& event) {
    const Process process = process_of(event.kind);
    if (process == Process::care) return care_.handle(event);
    if (process == Process::carer_supply) return supply_->handle(event);
    workforce_->handle(event);
  }

  const CareSystem& care() const { return care_; }
  // Absent without a workforce section.
  Workforce* workforce() { return workforce_ ? &*workforce_ : nullptr; }

 private:
  CareSystem care_;
  std::optional<CarerSupply> supply_;  // present with a carer_supply section
  std::optional<Workforce> workforce_;  // present with a workforce section
};

}  // namespace caresim::model
