#include "model/workforce/personal_adviser_service.hpp"

#include <algorithm>

namespace caresim::model {
namespace {

// A care leaver (an eligible or relevant child, Children (Leaving Care) Act 2000) left care
// aged 16 or over after at least 13 weeks in care since the 14th birthday, in total over
// every episode of care. Support runs to 21, and to 25 for those who ask (Children and Social
// Work Act 2017).
constexpr int kCareLeaverFromAge = 16;
constexpr int kCountedFromAge = 14;
constexpr double kQualifyingDays = 13 * 7;
constexpr int kSupportToAge = 21;
constexpr int kExtendedSupportToAge = 25;

}  // namespace

PersonalAdviserService::PersonalAdviserService(const scenario::PersonalAdvisersSpec& spec, std::uint64_t seed,
                                               std::uint64_t replication, const kernel::Clock& clock,
                                               kernel::Agenda& agenda, const EventPublisher& publisher)
    : spec_(spec),
      clock_(clock),
      agenda_(agenda),
      publish_(publisher),
      support_(seed, replication, "care_leaver_support"),
      advisers_(static_cast<std::size_t>(spec.advisers)),
      available_(spec.caseload_cap) {
  for (std::uint32_t a = 0; a < advisers_.size(); ++a) available_.add(advisers_, AdviserId{a});
}

void PersonalAdviserService::handle(WorkforceEvent event, std::uint32_t subject, std::uint32_t generation) {
  switch (event) {
    case WorkforceEvent::adviser_due: return adviser_due(ChildId{subject}, generation);
    case WorkforceEvent::support_ends: return support_ends(YoungPersonId{subject}, generation);
    default: return;  // social workers' events
  }
}

void PersonalAdviserService::child_entered(ChildId child, std::uint64_t number, kernel::Date date_of_birth,
                                           bool coming_back) {
  if (index_of(child) >= children_.size()) children_.resize(index_of(child) + 1);
  ChildAdvice& advice = children_[index_of(child)];
  if (coming_back && advice.young_person != kNone<YoungPersonId>) return back_in_care(child, advice.young_person);
  if (!coming_back) first_entry(advice, number, date_of_birth);
  const kernel::Ticks due = clock_.at_age(advice.born, spec_.from_age_years);
  if (due <= now())
    advice.young_person = request(child, advice.born);
  else
    agenda_.schedule_at(due, kind(WorkforceEvent::adviser_due), index_of(child), advice.due.arm());
}

// A new child in the record: nothing of its last holder carries over but the timer.
void PersonalAdviserService::first_entry(ChildAdvice& advice, std::uint64_t number, kernel::Date date_of_birth) {
  advice.young_person = kNone<YoungPersonId>;
  advice.number = number;
  advice.born = kernel::year_day(date_of_birth);
  advice.in_care_since_14 = 0;
}

// A care leaver coming back into care keeps the PA, or the place in the queue, and asks for
// nothing new; support no longer ends while the young person is in care (it is set again on
// leaving, at the same age).
void PersonalAdviserService::back_in_care(ChildId child, YoungPersonId id) {
  YoungPerson& person = young_person(id);
  person.child = child;
  person.support.cancel();
  publish_.publish(AdviserKept{now(), id, child, person.adviser});
}

void PersonalAdviserService::adviser_due(ChildId child, std::uint32_t generation) {
  ChildAdvice& advice = children_[index_of(child)];
  if (advice.due.fires(generation)) advice.young_person = request(child, advice.born);
}

// The part of the episode of care from `entered` to now that counts towards a care leaver's
// 13 weeks: the part since the 14th birthday.
kernel::Ticks PersonalAdviserService::episode_since_14(const ChildAdvice& advice, kernel::Ticks entered) const {
  const kernel::Ticks counted_from = std::max(entered, clock_.at_age(advice.born, kCountedFromAge));
  return std::max<kernel::Ticks>(0, now() - counted_from);
}

// Whether the young person leaving care now, with `advice.in_care_since_14` counted over every
// episode up to now, is a care leaver.
bool PersonalAdviserService::care_leaver(const ChildAdvice& advice) const {
  const kernel::YearDay today = kernel::year_day(clock_.date_at(now()));
  return kernel::age_in_years(advice.born, today) >= kCareLeaverFromAge &&
         kernel::ticks_to_days(advice.in_care_since_14) >= kQualifyingDays;
}

// A care leaver keeps the PA (or the place in the queue), or asks for one now; anyone else
// leaving care loses either.
void PersonalAdviserService::child_left_care(ChildId child, kernel::Ticks entered) {
  ChildAdvice& advice = children_[index_of(child)];
  advice.due.cancel();
  advice.in_care_since_14 += episode_since_14(advice, entered);
  if (!care_leaver(advice)) {
    if (advice.young_person != kNone<YoungPersonId>) end_support(advice.young_person);
    advice.young_person = kNone<YoungPersonId>;
    return;
  }
  if (advice.young_person == kNone<YoungPersonId>) advice.young_person = request(kNoChild, advice.born);
  keep_as_care_leaver(advice.young_person, advice.number);
}

// Out of care, support runs to 21, or to 25 with the scenario's chance, drawn once for each
// young person, from the child's own stream: leaving care again after coming back does not
// draw again.
void PersonalAdviserService::keep_as_care_leaver(YoungPersonId id, std::uint64_t number) {
  YoungPerson& person = young_person(id);
  person.child = kNoChild;
  if (person.supported_to_age == 0) {
    const bool to_25 = support_.stream(number).uniform01() < spec_.support_to_25_probability;
    person.supported_to_age = to_25 ? kExtendedSupportToAge : kSupportToAge;
  }
  const kernel::Ticks end = clock_.start_of(kernel::birthday(person.born, person.supported_to_age));
  agenda_.schedule_at(end, kind(WorkforceEvent::support_ends), index_of(id), person.support.arm());
}

void PersonalAdviserService::support_ends(YoungPersonId id, std::uint32_t generation) {
  if (young_person(id).support.fires(generation)) end_support(id);
}

YoungPersonId PersonalAdviserService::request(ChildId child, kernel::YearDay born) {
  const YoungPersonId id = free_records_.take(young_people_);
  YoungPerson& person = young_person(id);
  person.supported = true;
  person.child = child;
  person.adviser = kNone<AdviserId>;
  person.born = born;
  person.requested = now();
  person.supported_to_age = 0;
  publish_.publish(AdviserRequested{now(), id, child});
  const AdviserId adviser = available_.choose(advisers_, scenario::AllocationPolicy::lowest_caseload, 0);
  if (adviser != kNone<AdviserId>) {
    assign(id, adviser);
  } else {
    person.waiting = true;
    queue_.push_back(young_people_, id);
  }
  return id;
}

void PersonalAdviserService::assign(YoungPersonId id, AdviserId adviser) {
  YoungPerson& person = young_person(id);
  if (person.waiting) {
    queue_.remove(young_people_, id);
    person.waiting = false;
  }
  person.adviser = adviser;
  available_.remove(advisers_, adviser);
  ++advisers_[index_of(adviser)].caseload;
  available_.add(advisers_, adviser);
  publish_.publish(AdviserAllocated{now(), id, person.child, adviser, person.requested});
}

void PersonalAdviserService::end_support(YoungPersonId id) {
  YoungPerson& person = young_person(id);
  const AdviserId adviser = person.adviser;
  if (person.waiting) {
    queue_.remove(young_people_, id);
    person.waiting = false;
  } else {
    available_.remove(advisers_, adviser);
    --advisers_[index_of(adviser)].caseload;
    available_.add(advisers_, adviser);
  }
  person.supported = false;
  person.support.cancel();
  free_records_.give_back(id);
  publish_.publish(AdviserSupportEnded{now(), id, adviser});
  if (adviser != kNone<AdviserId>) offer_capacity();
}

void PersonalAdviserService::offer_capacity() {
  while (!queue_.empty()) {
    const AdviserId adviser = available_.choose(advisers_, scenario::AllocationPolicy::lowest_caseload, 0);
    if (adviser == kNone<AdviserId>) return;
    assign(queue_.front(), adviser);
  }
}

}  // namespace caresim::model
