// Personal advisers (PAs): a young person in care asks for one on reaching the policy age (or
// on entering care older), and is allocated the PA with the fewest young people if one is
// below the cap, or waits, first come first allocated. Care leavers keep their PA to 21, or
// to 25 with the scenario's chance; a young person who leaves care without becoming a care
// leaver loses the PA. Care leavers stay on these books after ChildLeftCare, under their own
// YoungPersonId, as the ChildId is given to the next child; one who comes back into care (the
// same ChildId, re-entering) is the same young person and keeps the PA.
#pragma once

#include <cstdint>
#include <vector>

#include "kernel/agenda.hpp"
#include "kernel/random_stream.hpp"
#include "model/domain_events.hpp"
#include "model/workforce/caseload_index.hpp"
#include "model/workforce/free_records.hpp"
#include "model/workforce/linked_ids.hpp"
#include "model/workforce/workforce_events.hpp"
#include "scenario/workforce_spec.hpp"

namespace caresim::model {

struct Adviser {
  int caseload = 0;
  Links<AdviserId> bucket;
};

struct YoungPerson {
  bool supported = false;  // false: the record is free for reuse
  ChildId child = kNoChild;  // while in care
  AdviserId adviser = kNone<AdviserId>;
  kernel::YearDay born;
  kernel::Ticks requested = 0;
  bool waiting = false;
  int supported_to_age = 0;  // 21 or 25, drawn on first leaving care as a care leaver; 0 before
  Links<YoungPersonId> in_queue;
  kernel::TimerSlot support;  // its end, at 21 or 25, while out of care
};

// By ChildId, reset when the id is given to a new child (not on a re-entry, the same child
// coming back); the timer is never reset.
struct ChildAdvice {
  // Asked for a PA while in care, or a care leaver, who may come back into care until 18
  // (before the support ends, at 21 at the earliest); kNone otherwise.
  YoungPersonId young_person = kNone<YoungPersonId>;
  kernel::YearDay born;  // the date of birth's year and day, for working out ages
  kernel::Ticks in_care_since_14 = 0;  // over the episodes ended so far: a care leaver's 13 weeks
  std::uint64_t number = 0;  // the child's (ChildEntered::number), which names its stream
  kernel::TimerSlot due;  // the policy age
};

class PersonalAdviserService {
 public:
  PersonalAdviserService(const scenario::PersonalAdvisersSpec& spec, std::uint64_t seed, std::uint64_t replication,
                         const kernel::Clock& clock, kernel::Agenda& agenda, const EventPublisher& publisher);

  // `number`: the child's (ChildEntered::number).
  void child_entered(ChildId child, std::uint64_t number, kernel::Date date_of_birth, bool coming_back);
  void child_left_care(ChildId child, kernel::Ticks entered);
  void handle(WorkforceEvent event, std::uint32_t subject, std::uint32_t generation);

  // Read-only views, for invariant checks and tests.
  const std::vector<Adviser>& advisers() const { return advisers_; }
  const std::vector<YoungPerson>& young_people() const { return young_people_; }
  int waiting() const { return queue_.size(); }

 private:
  void first_entry(ChildAdvice& advice, std::uint64_t number, kernel::Date date_of_birth);
  void back_in_care(ChildId child, YoungPersonId id);
  void adviser_due(ChildId child, std::uint32_t generation);
  void support_ends(YoungPersonId id, std::uint32_t generation);
  YoungPersonId request(ChildId child, kernel::YearDay born);
  void assign(YoungPersonId id, AdviserId adviser);
  void end_support(YoungPersonId id);
  void offer_capacity();
  kernel::Ticks episode_since_14(const ChildAdvice& advice, kernel::Ticks entered) const;
  bool care_leaver(const ChildAdvice& advice) const;
  void keep_as_care_leaver(YoungPersonId id, std::uint64_t number);
  YoungPerson& young_person(YoungPersonId id) { return young_people_[index_of(id)]; }
  kernel::Ticks now() const { return agenda_.now(); }

  const scenario::PersonalAdvisersSpec& spec_;
  const kernel::Clock& clock_;
  kernel::Agenda& agenda_;
  const EventPublisher& publish_;
  kernel::StreamFamily support_;  // who asks for support to 25: a stream for each child, by its number

  std::vector<Adviser> advisers_;
  CaseloadIndex<AdviserId, Adviser> available_;
  std::vector<ChildAdvice> children_;  // by ChildId
  std::vector<YoungPerson> young_people_;
  FreeRecords<YoungPersonId> free_records_;
  LinkedIds<YoungPersonId, YoungPerson, &YoungPerson::in_queue> queue_;
};

}  // namespace caresim::model
