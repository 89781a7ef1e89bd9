// Social workers in teams: children's cases allocated on entry to a worker of their home
// locality's team (or wait unallocated, on duty cover, while every worker is at the cap);
// workers leave at a rate that rises with their caseload above target, every child on a
// leaver's caseload is reallocated, vacancies are covered by agency staff and filled by
// permanent recruits; workers may be off sick. Publishes what happens; computes no KPI.
#pragma once

#include <cstdint>
#include <vector>

#include "kernel/agenda.hpp"
#include "kernel/random_stream.hpp"
#include "model/domain_events.hpp"
#include "model/geography.hpp"
#include "model/workforce/child_effects.hpp"
#include "model/workforce/free_records.hpp"
#include "model/workforce/social_work_records.hpp"
#include "model/workforce/workforce_events.hpp"
#include "scenario/workforce_spec.hpp"

namespace caresim::model {

class SocialWorkService {
 public:
  // `changes_at`: when each of the scenario's changes of settings starts.
  SocialWorkService(const scenario::SocialWorkersSpec& spec, std::uint64_t seed, std::uint64_t replication,
                    std::vector<kernel::Ticks> changes_at, kernel::Agenda& agenda, const EventPublisher& publisher,
                    ChildEffects& effects);

  // Every post starts filled by a permanent worker with no cases.
  void start();
  // `number`: the child's (ChildEntered::number); `coming_back`: its case record carries
  // over from an earlier episode (ChildEntered::carries_record_over).
  void child_entered(ChildId child, std::uint64_t number, bool coming_back, LocalityId home, kernel::Ticks entered);
  void child_left_care(ChildId child);
  void handle(WorkforceEvent event, std::uint32_t subject, std::uint32_t generation);

  // The worker, in post, leaves now: resigns (the turnover timer's doing, or a test's), or an
  // agency worker's cover ends with the post it covers cut.
  void worker_leaves(WorkerId id, WorkerLeaving reason = WorkerLeaving::resigned);

  // Read-only views, for invariant checks and tests. The settings are those in force now.
  const scenario::SocialWorkersSpec& spec() const { return spec_; }
  const std::vector<SocialWorker>& workers() const { return workers_; }
  const std::vector<Case>& cases() const { return cases_; }
  const std::vector<Post>& posts() const { return posts_; }
  const std::vector<Team>& teams() const { return teams_; }

 private:
  // Allocation (social_work_allocation.cpp).
  void allocate_on_entry(ChildId child, std::uint32_t generation);
  void allocate(ChildId child);  // by the policy, or wait unallocated
  void assign(ChildId child, WorkerId worker);
  void release(ChildId child, CaseEnding reason);
  void move_case(ChildId child, WorkerId to);
  void transfer_case(ChildId child, std::uint32_t generation);
  void case_moves(ChildId child, std::uint32_t generation);
  void schedule_case_move(ChildId child);
  void move_to_another_worker(ChildId child);
  void offer_capacity(TeamId team);  // children waiting take the places free now
  void change_caseload(WorkerId id, int delta);

  // Staffing (social_work_staffing.cpp).
  void add_post(TeamId team);
  WorkerId hire(PostId post, Contract contract, WorkerOrigin origin = WorkerOrigin::starter);
  void schedule_leaving_chance(WorkerId id);
  void leaving_chance(WorkerId id, std::uint32_t generation);
  void open_vacancy(PostId post);  // recruitment starts
  void recruit_starts(PostId post, std::uint32_t generation);
  void agency_cover_starts(PostId post, std::uint32_t generation);
  void seek_agency_cover(PostId post, kernel::RandomStream& rng);
  void end_agency_cover(WorkerId agency, WorkerId successor);
  void leave_post(WorkerId id);  // out of the team's index, record freed
  void sickness_starts(WorkerId id, std::uint32_t generation);
  void sickness_ends(WorkerId id, std::uint32_t generation);
  void schedule_sickness(WorkerId id);
  double base_leaving_rate_per_day(Contract contract) const;

  // The dated changes of settings (social_work_change.cpp); `index`: in spec_.changes.
  void change_starts(std::uint32_t index);
  void move_caseload_cap();  // to spec_.caseload_cap
  void change_posts(const std::vector<int>& establishment_before);  // to spec_.establishment_by_team
  void cut_vacancies(TeamId team);
  void close_post(PostId post);

  bool available(const SocialWorker& w) const { return w.in_post && !w.sick; }
  Case& case_of(ChildId id) { return cases_[index_of(id)]; }
  SocialWorker& worker(WorkerId id) { return workers_[index_of(id)]; }
  Post& post(PostId id) { return posts_[index_of(id)]; }
  HolderStreams& streams_of(WorkerId id) {
    PostStreams& post_streams = post(worker(id).post).streams;
    return worker(id).contract == Contract::permanent ? post_streams.permanent : post_streams.agency;
  }
  Team& team(TeamId id) { return teams_[static_cast<std::size_t>(id)]; }
  kernel::Ticks now() const { return agenda_.now(); }

  scenario::SocialWorkersSpec spec_;  // the settings in force: the scenario's, changed from each of changes_at_
  std::vector<kernel::Ticks> changes_at_;
  kernel::Agenda& agenda_;
  const EventPublisher& publish_;
  ChildEffects& effects_;
  double highest_pressure_;  // the largest factor caseload pressure can give the leaving rate

  // Streams of its own for each post and each case (PostStreams, CaseStreams), one family
  // per purpose, so one mechanism's draws never shift another's.
  PostStreamFamilies post_streams_;
  kernel::StreamFamily case_transfers_;
  kernel::StreamFamily case_moves_;

  std::vector<Case> cases_;  // by ChildId
  std::vector<SocialWorker> workers_;
  FreeRecords<WorkerId> free_workers_;  // records of leavers, for reuse
  std::vector<Post> posts_;
  std::vector<Team> teams_;
  std::vector<ChildId> orphans_;  // a leaver's cases being reallocated; kept to avoid allocating
};

}  // namespace caresim::model
