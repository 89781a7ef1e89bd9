#include "model/care_system.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "kernel/variates.hpp"
#include "matching/placement_search.hpp"
#include "model/distribution_sampler.hpp"
#include "model/household_profiles.hpp"
#include "model/process_kinds.hpp"

namespace caresim::model {
namespace {

constexpr auto kind(CareEvent e) { return event_kind(Process::care, e); }
constexpr double kFarFromHomeMiles = 20;  // the national indicator's threshold
constexpr int kSupportedFromAge = 16;      // supported accommodation is for 16- and 17-year-olds

std::vector<double> home_shares(const std::optional<scenario::GeographySpec>& geography) {
  if (!geography) return {1.0};
  std::vector<double> shares;
  for (const auto& locality : geography->localities) shares.push_back(locality.entry_share);
  return shares;
}

}  // namespace

CareSystem::CareSystem(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
                       kernel::Agenda& agenda, const EventPublisher& publisher)
    : scenario_(scenario),
      clock_(clock),
      agenda_(agenda),
      publish_(publisher),
      geography_(scenario.geography),
      arrivals_(scenario.run.seed, replication, "arrivals"),
      profiles_(scenario.run.seed, replication, "child_profiles"),
      stays_(scenario.run.seed, replication, "stays"),
      households_(scenario.run.seed, replication, "households"),
      searches_(scenario.run.seed, replication, "searches"),
      distances_(scenario.run.seed, replication, "distances"),
      breakdowns_(scenario.run.seed, replication, "breakdowns"),
      carer_responses_(scenario.run.seed, replication, "carer_responses"),
      kinship_(scenario.run.seed, replication, "kinship"),
      leaving_routes_(scenario.run.seed, replication, "leaving_routes"),
      age_band_cumulative_(kernel::cumulative_shares(scenario.children.age_at_entry)),
      need_cumulative_(kernel::cumulative_shares(scenario.children.need_level)),
      home_cumulative_(kernel::cumulative_shares(home_shares(scenario.geography))),
      foster_(geography_.localities(), scenario.provision.in_house_foster
                                           ? scenario.provision.in_house_foster->approved_ages
                                           : std::vector<scenario::ApprovedAges>{scenario::ApprovedAges{}}) {
  if (scenario.children.entries_per_year > 0)
    mean_days_between_entries_ = kernel::kDaysPerYear / scenario.children.entries_per_year;
  if (scenario.provision.residential) homes_ = ChildrensHomes(scenario.provision.residential->in_house_homes);
  if (scenario.leaving_care) {
    for (std::size_t band = 0; band < kAgeBandCount; ++band) {
      std::vector<double> chances;
      double routed = 0;
      for (const auto& route : scenario.leaving_care->routes) {
        chances.push_back(route ? route->chance_by_age[band] : 0.0);
        routed += chances.back();
      }
      chances.push_back(std::max(0.0, 1.0 - routed));  // no route: stays until 18
      route_cumulative_[band] = kernel::cumulative_shares(chances);
    }
  }
}

void CareSystem::start() {
  approve_initial_households();
  if (mean_days_between_entries_ > 0)
    agenda_.schedule_in(kernel::days_to_ticks(kernel::draw_exponential(arrivals_, mean_days_between_entries_)),
                        kind(CareEvent::child_arrives), 0);
  next_month_end_ = clock_.start().month_end();
  next_year_end_ = clock_.start().next_31_march();
  agenda_.schedule_at(clock_.end_of(next_month_end_), kind(CareEvent::month_ends), 0, 0, kernel::Priority::first);
  agenda_.schedule_at(clock_.end_of(next_year_end_), kind(CareEvent::year_ends), 0, 0, kernel::Priority::first);
}

// The households approved when the simulation starts, drawn from the scenario's mix.
void CareSystem::approve_initial_households() {
  const auto& spec = scenario_.provision.in_house_foster;
  if (!spec) return;
  const HouseholdProfiles profiles(*spec, home_cumulative_);
  for (int i = 0; i < spec->households; ++i) approve_household(profiles.draw(households_));
}

HouseholdId CareSystem::approve_household(const FosterHousehold& household) {
  const HouseholdId id = foster_.approve(household);
  publish_.publish(HouseholdApproved{now(), id, household.places});
  offer_freed_places();
  return id;
}

void CareSystem::handle(const kernel::Event& event) {
  switch (process_event_of<CareEvent>(event.kind)) {
    case CareEvent::child_arrives: return child_arrives();
    case CareEvent::child_leaves_care: return child_leaves_care(ChildId{event.subject}, event.generation);
    case CareEvent::placement_breaks_down: return placement_breaks_down(ChildId{event.subject}, event.generation);
    case CareEvent::carer_break_ends: return carer_break_ends(HouseholdId{event.subject});
    case CareEvent::month_ends: return month_ends();
    case CareEvent::year_ends: return year_ends();
  }
}

void CareSystem::child_arrives() {
  agenda_.schedule_in(kernel::days_to_ticks(kernel::draw_exponential(arrivals_, mean_days_between_entries_)),
                      kind(CareEvent::child_arrives), 0);
  const ChildId id = admit_child();
  Child& c = child(id);
  publish_.publish(ChildEntered{now(), id, c.band_at_entry, c.need, c.home, c.date_of_birth});

  plan_end_of_care(id);
  seek_placement(id);
}

// Care ends by the child's leaving route (or after a plain stay) at the drawn time, or on
// the 18th birthday if that comes first.
void CareSystem::plan_end_of_care(ChildId id) {
  Child& c = child(id);
  kernel::Ticks end = c.turns_18;
  if (scenario_.leaving_care) {
    const auto route = kernel::draw_category(leaving_routes_, route_cumulative_[static_cast<std::size_t>(c.band_at_entry)]);
    const double days = route < kLeavingRouteCount ? draw(scenario_.leaving_care->routes[route]->after, stays_) : 0.0;
    c.leaving_reason = static_cast<std::uint8_t>(route < kLeavingRouteCount ? route : static_cast<std::size_t>(LeavingReason::turned_18));
    if (route < kLeavingRouteCount) end = std::min(end, now() + kernel::days_to_ticks(days));
  } else {
    c.leaving_reason = static_cast<std::uint8_t>(LeavingReason::end_of_stay);
    end = std::min(end, now() + kernel::days_to_ticks(draw(*scenario_.children.stay, stays_)));
  }
  c.leaves_at = end;
  agenda_.schedule_at(end, kind(CareEvent::child_leaves_care), index_of(id), c.leaving.arm());
}

// Takes a free child record (or a new one) and fills in who this child is.
ChildId CareSystem::admit_child() {
  ChildId id;
  if (free_records_.empty()) {
    id = ChildId{static_cast<std::uint32_t>(children_.size())};
    children_.emplace_back();
  } else {
    id = free_records_.back();
    free_records_.pop_back();
  }
  Child& c = child(id);
  const auto band = kernel::draw_category(profiles_, age_band_cumulative_);
  // Age uniform within the band, so birthdays fall on every day of the year.
  const double age_years =
      kAgeBandFirstYear[band] + profiles_.uniform01() * (kAgeBandEndYear[band] - kAgeBandFirstYear[band]);
  const kernel::Date today = clock_.date_at(now());
  c.date_of_birth = today.plus_days(-static_cast<std::int32_t>(age_years * kernel::kDaysPerYear));
  c.turns_18 = clock_.start_of(c.date_of_birth.plus_years(18));
  c.band_at_entry = static_cast<AgeBand>(band);
  c.need = static_cast<NeedLevel>(kernel::draw_category(profiles_, need_cumulative_));
  c.home = LocalityId{static_cast<std::uint16_t>(kernel::draw_category(profiles_, home_cumulative_))};
  const double kinship_chance = scenario_.provision.kinship ? scenario_.provision.kinship->found_at_entry[band] : 0.0;
  c.kinship_found = kinship_.uniform01() < kinship_chance;
  c.entered = now();
  c.in_care = true;
  c.placed = false;
  c.waiting = false;
  c.placements = 0;
  c.breakdowns = 0;
  c.breakdown_raise = BreakdownRaise{};
  return id;
}

// A child needing a placement takes the best match, or an emergency stop-gap (if the
// scenario has one) while waiting for a proper match, or waits unplaced.
// A child already waiting (whose emergency placement broke down) keeps its place in the
// queue and its waiting time.
void CareSystem::seek_placement(ChildId id, HouseholdId avoid) {
  Child& c = child(id);
  assert(!c.placed);
  if (!c.waiting) c.seeking_since = now();
  if (try_to_place(id, avoid)) {
    if (c.waiting) stop_waiting(id);
    return;
  }
  if (scenario_.provision.emergency) start_placement(id, PlacementType::emergency, kNoHousehold, std::nullopt);
  if (c.waiting) return;
  c.waiting = true;
  waiting_.push_back(children_, id);
  publish_.publish(WaitingStarted{now(), id});
}

void CareSystem::stop_waiting(ChildId id) {
  child(id).waiting = false;
  waiting_.remove(children_, id);
  publish_.publish(WaitingEnded{now(), id});
}

bool CareSystem::try_to_place(ChildId id, HouseholdId avoid) {
  Child& c = child(id);
  const auto& provision = scenario_.provision;
  // Both chances are drawn on every search, so the stream stays aligned across scenarios.
  const bool ifa_found = searches_.uniform01() < (provision.ifa ? provision.ifa->availability : 0.0);
  const bool external_found =
      searches_.uniform01() <
      (provision.residential && provision.residential->external ? provision.residential->external->availability : 0.0);
  const bool supported_found = searches_.uniform01() < (provision.supported ? provision.supported->availability : 0.0);
  const auto& ifa = provision.ifa;
  const bool ifa_has_room = ifa && ifa->accepts[static_cast<std::size_t>(c.need)] &&
                            (!ifa->max_placements || ifa_in_use_ < *ifa->max_placements);
  const int age = kernel::age_in_years(c.date_of_birth, clock_.date_at(now()));
  const auto& supported = provision.supported;
  const bool supported_has_room = supported && age >= kSupportedFromAge &&
                                  (!supported->max_placements || supported_in_use_ < *supported->max_placements);

  const matching::SearchRequest request{age, c.need, c.home, avoid};
  const matching::SupplyView supply{scenario_.matching,
                                    geography_,
                                    provision.in_house_foster ? &foster_ : nullptr,
                                    homes_.homes().empty() ? nullptr : &homes_,
                                    ifa_has_room && ifa_found,
                                    external_found,
                                    c.kinship_found && c.placements == 0,  // kinship is found at entry only
                                    supported_has_room && supported_found};
  const auto choice = matching::first_fit(request, supply);
  if (!choice) return false;
  if (c.placed) release(vacate(id, EndingReason::moved_on));  // leaving an emergency stop-gap
  start_placement(id, choice->type, choice->household, choice->home);
  return true;
}

void CareSystem::start_placement(ChildId id, PlacementType type, HouseholdId household,
                                 std::optional<std::size_t> home) {
  Child& c = child(id);
  double miles = 0;
  const auto drawn = [this](const std::optional<scenario::DistributionSpec>& spec) {
    return spec ? draw(*spec, distances_) : 0.0;
  };
  switch (type) {
    case PlacementType::in_house_foster:
      foster_.fill_place(household);
      miles = geography_.miles(c.home, foster_[household].locality);
      break;
    case PlacementType::ifa:
      ++ifa_in_use_;
      miles = drawn(scenario_.provision.ifa->miles);
      break;
    case PlacementType::residential:
      if (home) {
        homes_.fill(*home);
        miles = geography_.miles(c.home, homes_.homes()[*home].locality);
      } else {
        miles = drawn(scenario_.provision.residential->external->miles);
      }
      break;
    case PlacementType::kinship: miles = geography_.miles(c.home, c.home); break;
    case PlacementType::supported:
      ++supported_in_use_;
      miles = drawn(scenario_.provision.supported->miles);
      break;
    case PlacementType::emergency: miles = drawn(scenario_.provision.emergency->miles); break;
    default: break;
  }
  c.placed = true;
  c.placement = Placement{type, household, home, miles, now()};
  ++c.placements;
  publish_.publish(PlacementStarted{now(), id, type, c.entered, c.seeking_since, c.placements, miles});

  if (scenario_.breakdowns) {
    if (const auto& time = scenario_.breakdowns->time_to_breakdown[static_cast<std::size_t>(type)]) {
      c.placement.breakdown_factor = breakdown_hazard_factor(c);
      const double days = draw_breakdown_days(c, *time, breakdowns_);
      if (std::isfinite(days))
        agenda_.schedule_in(kernel::days_to_ticks(days), kind(CareEvent::placement_breaks_down), index_of(id),
                            c.breakdown.arm());
    }
  }
}

// The scenario's factors for this child and placement, multiplied (proportional hazards).
double CareSystem::breakdown_hazard_factor(const Child& c) const {
  const auto& spec = *scenario_.breakdowns;
  const int age = kernel::age_in_years(c.date_of_birth, clock_.date_at(now()));
  std::size_t band = 0;
  while (band + 1 < kAgeBandCount && age >= kAgeBandFirstYear[band + 1]) ++band;
  double factor = spec.age_band_factor[band];
  if (c.placement.type == PlacementType::in_house_foster) {
    const int above_skill = static_cast<int>(c.need) - static_cast<int>(foster_[c.placement.household].skill);
    if (above_skill > 0) factor *= std::pow(spec.need_above_skill_factor, above_skill);
  }
  if (c.placement.miles > kFarFromHomeMiles) factor *= spec.over_20_miles_factor;
  return factor * std::pow(spec.per_earlier_breakdown_factor, std::min(c.breakdowns, spec.earlier_breakdowns_counted));
}

Placement CareSystem::vacate(ChildId id, EndingReason reason) {
  Child& c = child(id);
  c.placed = false;
  c.breakdown.cancel();
  publish_.publish(PlacementEnded{now(), id, c.placement.type, reason});
  return c.placement;
}

void CareSystem::release(const Placement& placement) {
  switch (placement.type) {
    case PlacementType::in_house_foster:
      foster_.free_place(placement.household);
      deregister_if_resigned_and_empty(placement.household);
      break;
    case PlacementType::ifa: --ifa_in_use_; break;
    case PlacementType::supported: --supported_in_use_; break;
    case PlacementType::residential:
      if (placement.home) homes_.free(*placement.home);
      break;
    default: break;
  }
}

void CareSystem::child_leaves_care(ChildId id, std::uint32_t generation) {
  Child& c = child(id);
  if (!c.leaving.fires(generation)) return;  // cancelled: a stale exit
  if (c.waiting) stop_waiting(id);
  const bool freed_a_place = c.placed;
  if (c.placed) release(vacate(id, EndingReason::left_care));
  c.in_care = false;
  publish_.publish(ChildLeftCare{now(), id, c.entered,
                                 now() >= c.turns_18 ? LeavingReason::turned_18
                                                     : static_cast<LeavingReason>(c.leaving_reason)});
  free_records_.push_back(id);
  if (freed_a_place) offer_freed_places();
}

// The carer's freed place goes first to children already waiting; the child then searches
// anywhere but with the carer it has just left.
void CareSystem::placement_breaks_down(ChildId id, std::uint32_t generation) {
  Child& c = child(id);
  if (!c.breakdown.fires(generation)) return;
  const Placement ended = vacate(id, EndingReason::breakdown);
  ++c.breakdowns;
  if (ended.type == PlacementType::in_house_foster) carer_responds_to_breakdown(ended.household);
  release(ended);
  offer_freed_places();  // may already place this child, if it was waiting in an emergency placement
  if (!c.placed) seek_placement(id, ended.household);
}

// After a breakdown the carer may resign, or take a break from fostering.
void CareSystem::carer_responds_to_breakdown(HouseholdId id) {
  const auto& spec = *scenario_.breakdowns;
  const double resign = carer_responses_.uniform01(), rest = carer_responses_.uniform01();
  if (!foster_[id].approved) return;
  if (resign < spec.carer_resign_probability) {
    foster_.resign(id);
    deregister_if_resigned_and_empty(id);
  } else if (rest < spec.carer_break_probability && !foster_[id].on_break) {
    foster_.set_on_break(id, true);
    publish_.publish(CarerBreakStarted{now(), id});
    agenda_.schedule_in(kernel::days_to_ticks(draw(*spec.carer_break, carer_responses_)), kind(CareEvent::carer_break_ends),
                        index_of(id));
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

// Waiting children, longest waiting first, each search for what is free now.
void CareSystem::offer_freed_places() {
  for (ChildId id = waiting_.front(); id != kNoChild;) {
    const ChildId next = child(id).waiting_next;
    if (try_to_place(id)) stop_waiting(id);
    id = next;
  }
}

void CareSystem::month_ends() {
  publish_.publish(MonthEnded{now(), next_month_end_});
  next_month_end_ = next_month_end_.plus_days(1).month_end();
  agenda_.schedule_at(clock_.end_of(next_month_end_), kind(CareEvent::month_ends), 0, 0, kernel::Priority::first);
}

void CareSystem::year_ends() {
  publish_.publish(YearEnded{now(), next_year_end_});
  next_year_end_ = next_year_end_.plus_years(1);
  agenda_.schedule_at(clock_.end_of(next_year_end_), kind(CareEvent::year_ends), 0, 0, kernel::Priority::first);
}

}  // namespace caresim::model
