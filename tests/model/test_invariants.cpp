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
  const FlowCount& flows;
  std::optional<int> ifa_cap;
  long events = 0;

  void handle(const kernel::Event& e) {
    care.handle(e);
    ++events;
    const auto& households = care.foster_pool().households();
    std::vector<int> in_household(households.size());
    long in_care = 0, placed_in_house = 0, placed_ifa = 0, unplaced = 0;
    for (const auto& child : care.children()) {
      if (!child.in_care) continue;
      ++in_care;
      if (!child.placed) { ++unplaced; continue; }
      if (child.placement.type == PlacementType::in_house_foster) {
        ++placed_in_house;
        ++in_household[model::index_of(child.placement.household)];
      } else {
        ++placed_ifa;
      }
    }
    long filled = 0;
    for (std::size_t h = 0; h < households.size(); ++h) {
      const auto& household = households[h];
      REQUIRE(household.filled <= household.places);     // no carer over capacity
      REQUIRE(household.filled == in_household[h]);      // each placed child counted once
      filled += household.filled;
    }
    REQUIRE(filled == placed_in_house);                  // no child in two placements
    REQUIRE(placed_ifa == care.ifa_in_use());
    if (ifa_cap) REQUIRE(care.ifa_in_use() <= *ifa_cap);
    REQUIRE(static_cast<long>(care.waiting().size()) == unplaced);
    REQUIRE(in_care == flows.entries - flows.exits);     // children in = entries - exits
  }
};

}  // namespace

TEST_CASE("in random small worlds no household is over capacity, no child is placed twice and flows balance",
          "[model][invariants]") {
  kernel::RandomStream world(2024, 0, "worlds");
  for (int trial = 0; trial < 40; ++trial) {
    auto s = testing::minimal_scenario();
    s.children.entries_per_year = 5 + static_cast<double>(world() % 60);
    s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
    s.children.stay = testing::lognormal_days(100 + static_cast<double>(world() % 900), 1.0);
    s.provision.in_house_foster =
        testing::in_house_households(static_cast<int>(world() % 15), 1 + static_cast<int>(world() % 3));
    switch (world() % 3) {
      case 0: s.provision.ifa.reset(); break;
      case 1: s.provision.ifa = testing::ifa_with_cap(static_cast<int>(world() % 5)); break;
      default: s.provision.ifa = scenario::IfaSpec{}; break;
    }
    INFO("trial " << trial);

    const kernel::Clock clock(s.run.start_date);
    kernel::Agenda agenda;
    model::EventPublisher publisher;
    FlowCount flows;
    publisher.subscribe<model::ChildEntered, model::ChildLeftCare>(flows);
    model::CareSystem care(s, static_cast<std::uint64_t>(trial), clock, agenda, publisher);
    CheckedCareSystem checked{care, flows, s.provision.ifa ? s.provision.ifa->max_placements : std::nullopt};
    care.start();
    agenda.run_until(clock.start_of(s.run.start_date.plus_years(20)), checked);
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
