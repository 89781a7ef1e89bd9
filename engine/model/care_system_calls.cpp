// CareSystem's narrow calls for other processes: the workforce raises a child's breakdown
// hazard after a change of social worker, and puts back a planned end of care.
#include <algorithm>
#include <cmath>

#include "model/care_events.hpp"
#include "model/care_system.hpp"
#include "model/distribution_sampler.hpp"
#include "model/raised_hazard.hpp"

namespace caresim::model {

double CareSystem::draw_breakdown_days(const Child& c, const scenario::DistributionSpec& time,
                                       kernel::RandomStream& rng) const {
  const double factor = c.placement.breakdown_factor;
  const double elapsed = kernel::ticks_to_days(now() - c.placement.started);
  const BreakdownRaise& raise = c.breakdown_raise;
  if (raise.until <= now() || raise.factor == 1) {
    if (elapsed == 0) return draw_with_hazard_factor(time, factor, rng);
    return draw_time_given_survival(time, factor, elapsed, 1, 0, rng);
  }
  return draw_time_given_survival(time, factor, elapsed, raise.factor,
                                  kernel::ticks_to_days(raise.until - c.placement.started), rng);
}

// Siblings placed together share one placement, whose breakdown timer is the unit lead's: a
// change of any one's social worker raises the placement's hazard.
void CareSystem::raise_breakdown_hazard(ChildId id, double factor, kernel::Ticks until) {
  Child& c = child(id);
  c.breakdown_raise = BreakdownRaise{factor, until};
  if (!c.placed || c.placement.type == PlacementType::secure || c.unit_lead == kNoChild || !scenario_.breakdowns)
    return;  // a secure stay's timer is its planned end, not a breakdown
  child(c.unit_lead).breakdown_raise = c.breakdown_raise;
  redraw_breakdown(c.unit_lead);
}

void CareSystem::redraw_breakdown(ChildId lead_id) {
  Child& lead = child(lead_id);
  const auto& time = scenario_.breakdowns->time_to_breakdown[static_cast<std::size_t>(lead.placement.type)];
  if (!time) return;
  ChildStreams& own = streams(lead_id);
  if (!own.raises) own.raises = raise_streams_.stream(own.number);
  const double days = draw_breakdown_days(lead, *time, *own.raises);
  if (!std::isfinite(days)) {
    lead.breakdown.cancel();
    lead.breakdown_at = -1;
    return;
  }
  lead.breakdown_at = std::max(now(), lead.placement.started + kernel::days_to_ticks(days));
  queue_breakdown(lead_id);
}

// A sibling's exit moves alone: siblings who would have left together may part. A breakdown
// left unqueued because it came after the old exit (queue_breakdown) is queued if it now
// comes first, before the exit is, as it would have been at the placement's start.
void CareSystem::delay_planned_exit(ChildId id, double days) {
  Child& c = child(id);
  if (!c.in_care || days <= 0) return;
  const kernel::Ticks before = c.end_of_care();
  c.planned_exit += kernel::days_to_ticks(days);
  const kernel::Ticks end = c.end_of_care();
  if (end == before) return;
  if (c.placed && c.unit_lead == id && c.breakdown_at > before && c.breakdown_at <= end) queue_breakdown(id);
  agenda_.schedule_at(end, kind(CareEvent::child_leaves_care), index_of(id), c.leaving.arm());
}

}  // namespace caresim::model
