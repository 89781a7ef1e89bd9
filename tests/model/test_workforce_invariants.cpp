// The workforce's invariants, checked after every event of random small worlds (care system
// and workforce together): no worker or PA above the cap, caseloads that match the cases,
// every child in care allocated or waiting (never both), nobody waiting while a worker of the
// team could take a case, posts, vacancies and workers that add up, and at most one PA
// record for each young person, kept by a care leaver who comes back into care.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <vector>

#include "model_run.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

// Whose each live PA record is, told by the facts alone: a person is a child from first
// entering care, and the same person on coming back (a re-entry), whatever the model keeps.
// Subscribed before the world, so it hears of a child leaving care before any request the
// leaving makes. Nobody may ever hold two records at once.
class AdviserRecords final : public model::CareObserver {
 public:
  explicit AdviserRecords(model::EventPublisher& publisher) {
    publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::AdviserRequested,
                        model::AdviserSupportEnded>(*this);
  }
  void on(const model::ChildEntered& e) override {
    const std::size_t c = model::index_of(e.child);
    if (c >= person_of_child_.size()) person_of_child_.resize(c + 1, -1);
    // A new person, unless coming back into care after an episode told before (not one that
    // came before the simulation started).
    if (!e.carries_record_over()) person_of_child_[c] = next_person_++;
    const long person = person_of_child_[c];
    child_of_person_[person] = e.child;
    if (e.carries_record_over() && records_of_person_[person] > 0) ++returned_with_a_record;
  }
  void on(const model::ChildLeftCare& e) override { leaving_ = e.child; }
  void on(const model::AdviserRequested& e) override {
    // A request with no child is a care leaver's, made as they leave.
    const long person = person_of_child_[model::index_of(e.child == model::kNoChild ? leaving_ : e.child)];
    REQUIRE(++records_of_person_[person] == 1);
    person_of_record_[e.young_person] = person;
  }
  void on(const model::AdviserSupportEnded& e) override {
    --records_of_person_[person_of_record_.at(e.young_person)];
    person_of_record_.erase(e.young_person);
  }

  // Every live record is its person's, tied to the child while the person is in care (back
  // in care too) and to nobody while out of care.
  void check(const model::PersonalAdviserService& advisers, const model::CareSystem& care) const {
    std::size_t live = 0;
    for (const auto& person : advisers.young_people()) live += person.supported ? 1 : 0;
    REQUIRE(live == person_of_record_.size());
    for (const auto& [record, person] : person_of_record_) {
      const model::YoungPerson& young_person = advisers.young_people()[model::index_of(record)];
      REQUIRE(young_person.supported);
      const model::ChildId child = child_of_person_.at(person);
      const bool in_care = care.children()[model::index_of(child)].in_care &&
                           person_of_child_[model::index_of(child)] == person;
      REQUIRE(young_person.child == (in_care ? child : model::kNoChild));
    }
  }

  long returned_with_a_record = 0;  // re-entries of people holding a record: the case in point

 private:
  long next_person_ = 0;
  std::vector<long> person_of_child_;  // by ChildId, the person holding the id now
  std::map<long, model::ChildId> child_of_person_;
  std::map<long, int> records_of_person_;
  std::map<model::YoungPersonId, long> person_of_record_;
  model::ChildId leaving_ = model::kNoChild;
};

// Checks the workforce's state, after each event.
struct WorkforceInvariants {
  const AdviserRecords& records;
  long checks_with_someone_waiting = 0;
  int highest_cap = 0;  // a worker above a lowered cap keeps the cases
  long checks_above_a_lowered_cap = 0;
  long posts_cut_waiting = 0;  // checks of a team with posts still to cut, by its next leavers

  void operator()(model::World& world) {
    check_social_workers(*world.workforce()->social_workers(), world.care());
    check_advisers(*world.workforce()->personal_advisers());
    records.check(*world.workforce()->personal_advisers(), world.care());
  }

  void check_social_workers(const model::SocialWorkService& service, const model::CareSystem& care) {
    const auto& spec = service.spec();  // the settings in force, changed or not
    highest_cap = std::max(highest_cap, spec.caseload_cap);
    const auto& workers = service.workers();
    const auto& cases = service.cases();
    std::vector<int> counted(workers.size());
    for (std::uint32_t c = 0; c < cases.size(); ++c) {
      const auto& child_case = cases[c];
      const bool in_care = care.children().size() > c && care.children()[c].in_care;
      REQUIRE(child_case.in_care == in_care);
      if (!child_case.in_care) continue;
      const bool allocated = child_case.worker != model::kNone<model::WorkerId>;
      REQUIRE_FALSE((allocated && child_case.unallocated));
      if (!allocated) continue;
      const auto& worker = workers[model::index_of(child_case.worker)];
      REQUIRE(worker.in_post);
      REQUIRE(worker.team == child_case.team);
      ++counted[model::index_of(child_case.worker)];
    }
    std::vector<int> in_post_by_team(service.teams().size()), permanent_by_team(service.teams().size());
    for (std::size_t w = 0; w < workers.size(); ++w) {
      const auto& worker = workers[w];
      if (!worker.in_post) {
        REQUIRE(worker.caseload == 0);
        continue;
      }
      REQUIRE(worker.caseload <= highest_cap);  // never above the cap, or a cap since lowered
      if (worker.caseload > spec.caseload_cap) ++checks_above_a_lowered_cap;
      REQUIRE(worker.caseload == counted[w]);
      REQUIRE(worker.caseload == worker.cases.size());
      const auto& post = service.posts()[model::index_of(worker.post)];
      REQUIRE(post.holder == model::WorkerId{static_cast<std::uint32_t>(w)});
      REQUIRE(post.vacant == (worker.contract == model::Contract::agency));
      ++in_post_by_team[static_cast<std::size_t>(worker.team)];
      if (worker.contract == model::Contract::permanent) ++permanent_by_team[static_cast<std::size_t>(worker.team)];
    }
    for (std::size_t t = 0; t < service.teams().size(); ++t) {
      const auto& team = service.teams()[t];
      // Posts still to cut are held by permanent workers who have not left yet: the team
      // has no vacancy while it has posts to cut, and a cut post no one and no vacancy.
      REQUIRE(in_post_by_team[t] <= spec.establishment_by_team[t] + team.posts_to_cut);
      long vacant = 0;
      for (const auto& post : service.posts()) {
        if (static_cast<std::size_t>(post.team) != t) continue;
        if (post.cut) REQUIRE((post.holder == model::kNone<model::WorkerId> && !post.vacant));
        if (post.vacant) ++vacant;
      }
      if (team.posts_to_cut > 0) REQUIRE(vacant == 0);
      posts_cut_waiting += team.posts_to_cut > 0;
      REQUIRE(permanent_by_team[t] + vacant == spec.establishment_by_team[t] + team.posts_to_cut);
      if (team.unallocated.empty()) continue;
      ++checks_with_someone_waiting;
      // Work-conserving: a child waits only while every worker at work in the team is full.
      REQUIRE(team.available.choose(workers, spec.allocation, spec.caseload_target) == model::kNone<model::WorkerId>);
      for (const auto& worker : workers)
        if (worker.in_post && !worker.sick && static_cast<std::size_t>(worker.team) == t)
          REQUIRE(worker.caseload >= spec.caseload_cap);
    }
  }

  static void check_advisers(const model::PersonalAdviserService& advisers) {
    std::vector<int> counted(advisers.advisers().size());
    int waiting = 0;
    for (const auto& person : advisers.young_people()) {
      if (!person.supported) continue;
      if (person.waiting) ++waiting;
      else ++counted[model::index_of(person.adviser)];
    }
    REQUIRE(waiting == advisers.waiting());
    bool room = false;
    for (std::size_t a = 0; a < counted.size(); ++a) {
      REQUIRE(advisers.advisers()[a].caseload == counted[a]);
      REQUIRE(counted[a] <= 3);  // the cap below
      room = room || counted[a] < 3;
    }
    if (waiting > 0) REQUIRE_FALSE(room);
  }
};

scenario::Scenario random_world(kernel::RandomStream& draw) {
  const auto pick = [&draw](int n) { return static_cast<int>(draw() % static_cast<unsigned>(n)); };
  auto s = testing::minimal_scenario();
  s.children.entries_per_year = 20 + pick(80);
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
  s.children.stay = testing::lognormal_days(100 + pick(600), 1.0);
  s.provision.in_house_foster = testing::in_house_households(pick(20), 1 + pick(2));
  s.geography = scenario::GeographySpec{{{"a", 0.6}, {"b", 0.4}}, {{0, 1, 20}}, 3};
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::ifa)] = testing::exponential_days(300);
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] =
      testing::lognormal_days(400, 1);
  s.breakdowns = breakdowns;

  auto workers = testing::county_team(1 + pick(4), 1 + pick(4), 5 + pick(4), 0.5 + pick(3));
  if (pick(2)) workers.establishment_by_team = {1 + pick(3), pick(3)};  // by locality; a team may have no posts
  workers.teams_by_locality = workers.establishment_by_team.size() == 2;
  if (pick(2)) workers.allocation = scenario::AllocationPolicy::fill_to_target;
  workers.time_to_recruit = testing::exponential_days(30 + pick(200));
  if (pick(2)) workers.caseload_pressure = scenario::CaseloadPressureSpec{{0, 2, 4}, {1, 2, 4}};
  if (pick(2)) workers.agency_cover = scenario::AgencyCoverSpec{0.8, testing::exponential_days(20), 2.0};
  if (pick(2)) workers.sickness = scenario::SicknessSpec{6, testing::exponential_days(15)};
  if (pick(2)) workers.transfer_after_entry = scenario::CaseTransferSpec{0.7, testing::exponential_days(40)};
  if (pick(2)) workers.case_moves_per_year = 2;
  s.workforce = testing::with_social_workers(workers);
  s.workforce->personal_advisers = scenario::PersonalAdvisersSpec{1 + pick(3), 3, 15.5, 0.4};
  scenario::ChildEffectsSpec effects;
  effects.social_worker_change = scenario::ChildEffectsSpec::AfterChange{2, 60};
  scenario::ChildEffectsSpec::ExitDelay delay;
  delay.days_per_case_above_target = 5;
  delay.unallocated_days_share = 1;
  delay.routes.fill(true);
  effects.planned_exit_delay = delay;
  if (pick(2)) s.workforce->effects_on_children = effects;
  if (pick(3)) {
    // Young people going home and coming back, some of them care leavers by then.
    s.children.stay.reset();
    scenario::LeavingCareSpec leaving;
    leaving.routes[static_cast<std::size_t>(LeavingRoute::return_home)] =
        scenario::LeavingRouteSpec{{0.3, 0.3, 0.3, 0.5, 0.9}, testing::lognormal_days(60 + pick(200), 0.8), {}};
    leaving.re_entry = scenario::ReEntrySpec{0.7, testing::exponential_days(30 + pick(100))};
    s.leaving_care = leaving;
  }
  if (pick(2)) s.children.in_care_at_start = scenario::InCareAtStart::steady_state;
  // From a date, up to twice: posts added to or cut from each team (to one at least), the cap
  // moved either way, other leaving rates, each change over the settings the one before left.
  auto& w = *s.workforce->social_workers;
  kernel::Date date = s.run.start_date;
  for (int c = pick(3); c > 0; --c) {
    scenario::SocialWorkersSpec before = w;
    if (!w.changes.empty()) scenario::apply(w.changes.back(), before);
    date = date.plus_days(100 + pick(1000));
    scenario::SocialWorkersChange change{date, before.establishment_by_team,
                                         std::max(before.caseload_target, before.caseload_cap - 2 + pick(5)),
                                         0.2 + pick(3), testing::exponential_days(10 + pick(100)), before.agency_cover,
                                         std::nullopt, std::nullopt};
    for (int& posts : change.establishment_by_team) posts = std::max(1, posts - 2 + pick(5));
    if (change.agency_cover) change.agency_cover->leaving_rate_per_year = 1 + pick(3);
    else if (pick(2)) change.agency_cover = scenario::AgencyCoverSpec{0.9, testing::exponential_days(15), 1.5};
    w.changes.push_back(change);
  }
  return s;
}

}  // namespace

TEST_CASE("in random small worlds no social worker or PA is ever above the cap, caseloads add up, nobody waits "
          "for a worker while one could take the case, and nobody holds two PA records, coming back into care or not, "
          "before and after a change of social workers' posts (added or cut), cap and rates",
          "[model][workforce][invariants]") {
  kernel::RandomStream draw(2025, 0, "workforce_worlds");
  long waited = 0, returned_with_a_record = 0, above_a_lowered_cap = 0, posts_cut_waiting = 0;
  for (int trial = 0; trial < 40; ++trial) {
    const auto s = random_world(draw);
    INFO("trial " << trial);
    testing::ModelRun<model::World> run(s, static_cast<std::uint64_t>(trial));
    AdviserRecords records(run.publisher());
    WorkforceInvariants invariants{records};
    run.run_years(6, invariants);
    CHECK(run.agenda().events_processed() > 0);
    waited += invariants.checks_with_someone_waiting;
    above_a_lowered_cap += invariants.checks_above_a_lowered_cap;
    posts_cut_waiting += invariants.posts_cut_waiting;
    returned_with_a_record += records.returned_with_a_record;
  }
  CHECK(waited > 0);                  // the worlds do test the waiting rules
  CHECK(returned_with_a_record > 0);  // and care leavers coming back
  CHECK(above_a_lowered_cap > 0);     // and caseloads left above a cap lowered by a change
  CHECK(posts_cut_waiting > 0);       // and posts cut by a change waiting for leavers
}
