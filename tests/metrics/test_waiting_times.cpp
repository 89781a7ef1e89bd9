// Waiting for a placement, fed hand-made facts: the mean wait is over the placements made,
// and there is none to give when no child was placed.
#include <cmath>

#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

TEST_CASE("the mean wait is over placements made, and n/a when none was", "[metrics]") {
  FactStory nobody_placed;
  nobody_placed.enters(0, nobody_placed.on(2025, 5, 1));
  CHECK(std::isnan(nobody_placed.kpi("waiting_days_mean")));

  // Child 0 waits 10 days for an IFA; child 1 waits to the end, unplaced, and is not counted.
  FactStory story;
  const kernel::Ticks may = story.on(2025, 5, 1);
  story.enters(0, may);
  story.enters(1, may);
  story.publish(model::PlacementStarted{story.on(2025, 5, 11), model::ChildId{0}, PlacementType::ifa, may, may, 1, 0.0, 0,
                                        model::ChildId{0}, model::kNoHousehold, false});
  CHECK(story.kpi("waiting_days_mean") == Approx(10));
}
