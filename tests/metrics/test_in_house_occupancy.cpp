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
