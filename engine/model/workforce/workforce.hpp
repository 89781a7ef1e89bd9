// The workforce process of one replication: social workers and personal advisers, built from
// the scenario's workforce section, each part only if the scenario has it. It follows the
// care system's facts (children entering and leaving care), runs its own kernel events, and
// reaches into children's care only through ChildEffects.
#pragma once

#include <optional>

#include "kernel/agenda.hpp"
#include "model/care_system.hpp"
#include "model/domain_events.hpp"
#include "model/workforce/child_effects.hpp"
#include "model/workforce/personal_adviser_service.hpp"
#include "model/workforce/social_work_service.hpp"
#include "scenario/scenario.hpp"

namespace caresim::model {

class Workforce final : public CareObserver {
 public:
  Workforce(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
            kernel::Agenda& agenda, EventPublisher& publisher, CareSystem& care);
  Workforce(const Workforce&) = delete;  // the publisher holds its address
  Workforce& operator=(const Workforce&) = delete;

  void start();
  void handle(const kernel::Event& event);

  void on(const ChildEntered& e) override;
  void on(const ChildLeftCare& e) override;

  // Absent when the scenario has no such section.
  SocialWorkService* social_workers() { return social_work_ ? &*social_work_ : nullptr; }
  const SocialWorkService* social_workers() const { return social_work_ ? &*social_work_ : nullptr; }
  const PersonalAdviserService* personal_advisers() const { return advisers_ ? &*advisers_ : nullptr; }

 private:
  ChildEffects effects_;
  std::optional<SocialWorkService> social_work_;
  std::optional<PersonalAdviserService> advisers_;
};

}  // namespace caresim::model
