#include "model/workforce/child_effects.hpp"

#include <algorithm>

namespace caresim::model {

void ChildEffects::allocated(ChildId child, int caseload, double waited_days, bool change) {
  if (!spec_) return;
  if (change && spec_->social_worker_change) {
    const auto& raise = *spec_->social_worker_change;
    care_.raise_breakdown_hazard(child, raise.breakdown_hazard_factor,
                                 agenda_.now() + kernel::days_to_ticks(raise.for_days));
  }
  if (const auto& delay = spec_->planned_exit_delay) {
    const std::uint8_t reason = care_.children()[index_of(child)].leaving_reason;
    if (reason >= kLeavingRouteCount || !delay->routes[reason]) return;
    const double days = delay->days_per_case_above_target * std::max(0, caseload - caseload_target_) +
                        delay->unallocated_days_share * waited_days;
    if (days > 0) care_.delay_planned_exit(child, days);
  }
}

}  // namespace caresim::model
