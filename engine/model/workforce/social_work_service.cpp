#include "model/workforce/social_work_service.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "kernel/variates.hpp"
#include "model/distribution_sampler.hpp"

namespace caresim::model {

SocialWorkService::SocialWorkService(const scenario::SocialWorkersSpec& spec, std::uint64_t seed,
                                     std::uint64_t replication, std::vector<kernel::Ticks> changes_at,
                                     kernel::Agenda& agenda, const EventPublisher& publisher, ChildEffects& effects)
    : spec_(spec),
      changes_at_(std::move(changes_at)),
      agenda_(agenda),
      publish_(publisher),
      effects_(effects),
      highest_pressure_(spec.caseload_pressure ? *std::max_element(spec.caseload_pressure->leaving_rate_factor.begin(),
                                                                   spec.caseload_pressure->leaving_rate_factor.end())
                                               : 1.0),
      post_streams_(seed, replication),
      case_transfers_(seed, replication, "case_transfers"),
      case_moves_(seed, replication, "case_moves") {
  // The reader admits no other; a scenario built in code might.
  if (changes_at_.size() != spec.changes.size())
    throw std::invalid_argument("every change of social workers needs its start");
  bool agency_cover = spec.agency_cover.has_value();
  for (const auto& change : spec.changes) {
    if (change.establishment_by_team.size() != spec.establishment_by_team.size())
      throw std::invalid_argument("a change of social workers must give every team's posts");
    if (agency_cover && !change.agency_cover)
      throw std::invalid_argument("a change of social workers keeps the agency cover the settings before it have");
    agency_cover = change.agency_cover.has_value();
  }
  for (std::size_t t = 0; t < spec.establishment_by_team.size(); ++t) {
    teams_.emplace_back(spec.caseload_cap);
    for (int p = 0; p < spec.establishment_by_team[t]; ++p) add_post(TeamId{static_cast<std::uint16_t>(t)});
  }
}

void SocialWorkService::start() {
  for (std::uint32_t p = 0; p < posts_.size(); ++p)
    posts_[p].holder = hire(PostId{p}, Contract::permanent, WorkerOrigin::starting_establishment);
  for (std::uint32_t c = 0; c < changes_at_.size(); ++c)
    agenda_.schedule_at(changes_at_[c], kind(WorkforceEvent::change_starts), c);
}

void SocialWorkService::handle(WorkforceEvent event, std::uint32_t subject, std::uint32_t generation) {
  switch (event) {
    case WorkforceEvent::allocate_on_entry: return allocate_on_entry(ChildId{subject}, generation);
    case WorkforceEvent::transfer_case: return transfer_case(ChildId{subject}, generation);
    case WorkforceEvent::case_moves: return case_moves(ChildId{subject}, generation);
    case WorkforceEvent::worker_leaves: return leaving_chance(WorkerId{subject}, generation);
    case WorkforceEvent::recruit_starts: return recruit_starts(PostId{subject}, generation);
    case WorkforceEvent::agency_cover_starts: return agency_cover_starts(PostId{subject}, generation);
    case WorkforceEvent::sickness_starts: return sickness_starts(WorkerId{subject}, generation);
    case WorkforceEvent::sickness_ends: return sickness_ends(WorkerId{subject}, generation);
    case WorkforceEvent::change_starts: return change_starts(subject);
    default: return;  // personal advisers' events
  }
}

// The case is allocated by an event just after entry, so that the care system has planned
// the child's stay before any effect of the allocation can move it. A child in care when the
// simulation starts entered earlier: a transfer due by now has happened (its first worker is
// the one after it).
void SocialWorkService::child_entered(ChildId child, std::uint64_t number, bool coming_back, LocalityId home,
                                      kernel::Ticks entered) {
  if (index_of(child) >= cases_.size()) cases_.resize(index_of(child) + 1);
  Case& c = case_of(child);
  if (!coming_back || !c.streams)
    c.streams.emplace(CaseStreams{case_transfers_.stream(number), case_moves_.stream(number)});
  c.in_care = true;
  c.team = spec_.teams_by_locality ? TeamId{static_cast<std::uint16_t>(home)} : TeamId{0};
  c.worker = kNone<WorkerId>;
  c.workers = 0;
  c.unallocated = false;
  c.unallocated_since = now();
  agenda_.schedule_in(0, kind(WorkforceEvent::allocate_on_entry), index_of(child), c.allocation.arm());
  if (const auto& transfer = spec_.transfer_after_entry) {
    // Both drawn for every child, so the stream stays aligned across scenarios.
    kernel::RandomStream& rng = c.streams->transfer;
    const bool moves = rng.uniform01() < transfer->probability;
    const double days = draw(transfer->after, rng);
    const kernel::Ticks due = entered + kernel::days_to_ticks(days);
    if (moves && due >= now())
      agenda_.schedule_in(due - now(), kind(WorkforceEvent::transfer_case), index_of(child), c.transfer.arm());
  }
  schedule_case_move(child);
}

void SocialWorkService::child_left_care(ChildId child) {
  Case& c = case_of(child);
  c.allocation.cancel();
  c.transfer.cancel();
  c.move.cancel();
  c.in_care = false;
  if (c.unallocated) {
    team(c.team).unallocated.remove(cases_, child);
    c.unallocated = false;
  } else if (c.worker != kNone<WorkerId>) {
    release(child, CaseEnding::left_care);
    offer_capacity(c.team);
  }
}

}  // namespace caresim::model
