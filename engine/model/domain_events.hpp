// What happens in care, as plain facts the model publishes and metrics subscribe to. The
// model never computes a KPI; a metric never changes the model.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "kernel/calendar.hpp"
#include "model/geography.hpp"
#include "model/ids.hpp"
#include "model/workforce/workforce_ids.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::model {

using kernel::Ticks;

// Why care ended: one of the scenario's leaving routes, the end of a plain `stay`, or 18.
enum class LeavingReason : std::uint8_t {
  return_home,
  adoption,
  special_guardianship,
  independent_living,
  other,
  end_of_stay,
  turned_18
};
inline constexpr std::size_t kLeavingReasonCount = kLeavingRouteCount + 2;
// The routes' names first, as the first reasons are the routes themselves.
inline constexpr std::array<std::string_view, kLeavingReasonCount> kLeavingReasonNames = [] {
  std::array<std::string_view, kLeavingReasonCount> names{};
  for (std::size_t r = 0; r < kLeavingRouteCount; ++r) names[r] = kLeavingRouteNames[r];
  names[kLeavingRouteCount] = "end_of_stay";
  names[kLeavingRouteCount + 1] = "turned_18";
  return names;
}();
static_assert(static_cast<std::size_t>(LeavingReason::end_of_stay) == kLeavingRouteCount);

struct ChildEntered {
  Ticks time;
  ChildId child;
  AgeBand band;
  NeedLevel need;
  LocalityId home;
  kernel::Date date_of_birth;
  std::uint32_t sibling_group = 0;  // 0: alone
  bool re_entry = false;
  bool unaccompanied = false;
  // A re-entry whose earlier episodes came before the simulation started (a child of the
  // steady state at the start): no record of them carries over.
  bool earlier_episodes_before_start = false;
  // The child's number, by the order children first arrive: it names the child's random
  // streams, here and in other processes (the workforce's), and is kept on a re-entry.
  std::uint64_t number = 0;
  // Whether what is recorded of the child's earlier episode carries over into this one.
  bool carries_record_over() const { return re_entry && !earlier_episodes_before_start; }
};

struct ChildLeftCare {
  Ticks time;
  ChildId child;
  Ticks entered;
  LeavingReason reason;
  kernel::YearDay born;  // the date of birth as year and day, for the age on leaving
};

struct PlacementStarted {
  Ticks time;
  ChildId child;
  PlacementType type;
  Ticks entered;          // when the child entered care
  Ticks sought_since;     // when the search that ended here began
  int placement_number;   // 1 for the first placement of this episode of care
  double miles;           // from the child's home
  int skill_above_need = 0;  // in-house foster care: the carer's skill level minus the child's need
  // Siblings placed together share a unit, named by its lead child; a child alone leads its own.
  ChildId unit = kNoChild;
  HouseholdId household = kNoHousehold;  // the in-house foster carer, if any
  bool in_house_home = false;  // residential: one of the council's own homes, not a spot purchase
  // A planned move (a step-down to family care, or out of a council home that closes), which
  // ends no search.
  bool planned_move = false;
};

enum class EndingReason : std::uint8_t {
  left_care,   // the child's care ended
  breakdown,   // unplanned: the placement broke down
  moved_on     // planned: from an emergency stop-gap to a match, a step-down, out of secure
};

struct PlacementEnded {
  Ticks time;
  ChildId child;
  PlacementType type;
  EndingReason reason;
  HouseholdId household = kNoHousehold;  // the in-house carer, if any
  bool in_house_home = false;            // residential: one of the council's own homes
};

// A child with no placement starts or stops waiting for one (stopping: placed, or left care).
struct WaitingStarted {
  Ticks time;
  ChildId child;
};

struct WaitingEnded {
  Ticks time;
  ChildId child;
};

// How a household came to be approved: in the pool when the simulation starts, after the
// council's own assessment, or transferring from an independent fostering agency.
enum class HouseholdOrigin : std::uint8_t { initial_pool, assessed, from_ifa };

struct HouseholdApproved {
  Ticks time;
  HouseholdId household;
  int places;
  HouseholdOrigin origin;
};

struct HouseholdDeregistered {
  Ticks time;
  HouseholdId household;
  int places;
};

// Why an approved household stops taking children (it deregisters once its last child leaves).
enum class ResignationReason : std::uint8_t {
  after_breakdown,   // a placement with it broke down
  leaves_fostering,  // its tenure's deregistration hazard: retirement, circumstances
  moves_to_ifa       // transfers to an independent fostering agency
};
inline constexpr std::size_t kResignationReasonCount = 3;
inline constexpr std::array<std::string_view, kResignationReasonCount> kResignationReasonNames = {
    "after_breakdown", "leaves_fostering", "moves_to_ifa"};

struct HouseholdResigned {
  Ticks time;
  HouseholdId household;
  ResignationReason reason;
  bool before_start = false;  // resigned before the simulation's start, told at it: not a resignation of the run's
};

// Training raised the household's skill, or it was approved for other ages.
struct HouseholdApprovalChanged {
  Ticks time;
  HouseholdId household;
  NeedLevel skill;
  std::uint8_t age_range;  // index into the scenario's approved age ranges
};

// Where a prospective carer's enquiry came from: the usual flow, existing carers' word of
// mouth, a recruitment campaign, or the extra enquiries a fee uplift brings.
enum class EnquirySource : std::uint8_t { usual, word_of_mouth, campaign, fee_uplift };
inline constexpr std::size_t kEnquirySourceCount = 4;
inline constexpr std::array<std::string_view, kEnquirySourceCount> kEnquirySourceNames = {
    "usual", "word_of_mouth", "campaign", "fee_uplift"};

// The recruitment pipeline: an enquiry; an application, whose assessment starts; an
// assessment that ends in approval (HouseholdApproved) or withdrawal.
struct EnquiryReceived {
  Ticks time;
  EnquirySource source;
};

struct AssessmentStarted {
  Ticks time;
  EnquirySource source;
};

struct AssessmentWithdrawn {
  Ticks time;
  EnquirySource source;
};

// A household takes a break (after a breakdown, say) and takes no child until it ends.
struct CarerBreakStarted {
  Ticks time;
  HouseholdId household;
};

struct CarerBreakEnded {
  Ticks time;
  HouseholdId household;
};

// A young person of 18 stays on with the foster carer (Staying Put): out of care, but the
// place stays filled until the arrangement ends.
struct StayingPutStarted {
  Ticks time;
  PlacementType type;
  HouseholdId household;  // in-house foster care
};

struct StayingPutEnded {
  Ticks time;
  PlacementType type;
  HouseholdId household;
};

// One of the council's children's homes opens on its opening_date: its beds take children
// from now. Homes open from the start publish nothing.
struct ChildrensHomeOpened {
  Ticks time;
  std::size_t home;  // its place in provision.residential.in_house_homes
  int beds;
};

// One of the council's children's homes has closed: the last child living there has left
// since its closing_date (at once, if it had none). Its beds were staffed till now.
struct ChildrensHomeClosed {
  Ticks time;
  std::size_t home;  // its place in provision.residential.in_house_homes
  int beds;          // as it had when open
};

// Calendar marks: the end of a month (snapshot time) and 31 March (DfE year end).
struct MonthEnded {
  Ticks time;
  kernel::Date date;
};

struct YearEnded {
  Ticks time;
  kernel::Date date;
};

// The workforce. A social worker starts, permanent in a post or agency covering a vacancy,
// and leaves: resigning (turnover), or an agency worker whose cover ends when a permanent
// worker fills the post.
//
// The establishment the simulation starts with joins at its first moment: in post, but not
// starters, as the households the run starts with are not approvals.
enum class WorkerOrigin : std::uint8_t { starting_establishment, starter };

struct SocialWorkerJoined {
  Ticks time;
  WorkerId worker;
  TeamId team;
  Contract contract;
  WorkerOrigin origin = WorkerOrigin::starter;
};

enum class WorkerLeaving : std::uint8_t { resigned, cover_ended };

struct SocialWorkerLeft {
  Ticks time;
  WorkerId worker;
  TeamId team;
  Contract contract;
  WorkerLeaving reason;
};

// A spell of sickness absence: the worker keeps the cases but takes no new one.
struct SicknessStarted {
  Ticks time;
  WorkerId worker;
};

struct SicknessEnded {
  Ticks time;
  WorkerId worker;
};

// A post without a permanent worker is a vacancy (the DfE's definition), covered by an agency
// worker or not; it is filled when a permanent worker starts in it.
struct VacancyOpened {
  Ticks time;
  PostId post;
  TeamId team;
};

struct VacancyFilled {
  Ticks time;
  PostId post;
  TeamId team;
};

// A post cut by a change of social workers closes: a vacancy (`was_vacant`), or the post of a
// permanent worker who has just left, which is not refilled.
struct SocialWorkPostCut {
  Ticks time;
  PostId post;
  TeamId team;
  bool was_vacant;
};

// A child's case goes onto a worker's caseload (`caseload`: the worker's cases now, this one
// included), and comes off it.
struct CaseAllocated {
  Ticks time;
  ChildId child;
  WorkerId worker;
  int caseload;
  int worker_number;  // 1 for the child's first social worker in this episode of care
};

enum class CaseEnding : std::uint8_t {
  left_care,    // the child's care ended
  worker_left,  // the worker left: the case is reallocated, or waits unallocated
  moved         // to another worker: a transfer after entry, or a permanent starter taking over from agency cover
};

struct CaseReleased {
  Ticks time;
  ChildId child;
  WorkerId worker;
  int caseload;  // the worker's cases now, this one no longer counted
  CaseEnding reason;
};

// The social workers' settings change (one of SocialWorkersSpec::changes). No case is added
// from the cap on; workers above a lowered cap keep their cases.
struct SocialWorkersChanged {
  Ticks time;
  int caseload_cap;             // from now
  int workers_at_or_above_cap;  // workers in post with that many cases or more, off sick or not
  // A year's pay from now, where the change sets it; absent: as before.
  std::optional<double> social_worker_gbp_per_year;
  std::optional<double> agency_social_worker_gbp_per_year;
};

// Personal advisers: a young person in care reaches the policy age (or a care leaver needs
// one) and asks for a PA; one is allocated when a PA has room; support ends at 21 or 25, or
// when a young person leaves care without becoming a care leaver.
struct AdviserRequested {
  Ticks time;
  YoungPersonId young_person;
  ChildId child;  // kNoChild for a care leaver
};

struct AdviserAllocated {
  Ticks time;
  YoungPersonId young_person;
  ChildId child;  // kNoChild for a care leaver
  AdviserId adviser;
  Ticks requested;
};

// A care leaver comes back into care and keeps the PA (or the place in the queue): the same
// young person, now a child in care again, with no new request.
struct AdviserKept {
  Ticks time;
  YoungPersonId young_person;
  ChildId child;
  AdviserId adviser;  // kNone<AdviserId> when still waiting for one
};

struct AdviserSupportEnded {
  Ticks time;
  YoungPersonId young_person;
  AdviserId adviser;  // kNone<AdviserId> when still waiting for one
};

// A subscriber overrides the facts it counts; the rest are ignored.
class CareObserver {
 public:
  virtual ~CareObserver() = default;
  virtual void on(const ChildEntered&) {}
  virtual void on(const ChildLeftCare&) {}
  virtual void on(const PlacementStarted&) {}
  virtual void on(const PlacementEnded&) {}
  virtual void on(const WaitingStarted&) {}
  virtual void on(const WaitingEnded&) {}
  virtual void on(const HouseholdApproved&) {}
  virtual void on(const HouseholdDeregistered&) {}
  virtual void on(const HouseholdResigned&) {}
  virtual void on(const HouseholdApprovalChanged&) {}
  virtual void on(const EnquiryReceived&) {}
  virtual void on(const AssessmentStarted&) {}
  virtual void on(const AssessmentWithdrawn&) {}
  virtual void on(const CarerBreakStarted&) {}
  virtual void on(const CarerBreakEnded&) {}
  virtual void on(const StayingPutStarted&) {}
  virtual void on(const StayingPutEnded&) {}
  virtual void on(const ChildrensHomeOpened&) {}
  virtual void on(const ChildrensHomeClosed&) {}
  virtual void on(const MonthEnded&) {}
  virtual void on(const YearEnded&) {}
  virtual void on(const SocialWorkerJoined&) {}
  virtual void on(const SocialWorkerLeft&) {}
  virtual void on(const SicknessStarted&) {}
  virtual void on(const SicknessEnded&) {}
  virtual void on(const VacancyOpened&) {}
  virtual void on(const VacancyFilled&) {}
  virtual void on(const SocialWorkPostCut&) {}
  virtual void on(const CaseAllocated&) {}
  virtual void on(const CaseReleased&) {}
  virtual void on(const SocialWorkersChanged&) {}
  virtual void on(const AdviserRequested&) {}
  virtual void on(const AdviserAllocated&) {}
  virtual void on(const AdviserKept&) {}
  virtual void on(const AdviserSupportEnded&) {}
};

// Delivers each fact only to those that subscribed to that kind of fact, so a fact nobody
// counts costs nothing on the event loop. A subscriber is an observer (a virtual call per
// fact) or any object with a function for the fact, through which one subscriber can hand a
// fact to many metrics with direct, inlined calls (see metrics::Recorder).
template <class... Facts>
class Publisher {
 public:
  template <class Fact>
  using Delivery = void (*)(void* target, const Fact& fact);

  template <class... Subscribed>
  void subscribe(CareObserver& observer) {
    (deliveries<Subscribed>().push_back({&observer, &to_observer<Subscribed>}), ...);
  }
  template <class Fact>
  void subscribe(void* target, Delivery<Fact> deliver) {
    deliveries<Fact>().push_back({target, deliver});
  }

  template <class Fact>
  void publish(const Fact& fact) const {
    for (const auto& [target, deliver] : deliveries<Fact>()) deliver(target, fact);
  }

  // The observers subscribed to `Fact`, in the order they subscribed.
  template <class Fact>
  std::vector<CareObserver*> observers() const {
    std::vector<CareObserver*> found;
    for (const auto& [target, deliver] : deliveries<Fact>())
      if (deliver == &to_observer<Fact>) found.push_back(static_cast<CareObserver*>(target));
    return found;
  }
  // Calls f(std::type_identity<Fact>{}) for every kind of fact.
  template <class F>
  static constexpr void for_each_fact(F f) {
    (f(std::type_identity<Facts>{}), ...);
  }

 private:
  template <class Fact>
  struct Subscriber {
    void* target;
    Delivery<Fact> deliver;
  };
  template <class Fact>
  struct Subscribers : std::vector<Subscriber<Fact>> {};
  template <class Fact>
  static void to_observer(void* observer, const Fact& fact) {
    static_cast<CareObserver*>(observer)->on(fact);
  }
  template <class Fact>
  Subscribers<Fact>& deliveries() {
    return std::get<Subscribers<Fact>>(subscribers_);
  }
  template <class Fact>
  const Subscribers<Fact>& deliveries() const {
    return std::get<Subscribers<Fact>>(subscribers_);
  }
  std::tuple<Subscribers<Facts>...> subscribers_;
};

using EventPublisher =
    Publisher<ChildEntered, ChildLeftCare, PlacementStarted, PlacementEnded, WaitingStarted, WaitingEnded,
              HouseholdApproved, HouseholdDeregistered, HouseholdResigned, HouseholdApprovalChanged, EnquiryReceived,
              AssessmentStarted, AssessmentWithdrawn, CarerBreakStarted, CarerBreakEnded, StayingPutStarted,
              StayingPutEnded, ChildrensHomeOpened, ChildrensHomeClosed, MonthEnded, YearEnded, SocialWorkerJoined,
              SocialWorkerLeft, SicknessStarted, SicknessEnded, VacancyOpened, VacancyFilled, SocialWorkPostCut,
              CaseAllocated, CaseReleased, SocialWorkersChanged, AdviserRequested, AdviserAllocated, AdviserKept,
              AdviserSupportEnded>;

}  // namespace caresim::model
