// The council's own children's homes fed hand-made facts: beds open from the start and from a
// home's opening till its closing, the children in them, and the occupancy of the bed-days open.
#include <catch2/catch.hpp>

#include <cmath>

#include "metrics/fact_story.hpp"

using namespace caresim;
using testing::FactStory;

namespace {

void in_home(FactStory& story, std::uint32_t child, kernel::Ticks when, bool council_home = true) {
  story.enters(child, when);
  story.publish(model::PlacementStarted{when, model::ChildId{child}, PlacementType::residential, when, when, 1, 0.0, 0,
                                        model::ChildId{child}, model::kNoHousehold, council_home, false});
}

void leaves_home(FactStory& story, std::uint32_t child, kernel::Ticks when, bool council_home = true) {
  story.publish(model::PlacementEnded{when, model::ChildId{child}, PlacementType::residential,
                                      model::EndingReason::left_care, model::kNoHousehold, council_home});
}

}  // namespace

TEST_CASE("the council's homes count their beds from the day each opens, and the children in them", "[metrics][homes]") {
  auto s = testing::minimal_scenario();
  const kernel::Date opens = kernel::Date::from_ymd(2025, 10, 1);
  s.provision.residential = scenario::ResidentialSpec{
      {{.locality = 0, .beds = 2}, {.locality = 0, .beds = 2, .opening_date = opens}}, std::nullopt};
  FactStory story(s);
  // Ada in a council home all year (from the warm-up), Ben in the new one from its first day
  // to 1 January, Cal in an external home, which does not count.
  in_home(story, 0, story.on(2025, 1, 1));
  in_home(story, 2, story.on(2025, 5, 1), false);
  story.month_ends(kernel::Date::from_ymd(2025, 9, 1));
  story.publish(model::ChildrensHomeOpened{story.on(2025, 10, 1), 1, 2});
  in_home(story, 1, story.on(2025, 10, 1));
  story.month_ends(kernel::Date::from_ymd(2025, 10, 1));
  leaves_home(story, 1, story.on(2026, 1, 1));
  leaves_home(story, 2, story.on(2026, 2, 1), false);
  story.month_ends(kernel::Date::from_ymd(2026, 1, 1));
  // The series first: a report hands them over once.
  const auto series = story.series({"in_house_home_beds", "in_house_home_children"});
  CHECK(series[0] == std::vector<double>{2, 4, 4});
  CHECK(series[1] == std::vector<double>{1, 2, 1});
  // 365 days in the horizon, 182 of them from 1 October: 2 x 365 + 2 x 182 bed-days open;
  // Ada 365 days and Ben 92 (October to December) filled.
  CHECK(story.kpi("in_house_home_occupancy_mean") == Approx(457.0 / 1094).epsilon(1e-14));
  CHECK(story.kpi("in_house_home_children_mean") == Approx(457.0 / 365).epsilon(1e-14));
}

TEST_CASE("a council home that closes counts its beds till its last child has left", "[metrics][homes]") {
  auto s = testing::minimal_scenario();
  const kernel::Date closes = kernel::Date::from_ymd(2025, 7, 1);
  s.provision.residential = scenario::ResidentialSpec{
      {{.locality = 0, .beds = 2}, {.locality = 0, .beds = 3, .closing_date = closes}}, std::nullopt};
  FactStory story(s);
  // Ada and Ben in the home that closes on 1 July; Ada moves out that day, Ben a month on, and
  // the home has closed then. Cal in the other home all year.
  in_home(story, 0, story.on(2025, 1, 1));
  in_home(story, 1, story.on(2025, 1, 1));
  in_home(story, 2, story.on(2025, 1, 1));
  leaves_home(story, 0, story.on(2025, 7, 1));
  story.month_ends(kernel::Date::from_ymd(2025, 7, 1));
  leaves_home(story, 1, story.on(2025, 8, 1));
  story.publish(model::ChildrensHomeClosed{story.on(2025, 8, 1), 1, 3});
  story.month_ends(kernel::Date::from_ymd(2025, 8, 1));
  const auto series = story.series({"in_house_home_beds", "in_house_home_children"});
  CHECK(series[0] == std::vector<double>{5, 2});
  CHECK(series[1] == std::vector<double>{2, 1});
  // 2 x 365 bed-days in the home that stays, 3 x 122 (April to July) in the one that closes;
  // Cal 365 days, Ada 91 (April to June) and Ben 122 filled.
  CHECK(story.kpi("in_house_home_occupancy_mean") == Approx(578.0 / 1096).epsilon(1e-14));
  CHECK(story.kpi("in_house_home_children_mean") == Approx(578.0 / 365).epsilon(1e-14));
}

TEST_CASE("without homes of its own a scenario has no occupancy of them, no child in them and no series",
          "[metrics][homes]") {
  FactStory story;
  CHECK(std::isnan(story.kpi("in_house_home_occupancy_mean")));
  CHECK(story.kpi("in_house_home_children_mean") == 0);
  CHECK_FALSE(story.has_kpi("in_house_home_beds"));
}
