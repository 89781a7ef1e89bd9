// What the social work service knows: each child's case, each worker, each post of the
// establishment, and each team's free workers and children waiting for one.
#pragma once

#include <optional>

#include "kernel/event_queue.hpp"
#include "kernel/random_stream.hpp"
#include "model/ids.hpp"
#include "model/workforce/caseload_index.hpp"
#include "model/workforce/linked_ids.hpp"
#include "model/workforce/workforce_ids.hpp"

namespace caresim::model {

// A case's own random streams, numbered as the child is (ChildEntered::number): when it
// moves to a long-term worker, and when it moves again. Two scenarios that staff the service
// differently still give the child the same moves; shared streams, drawn from in the order
// things happen, would not.
struct CaseStreams {
  kernel::RandomStream transfer;
  kernel::RandomStream moves;
};

// A child's case, by ChildId. The record is reset when the id is given to a new child;
// timers are never reset, so the previous holder's events cannot fire for the new one.
struct Case {
  std::optional<CaseStreams> streams;  // the child's; kept when it comes back into care
  bool in_care = false;
  TeamId team{0};
  WorkerId worker = kNone<WorkerId>;
  int workers = 0;                     // social workers allocated in this episode of care
  bool unallocated = false;            // on the team's list of children waiting for a worker
  kernel::Ticks unallocated_since = 0;  // when the child last had no worker
  Links<ChildId> on_caseload;
  Links<ChildId> waiting;
  kernel::TimerSlot allocation;  // the allocation just after entry
  kernel::TimerSlot transfer;    // the move to a long-term worker
  kernel::TimerSlot move;        // the next of the case's other moves
};

struct SocialWorker {
  Contract contract = Contract::permanent;
  TeamId team{0};
  PostId post{0};
  bool in_post = false;  // false: the record is free for the next starter
  bool sick = false;
  int caseload = 0;
  LinkedIds<ChildId, Case, &Case::on_caseload> cases;
  Links<WorkerId> bucket;      // in the team's CaseloadIndex while in post and not sick
  kernel::TimerSlot leaving;   // the next chance to leave
  kernel::TimerSlot sickness;  // the next start or end of a spell
};

// When one kind of holder of a post leaves and is off sick, holder after holder.
struct HolderStreams {
  kernel::RandomStream leaving;
  kernel::RandomStream sickness;
};

// A post's own random streams, numbered by team and place in the team: when its holders leave
// and are off sick, how long its vacancies take to fill and whether agency staff cover them.
// Two scenarios that differ elsewhere (another team's size, say) give the post the same luck
// until what happens in it differs. Permanent and agency holders draw apart, and so do a
// vacancy's first cover and its cover after an agency worker leaves, so that agency staff who
// stay longer or shorter leave the permanent staff's luck, and each vacancy's first cover, as
// they were.
struct PostStreams {
  HolderStreams permanent;
  HolderStreams agency;
  kernel::RandomStream recruitment;
  kernel::RandomStream agency_cover;        // when a vacancy opens
  kernel::RandomStream agency_cover_again;  // when an agency worker covering it leaves
};

// The families of the posts' streams, one per purpose, so one mechanism's draws never shift
// another's.
class PostStreamFamilies {
 public:
  PostStreamFamilies(std::uint64_t seed, std::uint64_t replication)
      : leaving_(seed, replication, "post_leaving"),
        sickness_(seed, replication, "post_sickness"),
        agency_leaving_(seed, replication, "post_agency_leaving"),
        agency_sickness_(seed, replication, "post_agency_sickness"),
        recruitment_(seed, replication, "post_recruitment"),
        agency_cover_(seed, replication, "post_agency_cover"),
        agency_cover_again_(seed, replication, "post_agency_cover_again") {}

  // The streams of the post at `place` in team `team` (its posts numbered from 0 as they come,
  // those a change adds after the scenario's).
  PostStreams of(TeamId team, std::uint32_t place) const {
    const std::uint64_t number = (static_cast<std::uint64_t>(team) << 32) | place;
    return {{leaving_.stream(number), sickness_.stream(number)},
            {agency_leaving_.stream(number), agency_sickness_.stream(number)},
            recruitment_.stream(number),
            agency_cover_.stream(number),
            agency_cover_again_.stream(number)};
  }

 private:
  kernel::StreamFamily leaving_, sickness_, agency_leaving_, agency_sickness_, recruitment_, agency_cover_,
      agency_cover_again_;
};

// A post of the establishment: held by a permanent worker, or vacant and maybe covered by an
// agency worker while recruitment goes on.
struct Post {
  Post(TeamId team_id, const PostStreams& own) : team(team_id), streams(own) {}
  TeamId team;
  PostStreams streams;
  WorkerId holder = kNone<WorkerId>;  // the permanent worker, or the agency worker covering
  bool vacant = false;                // no permanent worker (the DfE's vacancy)
  bool cut = false;                   // closed by a change: no worker, no vacancy
  kernel::TimerSlot recruitment;
  kernel::TimerSlot cover;
};

struct Team {
  explicit Team(int caseload_cap) : available(caseload_cap) {}
  CaseloadIndex<WorkerId, SocialWorker> available;        // workers in post and not sick
  LinkedIds<ChildId, Case, &Case::waiting> unallocated;  // first come, first allocated
  int posts_to_cut = 0;  // by a change, closing as they come free
  std::uint32_t posts_numbered = 0;  // the posts it has had: the next one's place, for its streams
};

}  // namespace caresim::model
