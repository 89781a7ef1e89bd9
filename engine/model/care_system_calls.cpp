// CareSystem's narrow calls for other processes: the workforce raises a child's breakdown
// hazard after a change of social worker, and puts back a planned end of care.
#include <algorithm>
#include <cmath>

#include "model/care_system.hpp"
#include "model/distribution_sampler.hpp"
#include "model/process_kinds.hpp"
#include "model/raised_hazard.hpp"

namespace caresim::model {

double CareSystem::draw_breakdown_days(const Child& c, const scenario::DistributionSpec& time,
                                       kernel::RandomStream& rng) const {
  const double factor = c.placement.breakdown_factor;
  const BreakdownRaise& raise = c.breakdown_raise;
  if (raise.until <= now() || raise.factor == 1) {
    if (now() == c.placement.started) return draw_with_hazard_factor(time, factor, rng);
    return draw_time_given_survival(time, factor, kernel::ticks_to_days(now() - c.placement.started), 1, 0, rng);
  }
  return draw_time_given_survival(time, factor, kernel::ticks_to_days(now() - c.placement.started), raise.factor,
                                  kernel::ticks_to_days(raise.until - c.placement.started), rng);
}

void CareSystem::raise_breakdown_hazard(ChildId id, double factor, kernel::Ticks until, kernel::RandomStream& rng) {
  Child& c = child(id);
  c.breakdown_raise = BreakdownRaise{factor, until};
  if (!c.placed || !scenario_.breakdowns) return;
  const auto& time = scenario_.breakdowns->time_to_breakdown[static_cast<std::size_t>(c.placement.type)];
  if (!time) return;
  const double days = draw_breakdown_days(c, *time, rng);
  if (!std::isfinite(days)) {
    c.breakdown.cancel();
    return;
  }
  const kernel::Ticks at = std::max(now(), c.placement.started + kernel::days_to_ticks(days));
  agenda_.schedule_at(at, event_kind(Process::care, CareEvent::placement_breaks_down), index_of(id), c.breakdown.arm());
}

void CareSystem::delay_planned_exit(ChildId id, double days) {
  Child& c = child(id);
  const kernel::Ticks later = std::min(c.leaves_at + kernel::days_to_ticks(days), c.turns_18);
  if (!c.in_care || later <= c.leaves_at) return;
  c.leaves_at = later;
  agenda_.schedule_at(later, event_kind(Process::care, CareEvent::child_leaves_care), index_of(id), c.leaving.arm());
}

}  // namespace caresim::model
