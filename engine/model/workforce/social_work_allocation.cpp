// Allocation: children's cases onto workers' caseloads by the team's policy, never above the
// cap; the children who find every worker at the cap wait, first come first allocated.
#include "kernel/variates.hpp"
#include "model/workforce/social_work_service.hpp"

namespace caresim::model {

void SocialWorkService::allocate_on_entry(ChildId child, std::uint32_t generation) {
  if (!case_of(child).allocation.fires(generation)) return;
  allocate(child);
}

void SocialWorkService::allocate(ChildId child) {
  Case& c = case_of(child);
  const WorkerId chosen = team(c.team).available.choose(workers_, spec_.allocation, spec_.caseload_target);
  if (chosen != kNone<WorkerId>) return assign(child, chosen);
  if (c.unallocated) return;
  c.unallocated = true;
  team(c.team).unallocated.push_back(cases_, child);
}

void SocialWorkService::assign(ChildId child, WorkerId id) {
  Case& c = case_of(child);
  if (c.unallocated) {
    team(c.team).unallocated.remove(cases_, child);
    c.unallocated = false;
  }
  c.worker = id;
  worker(id).cases.push_back(cases_, child);
  change_caseload(id, +1);
  ++c.workers;
  const int caseload = worker(id).caseload;
  publish_.publish(CaseAllocated{now(), child, id, caseload, c.workers});
  effects_.allocated(child, caseload, kernel::ticks_to_days(now() - c.unallocated_since), c.workers > 1);
}

void SocialWorkService::release(ChildId child, CaseEnding reason) {
  Case& c = case_of(child);
  const WorkerId id = c.worker;
  worker(id).cases.remove(cases_, child);
  change_caseload(id, -1);
  c.worker = kNone<WorkerId>;
  c.unallocated_since = now();
  publish_.publish(CaseReleased{now(), child, id, worker(id).caseload, reason});
}

void SocialWorkService::move_case(ChildId child, WorkerId to) {
  release(child, CaseEnding::moved);
  assign(child, to);
}

void SocialWorkService::transfer_case(ChildId child, std::uint32_t generation) {
  if (case_of(child).transfer.fires(generation)) move_to_another_worker(child);
}

void SocialWorkService::case_moves(ChildId child, std::uint32_t generation) {
  if (!case_of(child).move.fires(generation)) return;
  move_to_another_worker(child);
  schedule_case_move(child);
}

void SocialWorkService::schedule_case_move(ChildId child) {
  if (spec_.case_moves_per_year <= 0) return;
  const double days =
      kernel::draw_exponential(case_of(child).streams->moves, kernel::kDaysPerYear / spec_.case_moves_per_year);
  agenda_.schedule_in(kernel::days_to_ticks(days), kind(WorkforceEvent::case_moves), index_of(child),
                      case_of(child).move.arm());
}

// A case waiting for a worker moves nowhere: its next worker is a new one anyway. With no
// other worker below the cap, the case stays where it is.
void SocialWorkService::move_to_another_worker(ChildId child) {
  Case& c = case_of(child);
  if (c.worker == kNone<WorkerId>) return;
  const WorkerId to = team(c.team).available.choose(workers_, spec_.allocation, spec_.caseload_target, c.worker);
  if (to != kNone<WorkerId>) move_case(child, to);
}

void SocialWorkService::offer_capacity(TeamId id) {
  Team& t = team(id);
  while (!t.unallocated.empty()) {
    const WorkerId chosen = t.available.choose(workers_, spec_.allocation, spec_.caseload_target);
    if (chosen == kNone<WorkerId>) return;
    assign(t.unallocated.front(), chosen);
  }
}

void SocialWorkService::change_caseload(WorkerId id, int delta) {
  SocialWorker& w = worker(id);
  const bool indexed = available(w);
  if (indexed) team(w.team).available.remove(workers_, id);
  w.caseload += delta;
  if (indexed) team(w.team).available.add(workers_, id);
}

}  // namespace caresim::model
