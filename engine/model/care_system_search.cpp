// Searching for placements: at once or in batches, for a child or a sibling group, with
// secure care on criteria, emergency stop-gaps while waiting, and step-down.
#include <algorithm>
#include <cassert>

#include "model/care_events.hpp"
#include "model/care_system.hpp"

namespace caresim::model {
namespace {
constexpr int kSupportedFromAge = 16;  // supported accommodation is for 16- and 17-year-olds
}  // namespace

// A child needing a placement (with its siblings, if they search together) searches now,
// or, when searches are batched, waits for the next batch. Its wait starts now; a child
// already waiting (whose emergency placement broke down) keeps its place in the queue and
// its waiting time.
void CareSystem::seek_placement(ChildId id, bool secure_allowed) {
  assert(!child(id).placed);
  if (!child(id).waiting) for_search_unit(id, [this](Child& c, ChildId) { c.seeking_since = now(); });
  if (batching_ && !child(id).waiting) return join_waiting_list(id);
  search_now(id, secure_allowed);
}

// One search: secure care if the child meets its criteria, else the best match.
void CareSystem::search_now(ChildId id, bool secure_allowed) {
  Child& c = child(id);
  if (secure_allowed && scenario_.provision.secure && !c.with_siblings && !c.placed && try_secure(id)) return;
  if (try_to_place(id)) return;
  after_failed_search(id);
}

// Nothing fitted: a sibling group that may be split is split, and the rest wait, in an
// emergency stop-gap if the scenario has them.
void CareSystem::after_failed_search(ChildId id) {
  const Child& c = child(id);
  if (c.with_siblings && !c.placed && scenario_.matching.siblings == scenario::SiblingRule::together_preferred)
    return split_siblings(id);
  if (scenario_.provision.emergency)
    for_search_unit(id, [this](Child& m, ChildId mid) {
      if (!m.placed) start_placement(mid, PlacementType::emergency, kNoHousehold, std::nullopt, mid);
    });
  join_waiting_list(id);
}

// Siblings who cannot be placed together, where the scenario allows it, search one by one.
void CareSystem::split_siblings(ChildId id) {
  std::vector<ChildId> members;
  for_search_unit(id, [&members](Child& m, ChildId mid) {
    m.with_siblings = false;
    m.apart_from_siblings = true;
    members.push_back(mid);
  });
  for (const ChildId member : members) search_now(member, false);
}

void CareSystem::join_waiting_list(ChildId id) {
  for_search_unit(id, [this](Child& m, ChildId mid) {
    if (m.waiting) return;
    m.waiting = true;
    waiting_.push_back(children_, mid);
    publish_.publish(WaitingStarted{now(), mid});
  });
}

void CareSystem::stop_waiting(ChildId id) {
  child(id).waiting = false;
  waiting_.remove(children_, id);
  publish_.publish(WaitingEnded{now(), id});
}

// What a search asks for: the child's age, need, home; a group's age span and highest need.
// The group's part apart, so that a child alone's request is worked out inline.
matching::SearchRequest CareSystem::request_for(ChildId id) {
  const Child& c = child(id);
  matching::SearchRequest request{age_now(c), c.need, c.home, c.carer_to_avoid};
  if (c.with_siblings) widen_to_group(request, id);
  return request;
}

void CareSystem::widen_to_group(matching::SearchRequest& request, ChildId id) {
  request.eldest_age = request.age;
  request.group_size = 0;
  for_search_unit(id, [&](Child& m, ChildId) {
    const int age = age_now(m);
    request.age = std::min(request.age, age);
    request.eldest_age = std::max(request.eldest_age, age);
    request.need = std::max(request.need, m.need);
    ++request.group_size;
  });
}

// This search's luck for a child or a sibling group: which providers were found. Every
// chance is drawn on every search, so the stream stays aligned across scenarios.
matching::BatchEntry CareSystem::draw_search(ChildId id) {
  const Child& c = child(id);
  const auto& provision = scenario_.provision;
  kernel::RandomStream& rng = streams(id).placements;
  const bool ifa_found = rng.uniform01() < ifa_chance_;
  const bool external_found = rng.uniform01() < external_home_chance_;
  const bool supported_found = rng.uniform01() < supported_chance_;
  matching::BatchEntry entry{request_for(id)};
  entry.ifa_found = ifa_found && provision.ifa && provision.ifa->accepts[static_cast<std::size_t>(entry.child.need)];
  entry.external_found = external_found;
  entry.kinship_found = c.kinship_found && c.placements == 0;  // kinship is found at entry only
  entry.supported_found = supported_found && provision.supported && entry.child.age >= kSupportedFromAge;
  return entry;
}

// The places capped providers have left; nullopt when uncapped.
// Below 0 under a cap lowered below the places in use.
std::optional<int> CareSystem::ifa_room() const {
  if (!ifa_cap_) return std::nullopt;
  return *ifa_cap_ - ifa_in_use_;
}

std::optional<int> CareSystem::supported_room() const {
  if (!supported_cap_) return std::nullopt;
  return *supported_cap_ - supported_in_use_;
}

bool CareSystem::secure_bed_free() const {
  const auto& beds = scenario_.provision.secure->beds;
  return !beds || secure_in_use_ < *beds;
}

matching::BatchSupply CareSystem::batch_supply() const {
  const auto& provision = scenario_.provision;
  return matching::BatchSupply{min_cost_policy_,
                               geography_,
                               provision.in_house_foster ? &foster_ : nullptr,
                               homes_.homes().empty() ? nullptr : &homes_,
                               ifa_room(),
                               supported_room(),
                               expected_miles_[0],
                               expected_miles_[1],
                               expected_miles_[2]};
}

// The placement chosen for a child, or for every sibling searching with it.
void CareSystem::place(ChildId id, const matching::PlacementChoice& choice, bool planned_move) {
  for_search_unit(id, [&](Child& m, ChildId mid) {
    if (m.waiting) stop_waiting(mid);
    // Leaving an emergency stop-gap, or, on a planned move, a council home that closes.
    if (m.placed) release(vacate(mid, EndingReason::moved_on));
    start_placement(mid, choice.type, choice.household, choice.home, id, planned_move);
  });
}

bool CareSystem::try_to_place(ChildId id, bool planned_move) {
  const matching::BatchEntry entry = draw_search(id);
  std::optional<matching::PlacementChoice> choice;
  if (policy_ == scenario::MatchingPolicy::min_cost) {
    choice = matcher_.assign({&entry, 1}, batch_supply(), scenario_.matching.costs).front();
  } else {
    const int n = entry.child.group_size;
    const auto fits = [n](std::optional<int> room) { return !room || *room >= n; };
    const auto& provision = scenario_.provision;
    const matching::SupplyView supply{first_fit_policy_,
                                      geography_,
                                      provision.in_house_foster ? &foster_ : nullptr,
                                      homes_.homes().empty() ? nullptr : &homes_,
                                      entry.ifa_found && fits(ifa_room()),
                                      entry.external_found,
                                      entry.kinship_found,
                                      entry.supported_found && fits(supported_room())};
    choice = matching::first_fit(entry.child, supply);
  }
  if (!choice) return false;
  place(id, *choice, planned_move);
  return true;
}

// Secure care on criteria: a child old enough with a listed need level needs it with the
// scenario's chance at each search, and goes if a bed is free; if none is, it searches for
// anything else, and waits for a bed too until it is placed (offer_secure_beds).
bool CareSystem::try_secure(ChildId id) {
  const auto& secure = scenario_.provision.secure;
  if (!secure) return false;
  Child& c = child(id);
  if (age_now(c) < secure->min_age || !secure->need_levels[static_cast<std::size_t>(c.need)]) return false;
  if (streams(id).placements.uniform01() >= secure->chance_per_search) return false;
  if (!secure_bed_free()) {
    c.awaits_secure_bed = true;
    return false;
  }
  if (c.waiting) stop_waiting(id);
  start_placement(id, PlacementType::secure, kNoHousehold, std::nullopt, id);
  return true;
}

// Free secure beds go to the children waiting for one, longest waiting first: those whose
// search found they need secure care while every bed was taken, unplaced or in a stop-gap.
void CareSystem::offer_secure_beds() {
  for (ChildId id = waiting_.front(); id != kNoChild && secure_bed_free();) {
    const ChildId next = child(id).waiting_next;
    if (child(id).awaits_secure_bed) place(id, {PlacementType::secure, kNoHousehold, std::nullopt});
    id = next;
  }
}

void CareSystem::batch_search() {
  agenda_.schedule_in(kernel::days_to_ticks(scenario_.matching.batch_days), kind(CareEvent::batch_search), 0);
  if (scenario_.provision.secure) offer_secure_beds();
  search_waiting_list(true);
  step_down_where_places_free();
}

// Each waiting child (each waiting sibling group, as one) searches what is free now: one by
// one, longest waiting first, under first_fit; all together at least cost under min_cost. A
// full search is a batch's first search for a child: secure care, splitting and emergency
// stop-gaps as for a search made at once.
void CareSystem::search_waiting_list(bool full_search) {
  std::vector<ChildId>& searching = searching_;
  searching.clear();
  for (ChildId id = waiting_.front(); id != kNoChild;) {
    // Siblings searching together queue together: the next to try is past them.
    const Child& c = child(id);
    ChildId next = c.waiting_next;
    while (next != kNoChild && c.with_siblings && child(next).with_siblings &&
           child(next).sibling_group == c.sibling_group)
      next = child(next).waiting_next;
    searching.push_back(id);
    id = next;
  }
  if (policy_ == scenario::MatchingPolicy::min_cost) return search_together(searching, full_search);
  for (const ChildId id : searching) {
    if (!child(id).waiting) continue;  // placed meanwhile with siblings split off before it
    if (full_search) search_now(id);
    else try_to_place(id);
  }
}

// The waiting children's searches solved as one minimum-cost assignment.
void CareSystem::search_together(const std::vector<ChildId>& searching, bool full_search) {
  std::vector<ChildId> matching_now;
  std::vector<matching::BatchEntry> entries;
  for (const ChildId id : searching) {
    const Child& c = child(id);
    if (full_search && !c.with_siblings && !c.placed && try_secure(id)) continue;
    matching_now.push_back(id);
    entries.push_back(draw_search(id));
  }
  if (entries.empty()) return;
  const auto choices = matcher_.assign(entries, batch_supply(), scenario_.matching.costs);
  // Every choice is made first: they fit together, but only together. A follow-up search made
  // before them (a group split up searches at once) would see their places as still free.
  for (std::size_t i = 0; i < matching_now.size(); ++i)
    if (choices[i]) place(matching_now[i], *choices[i]);
  if (!full_search) return;
  for (std::size_t i = 0; i < matching_now.size(); ++i)
    if (!choices[i]) after_failed_search(matching_now[i]);
}

// Children in the step-down list, longest placed first, move to an in-house family that
// fits while there are free in-house places: a planned move, so the search for it starts and
// ends now. If a place they leave is scarce, the children waiting search once more.
void CareSystem::step_down_where_places_free() {
  bool freed_a_scarce_place = false;
  for (ChildId id = step_down_.front(); id != kNoChild && foster_.households_with_free_places() > 0;) {
    const ChildId next = child(id).waiting_next;
    const matching::SupplyView supply{in_house_only_, geography_, &foster_, nullptr, false, false};
    if (const auto choice = matching::first_fit(request_for(id), supply)) {
      const Placement& left = vacate(id, EndingReason::moved_on);
      freed_a_scarce_place = freed_a_scarce_place || frees_a_scarce_place(left);
      release(left);
      start_placement(id, PlacementType::in_house_foster, choice->household, std::nullopt, id, true);
    }
    id = next;
  }
  if (freed_a_scarce_place && !waiting_.empty()) search_waiting_list(false);
}

// Whether a waiting child may take the place once it is free: IFA and supported places under
// a cap, and beds in the council's own homes. Uncapped providers and external homes are
// never short of room, and in-house places freed are offered anyway.
bool CareSystem::frees_a_scarce_place(const Placement& placement) const {
  switch (placement.type) {
    case PlacementType::ifa: return ifa_room().has_value();
    case PlacementType::supported: return supported_room().has_value();
    case PlacementType::residential: return placement.home.has_value();
    default: return false;
  }
}

}  // namespace caresim::model
