// The DfE's short-term stability measure, fed hand-made facts: of the children in care at
// 31 March, the share with three or more placements in the year to it.
#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

TEST_CASE("placements in the year count in every period of care in it, and none from before the last 31 March",
          "[metrics][stability]") {
  FactStory story;  // told in the order it happened
  // Child 2: two placements in the warm-up year, out of care on 31 March 2025, back with one.
  story.enters(2, story.on(2024, 6, 1));
  story.placed(2, story.on(2024, 6, 1));
  story.moves(2, story.on(2024, 9, 1));
  story.goes_home(2, story.on(2025, 2, 1));
  story.march_31(2025);
  // Child 0 goes home in the year and comes back: a placement before, two after.
  story.enters(0, story.on(2025, 5, 1));
  story.placed(0, story.on(2025, 5, 1));
  // Child 1: one placement, held all year.
  story.enters(1, story.on(2025, 5, 1));
  story.placed(1, story.on(2025, 5, 1));
  story.enters(2, story.on(2025, 6, 1), true);
  story.placed(2, story.on(2025, 6, 1));
  story.goes_home(0, story.on(2025, 7, 1));
  story.enters(0, story.on(2025, 9, 1), true);
  story.placed(0, story.on(2025, 9, 1));
  story.moves(0, story.on(2025, 11, 1));
  story.march_31(2026);
  // Of the three in care, child 0 had three placements in the year; child 2 only one.
  CHECK(story.kpi("share_3plus_placements_in_year") == Approx(1.0 / 3));
}
