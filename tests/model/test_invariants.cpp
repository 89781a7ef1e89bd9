#include <catch2/catch.hpp>

#include "kernel/agenda.hpp"
#include "model/care_system.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

// Counts entries and exits as the model publishes them.
struct FlowCount final : model::CareObserver {
  long entries = 0, exits = 0;
  void on(const model::ChildEntered&) override { ++entries; }
  void on(const model::ChildLeftCare&) override { ++exits; }
};

// Hands each event to the care system, then checks every invariant of its state.
struct CheckedCareSystem {
  model::CareSystem& care;
  const scenario::Scenario& scenario;
  const kernel::Clock& clock;
  const kernel::Agenda& agenda;
  const FlowCount& flows;
  long events = 0;

  void handle(const kernel::Event& e) {
    care.handle(e);
    ++events;
    const auto& pool = care.foster_pool();
    const auto& homes = care.childrens_homes().homes();
    std::vector<int> in_household(pool.households().size()), in_home(homes.size());
    long in_care = 0, placed_ifa = 0, placed_supported = 0, waiting = 0;
    for (const auto& child : care.children()) {
      if (!child.in_care) continue;
      ++in_care;
      if (child.waiting) ++waiting;
      REQUIRE((child.placed || child.waiting));                  // a child in care is placed or waiting
      if (scenario.provision.emergency) REQUIRE(child.placed);    // with stop-gaps, nobody is unplaced
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
            REQUIRE(child.need <= household.skill);
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
        default: break;
      }
    }
    for (std::size_t h = 0; h < pool.households().size(); ++h) {
      const auto& household = pool.households()[h];
      REQUIRE(household.filled <= household.places);  // no carer over capacity
      REQUIRE(household.filled == in_household[h]);   // each placed child counted once
      if (!household.approved) REQUIRE(household.filled == 0);
    }
    for (std::size_t h = 0; h < homes.size(); ++h) {
      REQUIRE(homes[h].filled <= homes[h].beds);
      REQUIRE(homes[h].filled == in_home[h]);
    }
    REQUIRE(placed_ifa == care.ifa_in_use());
    REQUIRE(placed_supported == care.supported_in_use());
    if (scenario.provision.ifa && scenario.provision.ifa->max_placements)
      REQUIRE(care.ifa_in_use() <= *scenario.provision.ifa->max_placements);
    REQUIRE(static_cast<long>(care.waiting().size()) == waiting);
    REQUIRE(in_care == flows.entries - flows.exits);  // children in = entries - exits
  }
};

// A small world drawn at random: localities, needs and skills, approved ages, homes, IFA
// limits, emergency stop-gaps and breakdowns with carer responses, each maybe present.
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
  if (pick(2)) s.provision.residential = scenario::ResidentialSpec{{{0, 1 + pick(2)}, {2, 1}}, std::nullopt};
  if (pick(2)) s.provision.emergency = scenario::EmergencySpec{};
  if (pick(2)) s.provision.kinship = scenario::KinshipSpec{{0.3, 0.2, 0.2, 0.1, 0.1}};
  if (pick(2)) {
    s.provision.supported = scenario::SupportedSpec{};
    s.provision.supported->availability = 0.8;
    s.provision.supported->max_placements = pick(4);
  }
  if (pick(4)) {
    scenario::BreakdownSpec breakdowns;
    breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] = testing::exponential_days(200);
    breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::ifa)] = testing::exponential_days(300);
    breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::emergency)] = testing::exponential_days(20);
    breakdowns.need_above_skill_factor = 2;
    breakdowns.per_earlier_breakdown_factor = 1.2;
    breakdowns.carer_break_probability = 0.4;
    breakdowns.carer_break = testing::exponential_days(50);
    breakdowns.carer_resign_probability = 0.15;
    s.breakdowns = breakdowns;
  }
  return s;
}

}  // namespace

TEST_CASE("in random small worlds no carer or home is over capacity, no child is placed twice, matches fit and "
          "flows balance",
          "[model][invariants]") {
  kernel::RandomStream world(2024, 0, "worlds");
  for (int trial = 0; trial < 60; ++trial) {
    const auto s = random_world(world);
    INFO("trial " << trial);
    const kernel::Clock clock(s.run.start_date);
    kernel::Agenda agenda;
    model::EventPublisher publisher;
    FlowCount flows;
    publisher.subscribe<model::ChildEntered, model::ChildLeftCare>(flows);
    model::CareSystem care(s, static_cast<std::uint64_t>(trial), clock, agenda, publisher);
    CheckedCareSystem checked{care, s, clock, agenda, flows};
    care.start();
    agenda.run_until(clock.start_of(s.run.start_date.plus_years(15)), checked);
    CHECK(checked.events > 0);
  }
}

TEST_CASE("every child leaves care by the 18th birthday", "[model][invariants]") {
  auto s = testing::minimal_scenario();
  s.children.age_at_entry = {0, 0, 0, 0.5, 0.5};
  s.children.stay = testing::exponential_days(20 * 365.0);  // would run far past 18
  const kernel::Clock clock(s.run.start_date);
  kernel::Agenda agenda;
  model::EventPublisher publisher;
  struct Ages final : model::CareObserver {
    const kernel::Clock* clock;
    const model::CareSystem* care = nullptr;
    long turned_18 = 0, checked = 0;
    void on(const model::ChildLeftCare& e) override {
      const auto& child = care->children()[model::index_of(e.child)];
      const int age = kernel::age_in_years(child.date_of_birth, clock->date_at(e.time));
      REQUIRE(age <= 18);
      if (e.reason == model::LeavingReason::turned_18) {
        REQUIRE(age == 18);
        ++turned_18;
      }
      ++checked;
    }
  } ages;
  ages.clock = &clock;
  publisher.subscribe<model::ChildLeftCare>(ages);
  model::CareSystem care(s, 0, clock, agenda, publisher);
  ages.care = &care;
  care.start();
  agenda.run_until(clock.start_of(s.run.start_date.plus_years(12)), care);
  CHECK(ages.checked > 1000);
  CHECK(ages.turned_18 > ages.checked / 2);
}
