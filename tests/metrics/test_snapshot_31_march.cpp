// The 31 March counts boards read, fed hand-made facts: the share of fostered children with
// the council's own carers, the age mix, and the DfE's rates per 10,000 children of the area.
#include <cmath>
#include <string>

#include <catch2/catch.hpp>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;
using testing::fixed_days;
using testing::minimal_scenario;

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

TEST_CASE("the age mix at 31 March is by whole years of age on the day, birthdays counted on the day", "[metrics]") {
  FactStory story;
  const kernel::Ticks july = story.on(2025, 7, 1);
  const auto born = [](int year, int month, int day) { return kernel::Date::from_ymd(year, month, day); };
  // Ages on 31 March 2026: 0; 4 that day; 5 (6 the day after); 10 that day; 15; 16.
  const kernel::Date births[] = {born(2025, 6, 1), born(2022, 3, 31), born(2020, 4, 1),
                                 born(2016, 3, 31), born(2010, 4, 1), born(2009, 6, 1)};
  for (std::uint32_t child = 0; child < 6; ++child) story.enters(child, july, false, births[child]);
  story.march_31(2026);
  CHECK(story.kpi("age_mix_31_march.0") == Approx(1.0 / 6));
  CHECK(story.kpi("age_mix_31_march.1-4") == Approx(1.0 / 6));
  CHECK(story.kpi("age_mix_31_march.5-9") == Approx(1.0 / 6));
  CHECK(story.kpi("age_mix_31_march.10-15") == Approx(2.0 / 6));
  CHECK(story.kpi("age_mix_31_march.16-17") == Approx(1.0 / 6));
}

TEST_CASE("the share far from home is of all children in care, unaccompanied children's distances unrecorded",
          "[metrics]") {
  auto agencies_at_a_distance = minimal_scenario();
  agencies_at_a_distance.provision.ifa->miles = fixed_days(10);  // a distance drawn: distance is modelled
  FactStory story(agencies_at_a_distance);
  const kernel::Ticks may = story.on(2025, 5, 1);
  const auto placed_at = [&](std::uint32_t child, double miles) {
    story.publish(model::PlacementStarted{may, model::ChildId{child}, PlacementType::ifa, may, may, 1, miles, 0,
                                          model::ChildId{child}, model::kNoHousehold, false});
  };
  // Child 0 placed 30 miles away, child 1 5 miles, child 2 (unaccompanied) 50 miles, child 3
  // waiting, unplaced: one of four is counted far.
  for (std::uint32_t child = 0; child < 4; ++child)
    story.publish(model::ChildEntered{may, model::ChildId{child}, AgeBand::age_10_15, NeedLevel::standard,
                                      model::LocalityId{0}, kernel::Date::from_ymd(2012, 1, 1), 0, false, child == 2});
  placed_at(0, 30);
  placed_at(1, 5);
  placed_at(2, 50);
  story.march_31(2026);
  CHECK(story.kpi("share_over_20_miles") == Approx(1.0 / 4));
}

TEST_CASE("where nobody is placed at a distance (no geography, no miles), the distance measures are n/a, not 0",
          "[metrics]") {
  FactStory story;  // the minimal scenario
  const kernel::Ticks may = story.on(2025, 5, 1);
  story.publish(model::ChildEntered{may, model::ChildId{0}, AgeBand::age_10_15, NeedLevel::standard,
                                    model::LocalityId{0}, kernel::Date::from_ymd(2012, 1, 1), 0, false, false});
  story.publish(model::PlacementStarted{may, model::ChildId{0}, PlacementType::ifa, may, may, 1, 0, 0,
                                        model::ChildId{0}, model::kNoHousehold, false});
  story.march_31(2026);
  for (const char* kpi : {"share_over_20_miles", "new_placements_over_20_miles_share", "match_miles_mean"})
    CHECK(std::isnan(story.kpi(kpi)));
  CHECK(story.kpi("new_placements_per_year") > 0);
}

TEST_CASE("the shares of placements are n/a, not 0, when no child entered or was placed in the horizon",
          "[metrics][31march]") {
  FactStory story;  // nothing happens
  for (const char* type : {"in_house_foster", "ifa", "emergency"}) {
    CHECK(std::isnan(story.kpi(std::string("first_placement_share.") + type)));
    CHECK(std::isnan(story.kpi(std::string("placement_days_share.") + type)));
  }
}
