// The 31 March counts boards read, fed hand-made facts: the share of fostered children with
// the council's own carers, and the DfE's rates per 10,000 children of the area.
#include <cmath>

#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

namespace {

// Six children enter on 1 May 2025 and are in care on 31 March 2026: two with in-house
// foster carers, one with kin, one with an IFA, one in a children's home, one still waiting.
void six_children_in_care(FactStory& story) {
  const model::HouseholdId household{0};
  story.publish(model::HouseholdApproved{story.on(2025, 1, 1), household, 2, model::HouseholdOrigin::initial_pool});
  const kernel::Ticks may = story.on(2025, 5, 1);
  for (std::uint32_t child = 0; child < 6; ++child) story.enters(child, may);
  story.placed(0, may, PlacementType::in_house_foster, household);
  story.placed(1, may, PlacementType::in_house_foster, household);
  story.placed(2, may, PlacementType::kinship);
  story.placed(3, may, PlacementType::ifa);
  story.placed(4, may, PlacementType::residential);
  story.march_31(2026);
}

}  // namespace

TEST_CASE("fostered children with the council's own carers are in-house and kinship of all fostered, homes left out",
          "[metrics]") {
  FactStory story;
  six_children_in_care(story);
  CHECK(story.kpi("share_fostered_in_house_31_march") == Approx(3.0 / 4));
  CHECK(story.kpi("placement_mix_31_march.in_house_foster") == Approx(2.0 / 5));
}

TEST_CASE("rates per 10,000 children are the counts over the area's children aged 0-17", "[metrics]") {
  auto scenario = testing::minimal_scenario();
  scenario.children.population_under_18 = 3000;
  FactStory story(scenario);
  six_children_in_care(story);
  // Six in care at 31 March, and six entries in the horizon (365 days: a year is 365.25); none left.
  CHECK(story.kpi("children_in_care_31_march") == 6);
  CHECK(story.kpi("children_in_care_31_march_per_10k") == Approx(6.0 / 3000 * 10'000));
  CHECK(story.kpi("entries_per_year") == Approx(6 * 365.25 / 365));
  CHECK(story.kpi("entries_per_year_per_10k") == Approx(6 * 365.25 / 365 / 3000 * 10'000));
  CHECK(story.kpi("exits_per_year_per_10k") == 0);

  FactStory without_population;
  six_children_in_care(without_population);
  CHECK(std::isnan(without_population.kpi("children_in_care_31_march_per_10k")));
  CHECK(std::isnan(without_population.kpi("entries_per_year_per_10k")));
}
