// Personal advisers (PAs): a young person in care asks for one on reaching the policy age (or
// on entering care older), and is allocated the PA with the fewest young people if one is
// below the cap, or waits, first come first allocated. Care leavers keep their PA to 21, or
// to 25 with the scenario's chance; a young person who leaves care without becoming a care
// leaver loses the PA. Care leavers stay on these books after ChildLeftCare, under their own
// YoungPersonId, as the ChildId is given to the next child.
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
  Links<YoungPersonId> in_queue;
  kernel::TimerSlot support;  // its end, at 21 or 25
};

// By ChildId, reset when the id is given to a new child; the timer is never reset.
struct ChildAdvice {
  YoungPersonId young_person = kNone<YoungPersonId>;
  kernel::YearDay born;  // the date of birth's year and day, for working out ages
  kernel::TimerSlot due;  // the policy age
};

class PersonalAdviserService {
 public:
  PersonalAdviserService(const scenario::PersonalAdvisersSpec& spec, std::uint64_t seed, std::uint64_t replication,
                         const kernel::Clock& clock, kernel::Agenda& agenda, const EventPublisher& publisher);

  void child_entered(ChildId child, kernel::Date date_of_birth);
  void child_left_care(ChildId child, kernel::Ticks entered);
  void handle(WorkforceEvent event, std::uint32_t subject, std::uint32_t generation);

  // Read-only views, for invariant checks and tests.
  const std::vector<Adviser>& advisers() const { return advisers_; }
  const std::vector<YoungPerson>& young_people() const { return young_people_; }
  int waiting() const { return queue_.size(); }

 private:
  void adviser_due(ChildId child, std::uint32_t generation);
  void support_ends(YoungPersonId id, std::uint32_t generation);
  YoungPersonId request(ChildId child, kernel::YearDay born);
  void assign(YoungPersonId id, AdviserId adviser);
  void end_support(YoungPersonId id);
  void offer_capacity();
  bool care_leaver(const ChildAdvice& advice, kernel::Ticks entered) const;
  YoungPerson& young_person(YoungPersonId id) { return young_people_[index_of(id)]; }
  kernel::Ticks now() const { return agenda_.now(); }

  const scenario::PersonalAdvisersSpec& spec_;
  const kernel::Clock& clock_;
  kernel::Agenda& agenda_;
  const EventPublisher& publish_;
  kernel::RandomStream support_;  // who asks for support to 25

  std::vector<Adviser> advisers_;
  CaseloadIndex<AdviserId, Adviser> available_;
  std::vector<ChildAdvice> children_;  // by ChildId
  std::vector<YoungPerson> young_people_;
  FreeRecords<YoungPersonId> free_records_;
  LinkedIds<YoungPersonId, YoungPerson, &YoungPerson::in_queue> queue_;
};

}  // namespace caresim::model
