#include "model/care_system.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "kernel/variates.hpp"
#include "model/calendar_trend.hpp"
#include "model/care_events.hpp"
#include "model/distribution_sampler.hpp"
#include "model/household_profiles.hpp"

namespace caresim::model {
namespace {

constexpr double kNewbornWeekYears = 7 / kernel::kDaysPerYear;  // a newborn enters in its first week

std::vector<double> home_shares(const std::optional<scenario::GeographySpec>& geography) {
  if (!geography) return {1.0};
  std::vector<double> shares;
  for (const auto& locality : geography->localities) shares.push_back(locality.entry_share);
  return shares;
}

double mean_group_size(const std::vector<double>& shares) {
  double mean = 0;
  for (std::size_t n = 0; n < shares.size(); ++n) mean += static_cast<double>(n + 1) * shares[n];
  return mean;
}

bool route_needs_a_family(std::size_t route) {
  return route == static_cast<std::size_t>(LeavingRoute::return_home) ||
         route == static_cast<std::size_t>(LeavingRoute::adoption) ||
         route == static_cast<std::size_t>(LeavingRoute::special_guardianship);
}

// A step-down is a planned move to a better match: only to a carer skilled enough (the
// default need_above_skill_levels, 0), whatever the scenario's.
scenario::MatchingSpec in_house_only() {
  scenario::MatchingSpec spec;
  spec.order = {PlacementType::in_house_foster};
  return spec;
}

scenario::MatchingSpec provided_types_only(const scenario::MatchingSpec& matching,
                                           const scenario::ProvisionSpec& provision) {
  const auto provided = [&provision](PlacementType type) {
    switch (type) {
      case PlacementType::kinship: return provision.kinship.has_value();
      case PlacementType::in_house_foster: return provision.in_house_foster.has_value();
      case PlacementType::ifa: return provision.ifa.has_value();
      case PlacementType::residential: return provision.residential.has_value();
      case PlacementType::supported: return provision.supported.has_value();
      default: return false;  // first_fit places no other type
    }
  };
  scenario::MatchingSpec spec = matching;
  std::erase_if(spec.order, [&provided](PlacementType type) { return !provided(type); });
  return spec;
}

const scenario::SupportSpec* support_team(const scenario::Scenario& scenario) {
  return scenario.carer_supply && scenario.carer_supply->support ? &*scenario.carer_supply->support : nullptr;
}

}  // namespace

CareSystem::CareSystem(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
                       kernel::Agenda& agenda, const EventPublisher& publisher)
    : scenario_(scenario),
      clock_(clock),
      agenda_(agenda),
      publish_(publisher),
      geography_(scenario.geography),
      in_house_only_(in_house_only()),
      first_fit_policy_(provided_types_only(scenario.matching, scenario.provision)),
      min_cost_policy_(scenario.matching),
      ifa_chance_(scenario.provision.ifa ? scenario.provision.ifa->availability : 0.0),
      external_home_chance_(scenario.provision.residential && scenario.provision.residential->external
                                ? scenario.provision.residential->external->availability
                                : 0.0),
      supported_chance_(scenario.provision.supported ? scenario.provision.supported->availability : 0.0),
      ifa_cap_(scenario.provision.ifa ? scenario.provision.ifa->max_placements : std::nullopt),
      supported_cap_(scenario.provision.supported ? scenario.provision.supported->max_placements : std::nullopt),
      policy_(scenario.matching.policy),
      batching_(scenario.matching.batch_days > 0),
      arrivals_(scenario.run.seed, replication, "arrivals"),
      arrivals_before_start_(scenario.run.seed, replication, "arrivals_before_start"),
      profiles_(scenario.run.seed, replication, "child_profiles"),
      households_(scenario.run.seed, replication, "households"),
      kinship_(scenario.run.seed, replication, "kinship"),
      sibling_groups_(scenario.run.seed, replication, "sibling_groups"),
      unaccompanied_(scenario.run.seed, replication, "unaccompanied"),
      life_streams_(scenario.run.seed, replication, "child_life"),
      placement_streams_(scenario.run.seed, replication, "child_placements"),
      raise_streams_(scenario.run.seed, replication, "child_breakdown_raises"),
      group_size_cumulative_(kernel::cumulative_shares(scenario.children.sibling_group_size)),
      age_band_cumulative_(kernel::cumulative_shares(scenario.children.age_at_entry)),
      need_cumulative_(kernel::cumulative_shares(scenario.children.need_level)),
      home_cumulative_(kernel::cumulative_shares(home_shares(scenario.geography))),
      foster_(geography_.localities(), scenario.provision.in_house_foster
                                           ? scenario.provision.in_house_foster->approved_ages
                                           : std::vector<scenario::ApprovedAges>{scenario::ApprovedAges{}}) {
  entry_rate_ = kernel::CalendarRate(clock, scenario.children.entries_month_shares,
                                     calendar_trend(scenario.children.entries_trend, scenario.run.start_date));
  if (scenario.children.entries_per_year > 0)
    mean_days_between_entries_ =
        kernel::kDaysPerYear * mean_group_size(scenario.children.sibling_group_size) / scenario.children.entries_per_year;
  const auto& uasc = scenario.children.unaccompanied_asylum_seeking;
  any_unaccompanied_ = std::any_of(uasc.begin(), uasc.end(), [](double chance) { return chance > 0; });
  if (scenario.provision.residential) homes_ = ChildrensHomes(scenario.provision.residential->in_house_homes);
  if (const auto* team = support_team(scenario); team && clock.begins_at(team->start_date) == 0) support_ = *team;
  if (clock.begins_at(scenario.matching.policy_start_date) > 0) {  // till policy_starts
    policy_ = scenario::MatchingPolicy::first_fit;
    batching_ = false;
  }
  if (clock.begins_at(scenario.matching.need_above_skill_start_date) > 0)
    first_fit_policy_.need_above_skill_levels = min_cost_policy_.need_above_skill_levels = 0;  // till stretch_starts
  // The reader admits 0 to 2; a scenario built in code might set a level the searches would
  // take for a count of levels (a negative one for as many as there are).
  const int short_levels = scenario.matching.need_above_skill_levels;
  if (short_levels < 0 || short_levels >= static_cast<int>(kNeedLevelCount))
    throw std::invalid_argument("need_above_skill_levels must be 0 to 2, got " + std::to_string(short_levels));
  for (const PlacementType type : scenario.matching.step_down_from) {
    // The reader admits no other; a scenario built in code might, and a child waiting in a
    // stop-gap cannot also be in the step-down list, which shares the waiting list's links.
    if (std::find(scenario::kStepDownSources.begin(), scenario::kStepDownSources.end(), type) ==
        scenario::kStepDownSources.end())
      throw std::invalid_argument(std::string(name_of(type)) + " is not a step-down source");
    if (clock.begins_at(scenario.matching.step_down_start_date) == 0)
      steps_down_from_[static_cast<std::size_t>(type)] = true;  // else from step_down_starts
  }
  // What min_cost prices an IFA, external home or supported place at: its mean distance.
  const auto mean_miles = [](const std::optional<scenario::DistributionSpec>& miles) {
    return miles ? miles->expected_value() : 0.0;
  };
  const auto& provision = scenario.provision;
  expected_miles_ = {provision.ifa ? mean_miles(provision.ifa->miles) : 0.0,
                     provision.residential && provision.residential->external
                         ? mean_miles(provision.residential->external->miles)
                         : 0.0,
                     provision.supported ? mean_miles(provision.supported->miles) : 0.0};
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
  if (scenario_.children.in_care_at_start == scenario::InCareAtStart::steady_state && mean_days_between_entries_ > 0)
    admit_children_in_care_at_start();
  if (mean_days_between_entries_ > 0) schedule_next_arrival();
  next_month_end_ = clock_.start().month_end();
  next_year_end_ = clock_.start().next_31_march();
  agenda_.schedule_at(clock_.end_of(next_month_end_), kind(CareEvent::month_ends), 0, 0, kernel::Priority::first);
  agenda_.schedule_at(clock_.end_of(next_year_end_), kind(CareEvent::year_ends), 0, 0, kernel::Priority::first);
  if (batching_)
    agenda_.schedule_in(kernel::days_to_ticks(scenario_.matching.batch_days), kind(CareEvent::batch_search), 0);
  if (const auto* team = support_team(scenario_)) schedule_lever(team->start_date, CareEvent::support_starts);
  if (!scenario_.matching.step_down_from.empty())
    schedule_lever(scenario_.matching.step_down_start_date, CareEvent::step_down_starts);
  schedule_lever(scenario_.matching.need_above_skill_start_date, CareEvent::stretch_starts);
  schedule_lever(scenario_.matching.policy_start_date, CareEvent::policy_starts);
  schedule_homes_opening_and_closing();
  // At an event of its own even on the simulation's first day, as a home's opening.
  const auto& changes = scenario_.provision.changes;
  for (std::uint32_t i = 0; i < changes.size(); ++i)
    agenda_.schedule_at(clock_.begins_at(changes[i].start_date), kind(CareEvent::providers_change), i);
}

// A lever dated after the simulation starts begins at an event of its own; one without a
// date, or dated before, is in place from the start (the constructor set it so).
void CareSystem::schedule_lever(const std::optional<kernel::Date>& start_date, CareEvent begins) {
  if (const kernel::Ticks at = clock_.begins_at(start_date); at > 0) agenda_.schedule_at(at, kind(begins), 0);
}

// The households approved when the simulation starts, drawn from the scenario's mix.
void CareSystem::approve_initial_households() {
  const auto& spec = scenario_.provision.in_house_foster;
  if (!spec) return;
  const HouseholdProfiles profiles(*spec, home_cumulative_);
  for (int i = 0; i < spec->households; ++i) approve_household(profiles.draw(households_), HouseholdOrigin::initial_pool);
}

HouseholdId CareSystem::approve_household(const FosterHousehold& household, HouseholdOrigin origin) {
  const HouseholdId id = foster_.approve(household);
  publish_.publish(HouseholdApproved{now(), id, household.places, origin});
  offer_freed_places();
  return id;
}

void CareSystem::resign_household(HouseholdId id, ResignationReason reason, bool before_start) {
  if (!foster_[id].approved || foster_[id].resigning) return;
  foster_.resign(id);
  publish_.publish(HouseholdResigned{now(), id, reason, before_start});
  deregister_if_resigned_and_empty(id);
}

void CareSystem::change_approval(HouseholdId id, NeedLevel skill, std::uint8_t age_range) {
  foster_.change_approval(id, skill, age_range);
  publish_.publish(HouseholdApprovalChanged{now(), id, skill, age_range});
  offer_freed_places();
}

HouseholdProfiles CareSystem::household_profiles(const scenario::InHouseFosterSpec& mix) const {
  return HouseholdProfiles(mix, home_cumulative_);
}

void CareSystem::handle(const kernel::Event& event) {
  const ChildId subject{event.subject};
  switch (process_event_of<CareEvent>(event.kind)) {
    case CareEvent::child_arrives: return child_arrives();
    case CareEvent::child_leaves_care: return child_leaves_care(subject, event.generation);
    case CareEvent::placement_breaks_down: return placement_breaks_down(subject, event.generation);
    case CareEvent::carer_break_ends: return carer_break_ends(HouseholdId{event.subject});
    case CareEvent::month_ends: return month_ends();
    case CareEvent::year_ends: return year_ends();
    case CareEvent::child_re_enters: return child_re_enters(subject, event.generation);
    case CareEvent::secure_stay_ends: return secure_stay_ends(subject, event.generation);
    case CareEvent::staying_put_ends_in_house:
      return staying_put_ends(PlacementType::in_house_foster, HouseholdId{event.subject});
    case CareEvent::staying_put_ends_ifa: return staying_put_ends(PlacementType::ifa, kNoHousehold);
    case CareEvent::batch_search: return batch_search();
    case CareEvent::support_starts: return support_starts();
    case CareEvent::step_down_starts: return step_down_starts();
    case CareEvent::stretch_starts: return stretch_starts();
    case CareEvent::policy_starts: return policy_starts();
    case CareEvent::home_opens: return home_opens(event.subject);
    case CareEvent::home_closes: return home_closes(event.subject);
    case CareEvent::providers_change: return providers_change(event.subject);
  }
}

// A child, or a group of siblings, enters care. Siblings share a home, a way out of care
// (each still leaves at 18) and, if kin are found, the kin; they search together.
void CareSystem::child_arrives() {
  schedule_next_arrival();
  const ChildId first = admit_arrival(today().date);
  ChildId id = first;
  do {
    enter_care(id, now());
    id = child(id).sibling_next;
  } while (id != first);
  id = first;
  do {
    plan_end_of_care(id, id == first ? nullptr : &child(first));
    schedule_exit(id);
    id = child(id).sibling_next;
  } while (id != first);
  seek_placement(first);
}

// Who arrives: a child, or a group of siblings ringed together; returns the first.
ChildId CareSystem::admit_arrival(kernel::Date entry_date) {
  const std::size_t size =
      group_size_cumulative_.size() > 1 ? kernel::draw_category(sibling_groups_, group_size_cumulative_) + 1 : 1;
  const std::uint32_t group = size > 1 ? next_sibling_group_++ : 0;
  const ChildId first = admit_child(group, size == 1, entry_date);
  for (std::size_t i = 1; i < size; ++i) {
    const ChildId sibling = admit_child(group, false, entry_date);
    Child& s = child(sibling);
    s.home = child(first).home;
    s.kinship_found = child(first).kinship_found;
    s.with_siblings = child(first).with_siblings = true;
    join_siblings(sibling, first);
  }
  return first;
}

// Arrivals come at the base rate's mean interval, carried onto the calendar by the
// scenario's seasons and trend; none is scheduled past the run's end.
void CareSystem::schedule_next_arrival() {
  const double base_days = kernel::draw_exponential(arrivals_, mean_days_between_entries_);
  if (const auto wait = entry_rate_.wait(now(), base_days, agenda_.end()))
    agenda_.schedule_in(*wait, kind(CareEvent::child_arrives), 0);
}

// Takes a free child record (or a new one) and fills in who this child is.
ChildId CareSystem::admit_child(std::uint32_t sibling_group, bool alone, kernel::Date entry_date) {
  ChildId id;
  const std::uint64_t number = children_arrived_++;
  ChildStreams own{life_streams_.stream(number), placement_streams_.stream(number), std::nullopt, number};
  if (free_records_.empty()) {
    id = ChildId{static_cast<std::uint32_t>(children_.size())};
    children_.emplace_back();
    streams_.push_back(own);
  } else {
    id = free_records_.back();
    free_records_.pop_back();
    streams(id) = own;
  }
  Child& c = child(id);
  const auto band = kernel::draw_category(profiles_, age_band_cumulative_);
  // Age uniform within the band, so birthdays fall on every day of the year; a share of
  // babies at birth, in their first week. One uniform either way, so that scenarios with and
  // without newborns see the same children otherwise (common random numbers).
  const double u = profiles_.uniform01();
  const double newborns = scenario_.children.newborn_share_under_1;
  double age_years = kAgeBandFirstYear[band] + u * (kAgeBandEndYear[band] - kAgeBandFirstYear[band]);
  if (band == 0 && newborns > 0)
    age_years = u < newborns ? u / newborns * kNewbornWeekYears : (u - newborns) / (1 - newborns);
  c.date_of_birth = entry_date.plus_days(-static_cast<std::int32_t>(age_years * kernel::kDaysPerYear));
  c.born = kernel::year_day(c.date_of_birth);
  c.turns_18 = clock_.start_of(kernel::birthday(c.born, 18));
  c.band_at_entry = static_cast<AgeBand>(band);
  c.need = static_cast<NeedLevel>(kernel::draw_category(profiles_, need_cumulative_));
  c.home = LocalityId{static_cast<std::uint16_t>(kernel::draw_category(profiles_, home_cumulative_))};
  c.kinship_found = kinship_found_at_entry(band);
  // Drawn for every child entering alone, so the stream stays aligned across scenarios.
  const double uasc = any_unaccompanied_ ? unaccompanied_.uniform01() : 1.0;
  c.unaccompanied = alone && uasc < scenario_.children.unaccompanied_asylum_seeking[band];
  if (c.unaccompanied) c.kinship_found = false;
  c.sibling_group = sibling_group;
  c.with_siblings = false;
  c.re_entry = false;
  c.earlier_episodes_unpublished = false;
  return id;
}

// The start of an episode of care, for a new child or one coming back (`entered` is now),
// or for a child in care when the simulation starts (`entered` is earlier).
void CareSystem::enter_care(ChildId id, kernel::Ticks entered) {
  Child& c = child(id);
  c.entered = entered;
  c.in_care = true;
  c.placed = false;
  c.waiting = false;
  c.placements = 0;
  c.breakdowns = 0;
  c.apart_from_siblings = false;
  c.carer_to_avoid = kNoHousehold;
  c.awaits_secure_bed = false;
  c.unit_lead = kNoChild;
  c.breakdown_raise = BreakdownRaise{};
  if (c.sibling_next == kNoChild) c.sibling_next = c.sibling_prev = id;
  publish_.publish(ChildEntered{entered, id, c.band_at_entry, c.need, c.home, c.date_of_birth, c.sibling_group,
                                c.re_entry, c.unaccompanied, c.earlier_episodes_unpublished, streams(id).number});
  c.earlier_episodes_unpublished = false;
}

// Care ends by the child's leaving route (or after a plain stay) at the drawn time from its
// entry, or on the 18th birthday if that comes first. A sibling leaves with the first of its
// group, by its route; with no route, each at its own 18th birthday.
void CareSystem::plan_end_of_care(ChildId id, const Child* sibling) {
  Child& c = child(id);
  if (sibling) {
    c.leaving_reason = sibling->leaving_reason;
    c.planned_exit = sibling->planned_exit;
  } else if (scenario_.leaving_care) {
    const auto band = static_cast<std::size_t>(c.band_at_entry);
    kernel::RandomStream& life = streams(id).life;
    auto route = kernel::draw_category(life, route_cumulative_[band]);
    const double days =
        route < kLeavingRouteCount ? draw(scenario_.leaving_care->routes[route]->after_for(band), life) : 0.0;
    if (c.unaccompanied && route_needs_a_family(route)) route = kLeavingRouteCount;  // no family to go to
    c.leaving_reason = static_cast<std::uint8_t>(route < kLeavingRouteCount ? route : static_cast<std::size_t>(LeavingReason::turned_18));
    c.planned_exit = route < kLeavingRouteCount ? c.entered + kernel::days_to_ticks(days) : kNoPlannedExit;
  } else {
    c.leaving_reason = static_cast<std::uint8_t>(LeavingReason::end_of_stay);
    c.planned_exit = c.entered + kernel::days_to_ticks(draw(*scenario_.children.stay, streams(id).life));
  }
}

void CareSystem::schedule_exit(ChildId id) {
  Child& c = child(id);
  // A child entering in the last hours before turning 18 (birthdays start at midnight)
  // leaves at once rather than in the past.
  agenda_.schedule_at(std::max(now(), c.end_of_care()), kind(CareEvent::child_leaves_care), index_of(id), c.leaving.arm());
}

void CareSystem::child_leaves_care(ChildId id, std::uint32_t generation) {
  Child& c = child(id);
  if (!c.leaving.fires(generation)) return;  // cancelled: a stale exit
  if (c.waiting) stop_waiting(id);
  const bool freed_a_place = c.placed && !(now() >= c.turns_18 && stays_put(id));  // Staying Put is from 18
  const bool freed_a_secure_bed = c.placed && c.placement.type == PlacementType::secure;
  if (c.placed) {
    if (has_siblings_in_care(id)) hand_over_unit(id);
    release(vacate(id, EndingReason::left_care));
  }
  leave_siblings(id);
  c.in_care = false;
  const auto reason = reason_for_leaving(c, now());
  publish_.publish(ChildLeftCare{now(), id, c.entered, reason, c.born});
  after_leaving(id, now(), reason);  // a return is never before now here
  if (freed_a_secure_bed) offer_freed_secure_bed();
  if (freed_a_place) offer_freed_places();
}

// At 18, a young person in foster care may stay on with the carer: the placement ends (they
// have left care) but the place stays filled. Returns true if they stay. Precondition: the
// young person has turned 18 (the caller asks only then).
bool CareSystem::stays_put(ChildId id) {
  Child& c = child(id);
  if (!scenario_.leaving_care || !scenario_.leaving_care->staying_put) return false;
  const scenario::StayingPutSpec& spec = *scenario_.leaving_care->staying_put;
  if (c.placement.type != PlacementType::in_house_foster && c.placement.type != PlacementType::ifa) return false;
  kernel::RandomStream& rng = streams(id).placements;
  if (rng.uniform01() >= spec.chance) return false;
  const kernel::Ticks turns_21 = clock_.start_of(kernel::birthday(c.born, 21));
  const kernel::Ticks ends = std::min(turns_21, now() + kernel::days_to_ticks(draw(spec.lasts, rng)));
  hand_over_unit(id);
  const Placement kept = vacate(id, EndingReason::left_care);
  publish_.publish(StayingPutStarted{now(), kept.type, kept.household});
  if (kept.type == PlacementType::in_house_foster)
    agenda_.schedule_at(ends, kind(CareEvent::staying_put_ends_in_house), index_of(kept.household));
  else
    agenda_.schedule_at(ends, kind(CareEvent::staying_put_ends_ifa), 0);
  return true;
}

void CareSystem::staying_put_ends(PlacementType type, HouseholdId household) {
  publish_.publish(StayingPutEnded{now(), type, household});
  Placement held;
  held.type = type;
  held.household = household;
  release(held);
  offer_freed_places();
}

// What follows care that ended at `left` for `reason`: a child who went home may come back
// into care, unless 18 comes first. A return still to come is scheduled; a child who will not
// come back gives its record back. Returns a return that came before now, which only the
// history of the steady state at the start has.
std::optional<kernel::Ticks> CareSystem::after_leaving(ChildId id, kernel::Ticks left, LeavingReason reason) {
  Child& c = child(id);
  const auto& leaving = scenario_.leaving_care;
  if (reason == LeavingReason::return_home && leaving && leaving->re_entry) {
    const scenario::ReEntrySpec& spec = *leaving->re_entry;
    kernel::RandomStream& life = streams(id).life;
    const double u = life.uniform01();
    const kernel::Ticks back = left + kernel::days_to_ticks(draw(spec.after, life));
    if (u < spec.chance && back < c.turns_18) {
      if (back < now()) return back;
      agenda_.schedule_at(back, kind(CareEvent::child_re_enters), index_of(id), c.re_entering.arm());
      return std::nullopt;
    }
  }
  free_records_.push_back(id);
  return std::nullopt;
}

// A new episode: the same child, older, with a new way out; kin are looked for again.
void CareSystem::child_re_enters(ChildId id, std::uint32_t generation) {
  Child& c = child(id);
  if (!c.re_entering.fires(generation)) return;
  begin_re_entry(id, today().year_day);
  enter_care(id, now());
  plan_end_of_care(id);
  schedule_exit(id);
  seek_placement(id);
}

// Who comes back on `day`: as old as it is then, alone, and looking for kin again.
void CareSystem::begin_re_entry(ChildId id, kernel::YearDay day) {
  Child& c = child(id);
  const std::size_t band = age_band_index(kernel::age_in_years(c.born, day));
  c.band_at_entry = static_cast<AgeBand>(band);
  c.kinship_found = kinship_found_at_entry(band);
  c.sibling_group = 0;
  c.with_siblings = false;
  c.re_entry = true;
}

// Kinship has its own stream, so a scenario without kinship need not draw from it.
bool CareSystem::kinship_found_at_entry(std::size_t band) {
  return scenario_.provision.kinship && kinship_.uniform01() < scenario_.provision.kinship->found_at_entry[band];
}

void CareSystem::move_today_to_now() const {
  today_.date = clock_.date_at(now());
  today_.year_day = kernel::year_day(today_.date);
  today_.from = clock_.start_of(today_.date);
  today_.until = today_.from + kernel::kTicksPerDay;
}

void CareSystem::month_ends() {
  publish_.publish(MonthEnded{now(), next_month_end_});
  move_out_of_closing_homes();
  next_month_end_ = next_month_end_.plus_days(1).month_end();
  agenda_.schedule_at(clock_.end_of(next_month_end_), kind(CareEvent::month_ends), 0, 0, kernel::Priority::first);
}

void CareSystem::year_ends() {
  publish_.publish(YearEnded{now(), next_year_end_});
  next_year_end_ = next_year_end_.plus_years(1);
  agenda_.schedule_at(clock_.end_of(next_year_end_), kind(CareEvent::year_ends), 0, 0, kernel::Priority::first);
}

// The placement support team starts: its factors apply from now, to the in-house placements
// already running too, whose times to breakdown are drawn again under them.
void CareSystem::support_starts() {
  support_ = *scenario_.carer_supply->support;
  if (!scenario_.breakdowns || support_.breakdown_hazard_factor == 1) return;
  for (std::uint32_t i = 0; i < children_.size(); ++i) {
    Child& c = children_[i];
    if (!c.placed || c.unit_lead != ChildId{i} || c.placement.type != PlacementType::in_house_foster) continue;
    c.placement.breakdown_factor *= support_.breakdown_hazard_factor;
    redraw_breakdown(ChildId{i});
  }
}

// Step-down starts: the children placed alone where it applies, before it too, join the list,
// longest placed first (as they would have joined it), and the in-house places free now are
// offered.
void CareSystem::step_down_starts() {
  for (const PlacementType type : scenario_.matching.step_down_from)
    steps_down_from_[static_cast<std::size_t>(type)] = true;
  for (std::uint32_t i = 0; i < children_.size(); ++i) join_step_down_if_alone(ChildId{i});
  offer_freed_places();
}

// Carers less skilled than a child needs may take it from now: the children waiting search
// again (at the next batch, where searches are batched).
void CareSystem::stretch_starts() {
  first_fit_policy_.need_above_skill_levels = min_cost_policy_.need_above_skill_levels =
      scenario_.matching.need_above_skill_levels;
  offer_freed_places();
}

// The scenario's matching policy takes over: where searches are batched, the children waiting
// search at the first batch, a batch's interval from now; else they search again at once.
void CareSystem::policy_starts() {
  policy_ = scenario_.matching.policy;
  batching_ = scenario_.matching.batch_days > 0;
  if (batching_)
    agenda_.schedule_in(kernel::days_to_ticks(scenario_.matching.batch_days), kind(CareEvent::batch_search), 0);
  offer_freed_places();
}

// The providers outside the council offer more or less from now: each search's chances, and
// the caps; places in use above a lowered cap run on till they end. Where a chance rises or a
// cap is raised, the children waiting search again (at the next batch, where searches are
// batched); else nothing is searched for, so a change that offers no more leaves the searches,
// and their draws, as they were.
void CareSystem::providers_change(std::uint32_t index) {
  const scenario::ProvisionChange& change = scenario_.provision.changes[index];
  const auto raised = [](const std::optional<int>& before, const std::optional<int>& after) {
    return before && (!after || *after > *before);
  };
  const bool more = change.ifa_availability > ifa_chance_ ||
                    change.external_home_availability > external_home_chance_ ||
                    change.supported_availability > supported_chance_ || raised(ifa_cap_, change.ifa_max_placements) ||
                    raised(supported_cap_, change.supported_max_placements);
  ifa_chance_ = change.ifa_availability;
  external_home_chance_ = change.external_home_availability;
  supported_chance_ = change.supported_availability;
  ifa_cap_ = change.ifa_max_placements;
  supported_cap_ = change.supported_max_placements;
  if (more) offer_freed_places();
}

// The list is in order of how long each child has been placed.
void CareSystem::join_step_down(ChildId id) {
  child(id).may_step_down = true;
  step_down_.insert_ordered(children_, id, [this](ChildId a, ChildId b) {
    return child(a).placement.started < child(b).placement.started;
  });
}

// Siblings in care form a ring through their records; a child alone links to itself.
void CareSystem::join_siblings(ChildId id, ChildId sibling) {
  Child& c = child(id);
  Child& s = child(sibling);
  if (s.sibling_next == kNoChild) s.sibling_next = s.sibling_prev = sibling;
  c.sibling_next = s.sibling_next;
  c.sibling_prev = sibling;
  child(s.sibling_next).sibling_prev = id;
  s.sibling_next = id;
}

void CareSystem::leave_siblings(ChildId id) {
  Child& c = child(id);
  const ChildId next = c.sibling_next, prev = c.sibling_prev;
  child(prev).sibling_next = next;
  child(next).sibling_prev = prev;
  c.sibling_next = c.sibling_prev = kNoChild;
  if (next != id && child(next).sibling_next == next) {  // one left: no longer a group
    child(next).with_siblings = false;
    child(next).apart_from_siblings = false;
    join_step_down_if_alone(next);
  }
}

}  // namespace caresim::model
