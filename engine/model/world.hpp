// One replication's model: its processes, built from the scenario, and the routing of each
// kernel event to the process that scheduled it. Processes talk to each other through the
// facts they publish or through narrow calls, never through the event loop's internals.
#pragma once

#include "kernel/agenda.hpp"
#include "model/care_system.hpp"
#include "model/process_kinds.hpp"

namespace caresim::model {

class World {
 public:
  World(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
        kernel::Agenda& agenda, EventPublisher& publisher)
      : care_(scenario, replication, clock, agenda, publisher) {}

  void start() { care_.start(); }

  void handle(const kernel::Event& event) {
    switch (process_of(event.kind)) {
      case Process::care: return care_.handle(event);
    }
  }

  const CareSystem& care() const { return care_; }

 private:
  CareSystem care_;
};

}  // namespace caresim::model
