// The social workers' dated changes of settings (SocialWorkersSpec::changes): posts added or
// cut, the caseload cap moved, other leaving rates, recruitment times and agency cover from a
// date (and a new pay, which StaffCosts reads from the fact published here).
#include <algorithm>

#include "model/workforce/social_work_service.hpp"

namespace caresim::model {

// The settings from now on. What happens later (a vacancy's recruitment time and cover, a
// new worker's leaving rate) follows the new settings; what is already under way is kept,
// except the leaving rates, whose constant hazards are drawn again for everyone in post
// (the wait to a constant hazard's event is memoryless, so a fresh draw is exact).
void SocialWorkService::change_starts(std::uint32_t index) {
  const scenario::SocialWorkersChange& change = spec_.changes[index];
  const bool permanent_rate_moves = change.leaving_rate_per_year != spec_.leaving_rate_per_year;
  const bool agency_rate_moves =
      change.agency_cover && spec_.agency_cover &&
      change.agency_cover->leaving_rate_per_year != spec_.agency_cover->leaving_rate_per_year;
  const bool cap_moves = change.caseload_cap != spec_.caseload_cap;
  const std::vector<int> establishment_before = spec_.establishment_by_team;
  scenario::apply(change, spec_);
  for (std::uint32_t w = 0; w < workers_.size(); ++w) {
    SocialWorker& worker = workers_[w];
    if (!worker.in_post) continue;
    if (worker.contract == Contract::permanent ? permanent_rate_moves : agency_rate_moves) {
      worker.leaving.cancel();  // a rate of 0 schedules nothing
      schedule_leaving_chance(WorkerId{w});
    }
  }
  int at_or_above_cap = 0;
  for (const SocialWorker& w : workers_) at_or_above_cap += w.in_post && w.caseload >= spec_.caseload_cap ? 1 : 0;
  publish_.publish(SocialWorkersChanged{now(), spec_.caseload_cap, at_or_above_cap, change.social_worker_gbp_per_year,
                                        change.agency_social_worker_gbp_per_year});
  if (cap_moves) move_caseload_cap();
  change_posts(establishment_before);
}

// A lower cap takes no case from anyone, but no case is added to a worker at or above it; a
// higher one lets the children waiting for a worker take the room it makes.
void SocialWorkService::move_caseload_cap() {
  for (Team& t : teams_) t.available.set_cap(spec_.caseload_cap);
  for (std::size_t t = 0; t < teams_.size(); ++t) offer_capacity(TeamId{static_cast<std::uint16_t>(t)});
}

// The posts the change adds open vacant, to be recruited and covered as any vacancy. Posts
// cut close as they come free, no one being made redundant: the team's vacancies first,
// then the posts of the next permanent workers to leave (worker_leaves).
void SocialWorkService::change_posts(const std::vector<int>& establishment_before) {
  for (std::size_t t = 0; t < establishment_before.size(); ++t) {
    const TeamId team_id{static_cast<std::uint16_t>(t)};
    const int change = spec_.establishment_by_team[t] - establishment_before[t];
    // Posts an earlier change left still to cut stay instead, before any post is added.
    const int kept = std::min(std::max(change, 0), team(team_id).posts_to_cut);
    team(team_id).posts_to_cut -= kept;
    for (int i = kept; i < change; ++i) {
      const PostId id{static_cast<std::uint32_t>(posts_.size())};
      add_post(team_id);
      open_vacancy(id);
      seek_agency_cover(id, post(id).streams.agency_cover);
    }
    if (change < 0) {
      team(team_id).posts_to_cut -= change;
      cut_vacancies(team_id);
    }
  }
}

// The team's vacancies close, in the posts' order: those no agency worker covers first (their
// recruitment and any cover on its way stop), then those covered, whose agency workers leave,
// their children going to colleagues as a leaver's do.
void SocialWorkService::cut_vacancies(TeamId team_id) {
  for (const bool covered : {false, true})
    for (std::uint32_t p = 0; p < posts_.size() && team(team_id).posts_to_cut > 0; ++p) {
      const Post& candidate = posts_[p];
      if (candidate.team != team_id || !candidate.vacant || (candidate.holder != kNone<WorkerId>) != covered) continue;
      if (covered) worker_leaves(candidate.holder, WorkerLeaving::cover_ended);  // closes the post
      else close_post(PostId{p});
    }
}

void SocialWorkService::close_post(PostId post_id) {
  Post& p = post(post_id);
  p.recruitment.cancel();
  p.cover.cancel();
  p.cut = true;
  publish_.publish(SocialWorkPostCut{now(), post_id, p.team, p.vacant});
  p.vacant = false;
  --team(p.team).posts_to_cut;
}

}  // namespace caresim::model
