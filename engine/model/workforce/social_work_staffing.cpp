// Staffing: starters and leavers, vacancies filled by permanent recruits and covered by
// agency workers meanwhile, and sickness absence.
#include <cmath>

#include "kernel/variates.hpp"
#include "model/distribution_sampler.hpp"
#include "model/workforce/caseload_pressure.hpp"
#include "model/workforce/social_work_service.hpp"

namespace caresim::model {

double SocialWorkService::base_leaving_rate_per_day(Contract contract) const {
  const double per_year = contract == Contract::permanent ? spec_.leaving_rate_per_year
                                                          : spec_.agency_cover->leaving_rate_per_year;
  return per_year / kernel::kDaysPerYear;
}

void SocialWorkService::add_post(TeamId team_id) {
  posts_.emplace_back(team_id, post_streams_.of(team_id, team(team_id).posts_numbered++));
}

// A worker starts in the post with no cases, free to take the team's waiting children.
WorkerId SocialWorkService::hire(PostId post_id, Contract contract, WorkerOrigin origin) {
  const WorkerId id = free_workers_.take(workers_);
  SocialWorker& w = worker(id);
  w.contract = contract;
  w.team = post(post_id).team;
  w.post = post_id;
  w.in_post = true;
  w.sick = false;
  w.caseload = 0;
  schedule_leaving_chance(id);
  schedule_sickness(id);
  publish_.publish(SocialWorkerJoined{now(), id, w.team, contract, origin});
  team(w.team).available.add(workers_, id);
  return id;
}

// The leaving rate moves with the caseload, so leaving is drawn by thinning: chances come at
// the highest rate the caseload pressure allows, and each is taken with the share of that
// rate the worker's caseload gives now. This is exact for a rate that changes by steps, and
// needs no rescheduling when a caseload changes.
void SocialWorkService::schedule_leaving_chance(WorkerId id) {
  const double highest_per_day = base_leaving_rate_per_day(worker(id).contract) * highest_pressure_;
  if (highest_per_day <= 0) return;
  agenda_.schedule_in(kernel::days_to_ticks(kernel::draw_exponential(streams_of(id).leaving, 1 / highest_per_day)),
                      kind(WorkforceEvent::worker_leaves), index_of(id), worker(id).leaving.arm());
}

void SocialWorkService::leaving_chance(WorkerId id, std::uint32_t generation) {
  SocialWorker& w = worker(id);
  if (!w.leaving.fires(generation)) return;
  const double pressure = caseload_pressure_factor(spec_.caseload_pressure, w.caseload - spec_.caseload_target);
  if (streams_of(id).leaving.uniform01() * highest_pressure_ < pressure) return worker_leaves(id);
  schedule_leaving_chance(id);
}

// The leaver's children come off the caseload first, then each is reallocated in turn (or
// waits, behind the children already waiting). A permanent leaver leaves a vacancy, unless
// the team has posts to cut: then the post closes.
void SocialWorkService::worker_leaves(WorkerId id, WorkerLeaving reason) {
  SocialWorker& w = worker(id);
  const PostId post_id = w.post;
  const Contract contract = w.contract;
  const TeamId team_id = w.team;
  leave_post(id);
  orphans_.clear();
  while (!w.cases.empty()) {
    orphans_.push_back(w.cases.front());
    release(w.cases.front(), CaseEnding::worker_left);
  }
  publish_.publish(SocialWorkerLeft{now(), id, team_id, contract, reason});
  post(post_id).holder = kNone<WorkerId>;
  if (team(team_id).posts_to_cut > 0) {
    close_post(post_id);
  } else {
    PostStreams& streams = post(post_id).streams;
    if (contract == Contract::permanent) open_vacancy(post_id);
    seek_agency_cover(post_id, contract == Contract::permanent ? streams.agency_cover : streams.agency_cover_again);
  }
  for (const ChildId child : orphans_) allocate(child);
}

void SocialWorkService::open_vacancy(PostId post_id) {
  Post& p = post(post_id);
  p.vacant = true;
  publish_.publish(VacancyOpened{now(), post_id, p.team});
  agenda_.schedule_in(kernel::days_to_ticks(draw(spec_.time_to_recruit, p.streams.recruitment)),
                      kind(WorkforceEvent::recruit_starts), index_of(post_id), p.recruitment.arm());
}

// The record is freed at once: no one starts while the leaver's cases come off its caseload.
void SocialWorkService::leave_post(WorkerId id) {
  SocialWorker& w = worker(id);
  if (available(w)) team(w.team).available.remove(workers_, id);
  w.in_post = false;
  w.leaving.cancel();
  w.sickness.cancel();
  free_workers_.give_back(id);
}

// An uncovered vacancy is covered by an agency worker with the scenario's chance, after a
// delay; both are drawn every time, from `rng`, so the stream stays aligned.
void SocialWorkService::seek_agency_cover(PostId post_id, kernel::RandomStream& rng) {
  const auto& agency = spec_.agency_cover;
  if (!agency) return;
  const bool covered = rng.uniform01() < agency->probability;
  const double days = draw(agency->time_to_cover, rng);
  if (covered)
    agenda_.schedule_in(kernel::days_to_ticks(days), kind(WorkforceEvent::agency_cover_starts), index_of(post_id),
                        post(post_id).cover.arm());
}

void SocialWorkService::agency_cover_starts(PostId post_id, std::uint32_t generation) {
  Post& p = post(post_id);
  if (!p.cover.fires(generation)) return;
  p.holder = hire(post_id, Contract::agency);
  offer_capacity(p.team);
}

// A permanent recruit fills the vacancy and takes over the cases of the agency worker
// covering it, whose cover ends.
void SocialWorkService::recruit_starts(PostId post_id, std::uint32_t generation) {
  Post& p = post(post_id);
  if (!p.recruitment.fires(generation)) return;
  p.cover.cancel();
  const WorkerId recruit = hire(post_id, Contract::permanent);
  p.vacant = false;
  publish_.publish(VacancyFilled{now(), post_id, p.team});
  if (p.holder != kNone<WorkerId>) end_agency_cover(p.holder, recruit);
  p.holder = recruit;
  offer_capacity(p.team);
}

void SocialWorkService::end_agency_cover(WorkerId agency, WorkerId successor) {
  SocialWorker& w = worker(agency);
  leave_post(agency);
  while (!w.cases.empty()) move_case(w.cases.front(), successor);
  publish_.publish(SocialWorkerLeft{now(), agency, w.team, Contract::agency, WorkerLeaving::cover_ended});
}

void SocialWorkService::schedule_sickness(WorkerId id) {
  const auto& sickness = spec_.sickness;
  if (!sickness || sickness->spells_per_year <= 0) return;
  const double days =
      kernel::draw_exponential(streams_of(id).sickness, kernel::kDaysPerYear / sickness->spells_per_year);
  agenda_.schedule_in(kernel::days_to_ticks(days), kind(WorkforceEvent::sickness_starts), index_of(id),
                      worker(id).sickness.arm());
}

void SocialWorkService::sickness_starts(WorkerId id, std::uint32_t generation) {
  SocialWorker& w = worker(id);
  if (!w.sickness.fires(generation)) return;
  team(w.team).available.remove(workers_, id);
  w.sick = true;
  publish_.publish(SicknessStarted{now(), id});
  agenda_.schedule_in(kernel::days_to_ticks(draw(spec_.sickness->length, streams_of(id).sickness)),
                      kind(WorkforceEvent::sickness_ends), index_of(id), w.sickness.arm());
}

void SocialWorkService::sickness_ends(WorkerId id, std::uint32_t generation) {
  SocialWorker& w = worker(id);
  if (!w.sickness.fires(generation)) return;
  w.sick = false;
  team(w.team).available.add(workers_, id);
  publish_.publish(SicknessEnded{now(), id});
  schedule_sickness(id);
  offer_capacity(w.team);
}

}  // namespace caresim::model
