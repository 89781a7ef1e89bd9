// Placements: starting one (filling the place, its distance from home, its breakdown
// timer), ending one, breakdowns and what the carer does after them, secure stays, and the
// sharing of one placement by siblings placed together.
#include <algorithm>
#include <cassert>
#include <cmath>

#include "model/care_events.hpp"
#include "model/care_system.hpp"
#include "model/distribution_sampler.hpp"
#include "model/impossible_run.hpp"

namespace caresim::model {
namespace {
constexpr double kFarFromHomeMiles = 20;  // the national indicator's threshold
// Placements that may break down in the instant they began, all at one moment. The long
// tails near zero of breakdown times give a few in a replication (the baseline about one),
// hardly ever two at one moment; far more means the times, under the hazard factors, come out
// below a second again and again, and the child is placed and breaks down in the same instant
// for ever.
constexpr long kMostInstantBreakdowns = 10'000;
}  // namespace

// `lead` is the child whose timer ends the placement for everyone in it: the child itself,
// or the first of siblings placed together.
void CareSystem::start_placement(ChildId id, PlacementType type, HouseholdId household,
                                 std::optional<std::size_t> home, ChildId lead, bool planned_move) {
  Child& c = child(id);
  double miles = 0;
  int skill_above = 0;  // an in-house carer's, over the child's need
  const auto drawn = [this, id](const std::optional<scenario::DistributionSpec>& spec) {
    return spec ? draw(*spec, streams(id).placements) : 0.0;
  };
  const auto& provision = scenario_.provision;
  switch (type) {
    case PlacementType::in_house_foster:
      foster_.fill_place(household);
      miles = geography_.miles(c.home, foster_[household].locality);
      skill_above = skill_above_need(foster_[household].skill, c.need);
      break;
    case PlacementType::ifa:
      assert(ifa_room().value_or(1) > 0);
      ++ifa_in_use_;
      miles = drawn(provision.ifa->miles);
      break;
    case PlacementType::residential:
      if (home) {
        homes_.fill(*home);
        miles = geography_.miles(c.home, homes_.homes()[*home].locality);
      } else {
        miles = drawn(provision.residential->external->miles);
      }
      break;
    case PlacementType::kinship: miles = geography_.miles(c.home, c.home); break;
    case PlacementType::supported:
      assert(supported_room().value_or(1) > 0);
      ++supported_in_use_;
      miles = drawn(provision.supported->miles);
      break;
    case PlacementType::secure:
      assert(secure_bed_free());
      ++secure_in_use_;
      miles = drawn(provision.secure->miles);
      break;
    case PlacementType::emergency: miles = drawn(provision.emergency->miles); break;
  }
  c.placed = true;
  c.placement = Placement{type, household, home, miles, now()};
  c.unit_lead = lead;
  c.breakdown_at = -1;  // unless a breakdown is scheduled below
  ++c.placements;
  if (type != PlacementType::emergency) {  // placed: what its last search carried over ends
    c.carer_to_avoid = kNoHousehold;
    c.awaits_secure_bed = false;
  }
  publish_.publish(PlacementStarted{now(), id, type, c.entered, c.seeking_since, c.placements, miles, skill_above, lead,
                                    household, home.has_value(), planned_move});

  if (type == PlacementType::secure) {
    const double stay_days = draw(provision.secure->stay, streams(id).placements);
    agenda_.schedule_in(kernel::days_to_ticks(stay_days), kind(CareEvent::secure_stay_ends), index_of(id),
                        c.breakdown.arm());
    return;
  }
  if (id != lead) return;
  if (scenario_.breakdowns) schedule_breakdown(id);
  join_step_down_if_alone(id);
}

void CareSystem::schedule_breakdown(ChildId id) {
  Child& c = child(id);
  const auto& time = scenario_.breakdowns->time_to_breakdown[static_cast<std::size_t>(c.placement.type)];
  if (!time) return;
  // Siblings placed together break down together, so the highest need of theirs counts.
  NeedLevel need = c.need;
  for_search_unit(id, [&need](Child& m, ChildId) { need = std::max(need, m.need); });
  c.placement.breakdown_factor = breakdown_hazard_factor(c, need);
  const double days = draw_breakdown_days(c, *time, streams(id).placements);
  if (!std::isfinite(days)) return;
  c.breakdown_at = now() + kernel::days_to_ticks(days);
  queue_breakdown(id);
}

// A child placed alone whose care ends before the breakdown would come (most do: a Weibull of
// shape 1/2 draws many long times) leaves the placement first, and the breakdown event would
// only be skipped as stale; it is not queued, and a planned exit put back past it queues it
// (delay_planned_exit). Exits are never brought forward, so breakdown_at after the end of care
// means not queued. A unit of siblings always queues it: the timer may pass to one who stays.
void CareSystem::queue_breakdown(ChildId id) {
  Child& c = child(id);
  if (!c.with_siblings && c.breakdown_at > c.end_of_care()) {
    c.breakdown.cancel();  // a time drawn before, if queued, no longer applies
    return;
  }
  agenda_.schedule_at(c.breakdown_at, kind(CareEvent::placement_breaks_down), index_of(id), c.breakdown.arm());
}

// The scenario's factors for this child and placement, multiplied (proportional hazards);
// `need`: the highest of the children placed together.
double CareSystem::breakdown_hazard_factor(const Child& c, NeedLevel need) const {
  const auto& spec = *scenario_.breakdowns;
  double factor = spec.age_band_factor[age_band_index(age_now(c))];
  if (c.placement.type == PlacementType::in_house_foster) {
    factor *= support_.breakdown_hazard_factor;
    const int above_skill = -skill_above_need(foster_[c.placement.household].skill, need);
    if (above_skill > 0) factor *= need_above_skill_powers_(above_skill);
  }
  if (c.placement.miles > kFarFromHomeMiles) factor *= spec.over_20_miles_factor;
  if (c.apart_from_siblings) factor *= spec.siblings_apart_factor;
  return factor * earlier_breakdown_powers_(std::min(c.breakdowns, spec.earlier_breakdowns_counted));
}

// Every child of the placement unit led by `lead` leaves it; siblings who shared it will
// search together. Returns them (in a buffer reused by the next call); their place, still
// to be released, is the lead's placement, which vacating leaves as it was.
const std::vector<ChildId>& CareSystem::vacate_unit(ChildId lead, EndingReason reason) {
  std::vector<ChildId>& unit = leaving_unit_;
  unit.clear();
  for_placement_unit(lead, [&unit](Child&, ChildId m) { unit.push_back(m); });
  for (const ChildId m : unit) {
    if (unit.size() > 1) child(m).with_siblings = true;
    vacate(m, reason);
  }
  return unit;
}

const Placement& CareSystem::vacate(ChildId id, EndingReason reason) {
  Child& c = child(id);
  c.placed = false;
  if (c.unit_lead == id) c.breakdown.cancel();
  if (c.may_step_down) {
    c.may_step_down = false;
    step_down_.remove(children_, id);
  }
  c.unit_lead = kNoChild;
  publish_.publish(
      PlacementEnded{now(), id, c.placement.type, reason, c.placement.household, c.placement.home.has_value()});
  return c.placement;
}

void CareSystem::release(const Placement& placement) {
  switch (placement.type) {
    case PlacementType::in_house_foster:
      foster_.free_place(placement.household);
      if (foster_[placement.household].resigning) deregister_if_resigned_and_empty(placement.household);
      break;
    case PlacementType::ifa: --ifa_in_use_; break;
    case PlacementType::supported: --supported_in_use_; break;
    case PlacementType::secure: --secure_in_use_; break;
    case PlacementType::residential:
      if (placement.home && homes_.free(*placement.home)) home_closed(*placement.home);  // its last child left
      break;
    default: break;
  }
}

// A child leaving a placement it shares with siblings hands the placement's breakdown timer,
// if it holds it, to a sibling who stays.
void CareSystem::hand_over_unit(ChildId leaving) {
  Child& c = child(leaving);
  if (c.unit_lead != leaving || !has_siblings_in_care(leaving)) return;
  ChildId heir = kNoChild;
  for_placement_unit(leaving, [&](Child&, ChildId m) {
    if (m != leaving && heir == kNoChild) heir = m;
  });
  if (heir == kNoChild) return;
  for_placement_unit(leaving, [&](Child& m, ChildId mid) {
    if (mid != leaving) m.unit_lead = heir;
  });
  Child& h = child(heir);
  // The timer passes on with the factors it is drawn under (a later raise draws it again). The
  // leaver's raised hazard does not: it came of the leaver's change of social worker, and a
  // redraw from now (a raise, a support team starting) is under the heir's own.
  h.placement.breakdown_factor = c.placement.breakdown_factor;
  h.breakdown_at = c.breakdown_at;
  if (h.breakdown_at >= 0)
    agenda_.schedule_at(h.breakdown_at, kind(CareEvent::placement_breaks_down), index_of(heir), h.breakdown.arm());
  c.breakdown.cancel();
  c.breakdown_at = -1;
  c.unit_lead = kNoChild;  // leads nobody now; vacate() need not cancel again
}

// Everyone in the placement leaves it; the carer's freed place goes first to children
// already waiting; then the children search again (siblings placed together, together),
// anywhere but with the carer they have just left, until they are placed.
void CareSystem::placement_breaks_down(ChildId id, std::uint32_t generation) {
  Child& c = child(id);
  if (!c.breakdown.fires(generation)) return;
  if (c.placement.started == now() && instant_breakdowns_at_ != now()) {
    instant_breakdowns_at_ = now();
    instant_breakdowns_ = 0;
  }
  if (c.placement.started == now() && ++instant_breakdowns_ > kMostInstantBreakdowns) {
    const auto& time = scenario_.breakdowns->time_to_breakdown[static_cast<std::size_t>(c.placement.type)];
    assert(time);  // the placement had a breakdown timer
    throw ImpossibleRun(time->written_at.problem(
        "scenario '" + scenario_.name +
        "': placements break down in the instant they start, again and again, so time never moves on: under "
        "the hazard factors (breakdowns.factors, and a change of social worker's raise), these times to "
        "breakdown come out below a second"));
  }
  const Placement ended = c.placement;
  const std::vector<ChildId>& unit = vacate_unit(id, EndingReason::breakdown);
  for (const ChildId m : unit) {
    ++child(m).breakdowns;
    if (ended.household != kNoHousehold) child(m).carer_to_avoid = ended.household;
  }
  if (ended.type == PlacementType::in_house_foster)
    carer_responds_to_breakdown(ended.household, streams(id).placements);
  for (std::size_t i = 0; i < unit.size(); ++i) release(ended);
  offer_freed_places();  // may already place these children, if they were waiting in an emergency placement
  if (!c.placed) seek_placement(id);
}

// Secure care ends as planned: the bed goes first to a child waiting for one, and the child
// needs a placement from now, not secure care at once.
void CareSystem::secure_stay_ends(ChildId id, std::uint32_t generation) {
  Child& c = child(id);
  if (!c.breakdown.fires(generation)) return;
  release(vacate(id, EndingReason::moved_on));
  offer_freed_secure_bed();
  seek_placement(id, false);
}

// After a breakdown the carer may resign, or take a break from fostering.
void CareSystem::carer_responds_to_breakdown(HouseholdId id, kernel::RandomStream& rng) {
  const auto& spec = *scenario_.breakdowns;
  const double resign = rng.uniform01(), rest = rng.uniform01();
  if (!foster_[id].approved) return;
  if (resign < std::min(1.0, spec.carer_resign_probability * support_.resign_after_breakdown_factor)) {
    resign_household(id, ResignationReason::after_breakdown);
  } else if (rest < spec.carer_break_probability && !foster_[id].on_break) {
    foster_.set_on_break(id, true);
    publish_.publish(CarerBreakStarted{now(), id});
    agenda_.schedule_in(kernel::days_to_ticks(draw(*spec.carer_break, rng)),
                        kind(CareEvent::carer_break_ends), index_of(id));
  }
}

void CareSystem::deregister_if_resigned_and_empty(HouseholdId id) {
  if (foster_.deregister_if_resigned_and_empty(id))
    publish_.publish(HouseholdDeregistered{now(), id, foster_[id].places});
}

void CareSystem::carer_break_ends(HouseholdId id) {
  foster_.set_on_break(id, false);
  publish_.publish(CarerBreakEnded{now(), id});
  offer_freed_places();
}

}  // namespace caresim::model
