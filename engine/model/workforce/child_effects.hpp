// What the workforce does to children's care, each effect off unless the scenario has it: a
// change of social worker raises the breakdown hazard for a while, and a worker above target
// (or a wait for one) puts back a planned end of care.
#pragma once

#include <optional>

#include "kernel/agenda.hpp"
#include "model/care_system.hpp"
#include "scenario/workforce_spec.hpp"

namespace caresim::model {

class ChildEffects {
 public:
  ChildEffects(const std::optional<scenario::ChildEffectsSpec>& spec, int caseload_target, CareSystem& care,
               const kernel::Agenda& agenda)
      : spec_(spec), caseload_target_(caseload_target), care_(care), agenda_(agenda) {}

  // A child has just been allocated a worker who now holds `caseload` cases, after
  // `waited_days` without one; `change`: not the child's first worker in this stay.
  void allocated(ChildId child, int caseload, double waited_days, bool change);

 private:
  const std::optional<scenario::ChildEffectsSpec>& spec_;
  int caseload_target_;
  CareSystem& care_;
  const kernel::Agenda& agenda_;
};

}  // namespace caresim::model
