// Match quality, fed hand-made facts: skill to spare over in-house matches, and, where the
// scenario lets carers take children who need more than their skill, the share that did.
#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

namespace {

// Child `child` placed on 1 May 2025 with a carer `skill_above_need` levels above its need
// (below it when negative), household `child`, approved that day, or with an IFA.
void matched(FactStory& story, std::uint32_t child, PlacementType type, int skill_above_need) {
  const kernel::Ticks may = story.on(2025, 5, 1);
  if (type == PlacementType::in_house_foster)
    story.publish(model::HouseholdApproved{may, model::HouseholdId{child}, 1, model::HouseholdOrigin::initial_pool});
  story.enters(child, may);
  story.publish(model::PlacementStarted{may, model::ChildId{child}, type, may, may, 1, 0.0, skill_above_need,
                                        model::ChildId{child}, model::HouseholdId{child}, false});
}

}  // namespace

TEST_CASE("where carers may be short of a child's need, the share of in-house matches that were is counted, and "
          "they have no skill to spare",
          "[metrics]") {
  auto s = testing::minimal_scenario();
  s.matching.need_above_skill_levels = 1;
  FactStory story(s);
  matched(story, 0, PlacementType::in_house_foster, 2);
  matched(story, 1, PlacementType::in_house_foster, 0);
  matched(story, 2, PlacementType::in_house_foster, -1);
  matched(story, 3, PlacementType::in_house_foster, -1);
  matched(story, 4, PlacementType::ifa, 0);  // not an in-house match
  CHECK(story.kpi("share_in_house_matches_below_need") == Approx(0.5));
  CHECK(story.kpi("match_skill_above_need_mean") == Approx(0.5));  // (2 + 0 + 0 + 0) / 4

  FactStory never_short;  // the minimal scenario: a carer is always skilled enough
  matched(never_short, 0, PlacementType::in_house_foster, 1);
  CHECK_FALSE(never_short.has_kpi("share_in_house_matches_below_need"));
  CHECK(never_short.kpi("match_skill_above_need_mean") == Approx(1));
}
