// The DfE's social-worker stability measure, fed hand-made facts: of the children in care at
// 31 March, the share who had three or more social workers in the year to it.
#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

namespace {

void allocated(FactStory& story, std::uint32_t child, std::uint32_t worker, kernel::Ticks when, int number) {
  story.publish(model::CaseAllocated{when, model::ChildId{child}, model::WorkerId{worker}, 1, number});
}
void released(FactStory& story, std::uint32_t child, std::uint32_t worker, kernel::Ticks when,
              model::CaseEnding reason = model::CaseEnding::moved) {
  story.publish(model::CaseReleased{when, model::ChildId{child}, model::WorkerId{worker}, 0, reason});
}

}  // namespace

TEST_CASE("social workers in the year count in every period of care in it, and none from before the last 31 March",
          "[metrics][workforce]") {
  FactStory story(testing::with_staff(testing::Staff::social_workers));  // told in the order it happened
  // Child 1: two workers in the warm-up year, out of care on 31 March 2025, back with one.
  story.enters(1, story.on(2024, 6, 1));
  allocated(story, 1, 0, story.on(2024, 6, 1), 1);
  released(story, 1, 0, story.on(2024, 9, 1));
  allocated(story, 1, 1, story.on(2024, 9, 1), 2);
  released(story, 1, 1, story.on(2025, 2, 1), model::CaseEnding::left_care);
  story.goes_home(1, story.on(2025, 2, 1));
  story.march_31(2025);
  // Child 0 goes home in the year and comes back: one worker before, two after.
  story.enters(0, story.on(2025, 5, 1));
  allocated(story, 0, 0, story.on(2025, 5, 1), 1);
  story.enters(1, story.on(2025, 6, 1), true);
  allocated(story, 1, 2, story.on(2025, 6, 1), 1);
  released(story, 0, 0, story.on(2025, 7, 1), model::CaseEnding::left_care);
  story.goes_home(0, story.on(2025, 7, 1));
  story.enters(0, story.on(2025, 9, 1), true);
  allocated(story, 0, 1, story.on(2025, 9, 1), 1);
  released(story, 0, 1, story.on(2025, 11, 1));
  allocated(story, 0, 2, story.on(2025, 11, 1), 2);
  story.march_31(2026);
  // Of the two in care, child 0 had three workers in the year; child 1 only one.
  CHECK(story.kpi("share_3plus_social_workers_in_year") == Approx(0.5));
}
