// Ofsted's occupancy of available places, fed hand-made facts: a vacant place counts as
// available only while its household can take a child.
#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

TEST_CASE("occupancy of available places leaves out the vacant places of a carer on a break", "[metrics][carers]") {
  FactStory story;
  const auto household = [](std::uint32_t id) { return model::HouseholdId{id}; };
  // Household 0 (two places) holds one child all year and takes a break from 1 October;
  // household 1 (one place) stays empty.
  story.publish(model::HouseholdApproved{story.on(2025, 1, 1), household(0), 2, model::HouseholdOrigin::initial_pool});
  story.publish(model::HouseholdApproved{story.on(2025, 1, 1), household(1), 1, model::HouseholdOrigin::initial_pool});
  story.enters(0, story.on(2025, 2, 1));
  story.placed(0, story.on(2025, 2, 1), PlacementType::in_house_foster, household(0));
  const kernel::Ticks break_starts = story.on(2025, 10, 1);
  story.publish(model::CarerBreakStarted{break_starts, household(0)});
  // One place filled of three approved all year; of those available, three before the break
  // and two during it (the break's vacant place is not available, the filled one is).
  const double before = kernel::ticks_to_days(break_starts - story.on(2025, 4, 1));
  const double during = kernel::ticks_to_days(story.horizon_end() - break_starts);
  CHECK(story.kpi("in_house_occupancy_mean") == Approx(1.0 / 3));
  CHECK(story.kpi("in_house_occupancy_available_mean") == Approx((before + during) / (3 * before + 2 * during)));
}

TEST_CASE("the households at the end leave out those approved or gone at the horizon's last instant",
          "[metrics][carers]") {
  FactStory story;
  const auto household = [](std::uint32_t id) { return model::HouseholdId{id}; };
  for (std::uint32_t id = 0; id < 3; ++id)
    story.publish(model::HouseholdApproved{story.on(2025, 1, 1), household(id), 1, model::HouseholdOrigin::initial_pool});
  story.publish(model::HouseholdDeregistered{story.on(2026, 2, 1), household(0), 1});
  // 31 March 2026 ends the horizon; a household leaves, and another joins, at that instant,
  // which counts in the time after it, as the month-end series and the yearly flows have it.
  story.month_ends(kernel::Date::from_ymd(2026, 3, 31));
  story.publish(model::HouseholdDeregistered{story.horizon_end(), household(1), 1});
  story.publish(model::HouseholdApproved{story.horizon_end(), household(3), 1, model::HouseholdOrigin::assessed});
  story.publish(model::HouseholdApproved{story.horizon_end(), household(4), 1, model::HouseholdOrigin::assessed});
  CHECK(story.series({"carer_households"})[0].back() == 2);  // first: a report hands its series over once
  CHECK(story.kpi("carer_households_end") == 2);
}
