// The DfE's social-worker stability measure, fed hand-made facts: of the children in care at
// 31 March, the share who had three or more social workers in the year to it, each counted
// once.
#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

namespace {

// Workers join before they take cases; a record of one who left may be reused by a joiner.
void joined(FactStory& story, std::uint32_t worker, kernel::Ticks when) {
  story.publish(model::SocialWorkerJoined{when, model::WorkerId{worker}, model::TeamId{0}, model::Contract::permanent});
}
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
  for (std::uint32_t worker = 0; worker < 3; ++worker) joined(story, worker, story.on(2024, 5, 1));
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

TEST_CASE("a social worker the child comes back to is counted once, and a new joiner in an old record anew",
          "[metrics][workforce]") {
  FactStory story(testing::with_staff(testing::Staff::social_workers));
  const kernel::Ticks may = story.on(2025, 5, 1), july = story.on(2025, 7, 1), september = story.on(2025, 9, 1);
  joined(story, 0, may);
  joined(story, 1, may);
  // Child 0: worker 0, then 1, then 0 again: two workers. Child 1: worker 1 all year.
  story.enters(0, may);
  story.enters(1, may);
  allocated(story, 0, 0, may, 1);
  allocated(story, 1, 1, may, 1);
  released(story, 0, 0, july);
  allocated(story, 0, 1, july, 2);
  released(story, 0, 1, september);
  allocated(story, 0, 0, september, 3);
  story.march_31(2026);
  CHECK(story.kpi("share_3plus_social_workers_in_year") == 0);

  // Worker 0 leaves and someone new joins in the same record: a third person.
  FactStory other(testing::with_staff(testing::Staff::social_workers));
  joined(other, 0, may);
  joined(other, 1, may);
  other.enters(0, may);
  allocated(other, 0, 0, may, 1);
  released(other, 0, 0, july, model::CaseEnding::worker_left);
  allocated(other, 0, 1, july, 2);
  other.publish(model::SocialWorkerLeft{july, model::WorkerId{0}, model::TeamId{0}, model::Contract::permanent,
                                        model::WorkerLeaving::resigned});
  joined(other, 0, september);  // a new person in the leaver's record
  released(other, 0, 1, september);
  allocated(other, 0, 0, september, 3);
  other.march_31(2026);
  CHECK(other.kpi("share_3plus_social_workers_in_year") == 1);
}
