// What counts as a wait: from needing a placement (the search began) to getting one. A
// step-down is a planned move, not a wait; after secure care the wait starts when the stay
// ends, whether searches are made at once or in batches.
#include <catch2/catch.hpp>

#include <map>

#include "metrics/fact_story.hpp"
#include "model_run.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

TEST_CASE("the mean wait leaves out step-downs but counts the move out of a stop-gap", "[model][waiting][metrics]") {
  // Child 0 waits 10 days for an IFA, then steps down from it on 1 July; child 1 waits 20
  // days in a stop-gap for an IFA. Two waits, of 10 and 20 days: a step-down ends none.
  FactStory story;
  const kernel::Ticks may = story.on(2025, 5, 1), july = story.on(2025, 7, 1);
  const model::HouseholdId carer{0};
  const auto placed = [&](std::uint32_t child, kernel::Ticks when, PlacementType type, kernel::Ticks sought_since,
                          bool step_down = false) {
    const auto household = type == PlacementType::in_house_foster ? carer : model::kNoHousehold;
    story.publish(model::PlacementStarted{when, model::ChildId{child}, type, may, sought_since, 1, 0.0, 0,
                                          model::ChildId{child}, household, false, step_down});
  };
  story.publish(model::HouseholdApproved{story.on(2025, 1, 1), carer, 1, model::HouseholdOrigin::initial_pool});
  story.enters(0, may);
  story.enters(1, may);
  placed(0, story.on(2025, 5, 11), PlacementType::ifa, may);
  placed(1, may, PlacementType::emergency, may);
  story.publish(model::PlacementEnded{story.on(2025, 5, 21), model::ChildId{1}, PlacementType::emergency,
                                      model::EndingReason::moved_on});
  placed(1, story.on(2025, 5, 21), PlacementType::ifa, may);
  story.publish(model::PlacementEnded{july, model::ChildId{0}, PlacementType::ifa, model::EndingReason::moved_on});
  placed(0, july, PlacementType::in_house_foster, july, true);
  CHECK(story.kpi("waiting_days_mean") == Approx(15));
}

TEST_CASE("children stepping down wait no time: with a place found at once for every child the mean wait is 0",
          "[model][waiting][step-down]") {
  // Every child goes to an IFA at once (uncapped, always found) and steps down from it to an
  // in-house family later: nobody ever waits.
  auto s = minimal_scenario();
  s.run.replications = 4;
  s.matching.order = {PlacementType::ifa, PlacementType::in_house_foster};
  s.matching.step_down_from = {PlacementType::ifa};
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "in_house_occupancy_mean")).mean > 0.9);  // step-downs happened
  for (const double days : kpi_values(result, "waiting_days_mean")) CHECK(days == 0.0);
}

TEST_CASE("after secure care the wait for the next placement starts when the secure stay ends, searches batched or "
          "not",
          "[model][waiting][secure]") {
  auto s = minimal_scenario();
  scenario::SecureSpec secure;
  secure.min_age = 0;
  secure.chance_per_search = 0.5;
  secure.stay = fixed_days(30);
  s.provision.secure = secure;
  struct AfterSecure final : model::CareObserver {
    std::map<std::uint32_t, kernel::Ticks> secure_ended;  // by child, until its next placement
    long checked = 0, wrong = 0;
    void on(const model::PlacementEnded& e) override {
      if (e.type == PlacementType::secure && e.reason == model::EndingReason::moved_on)
        secure_ended[model::index_of(e.child)] = e.time;
    }
    void on(const model::PlacementStarted& e) override {
      const auto ended = secure_ended.find(model::index_of(e.child));
      if (ended == secure_ended.end()) return;
      ++checked;
      if (e.sought_since != ended->second) ++wrong;
      secure_ended.erase(ended);
    }
    void on(const model::ChildLeftCare& e) override { secure_ended.erase(model::index_of(e.child)); }
  };
  for (const int batch_days : {0, 3}) {
    s.matching.batch_days = batch_days;
    INFO("batch_days " << batch_days);
    ModelRun<model::CareSystem> run(s, 0);
    AfterSecure placements;
    run.publisher().subscribe<model::PlacementEnded, model::PlacementStarted, model::ChildLeftCare>(placements);
    run.run_years(3);
    CHECK(placements.checked > 100);
    CHECK(placements.wrong == 0);
  }
}

TEST_CASE("before the matching policy's start date searches are made at once, from it they wait for its batches",
          "[model][waiting][min-cost]") {
  // An uncapped IFA takes every child at once under first_fit; batched at least cost, a child
  // is placed only at a batch, each a week after the one before, from a week after the date.
  auto s = minimal_scenario();
  s.run.years = 4;
  s.matching.policy = scenario::MatchingPolicy::min_cost;
  s.matching.batch_days = 7;
  s.matching.costs.type = scenario::rank_prices(s.matching.order);  // as the reader sets them
  const kernel::Date from = s.run.start_date.plus_days(500);
  s.matching.policy_start_date = from;
  ModelRun<model::CareSystem> run(s, 0);
  struct Searches final : model::CareObserver {
    kernel::Ticks start = 0, week = kernel::days_to_ticks(7);
    long before = 0, at_once_before = 0, after = 0, at_a_batch_after = 0;
    void on(const model::PlacementStarted& e) override {
      if (e.time < start) {
        ++before;
        at_once_before += e.time == e.sought_since;
      } else {
        ++after;
        at_a_batch_after += e.time > start && (e.time - start) % week == 0;
      }
    }
  } searches;
  searches.start = run.clock().start_of(from);
  run.publisher().subscribe<model::PlacementStarted>(searches);
  long policies_right = 0, checks = 0;
  run.run_years(s.run.years, [&](const model::CareSystem& care) {
    const auto expected = run.agenda().now() < searches.start ? scenario::MatchingPolicy::first_fit
                                                               : scenario::MatchingPolicy::min_cost;
    policies_right += care.matching_policy() == expected;
    ++checks;
  });
  CHECK(policies_right == checks);
  CHECK(searches.before > 400);
  CHECK(searches.at_once_before == searches.before);
  CHECK(searches.after > 1000);
  CHECK(searches.at_a_batch_after == searches.after);
}
