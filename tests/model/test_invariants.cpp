#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <list>
#include <map>

#include "model_run.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

// Counts entries and exits as the model publishes them, and the young people Staying Put
// (out of care, still in a carer's place).
struct FlowCount final : model::CareObserver {
  long entries = 0, exits = 0;
  std::map<std::uint32_t, int> staying_put_in_household;
  int staying_put_in_ifa = 0;
  void on(const model::ChildEntered&) override { ++entries; }
  void on(const model::ChildLeftCare&) override { ++exits; }
  void on(const model::StayingPutStarted& e) override { staying_put(e.type, e.household, +1); }
  void on(const model::StayingPutEnded& e) override { staying_put(e.type, e.household, -1); }
  void staying_put(PlacementType type, model::HouseholdId household, int change) {
    if (type == PlacementType::ifa) staying_put_in_ifa += change;
    else staying_put_in_household[model::index_of(household)] += change;
  }
};

bool same_place(const model::Placement& a, const model::Placement& b) {
  return a.type == b.type && a.household == b.household && a.home == b.home;
}

// Checks every invariant of the care system's state, after each event.
struct CareInvariants {
  const scenario::Scenario& scenario;
  const kernel::Clock& clock;
  const kernel::Agenda& agenda;
  const FlowCount& flows;
  kernel::Ticks last_time = 0;
  int last_ifa_in_use = 0, last_supported_in_use = 0;

  static void check_cap(int in_use, int& last, const std::optional<int>& cap) {
    if (cap && in_use > *cap) REQUIRE(in_use <= last);
    last = in_use;
  }

  void operator()(const model::CareSystem& care) {
    REQUIRE(agenda.now() >= last_time);  // the clock never goes back: nothing is scheduled in the past
    last_time = agenda.now();
    const auto& pool = care.foster_pool();
    const auto& homes = care.childrens_homes().homes();
    std::vector<int> in_household(pool.households().size()), in_home(homes.size());
    long in_care = 0, placed_ifa = 0, placed_supported = 0, placed_secure = 0, waiting = 0;
    const auto& children = care.children();
    for (std::size_t i = 0; i < children.size(); ++i) {
      const auto& child = children[i];
      if (!child.in_care) continue;
      ++in_care;
      check_siblings(care, model::ChildId{static_cast<std::uint32_t>(i)});
      if (child.waiting) ++waiting;
      REQUIRE((child.placed || child.waiting));                  // a child in care is placed or waiting
      // With stop-gaps nobody is unplaced, but for the wait until the next batch of searches.
      if (scenario.provision.emergency && scenario.matching.batch_days == 0) REQUIRE(child.placed);
      if (!child.placed) continue;
      const auto& placement = child.placement;
      switch (placement.type) {
        case PlacementType::in_house_foster: {
          ++in_household[model::index_of(placement.household)];
          if (placement.started == agenda.now()) {  // matched just now: did it fit?
            const auto& household = pool[placement.household];
            const auto& ages = pool.age_ranges()[household.age_range];
            const int age = kernel::age_in_years(child.date_of_birth, clock.date_at(agenda.now()));
            REQUIRE(household.approved);
            REQUIRE_FALSE(household.on_break);
            REQUIRE_FALSE(household.resigning);
            REQUIRE(age >= ages.min_age);
            REQUIRE(age <= ages.max_age);
            // skilled enough, or no more levels short than the scenario allows, from when it does
            const bool stretched = placement.started >= clock.begins_at(scenario.matching.need_above_skill_start_date);
            REQUIRE(-skill_above_need(household.skill, child.need) <=
                    (stretched ? scenario.matching.need_above_skill_levels : 0));
          }
          break;
        }
        case PlacementType::residential:
          if (placement.home) ++in_home[*placement.home];
          break;
        case PlacementType::ifa: ++placed_ifa; break;
        case PlacementType::supported:
          ++placed_supported;
          if (placement.started == agenda.now())
            REQUIRE(kernel::age_in_years(child.date_of_birth, clock.date_at(agenda.now())) >= 16);
          break;
        case PlacementType::kinship: REQUIRE(child.kinship_found); break;
        case PlacementType::secure: {
          ++placed_secure;
          const int age = kernel::age_in_years(child.date_of_birth, clock.date_at(placement.started));
          REQUIRE(age >= scenario.provision.secure->min_age);
          break;
        }
        default: break;
      }
    }
    for (std::size_t h = 0; h < pool.households().size(); ++h) {
      const auto& household = pool.households()[h];
      REQUIRE(household.filled <= household.places);  // no carer over capacity
      // Each placed child counted once, and each young person Staying Put.
      const auto staying = flows.staying_put_in_household.find(static_cast<std::uint32_t>(h));
      REQUIRE(household.filled == in_household[h] + (staying == flows.staying_put_in_household.end() ? 0 : staying->second));
      if (!household.approved) REQUIRE(household.filled == 0);
    }
    check_free_place_index(pool);
    for (std::size_t h = 0; h < homes.size(); ++h) {
      REQUIRE(homes[h].filled <= homes[h].beds);
      REQUIRE(homes[h].filled == in_home[h]);
      // A home's beds take children from its opening, and none from its closing, its beds going
      // as its children leave (at those instants, once their events have come).
      const auto& spec = scenario.provision.residential->in_house_homes[h];
      const kernel::Ticks opens = clock.begins_at(spec.opening_date), closes = clock.begins_at(spec.closing_date);
      if (spec.closing_date && agenda.now() > closes)
        REQUIRE((homes[h].closing && homes[h].beds == homes[h].filled));
      else if ((!spec.opening_date || agenda.now() != opens) && (!spec.closing_date || agenda.now() != closes))
        REQUIRE(homes[h].beds == (spec.opening_date && agenda.now() < opens ? 0 : spec.beds));
    }
    REQUIRE(placed_ifa + flows.staying_put_in_ifa == care.ifa_in_use());
    REQUIRE(placed_secure == care.secure_in_use());
    if (scenario.provision.secure && scenario.provision.secure->beds)
      REQUIRE(care.secure_in_use() <= *scenario.provision.secure->beds);
    REQUIRE(placed_supported == care.supported_in_use());
    // Under the caps in force, the provision's and, from each change's date, that change's;
    // places in use above a cap lowered run on, and only fall.
    const scenario::ProvisionChange* change = nullptr;  // the last change made by now
    for (const auto& dated : scenario.provision.changes)
      if (agenda.now() >= clock.begins_at(dated.start_date)) change = &dated;
    if (scenario.provision.supported)
      check_cap(care.supported_in_use(), last_supported_in_use,
                change ? change->supported_max_placements : scenario.provision.supported->max_placements);
    if (scenario.provision.ifa)
      check_cap(care.ifa_in_use(), last_ifa_in_use,
                change ? change->ifa_max_placements : scenario.provision.ifa->max_placements);
    REQUIRE(static_cast<long>(care.waiting().size()) == waiting);
    REQUIRE(in_care == flows.entries - flows.exits);  // children in = entries - exits
  }

  // The index of free places lists exactly the households that can take a child, and a row
  // (locality, skill) says it has one exactly when one of its buckets lists one.
  void check_free_place_index(const model::FosterPool& pool) {
    const std::size_t localities = scenario.geography ? scenario.geography->localities.size() : 1;
    std::size_t listed = 0;
    for (std::size_t l = 0; l < localities; ++l)
      for (std::size_t skill = 0; skill < kNeedLevelCount; ++skill) {
        const model::LocalityId locality{static_cast<std::uint16_t>(l)};
        const auto level = static_cast<NeedLevel>(skill);
        std::size_t in_row = 0;
        for (std::size_t range = 0; range < pool.age_ranges().size(); ++range)
          for (const model::HouseholdId id : pool.free_households(locality, level, range)) {
            const auto& household = pool[id];
            REQUIRE(household.can_take_a_child());
            REQUIRE((household.locality == locality && household.skill == level && household.age_range == range));
            ++in_row;
          }
        REQUIRE(pool.any_free(locality, level) == (in_row > 0));
        listed += in_row;
      }
    std::size_t can_take = 0;
    for (const auto& household : pool.households()) can_take += household.can_take_a_child() ? 1 : 0;
    REQUIRE(listed == can_take);
    REQUIRE(pool.households_with_free_places() == can_take);
  }

  // Siblings share a placement through its lead, who holds it too; when the scenario keeps
  // siblings together, siblings in care in proper placements are all in the same one.
  void check_siblings(const model::CareSystem& care, model::ChildId id) {
    const auto& children = care.children();
    const auto& child = children[model::index_of(id)];
    REQUIRE(children[model::index_of(child.sibling_next)].sibling_prev == id);
    REQUIRE(children[model::index_of(child.sibling_next)].in_care);  // a ring holds only children in care
    if (child.with_siblings) REQUIRE(child.sibling_next != id);
    if (!child.placed) return;
    const auto& lead = children[model::index_of(child.unit_lead)];
    REQUIRE(lead.placed);
    REQUIRE(lead.unit_lead == child.unit_lead);
    REQUIRE(same_place(lead.placement, child.placement));
    if (scenario.matching.siblings != scenario::SiblingRule::together_required) return;
    if (child.placement.type == PlacementType::emergency) return;
    for (auto s = child.sibling_next; s != id; s = children[model::index_of(s)].sibling_next) {
      const auto& sibling = children[model::index_of(s)];
      if (sibling.placed && sibling.placement.type != PlacementType::emergency) REQUIRE(sibling.unit_lead == child.unit_lead);
    }
  }
};

// A small world drawn at random: localities, needs and skills, approved ages, homes, IFA
// limits, emergency stop-gaps, breakdowns with carer responses, children in care from the
// start and carers short of a child's need, each maybe present.
scenario::Scenario random_world(kernel::RandomStream& world) {
  auto s = testing::minimal_scenario();
  const auto pick = [&world](int n) { return static_cast<int>(world() % static_cast<unsigned>(n)); };
  s.children.entries_per_year = 5 + pick(60);
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
  s.children.need_level = {0.5, 0.3, 0.2};
  s.children.stay = testing::lognormal_days(100 + pick(900), 1.0);
  s.geography = scenario::GeographySpec{{{"a", 0.5}, {"b", 0.3}, {"c", 0.2}}, {{0, 1, 10}, {1, 2, 15.0 + pick(20)}}, 3};
  s.provision.in_house_foster = testing::in_house_households(pick(15), 1 + pick(3));
  s.provision.in_house_foster->skill = {0.4, 0.4, 0.2};
  s.provision.in_house_foster->approved_ages = {{0, 10, 0.5}, {5, 17, 0.5}};
  switch (pick(3)) {
    case 0: s.provision.ifa.reset(); break;
    case 1: s.provision.ifa = testing::ifa_with_cap(pick(5)); break;
    default: s.provision.ifa = scenario::IfaSpec{}; break;
  }
  if (s.provision.ifa) {
    s.provision.ifa->availability = 0.7;
    s.provision.ifa->accepts = {true, true, false};
    s.provision.ifa->miles = testing::lognormal_days(18, 0.6);
  }
  if (pick(2)) {
    // The second home opens some days in, or is open from the start.
    std::optional<kernel::Date> opens;
    if (pick(2)) opens = s.run.start_date.plus_days(pick(2000));
    s.provision.residential = scenario::ResidentialSpec{
        {{.locality = 0, .beds = 1 + pick(2)}, {.locality = 2, .beds = 1, .opening_date = opens}}, std::nullopt};
  }
  if (pick(2)) s.provision.emergency = scenario::EmergencySpec{};
  if (pick(2)) s.provision.kinship = scenario::KinshipSpec{{0.3, 0.2, 0.2, 0.1, 0.1}};
  if (pick(2)) {
    s.provision.supported = scenario::SupportedSpec{};
    s.provision.supported->availability = 0.8;
    s.provision.supported->max_placements = pick(4);
  }
  if (pick(2)) s.children.sibling_group_size = {0.5, 0.3, 0.2};
  if (pick(2)) s.provision.in_house_foster->takes_sibling_groups = 0.5;
  if (pick(2)) s.matching.siblings = scenario::SiblingRule::together_preferred;
  if (pick(3) == 0) s.matching.batch_days = 1 + pick(7);
  if (pick(2)) s.matching.step_down_from = {PlacementType::ifa, PlacementType::residential};
  if (pick(2)) s.children.unaccompanied_asylum_seeking = {0, 0, 0, 0.1, 0.4};
  if (pick(2)) {
    scenario::SecureSpec secure;
    secure.min_age = 10;
    secure.chance_per_search = 0.3;
    if (pick(2)) secure.beds = pick(3);
    secure.stay = testing::exponential_days(90);
    s.provision.secure = secure;
  }
  if (pick(2)) {
    s.children.stay.reset();
    scenario::LeavingCareSpec leaving;
    leaving.routes[static_cast<std::size_t>(LeavingRoute::return_home)] =
        scenario::LeavingRouteSpec{{0.5, 0.5, 0.5, 0.4, 0.2}, testing::exponential_days(300), {}};
    leaving.routes[static_cast<std::size_t>(LeavingRoute::adoption)] =
        scenario::LeavingRouteSpec{{0.3, 0.2, 0, 0, 0}, testing::exponential_days(500), {}};
    if (pick(2)) leaving.re_entry = scenario::ReEntrySpec{0.4, testing::exponential_days(200)};
    if (pick(2)) leaving.staying_put = scenario::StayingPutSpec{0.6, testing::exponential_days(500)};
    s.leaving_care = leaving;
  }
  if (pick(4)) {
    scenario::BreakdownSpec breakdowns;
    breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] = testing::exponential_days(200);
    breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::ifa)] = testing::exponential_days(300);
    breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::emergency)] = testing::exponential_days(20);
    breakdowns.need_above_skill_factor = 2;
    breakdowns.per_earlier_breakdown_factor = 1.2;
    breakdowns.siblings_apart_factor = 1.5;
    breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::residential)] = testing::exponential_days(250);
    breakdowns.carer_break_probability = 0.4;
    breakdowns.carer_break = testing::exponential_days(50);
    breakdowns.carer_resign_probability = 0.15;
    s.breakdowns = breakdowns;
  }
  if (pick(2)) s.children.in_care_at_start = scenario::InCareAtStart::steady_state;
  // Drawn last, so that the worlds drawn before this was there stay as they were.
  if (pick(3) == 0) s.matching.need_above_skill_levels = 1 + pick(2);
  if (s.matching.need_above_skill_levels > 0 && pick(2))
    s.matching.need_above_skill_start_date = s.run.start_date.plus_days(pick(2000));
  if (auto& residential = s.provision.residential) {
    // Either home may close some days in (the second after it opens), its children moving to
    // external homes, if there are some, or to whatever else frees.
    auto& homes = residential->in_house_homes;
    if (pick(2)) homes[0].closing_date = s.run.start_date.plus_days(pick(3000));
    if (pick(2)) homes[1].closing_date = homes[1].opening_date.value_or(s.run.start_date).plus_days(1 + pick(2000));
    if (pick(2)) residential->external = scenario::ResidentialSpec::External{0.3, std::nullopt};
  }
  // The providers find fewer or more places, under caps set or moved, some days in, up to
  // three times.
  const int changes = s.provision.ifa ? pick(4) : 0;
  kernel::Date date = s.run.start_date;
  for (int c = 0; c < changes; ++c) {
    scenario::ProvisionChange change;
    date = date.plus_days(1 + pick(1500));
    change.start_date = date;
    change.ifa_availability = 0.1 * pick(11);
    change.ifa_max_placements = pick(2) ? std::optional<int>(pick(6)) : s.provision.ifa->max_placements;
    if (s.provision.supported) {
      change.supported_availability = 0.1 * pick(11);
      change.supported_max_placements = pick(4);
    }
    if (s.provision.residential && s.provision.residential->external)
      change.external_home_availability = 0.1 * pick(11);
    s.provision.changes.push_back(change);
  }
  return s;
}

// Runs the scenario ten years, checking every invariant after each event; returns the events.
long run_checked(const scenario::Scenario& s, int replication) {
  testing::ModelRun<model::CareSystem> run(s, static_cast<std::uint64_t>(replication));
  FlowCount flows;
  run.publisher().subscribe<model::ChildEntered, model::ChildLeftCare, model::StayingPutStarted,
                            model::StayingPutEnded>(flows);
  run.run_years(10, CareInvariants{s, run.clock(), run.agenda(), flows});
  return static_cast<long>(run.agenda().events_processed());
}

// Remembers, for each child whose placement with an in-house carer broke down, that carer,
// until the child is next placed (a stop-gap is not a placement in that sense), and counts
// the placements straight back with it.
struct StraightBack final : model::CareObserver {
  std::map<std::uint32_t, model::HouseholdId> carer_to_avoid;
  long breakdowns = 0, straight_back = 0;
  void on(const model::PlacementEnded& e) override {
    if (e.reason != model::EndingReason::breakdown || e.household == model::kNoHousehold) return;
    carer_to_avoid[model::index_of(e.child)] = e.household;
    ++breakdowns;
  }
  void on(const model::PlacementStarted& e) override {
    const auto avoided = carer_to_avoid.find(model::index_of(e.child));
    if (avoided == carer_to_avoid.end()) return;
    if (e.household == avoided->second) ++straight_back;
    if (e.type != PlacementType::emergency) carer_to_avoid.erase(avoided);
  }
  void on(const model::ChildLeftCare& e) override { carer_to_avoid.erase(model::index_of(e.child)); }
};

}  // namespace

TEST_CASE("in random small worlds no carer or home is over capacity, no child is placed twice, matches fit and "
          "flows balance",
          "[model][invariants]") {
  kernel::RandomStream world(2024, 0, "worlds");
  for (int trial = 0; trial < 60; ++trial) {
    const auto s = random_world(world);
    INFO("trial " << trial);
    CHECK(run_checked(s, trial) > 0);
  }
}

TEST_CASE("in random small worlds matched at least cost in batches (from a start date or throughout), with sibling "
          "groups split when nothing takes them whole, no carer, home or capped provider is over capacity",
          "[model][invariants][min-cost]") {
  // A batch's choices are made together and then applied; a group that found nothing is
  // split, and its children search on what is left once every choice of the batch is made.
  kernel::RandomStream world(2024, 0, "min-cost worlds");
  for (int trial = 0; trial < 40; ++trial) {
    auto s = random_world(world);
    s.children.sibling_group_size = {0.4, 0.3, 0.3};
    s.matching.policy = scenario::MatchingPolicy::min_cost;
    s.matching.costs.type = scenario::rank_prices(s.matching.order);  // as the reader sets them
    s.matching.batch_days = 1 + trial % 7;
    if (trial % 2) s.matching.policy_start_date = s.run.start_date.plus_days(300 + 40 * trial);  // first_fit till then
    s.matching.siblings = scenario::SiblingRule::together_preferred;
    INFO("trial " << trial);
    CHECK(run_checked(s, trial) > 0);
  }
}

TEST_CASE("a child whose placement broke down is never placed straight back with that carer, searches batched or not",
          "[model][invariants][breakdowns]") {
  // Carers carry on after a breakdown, so the carer is free to take a child again at once.
  kernel::RandomStream world(2024, 0, "breakdown worlds");
  long breakdowns = 0;
  for (int trial = 0; trial < 40; ++trial) {
    auto s = random_world(world);
    if (!s.breakdowns) continue;
    s.breakdowns->carer_break_probability = 0;
    s.breakdowns->carer_resign_probability = 0;
    s.matching.batch_days = trial % 4 == 0 ? 0 : 1 + trial % 7;
    if (trial % 2) {
      s.matching.policy = scenario::MatchingPolicy::min_cost;
      s.matching.costs.type = scenario::rank_prices(s.matching.order);
    }
    INFO("trial " << trial);
    testing::ModelRun<model::CareSystem> run(s, static_cast<std::uint64_t>(trial));
    StraightBack placements;
    run.publisher().subscribe<model::PlacementEnded, model::PlacementStarted, model::ChildLeftCare>(placements);
    run.run_years(10);
    CHECK(placements.straight_back == 0);
    breakdowns += placements.breakdowns;
  }
  CHECK(breakdowns > 1000);
}

TEST_CASE("every child leaves care by the 18th birthday", "[model][invariants]") {
  auto s = testing::minimal_scenario();
  s.children.age_at_entry = {0, 0, 0, 0.5, 0.5};
  s.children.stay = testing::exponential_days(20 * 365.0);  // would run far past 18
  testing::ModelRun<model::CareSystem> run(s, 0);
  const kernel::Clock& clock = run.clock();
  // The start of the 18th birthday, worked out here from the date of birth; a child who
  // enters in the last hours before it leaves at once, as care cannot end before it began.
  const auto last_moment = [&clock](const model::Child& child) {
    return std::max(child.entered, clock.start_of(kernel::birthday(kernel::year_day(child.date_of_birth), 18)));
  };
  struct Ages final : model::CareObserver {
    const model::CareSystem* care = nullptr;
    std::function<kernel::Ticks(const model::Child&)> last_moment;
    long turned_18 = 0, checked = 0;
    void on(const model::ChildLeftCare& e) override {
      const auto& child = care->children()[model::index_of(e.child)];
      REQUIRE(e.time <= last_moment(child));
      if (e.reason == model::LeavingReason::turned_18) {
        REQUIRE(e.time == last_moment(child));
        ++turned_18;
      }
      ++checked;
    }
  } ages;
  ages.last_moment = last_moment;
  run.publisher().subscribe<model::ChildLeftCare>(ages);
  const model::CareSystem& care = run.build();
  ages.care = &care;
  const kernel::Ticks end = clock.start_of(s.run.start_date.plus_years(12));
  run.run_until(end);
  CHECK(ages.checked > 1000);
  CHECK(ages.turned_18 > ages.checked / 2);
  for (const model::Child& child : care.children())  // nobody still in care has turned 18
    if (child.in_care) REQUIRE(last_moment(child) > end);
}

TEST_CASE("waiting children are placed first come first served", "[model][invariants]") {
  // One kind of child and carer, no IFA: any place freed fits every waiting child, so the
  // one placed must be the one waiting longest. (In-house only, Erlang-B's queue is long.)
  auto s = testing::minimal_scenario();
  s.provision.ifa.reset();
  s.children.entries_per_year = 480;
  testing::ModelRun<model::CareSystem> run(s, 0);
  struct Queue final : model::CareObserver {
    std::list<model::ChildId> waiting;  // in the order they began to wait
    model::ChildId just_stopped = model::kNoChild;
    bool was_first = false;
    long placed_from_queue = 0, overtaken = 0;
    void on(const model::WaitingStarted& e) override { waiting.push_back(e.child); }
    void on(const model::WaitingEnded& e) override {
      was_first = !waiting.empty() && waiting.front() == e.child;
      waiting.remove(e.child);
      just_stopped = e.child;
    }
    // Right after its wait ends, a child is either placed or leaves care.
    void on(const model::PlacementStarted& e) override {
      if (e.child != just_stopped) return;
      ++placed_from_queue;
      if (!was_first) ++overtaken;
      just_stopped = model::kNoChild;
    }
  } queue;
  run.publisher().subscribe<model::WaitingStarted, model::WaitingEnded, model::PlacementStarted>(queue);
  run.run_years(10);
  CHECK(queue.placed_from_queue > 1000);
  CHECK(queue.overtaken == 0);
}
